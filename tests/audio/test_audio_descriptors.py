"""The microphone and speaker checks described once: their descriptors (findings, help-desk
texts, support-code fields, GUI steps), the device failures both share, and the speaker's pure
verdict. No devices needed."""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import pytest

from preflight.checks.audio import devices, dsp, microphone, speaker
from preflight.checks.audio.devices import (
    DEVICE_FAILURES,
    AudioProblem,
    describe_error,
    device_failure,
    device_findings,
)
from preflight.checks.audio.dsp import Detection
from preflight.checks.audio.speaker import LoopbackResult
from preflight.engine.findings import Buckets, Choice, Flags, StepSpec, fill, placeholders
from preflight.engine.registry import Registry
from preflight.engine.result import Status
from tests.conftest import REPO

FS = 48000
DESCRIPTORS = {"microphone": microphone.DESCRIPTOR, "speaker": speaker.DESCRIPTOR}
# Support code format 2: bits each check's code_fields may use besides its main field.
BUDGET_BITS = {"microphone": 4, "speaker": 3}


def field_bits(cf: Buckets | Flags | Choice) -> int:
    if isinstance(cf, Buckets):
        return math.ceil(math.log2(cf.size))
    if isinstance(cf, Flags):
        return len(cf.findings)
    return math.ceil(math.log2(len(cf.values) + 1))


def test_importing_the_checks_loads_neither_portaudio_nor_numpy():
    code = (
        "import sys\n"
        "from preflight.checks.audio import microphone, speaker\n"
        "from preflight.engine.registry import Registry\n"
        "r = Registry()\n"
        "assert r.descriptor('microphone') is microphone.DESCRIPTOR\n"
        "assert r.descriptor('speaker') is speaker.DESCRIPTOR\n"
        "print([m for m in ('sounddevice', '_sounddevice', 'numpy') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_the_registry_finds_each_check_through_its_descriptor():
    registry = Registry()
    for cid, descriptor in DESCRIPTORS.items():
        assert registry.descriptor(cid) is descriptor
        cls = registry.get(cid)
        assert cls.descriptor is descriptor
        assert cls.id == cid and cls.resources == frozenset({"audio"})
    assert microphone.DESCRIPTOR.title == "Microphone"
    assert speaker.DESCRIPTOR.title == "Speakers"
    # 13 s: the other microphones are tried within it (issue 17)
    assert microphone.DESCRIPTOR.deadline_s == 13.0 and speaker.DESCRIPTOR.deadline_s == 45.0


def test_the_window_steps():
    assert microphone.DESCRIPTOR.step == StepSpec(
        key="microphone",
        title="Microphone",
        intro="We will listen to your microphone while you speak for a few seconds.",
        guided=True,
        device_kind="input",
        option="mic",
        picker="Microphone:",
    )
    assert speaker.DESCRIPTOR.step == StepSpec(
        key="speaker",
        title="Speakers",
        intro="We will play a short sound. Turn your volume up so you can hear it.",
        guided=True,
        device_kind="output",
        option="speaker",
        picker="Speaker:",
    )


@pytest.mark.parametrize("cid", list(DESCRIPTORS))
def test_findings_each_check_can_produce(cid):
    names = [f.name for f in DESCRIPTORS[cid].findings]
    own = {
        "microphone": ["ok", "silent", "no_speech", "quiet", "clipping", "noisy"],
        "speaker": ["heard", "confirmed", "echo", "not_heard", "not_confirmed"],
    }[cid]
    # issue 17, at the end
    added = {"microphone": ["bluetooth_headset", "other_works", "permission_restricted"],
             "speaker": ["other_works"]}[cid]
    assert names == [*own, *DEVICE_FAILURES, *added]
    non_pass = [f for f in DESCRIPTORS[cid].findings if f.level is not Status.PASS]
    assert len(non_pass) <= 21  # the support code's main field stays within 5 bits


@pytest.mark.parametrize("cid", list(DESCRIPTORS))
def test_device_failures_are_one_definition(cid):
    """Both checks' device failures come from devices.device_findings, in their own words."""
    specs = {f.name: f for f in DESCRIPTORS[cid].findings if f.name in DEVICE_FAILURES}
    assert tuple(specs) == DEVICE_FAILURES
    assert tuple(specs.values()) == device_findings(cid)
    assert all(s.level is Status.FAIL and s.advice and s.helpdesk for s in specs.values())
    assert "microphone" in specs["device_busy"].summary if cid == "microphone" else (
        "speakers" in specs["device_busy"].summary)
    assert set(DEVICE_FAILURES) == {
        "no_device", "device_not_found", "audio_system_missing", "device_busy",
        "permission_denied", "unsupported_sample_rate", "device_vanished", "device_error",
    }  # the `problem` codes of docs/metrics.md


@pytest.mark.parametrize("cid", list(DESCRIPTORS))
def test_helpdesk_texts_name_only_config_keys(cid, config):
    """An agent reads them after decoding a code, which carries no numbers."""
    section = config.section(cid)
    for spec in DESCRIPTORS[cid].findings:
        assert placeholders(spec.helpdesk) <= set(section), spec.name
        if spec.level is Status.PASS:
            assert not spec.helpdesk and not spec.advice, spec.name
        else:
            assert spec.helpdesk.endswith("."), spec.name


def test_helpdesk_texts_moved_from_the_support_code():
    mic = {f.name: f.helpdesk for f in microphone.DESCRIPTOR.findings}
    spk = {f.name: f.helpdesk for f in speaker.DESCRIPTOR.findings}
    assert mic["silent"].startswith("The microphone sends silence: check it is not muted")
    assert mic["quiet"] == mic["no_speech"]
    assert mic["quiet"].startswith("The microphone is too quiet:")
    assert mic["clipping"].startswith("The microphone is too loud and distorts:")
    assert spk["not_heard"].startswith("The caller did not hear the test sound:")
    assert spk["echo"].startswith("The microphone hears the speakers loudly:")


@pytest.mark.parametrize("cid", list(DESCRIPTORS))
def test_code_fields_within_their_budget(cid, config):
    descriptor = DESCRIPTORS[cid]
    assert sum(field_bits(cf) for cf in descriptor.code_fields) <= BUDGET_BITS[cid]
    names = {f.name for f in descriptor.findings}
    for cf in descriptor.code_fields:
        if isinstance(cf, Buckets):
            cf.resolved_edges(config.section(cid))  # every key is a number of the section
        if isinstance(cf, Flags):
            assert set(cf.findings) <= names


def test_voice_level_buckets_follow_the_organisation_thresholds(config):
    (level,) = [cf for cf in microphone.DESCRIPTOR.code_fields if isinstance(cf, Buckets)]
    assert level.metric == "rms_dbfs" and {"fail_rms_dbfs", "warn_rms_dbfs"} <= set(level.edges)
    section = dict(config.section("microphone"))
    edges = level.resolved_edges(section)
    assert section["fail_rms_dbfs"] in edges and section["warn_rms_dbfs"] in edges
    assert list(edges) == sorted(edges)
    stricter = level.resolved_edges({**section, "warn_rms_dbfs": -40.0, "fail_rms_dbfs": -55.0})
    assert -40.0 in stricter and -55.0 in stricter and section["warn_rms_dbfs"] not in stricter


def test_speaker_method_choice_lists_every_method():
    (method,) = speaker.DESCRIPTOR.code_fields
    assert isinstance(method, Choice) and method.metric == "method"
    assert method.values == ("loopback", "user_confirmed", "not_confirmed")
    assert set(method.words) == set(method.values)


# -- device failures in plain words, through the findings --------------------------------------


def _problems() -> list[tuple[str, AudioProblem]]:
    import sounddevice as sd

    made = []
    for kind in ("input", "output"):
        made += [
            (kind, devices.no_device(kind)),
            (kind, AudioProblem("device_not_found", kind, choice="Jabra",
                                choices=["pulse", "default"])),
            (kind, devices.portaudio_missing()),
            (kind, describe_error(sd.PortAudioError("Device unavailable", -9985), kind)),
            (kind, describe_error(PermissionError(13, "Permission denied"), kind)),
            (kind, describe_error(sd.PortAudioError("Invalid sample rate", -9997), kind)),
            (kind, devices.vanished(kind)),
            (kind, describe_error(sd.PortAudioError("Internal PortAudio error", -9986), kind)),
        ]
    return made


def test_every_device_failure_becomes_its_finding_with_every_word_filled():
    seen: dict[str, set[str]] = {"microphone": set(), "speaker": set()}
    for kind, problem in _problems():
        cid = devices.CHECK_OF_KIND[kind]
        result = device_failure(DESCRIPTORS[cid], problem, "USB headset", extra=1)
        assert result.status is Status.FAIL
        assert result.finding_ids == (f"{cid}.{problem.kind}",)
        assert result.metrics == {"problem": problem.kind, "device": "USB headset", "extra": 1}
        assert result.summary == problem.summary
        assert result.advice == problem.advice and len(result.advice) >= 2
        for line in (result.summary, *result.advice):
            assert "{" not in line and line.endswith("."), line
        seen[cid].add(problem.kind)
    assert seen == {"microphone": set(DEVICE_FAILURES), "speaker": set(DEVICE_FAILURES)}


def test_permission_advice_names_the_settings_page():
    mic = describe_error(PermissionError(13, "Permission denied"), "input")
    spk = describe_error(PermissionError(13, "Permission denied"), "output")
    assert mic.advice[-1] == "Then close Preflight, open it again, and press Check again."
    assert "microphone" in mic.summary and "speakers" in spk.summary
    # The page's name fills the steps of each system.
    assert fill(devices.privacy_advice("win32")[0], {"what": "Microphone"}) == (
        "Windows: open Settings > Privacy & security > Microphone, and turn on access for "
        "desktop apps.")
    assert fill(devices.privacy_advice("darwin")[0], {"what": "Sound"}) == (
        "Mac: open System Settings > Privacy & Security > Sound, and turn on Preflight.")


# Words that only another system's steps use.
OTHER_SYSTEMS = {
    "win32": ("Mac:", "System Settings"),
    "darwin": ("Windows:", "Privacy & security", "Settings > System"),
    "linux": ("Windows:", "Mac:", "Settings >"),
}
QUIET_STEP = {"win32": "Turn up the input volume: Settings > System > Sound > Input.",
              "darwin": "Turn up the input volume: System Settings > Sound > Input.",
              "linux": "Turn up the input volume in your computer's sound settings."}


@pytest.mark.parametrize("platform", list(OTHER_SYSTEMS))
def test_patient_advice_gives_this_computers_steps_only(platform):
    """Issue 17, item 7: the Windows patient reads no Mac steps, nobody reads "Terminal"."""
    advice = {
        "privacy": devices.privacy_advice(platform),
        "muted": microphone.muted_advice(platform),
        "quiet": microphone.quiet_advice(platform),
    }
    for name, lines in advice.items():
        text = " ".join(lines)
        assert "Terminal" not in text, name
        for other in OTHER_SYSTEMS[platform]:
            assert other not in text, (platform, name, other)
    assert advice["quiet"][1] == QUIET_STEP[platform]
    assert advice["muted"][0].startswith("Check that your microphone or headset is plugged in")
    if platform != "linux":
        assert advice["muted"][1].startswith({"win32": "Windows:", "darwin": "Mac:"}[platform])
    assert microphone.muted_advice("sunos5") == microphone.muted_advice("linux")


def test_the_descriptors_carry_this_computers_steps():
    spec = {f.name: f for f in microphone.DESCRIPTOR.findings}
    assert spec["silent"].advice == microphone.muted_advice(sys.platform)
    assert spec["quiet"].advice == microphone.quiet_advice(sys.platform)
    assert spec["permission_denied"].advice == devices.privacy_advice(sys.platform)
    for descriptor in DESCRIPTORS.values():
        for f in descriptor.findings:
            assert "Terminal" not in " ".join((f.summary, *f.advice)), f.name
    # The help desk reads a decoded code on its own computer: both systems' steps stay there.
    assert "(Windows)" in spec["permission_denied"].helpdesk
    assert "(Mac)" in spec["permission_denied"].helpdesk


def test_an_unknown_problem_or_a_bug_is_not_a_device_failure():
    with pytest.raises(ValueError):
        AudioProblem("no_such_problem")
    with pytest.raises(ZeroDivisionError):
        device_failure(microphone.DESCRIPTOR, ZeroDivisionError(), "")


# -- the verdicts are pure functions ----------------------------------------------------------


def detection(level_dbfs: float, detected: bool = True) -> Detection:
    return Detection(detected, 0.9 if detected else 0.05, 4800, level_dbfs, (0.8, 0.8, 0.8))


@pytest.mark.parametrize(
    "level,finding,status",
    [(-37.0, "speaker.heard", Status.PASS), (-20.0, "speaker.echo", Status.WARN)],
)
def test_speaker_heard_through_the_microphone(config, level, finding, status):
    heard = LoopbackResult(detection(level), 24.0, 0.52, FS, "pulse")
    result = speaker.judge(heard, None, config.section("speaker"), "pulse")
    assert result.status is status and result.finding_ids == (finding,)
    assert result.findings[0].limits == {"echo_warn_dbfs": -30.0}
    assert result.findings[0].values["tone_level_dbfs"] == level
    m = result.metrics
    assert m["method"] == "loopback" and m["tone_detected"] is True
    assert m["echo"] is (status is Status.WARN)
    assert m["delay_ms"] == 24.0 and m["decision_s"] == 0.52 and m["detection_score"] == 0.9
    assert m["device"] == "pulse" and m["input_device"] == "pulse" and m["sample_rate"] == FS
    if status is Status.WARN:
        assert result.advice == ("Use headphones with a microphone if you have them.",
                                 "If not, turn your speaker volume down a little.")
    else:
        assert result.summary.startswith("Your speakers work: we heard the test sound")


def test_echo_threshold_comes_from_the_configuration(config):
    heard = LoopbackResult(detection(-37.0), 24.0, 0.52, FS, "pulse")
    result = speaker.judge(heard, None, {**config.section("speaker"), "echo_warn_dbfs": -40.0})
    assert result.finding_ids == ("speaker.echo",)
    assert result.findings[0].limits == {"echo_warn_dbfs": -40.0}


@pytest.mark.parametrize(
    "heard_by_mic,answer,finding,status",
    [
        (detection(-80.0, detected=False), True, "speaker.confirmed", Status.PASS),
        (detection(-80.0, detected=False), False, "speaker.not_heard", Status.FAIL),
        (detection(-80.0, detected=False), None, "speaker.not_confirmed", Status.WARN),
        (None, None, "speaker.not_confirmed", Status.WARN),  # no microphone to listen with
    ],
)
def test_speaker_not_heard_by_the_microphone(config, heard_by_mic, answer, finding, status):
    heard = LoopbackResult(heard_by_mic, None, None, FS, "")
    result = speaker.judge(heard, answer, config.section("speaker"), "pulse")
    assert result.status is status and result.finding_ids == (finding,)
    m = result.metrics
    assert m["tone_detected"] is False and m["tone_level_dbfs"] is None and m["delay_ms"] is None
    assert m["method"] == ("not_confirmed" if answer is None else "user_confirmed")
    assert m.get("user_heard") is answer
    if finding == "speaker.not_heard":
        assert result.summary == "You could not hear the test sound."
        assert result.advice[-1] == "Then press Check again."
    if finding == "speaker.not_confirmed":
        assert "could not confirm" in result.summary and len(result.advice) == 2


def test_microphone_findings_carry_their_numbers_and_thresholds(config):
    cfg = config.section("microphone")
    quiet_and_noisy = dsp.speech_like(FS, 3.0, -50.0) + np.random.default_rng(3).normal(
        0, 10 ** (-62 / 20), 3 * FS)
    m = dsp.measure_recording(quiet_and_noisy, FS, 1 / 32767)
    result = microphone.judge(m, cfg, sample_rate=FS, channels=1, device="pulse")
    assert result.finding_ids == ("microphone.quiet", "microphone.noisy")
    assert result.summary == "Your microphone works, but you sound quiet."
    quiet, noisy = result.findings
    assert quiet.limits == {"warn_rms_dbfs": cfg["warn_rms_dbfs"]}
    assert quiet.values["rms_dbfs"] == result.metrics["rms_dbfs"]
    assert noisy.limits == {"noise_floor_max_dbfs": cfg["noise_floor_max_dbfs"],
                            "min_speech_to_noise_db": cfg["min_speech_to_noise_db"]}
    assert noisy.values["speech_to_noise_db"] < cfg["min_speech_to_noise_db"]
    # Both findings' advice, the quiet voice's first, each sentence once.
    assert result.advice == (*microphone.QUIET_ADVICE, *microphone.NOISE_ADVICE)
    assert result.metrics["sample_rate"] == FS and result.metrics["device"] == "pulse"


def test_microphone_thresholds_come_from_the_configuration(config):
    cfg = dict(config.section("microphone"))
    m = dsp.measure_recording(dsp.speech_like(FS, 3.0, -38.0), FS, 1 / 32767)
    assert microphone.judge(m, cfg).finding_ids == ("microphone.ok",)
    stricter = microphone.judge(m, {**cfg, "warn_rms_dbfs": -30.0})
    assert stricter.finding_ids == ("microphone.quiet",)
    assert stricter.findings[0].limits == {"warn_rms_dbfs": -30.0}
