"""Microphone and speaker checks (sounddevice/PortAudio + numpy).

- `devices`: list and choose audio devices, open streams with retries, and turn PortAudio
  errors into plain words: the device-failure findings both checks share.
- `dsp`: pure numpy signal measurements (levels, noise floor, clipping, the test chime and
  its detection); no device access, fast to test.
- `microphone`, `speaker`: the two checks, each with its DESCRIPTOR (findings, help-desk
  advice, support-code fields, window step) and a pure verdict `judge`.
- `live`: the live level meter and "hear yourself" playback the window uses.

Nothing here imports sounddevice or numpy at module top: `preflight --version` stays fast and
the descriptors are cheap to read (tests/audio/test_audio_descriptors.py checks it).
"""
