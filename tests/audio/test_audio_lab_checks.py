"""The microphone and speaker checks on real virtual audio devices: a private PulseAudio
server (tests/audio_lab.py), PortAudio through ALSA's pulse plugin, real streams. Signals are
generated here and played into the virtual microphone; nothing is mocked."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from preflight.checks.audio import dsp
from preflight.checks.audio.devices import AudioProblem, list_audio_devices, resolve_device
from preflight.checks.audio.live import LevelMeter, play_recording
from preflight.engine.result import Status
from preflight.engine.runner import Runner

pytestmark = pytest.mark.audio

FS = 48000


def run_check(config, check_id, *, ask=None, options=None):
    runner = Runner(config, options=options, interactive=ask is not None, ask=ask)
    report = runner.run([check_id])
    return report.results[0], runner.shared


def tone(level_dbfs: float, seconds: float = 6.0, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(FS * seconds)) / FS
    amp = np.sqrt(2) * 10 ** (level_dbfs / 20)
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


# -- devices ------------------------------------------------------------------------------------


def test_lists_the_virtual_devices_with_defaults(lab):
    devices = list_audio_devices()
    kinds = {d["kind"] for d in devices}
    assert kinds == {"input", "output"}
    for kind in kinds:
        assert sum(d["default"] for d in devices if d["kind"] == kind) == 1
    # PulseAudio's own names (issue 17), not PortAudio's ALSA `pulse` and `default`.
    assert all(set(d) == {"kind", "index", "name", "default", "host_api", "bluetooth",
                          "pulse_name", "portaudio_index"} for d in devices)
    defaults = {d["kind"]: d["name"] for d in devices if d["default"]}
    assert defaults == {"input": "Virtual_Microphone", "output": "Virtual_Speaker"}
    names = {d["name"] for d in devices}
    assert not names & {"pulse", "default"} and not any("Monitor of" in n for n in names)
    for kind in kinds:  # each number picks one device of its kind
        numbers = [d["index"] for d in devices if d["kind"] == kind]
        assert len(numbers) == len(set(numbers))


def test_device_chosen_by_name_or_index(lab):
    listed = {d["name"]: d for d in list_audio_devices() if d["kind"] == "input"}
    index, name = resolve_device("input", "virtual_mic")
    assert name == "Virtual_Microphone" and index == listed[name]["portaudio_index"]
    assert resolve_device("input", str(listed[name]["index"])) == (index, name)
    # PortAudio's own ALSA device is still found by its exact name (older --mic pulse).
    pulse_index, pulse_name = resolve_device("input", "pulse")
    assert pulse_name == "pulse" and pulse_index == index
    assert resolve_device("input", str(pulse_index)) == (pulse_index, "pulse")
    with pytest.raises(AudioProblem) as err:
        resolve_device("output", "no such headset")
    assert err.value.kind == "device_not_found"
    assert "no such headset" in err.value.summary
    assert err.value.summary == "We could not find the speaker you chose (no such headset)."


# -- microphone -----------------------------------------------------------------------------------


def test_silent_microphone_fails(lab, config):
    result, shared = run_check(config, "microphone")
    assert result.status is Status.FAIL
    assert result.finding_ids == ("microphone.silent",)
    assert result.metrics["silent"] is True
    assert "muted" in result.summary
    recording, rate = shared["microphone_recording"]
    assert rate == result.metrics["sample_rate"]
    assert len(recording) == pytest.approx(3.0 * rate, rel=0.01)


def test_speech_at_minus_20_passes_with_the_true_level(lab, config):
    with lab.play_into_mic(dsp.speech_like(FS, 8.0, -20.0)):
        result, _ = run_check(config, "microphone")
    assert result.status is Status.PASS, result
    assert result.finding_ids == ("microphone.ok",)
    m = result.metrics
    assert m["rms_dbfs"] == pytest.approx(-20.0, abs=1.0)
    assert m["silent"] is False and m["clipping"] is False
    assert m["channels"] == 1 and m["sample_rate"] >= 16000 and m["device"]
    assert m["peak_dbfs"] > m["rms_dbfs"]


def test_minus_70_dbfs_fails_as_too_quiet(lab, config):
    with lab.play_into_mic(tone(-70.0)):
        result, _ = run_check(config, "microphone")
    assert result.status is Status.FAIL
    assert result.finding_ids == ("microphone.no_speech",)
    assert result.findings[0].limits == {"fail_rms_dbfs": config.get("microphone.fail_rms_dbfs")}
    assert result.metrics["silent"] is False
    assert result.metrics["rms_dbfs"] == pytest.approx(-70.0, abs=1.0)
    assert any("closer" in a for a in result.advice)


def test_quiet_speech_warns(lab, config):
    with lab.play_into_mic(dsp.speech_like(FS, 8.0, -50.0)):
        result, _ = run_check(config, "microphone")
    assert result.status is Status.WARN
    assert result.finding_ids[0] == "microphone.quiet"
    assert result.metrics["rms_dbfs"] == pytest.approx(-50.0, abs=1.0)


def test_clipped_speech_warns(lab, config):
    clipped = np.clip(dsp.speech_like(FS, 8.0, -3.0) * 4.0, -1.0, 1.0)
    with lab.play_into_mic(clipped):
        result, _ = run_check(config, "microphone")
    assert result.status is Status.WARN
    assert result.has("microphone.clipping")
    assert result.metrics["clipping"] is True
    assert result.metrics["clipped_fraction"] > 0.001
    assert any("Move back" in a for a in result.advice)


def test_noisy_room_warns(lab, config):
    rng = np.random.default_rng(7)
    noisy = dsp.speech_like(FS, 8.0, -20.0) + rng.normal(0, 10 ** (-32 / 20), 8 * FS)
    with lab.play_into_mic(noisy.astype(np.float32)):
        result, _ = run_check(config, "microphone")
    assert result.status is Status.WARN
    assert result.finding_ids == ("microphone.noisy",)
    assert result.metrics["noise_floor_dbfs"] == pytest.approx(-32.0, abs=2.0)
    assert any("quieter, private place" in a for a in result.advice)


def test_microphone_gone_during_the_test_fails_clearly(lab, config):
    threading.Timer(1.0, lab.freeze_mic).start()
    with lab.play_into_mic(dsp.speech_like(FS, 8.0, -20.0)):
        start = time.monotonic()
        result, _ = run_check(config, "microphone")
        took = time.monotonic() - start
    assert took < 5.0  # noticed within about a second, not at the 10 s deadline
    assert result.status is Status.FAIL, result
    assert result.finding_ids == ("microphone.device_vanished",)
    assert result.metrics["problem"] == "device_vanished"
    assert any("Plug" in a for a in result.advice)


def test_microphone_unplugged_and_replaced_does_not_hang(lab, config):
    """PulseAudio moves a stream whose source vanished to another one: still a clean result."""
    threading.Timer(1.0, lab.unplug_mic).start()
    with lab.play_into_mic(dsp.speech_like(FS, 8.0, -20.0)):
        start = time.monotonic()
        result, _ = run_check(config, "microphone")
        took = time.monotonic() - start
    assert took < config.get("deadlines.microphone_s")
    # The chosen microphone is routed by name: gone while the stream opens, the listing has no
    # microphone left (only monitors), which says "no microphone" rather than recording a
    # monitor of the speakers.
    assert result.status in (Status.PASS, Status.FAIL)
    assert result.status is Status.PASS or result.metrics.get("problem") in (
        "device_vanished", "no_device")
    assert result.finding_ids in (("microphone.ok",), ("microphone.device_vanished",),
                                  ("microphone.no_device",))


# -- speaker ------------------------------------------------------------------------------------


def test_speaker_heard_loudly_is_an_echo_warning(lab, config):
    lab.set_loopback(True)
    result, _ = run_check(config, "speaker")
    m = result.metrics
    assert m["tone_detected"] is True and m["method"] == "loopback"
    assert m["echo"] is True
    assert result.status is Status.WARN
    assert result.finding_ids == ("speaker.echo",)
    assert any("headphones with a microphone" in a for a in result.advice)
    assert m["tone_level_dbfs"] == pytest.approx(config.get("speaker.chime_level_dbfs"), abs=1.5)
    assert 0 <= m["delay_ms"] < 300


def test_speaker_heard_at_a_normal_level_passes(lab, config):
    lab.set_loopback(True)
    lab.set_mic_gain_db(-25.0)
    result, _ = run_check(config, "speaker")
    assert result.status is Status.PASS, result
    assert result.finding_ids == ("speaker.heard",)
    assert result.metrics["method"] == "loopback"
    assert result.metrics["echo"] is False
    assert result.metrics["tone_level_dbfs"] == pytest.approx(-37.0, abs=1.5)


def test_headphones_non_interactive_warns(lab, config):
    result, _ = run_check(config, "speaker")
    assert result.status is Status.WARN
    assert result.finding_ids == ("speaker.not_confirmed",)
    assert result.metrics["tone_detected"] is False
    assert result.metrics["method"] == "not_confirmed"
    assert result.advice


@pytest.mark.parametrize(
    "answer,status,finding",
    [(True, Status.PASS, "speaker.confirmed"), (False, Status.FAIL, "speaker.not_heard")],
)
def test_headphones_the_person_answers(lab, config, answer, status, finding):
    questions = []

    def ask(question, timeout_s):
        questions.append(question)
        return answer

    result, _ = run_check(config, "speaker", ask=ask)
    assert questions == ["Did you hear the test sound?"]
    assert result.status is status
    assert result.finding_ids == (finding,)
    assert result.metrics["method"] == "user_confirmed"
    assert result.metrics["user_heard"] is answer


def test_speaker_found_under_room_noise(lab, config):
    """A -30 dBFS chime under -45 dBFS room noise is still heard."""
    lab.set_loopback(True)
    lab.set_mic_gain_db(-18.0)
    rng = np.random.default_rng(8)
    with lab.play_into_mic((rng.normal(0, 10 ** (-27 / 20), 8 * FS)).astype(np.float32)):
        result, _ = run_check(config, "speaker")
    assert result.metrics["tone_detected"] is True, result
    assert result.finding_ids in (("speaker.heard",), ("speaker.echo",))


# -- live level and playback -------------------------------------------------------------------


def test_level_meter_gives_about_20_levels_a_second(lab):
    with lab.play_into_mic(tone(-20.0)), LevelMeter() as meter:
        time.sleep(2.0)
        levels = meter.drain()
    assert 25 <= len(levels) <= 45  # about 20 per second (first audio takes a moment)
    assert np.median(levels[-10:]) == pytest.approx(-20.0, abs=1.5)
    assert not meter.running


def test_hear_yourself_plays_the_recording_through_the_speaker(lab, config):
    with lab.play_into_mic(tone(-20.0)):
        _, shared = run_check(config, "microphone")
    lab.set_loopback(True)
    with LevelMeter() as meter:
        time.sleep(0.5)
        quiet = meter.drain()
        playback = play_recording(shared)
        assert playback.wait(6.0)
        time.sleep(0.3)
        heard = meter.drain()
        playback.stop()
    assert max(quiet) < -100  # nothing playing: digital silence
    assert max(heard) == pytest.approx(-20.0, abs=2.0)


def test_chosen_devices_are_used(lab, config):
    lab.set_loopback(True)
    options = {"mic": "pulse", "speaker": "pulse"}
    with lab.play_into_mic(dsp.speech_like(FS, 8.0, -20.0)):
        mic, _ = run_check(config, "microphone", options=options)
    spk, _ = run_check(config, "speaker", options=options)
    assert mic.metrics["device"] == "pulse" and mic.status is Status.PASS
    assert spk.metrics["device"] == "pulse" and spk.metrics["input_device"] == "pulse"
    assert spk.metrics["tone_detected"] is True
    assert mic.finding_ids == ("microphone.ok",)
    assert spk.finding_ids in (("speaker.heard",), ("speaker.echo",))


def test_unknown_device_fails_with_the_choices(lab, config):
    result, _ = run_check(config, "microphone", options={"mic": "Jabra"})
    assert result.status is Status.FAIL
    assert result.finding_ids == ("microphone.device_not_found",)
    assert result.findings[0].values["choice"] == "Jabra"
    assert result.summary == "We could not find the microphone you chose (Jabra)."
    assert result.metrics["problem"] == "device_not_found"
    assert any("Virtual_Microphone" in a for a in result.advice)


def test_frozen_microphone_still_plays_the_chime_and_asks(lab, config):
    """The microphone delivers nothing at all: the speaker check does not blame the speakers."""
    lab.freeze_mic()
    result, _ = run_check(config, "speaker", ask=lambda question, timeout_s: True)
    assert result.status is Status.PASS, result
    assert result.finding_ids == ("speaker.confirmed",)
    assert result.metrics["method"] == "user_confirmed"
