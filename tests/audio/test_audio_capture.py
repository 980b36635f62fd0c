"""Watching a running stream (checks/audio/capture.py): a microphone that delivers nothing is
noticed even when its stream keeps calling back.

On the PulseAudio lab a suspended ("frozen") microphone in a full-duplex stream sometimes stops
the callbacks and sometimes does not: PortAudio's ALSA backend then keeps calling back, driven
by the output, with every input block flagged as an underflow (issue 17: the speaker check ran
to its 45 s deadline). Which one happens depends on timing, so the second case is produced here
by a stand-in stream that calls back exactly like that; the lab test
test_frozen_microphone_still_plays_the_chime_and_asks covers the real device.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from preflight.checks.audio.capture import FIRST_DATA_S, Capture, wait_for_frames
from preflight.checks.audio.devices import AudioProblem
from preflight.engine.check import CheckContext


class Underflows:
    """Truthy like sounddevice's CallbackFlags with only input_underflow set."""

    input_underflow = True

    def __bool__(self) -> bool:
        return True


class DuplexWithoutInput:
    """A duplex stream whose input delivers nothing: callbacks keep coming (every 10 ms), each
    input block an underflow, and the output keeps being asked for."""

    def __init__(self, capture: Capture) -> None:
        self.capture = capture
        self.active = True
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        silence_in = np.zeros((480, 1), np.int16)
        out = np.zeros((480, 1), np.float32)
        while not self._stop.wait(0.01):
            self.capture.on_duplex(silence_in, out, 480, None, Underflows())

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)


def test_a_duplex_stream_without_input_is_a_vanished_microphone(config):
    capture = Capture(play=np.zeros(480, np.float32), start_after=7200)
    stream = DuplexWithoutInput(capture)
    ctx = CheckContext(config, deadline=time.monotonic() + 60.0)
    try:
        with pytest.raises(AudioProblem) as err:
            wait_for_frames(ctx, stream, capture, None, "output")
    finally:
        stream.close()
    assert err.value.kind == "device_vanished"
    assert capture.frames_out > 0 and capture.live_in == 0  # it did keep calling back
    assert capture.play_at is None  # the chime never started: the speakers are not blamed
    # Given up on the microphone's first-audio allowance, not at the check's deadline.
    assert ctx.remaining() > 60.0 - 10 * FIRST_DATA_S


def test_an_output_stream_is_watched_on_its_callbacks(config):
    """Playing only (no microphone): callbacks without input are a healthy stream."""
    capture = Capture(play=np.zeros(48000, np.float32), listens=False)
    stream = DuplexWithoutInput(capture)
    ctx = CheckContext(config, deadline=time.monotonic() + 60.0)
    try:
        wait_for_frames(ctx, stream, capture, None, "output",
                        on_poll=lambda: capture.frames_out >= 48000 * 0.5)
    finally:
        stream.close()
    assert capture.frames_out >= 24000
