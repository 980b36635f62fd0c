"""Issue 17 item 5 on the PulseAudio lab: when the chosen microphone or speakers fail, the others
are tried and the one that works is named; `preflight check --all-devices` tries them all.

The lab's devices: the default microphone hears nothing (silent), a second source ("Logitech
Webcam") hears a voice, a third ("Broken USB Mic") is suspended, so it delivers no audio at all
(a hung or pulled-out device). For the speakers, the default sink is suspended (it takes no
sound: a device that stopped) and a second sink plays; the lab's sinks reach no microphone
except the default one, so "plays" is what the second sink can show (only a person can say
they hear it; Check again asks them).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys

import numpy as np
import pytest

from preflight.checks.audio import dsp
from preflight.engine.present import device_rows
from preflight.engine.result import Status
from preflight.engine.runner import Runner
from tests.conftest import REPO, cli_env

pytestmark = pytest.mark.audio

FS = 48000
WEBCAM = "Logitech Webcam"
BROKEN = "Broken USB Mic"


def run_check(config, check_id, options=None, ask=None):
    runner = Runner(config, options=options, interactive=ask is not None, ask=ask)
    return runner.run([check_id]).results[0]


@contextlib.contextmanager
def three_microphones(lab):
    """The silent default, a working webcam microphone hearing a voice, a broken one."""
    voice = dsp.speech_like(FS, 8.0, -20.0).astype(np.float32)
    with lab.extra_source("webcam_mic", WEBCAM) as feed, \
            lab.extra_source("broken_mic", BROKEN), \
            lab.play_into_mic(voice, device=feed):
        lab.pactl("suspend-source", "broken_mic", "1")
        yield


@pytest.fixture(scope="module")
def tried(audio_lab):
    """The microphone check on the default (silent) microphone, then on the one it named."""
    from preflight.config import load_config

    config = load_config()
    audio_lab.reset()
    with three_microphones(audio_lab):
        first = run_check(config, "microphone")
        again = run_check(config, "microphone", {"mic": first.metrics.get("working_device")})
    return first, again


def test_a_silent_microphone_names_the_one_that_works(tried):
    first, _ = tried
    assert first.status is Status.FAIL
    assert first.finding_ids == ("microphone.silent", "microphone.other_works")
    assert first.summary.startswith("Your microphone is sending no sound")  # still the verdict
    assert first.metrics["working_device"] == WEBCAM
    assert f"Choose '{WEBCAM}' as your microphone, then press Check again." in \
        first.advice
    devices = {d["name"]: d for d in first.metrics["devices"]}
    assert devices["Virtual_Microphone"]["chosen"] is True
    assert devices["Virtual_Microphone"]["finding"] == "silent"
    assert devices[WEBCAM]["result"] == "works" and devices[WEBCAM]["finding"] == "ok"
    assert devices[BROKEN]["result"] == "fails"
    assert devices[BROKEN]["finding"] == "device_vanished"


def test_checking_again_on_the_named_microphone_passes(tried):
    _, again = tried
    assert again.status is Status.PASS, again
    assert again.metrics["device"] == WEBCAM
    assert again.metrics["rms_dbfs"] == pytest.approx(-20.0, abs=1.5)
    assert "devices" not in again.metrics  # nothing failed: nothing else tried


def test_each_device_in_words(tried):
    first, _ = tried
    rows = {name: (word, sentence) for name, word, sentence in device_rows(first)}
    assert rows["Virtual_Microphone (the one chosen)"][0] == "Problem"
    assert rows[WEBCAM] == ("Ready", "Your microphone works and you sound clear.")
    assert rows[BROKEN][0] == "Problem"
    assert rows[BROKEN][1].startswith("Your microphone stopped sending sound")


def test_the_report_lists_each_device(tried):
    from preflight.support.reports import metric_rows

    first, _ = tried
    rows = dict(metric_rows(first))
    assert rows["Another device that works"] == WEBCAM
    assert rows["Devices tried"] == (
        f"Virtual_Microphone: does not work, {WEBCAM}: works, {BROKEN}: does not work")


def test_one_microphone_only_tries_nothing_else(lab, config):
    result = run_check(config, "microphone")
    assert result.finding_ids == ("microphone.silent",)
    assert "devices" not in result.metrics and "working_device" not in result.metrics


def test_cli_all_devices_reports_each_microphone(lab):
    with three_microphones(lab):
        text = subprocess.run(
            [sys.executable, "-m", "preflight", "check", "--only", "microphone",
             "--non-interactive", "--all-devices"],
            capture_output=True, text=True, env=cli_env(**lab.env), timeout=90, cwd=REPO)
    assert text.returncode == 3, text.stderr
    lines = text.stdout.splitlines()
    tried_at = lines.index(next(line for line in lines if line.strip() == "Devices tried:"))
    listed = [line.strip() for line in lines[tried_at + 1:tried_at + 4]]
    assert listed[0].startswith("* Virtual_Microphone (the one chosen): [Problem] Your "
                                "microphone is sending no sound")
    assert f"* {WEBCAM}: [Ready] Your microphone works and you sound clear." in listed
    assert any(line.startswith(f"* {BROKEN}: [Problem]") for line in listed)
    assert f"Choose '{WEBCAM}' as your microphone, then run 'preflight check' again." in \
        text.stdout


def test_speakers_that_stopped_name_the_ones_that_play(lab, config):
    with lab.extra_sink("usb_headphones", "USB Headphones"):
        lab.pactl("suspend-sink", "preflight_speaker", "1")
        try:
            result = run_check(config, "speaker", ask=lambda question, timeout_s: None)
        finally:
            lab.pactl("suspend-sink", "preflight_speaker", "0")
    assert result.status is Status.FAIL, result
    assert result.finding_ids == ("speaker.device_vanished", "speaker.other_works")
    devices = {d["name"]: d for d in result.metrics["devices"]}
    assert devices["Virtual_Speaker"]["result"] == "fails" and devices["Virtual_Speaker"]["chosen"]
    # Every other sink of the lab plays (its microphones' feeds are sinks too): the first one
    # in the listing is named.
    assert devices["USB Headphones"]["result"] == "works"
    assert devices["USB Headphones"]["finding"] == "not_confirmed"
    first = next(d["name"] for d in result.metrics["devices"] if not d["chosen"])
    assert result.metrics["working_device"] == first
    assert f"Choose '{first}' as your speakers, then press Check again." in result.advice


def test_cli_all_devices_json_lists_every_speaker_even_when_the_chosen_works(lab):
    lab.set_loopback(True)
    lab.set_mic_gain_db(-25.0)
    with lab.extra_sink("usb_headphones", "USB Headphones"):
        out = subprocess.run(
            [sys.executable, "-m", "preflight", "check", "--only", "speaker",
             "--non-interactive", "--all-devices", "--json"],
            capture_output=True, text=True, env=cli_env(**lab.env), timeout=90, cwd=REPO)
    assert out.returncode in (0, 2), out.stderr
    (speaker,) = json.loads(out.stdout)["checks"]
    assert speaker["status"] == "pass", speaker
    assert "working_device" not in speaker["metrics"]  # the chosen one works
    devices = [(d["name"], d["chosen"], d["result"]) for d in speaker["metrics"]["devices"]]
    assert devices[0] == ("Virtual_Speaker", True, "works")
    assert ("USB Headphones", False, "works") in devices[1:]
    assert {result for _name, _chosen, result in devices} == {"works"}


@pytest.mark.parametrize("check_id", ["microphone", "speaker"])
def test_a_refused_permission_tries_no_other_device(check_id):
    # The system gives or refuses the permission for every microphone (and output) at once:
    # trying the others would only add seconds and a second refusal.
    from preflight.checks.audio import microphone, speaker
    from preflight.checks.other_devices import should_try
    from preflight.engine.registry import Registry

    module = {"microphone": microphone, "speaker": speaker}[check_id]
    descriptor = Registry().descriptor(check_id)
    refused = descriptor.result([descriptor.finding("permission_denied")])
    assert refused.status is Status.FAIL
    assert not should_try(refused, {}, module.TRY_OTHERS)
    # ... while a device that failed does (the rule is not simply "never").
    failed = descriptor.result([descriptor.finding("device_busy")])
    assert failed.status is Status.FAIL and should_try(failed, {}, module.TRY_OTHERS)
