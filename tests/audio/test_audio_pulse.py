"""Issue 17 on the PulseAudio lab: real device names, the chosen source or sink really used,
the program holding the microphone, and a Bluetooth headset's microphone.

Stand-ins, where the lab cannot have the real thing: a Bluetooth headset is a remap source given
the properties PulseAudio gives a bluez source (device.bus=bluetooth, device.api=bluez5,
bluez.profile=headset_head_unit) - no bluez card can exist without a Bluetooth adapter and
BlueZ; and PortAudio's `pulse` device is never "busy" (the server mixes), so the busy error is
PortAudio's real error object while a real second process records from the lab's microphone.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pytest
import sounddevice as sd

from preflight.checks.audio import dsp, microphone, pulse
from preflight.checks.audio.devices import device_failure, list_audio_devices, resolve
from preflight.engine.result import Status
from preflight.engine.runner import Runner
from tests.conftest import REPO, cli_env

FS = 48000
BUSY = sd.PortAudioError("Error opening InputStream: Device unavailable", -9985)


def run_check(config, check_id, options=None):
    return Runner(config, options=options, interactive=False).run([check_id]).results[0]


def voice(level_dbfs: float) -> np.ndarray:
    """Speech-like sound (a steady tone would read as background noise)."""
    return dsp.speech_like(FS, 8.0, level_dbfs).astype(np.float32)


# -- names and routing -----------------------------------------------------------------------


@pytest.mark.audio
def test_two_microphones_by_name_and_the_chosen_one_is_recorded(lab, config):
    """A voice plays into the second microphone only: choosing it by its name records it, the
    default (silent) one records silence. This is what routes the stream (PULSE_SOURCE)."""
    with lab.extra_source("usb_headset_mic", "USB Headset Microphone") as feed, \
            lab.play_into_mic(voice(-20.0), device=feed):
        names = {d["name"]: d for d in list_audio_devices() if d["kind"] == "input"}
        assert names["USB Headset Microphone"]["pulse_name"] == "usb_headset_mic"
        assert names["Virtual_Microphone"]["default"] is True
        chosen = run_check(config, "microphone", {"mic": "USB Headset"})
        default = run_check(config, "microphone")
    assert chosen.metrics["device"] == "USB Headset Microphone"
    assert chosen.metrics["rms_dbfs"] == pytest.approx(-20.0, abs=1.0), chosen
    assert chosen.finding_ids == ("microphone.ok",)
    assert default.metrics["device"] == "Virtual_Microphone"
    # The default one is silent, so the other microphones were tried (issue 17, item 5).
    assert default.finding_ids == ("microphone.silent", "microphone.other_works")
    assert default.metrics["working_device"] == "USB Headset Microphone"


@pytest.mark.audio
def test_the_chosen_speaker_is_the_one_that_plays(lab, config):
    """Only the virtual speaker reaches the microphone: the chime is heard when it is chosen,
    and not when the second speaker is (PULSE_SINK routes the stream)."""
    lab.set_loopback(True)
    with lab.extra_sink("usb_headphones", "USB Headphones"):
        outputs = {d["name"] for d in list_audio_devices() if d["kind"] == "output"}
        assert {"Virtual_Speaker", "USB Headphones"} <= outputs
        other = run_check(config, "speaker", {"speaker": "USB Headphones"})
        chosen = run_check(config, "speaker", {"speaker": "Virtual_Speaker"})
    assert other.metrics["device"] == "USB Headphones"
    assert other.metrics["tone_detected"] is False, other
    assert other.finding_ids == ("speaker.not_confirmed",)
    assert chosen.metrics["device"] == "Virtual_Speaker"
    assert chosen.metrics["tone_detected"] is True, chosen
    assert chosen.metrics["input_device"] == "Virtual_Microphone"


@pytest.mark.audio
def test_devices_command_shows_the_real_names(lab):
    with lab.extra_source("headset_mic", "Jabra Evolve 65", bluetooth=True):
        out = subprocess.run([sys.executable, "-m", "preflight", "devices", "--json"],
                             capture_output=True, text=True, env=cli_env(**lab.env),
                             timeout=60, cwd=REPO)
        text = subprocess.run([sys.executable, "-m", "preflight", "devices"],
                              capture_output=True, text=True, env=cli_env(**lab.env),
                              timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    audio = {(d["kind"], d["name"]): d for d in json.loads(out.stdout)["devices"]
             if d["kind"] in ("input", "output")}
    assert audio[("input", "Virtual_Microphone")]["default"] is True
    assert audio[("output", "Virtual_Speaker")]["default"] is True
    assert audio[("input", "Jabra Evolve 65")]["bluetooth"] is True
    assert audio[("input", "Virtual_Microphone")]["bluetooth"] is False
    assert ("input", "pulse") not in audio and ("input", "default") not in audio
    mics = text.stdout.split("Microphones:")[1].split("Speakers:")[0]
    assert "Virtual_Microphone  (default)" in mics and "Jabra Evolve 65" in mics


# PortAudio's listing when pulsectl cannot load (not installed, or libpulse missing).
NO_PULSECTL = """
import importlib.abc, json, sys
class NoPulsectl(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "pulsectl":
            raise OSError("libpulse.so.0: cannot open shared object file")
sys.meta_path.insert(0, NoPulsectl())
from preflight.checks.audio.devices import list_audio_devices, resolve
print(json.dumps({"devices": list_audio_devices(), "mic": resolve("input").name}))
"""


@pytest.mark.audio
def test_without_pulsectl_the_portaudio_names_stay(lab):
    out = subprocess.run([sys.executable, "-c", NO_PULSECTL], capture_output=True, text=True,
                         env=cli_env(**lab.env), timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    answer = json.loads(out.stdout)
    names = {d["name"] for d in answer["devices"]}
    assert {"pulse", "default"} <= names and "Virtual_Microphone" not in names
    assert answer["mic"] == "default"


def test_without_a_sound_server_nothing_is_known():
    with tempfile.TemporaryDirectory() as runtime:
        saved = {k: os.environ.get(k) for k in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
        os.environ.update(PULSE_SERVER=f"unix:{runtime}/nothing-here", XDG_RUNTIME_DIR=runtime)
        try:
            start = time.monotonic()
            assert pulse.list_devices() is None
            assert pulse.recording_programs() == []
            assert time.monotonic() - start < 2.0
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


# -- Bluetooth ---------------------------------------------------------------------------------


@pytest.mark.audio
def test_a_bluetooth_headsets_microphone_warns(lab, config):
    with lab.extra_source("bt_headset", "Jabra Evolve 65", bluetooth=True) as feed, \
            lab.play_into_mic(voice(-20.0), device=feed):
        device = resolve("input", "Jabra")
        result = run_check(config, "microphone", {"mic": "Jabra"})
        plain = run_check(config, "microphone")
    assert device.bluetooth is True and device.pulse_name == "bt_headset"
    assert result.status is Status.WARN, result
    assert result.finding_ids == ("microphone.bluetooth_headset",)
    assert result.metrics["bluetooth"] is True
    assert result.metrics["rms_dbfs"] == pytest.approx(-20.0, abs=1.0)
    assert result.summary.startswith("You are using the microphone of a Bluetooth headset.")
    assert result.advice == (
        "For your visit, choose your computer's own microphone, and keep the Bluetooth headset "
        "for listening.",
        "Or use a headset with a cable.",
    )
    assert plain.metrics["bluetooth"] is False
    assert "microphone.bluetooth_headset" not in plain.finding_ids


def test_bluetooth_from_pulseaudios_and_pipewires_properties():
    assert pulse.is_bluetooth({"device.bus": "bluetooth"})
    assert pulse.is_bluetooth({"device.api": "bluez5"})  # PipeWire
    assert pulse.is_bluetooth({}, {"device.bus": "bluetooth"})  # the card says so
    assert pulse.is_bluetooth({}, {}, "headset-head-unit")  # PipeWire's HFP profile name
    assert pulse.is_bluetooth({}, name="bluez_input.00_1B_66_AA_BB_CC.0")
    assert not pulse.is_bluetooth({"device.bus": "usb", "device.api": "alsa"}, {},
                                  "output:analog-stereo+input:analog-stereo",
                                  "alsa_input.usb-Jabra")


def test_a_bluetooth_warning_comes_with_the_sounds_own_findings(config):
    cfg = config.section("microphone")
    quiet = dsp.measure_recording(dsp.speech_like(FS, 3.0, -50.0), FS, 1 / 32767)
    result = microphone.judge(quiet, cfg, bluetooth=True)
    assert result.finding_ids == ("microphone.quiet", "microphone.bluetooth_headset")
    assert result.summary == "Your microphone works, but you sound quiet."
    assert result.advice[-1] == "Or use a headset with a cable."


# -- which program holds the microphone ----------------------------------------------------------


@pytest.mark.audio
def test_the_program_recording_from_the_microphone_is_named(lab):
    with lab.recording("Zoom"):
        programs = pulse.recording_programs()
        busy = device_failure(microphone.DESCRIPTOR, BUSY, "Virtual_Microphone")
    assert "Zoom" in programs
    assert busy.finding_ids == ("microphone.device_busy",)
    assert busy.findings[0].values["program"] == "Zoom"
    assert busy.advice[0] == "Zoom is using your microphone. Close Zoom, then press Check again."
    assert busy.summary == "Your microphone is being used by another program."
    # Nobody else records: the line is left out, the rest of the advice stays.
    alone = device_failure(microphone.DESCRIPTOR, BUSY, "Virtual_Microphone")
    assert "program" not in alone.findings[0].values
    assert alone.advice[0].startswith("Close other programs that may use it")
    assert not any("{program}" in a for a in alone.advice)


@pytest.mark.audio
def test_our_own_recording_and_a_monitor_are_not_another_program(lab):
    from preflight.checks.audio.live import LevelMeter

    with lab.recording("Speaker Recorder", source="preflight_speaker.monitor"), LevelMeter():
        time.sleep(0.3)
        assert pulse.recording_programs() == []


# A process named `argv[2]` (prctl PR_SET_NAME, as /proc/<pid>/comm shows) holding a file.
HOLDER = """
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[2].encode(), 0, 0, 0)
held = open(sys.argv[1], "rb")
print("ready", flush=True)
time.sleep(30)
"""


def test_a_process_holding_a_capture_device_is_named(tmp_path: Path):
    """/proc/<pid>/fd of a real process: this machine has no /dev/snd, so the process holds a
    file named like an ALSA capture device and the scan is given its folder."""
    device = tmp_path / "pcmC0D0c"
    device.write_bytes(b"")
    pattern = re.compile("^" + re.escape(str(tmp_path)) + r"/pcmC\d+D\d+c$")
    procs = [subprocess.Popen([sys.executable, "-c", HOLDER, str(device), name],
                              stdout=subprocess.PIPE, text=True)
             for name in ("zoom", "pulseaudio")]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        names = pulse.programs_holding(pattern)
    finally:
        for proc in procs:
            proc.kill()
            proc.wait(5)
    assert names == ["Zoom"]  # the sound server holding it for everyone is not "the program"
    assert pulse.programs_holding(pattern) == []  # both gone
    assert pulse.PCM_CAPTURE.match("/dev/snd/pcmC1D0c")
    assert not pulse.PCM_CAPTURE.match("/dev/snd/pcmC1D0p")  # playback, not the microphone


@pytest.mark.audio
def test_the_windows_pickers_list_the_real_names(lab):
    """The window's pickers and the help desk's device list take `names_for` of the scan."""
    pytest.importorskip("PySide6")
    from preflight.devices import list_devices
    from preflight.gui.devices_scan import names_for

    with lab.extra_source("headset_mic", "Jabra Evolve 65", bluetooth=True):
        devices = list_devices()["devices"]
    assert names_for(devices, "input") == ["Virtual_Microphone", "Jabra Evolve 65"]
    assert "Virtual_Speaker" in names_for(devices, "output")
    # What a picker passes back (the name) chooses that device.
    assert resolve("input", "Virtual_Microphone").pulse_name == "preflight_mic"
