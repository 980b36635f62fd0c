"""`preflight check --only microphone,speaker` end to end, as a separate process, against the
virtual devices, against no audio server at all, and without PortAudio."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile

import pytest

from preflight.checks.audio import dsp
from tests.conftest import REPO, cli_env

PREFLIGHT = [sys.executable, "-m", "preflight"]
ARGS = ["check", "--only", "microphone,speaker", "--non-interactive"]


def run_cli(args, env, timeout=60):
    out = subprocess.run(
        [*PREFLIGHT, *args], capture_output=True, text=True, env=env, timeout=timeout, cwd=REPO
    )
    return out


def checks_by_id(stdout: str) -> dict:
    return {c["id"]: c for c in json.loads(stdout)["checks"]}


@pytest.mark.audio
def test_cli_json_on_the_virtual_devices_speaker_heard(lab):
    """No one speaks (silent microphone: fail), the speakers reach the microphone (echo)."""
    lab.set_loopback(True)
    out = run_cli([*ARGS, "--json"], cli_env(**lab.env))
    assert out.returncode == 3, out.stderr
    assert "Please say: testing one, two, three" in out.stderr
    checks = checks_by_id(out.stdout)
    mic, spk = checks["microphone"], checks["speaker"]
    assert mic["status"] == "fail" and mic["metrics"]["silent"] is True
    assert [f["id"] for f in mic["findings"]] == ["microphone.silent"]
    for key in (
        "rms_dbfs",
        "peak_dbfs",
        "noise_floor_dbfs",
        "speech_to_noise_db",
        "clipped_fraction",
        "clipping",
        "silent",
        "sample_rate",
        "channels",
        "device",
    ):
        assert key in mic["metrics"]
    assert spk["status"] == "warn"
    assert [f["id"] for f in spk["findings"]] == ["speaker.echo"]
    assert spk["findings"][0]["limits"] == {"echo_warn_dbfs": -30.0}
    assert spk["metrics"]["method"] == "loopback" and spk["metrics"]["echo"] is True
    for key in ("tone_detected", "tone_level_dbfs", "delay_ms", "method", "echo", "device"):
        assert key in spk["metrics"]


@pytest.mark.audio
def test_cli_json_on_the_virtual_devices_speaking_with_headphones(lab):
    with lab.play_into_mic(dsp.speech_like(48000, 20.0, -20.0)):
        out = run_cli([*ARGS, "--json"], cli_env(**lab.env))
    assert out.returncode == 1, out.stderr  # the unconfirmed speaker is a warning
    checks = checks_by_id(out.stdout)
    assert checks["microphone"]["status"] == "pass"
    assert [f["id"] for f in checks["microphone"]["findings"]] == ["microphone.ok"]
    assert checks["microphone"]["metrics"]["rms_dbfs"] == pytest.approx(-20.0, abs=1.0)
    spk = checks["speaker"]
    assert spk["status"] == "warn" and spk["metrics"]["method"] == "not_confirmed"
    assert [f["id"] for f in spk["findings"]] == ["speaker.not_confirmed"]
    assert spk["metrics"]["tone_detected"] is False


def _assert_clear_fast_fails(out, problem):
    assert out.returncode == 3, out.stderr
    assert "Traceback" not in out.stderr
    checks = checks_by_id(out.stdout)
    for cid in ("microphone", "speaker"):
        assert checks[cid]["status"] == "fail"
        assert checks[cid]["metrics"]["problem"] == problem
        assert [f["id"] for f in checks[cid]["findings"]] == [f"{cid}.{problem}"]
        assert checks[cid]["advice"]
        assert checks[cid]["duration_s"] < 2.0
    assert json.loads(out.stdout)["hotline"]["phone"]


def test_no_audio_server_fails_clearly_and_fast():
    with tempfile.TemporaryDirectory() as runtime:
        env = cli_env(XDG_RUNTIME_DIR=runtime, PULSE_SERVER=f"unix:{runtime}/nothing-here")
        out = run_cli([*ARGS, "--json"], env)
        _assert_clear_fast_fails(out, "no_device")
        text = run_cli(ARGS, env)
    assert "Need help? Call" in text.stdout  # the hotline is shown


# PortAudio cannot be uninstalled here (libportaudio2 is a system package the other tests need),
# so this process is made to fail `import sounddevice` the way it does without the library.
NO_PORTAUDIO = """
import importlib.abc, sys
class NoPortAudio(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
sys.meta_path.insert(0, NoPortAudio())
from preflight.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("as_json", [True, False])
def test_no_portaudio_fails_clearly_and_fast(as_json):
    args = [*ARGS, "--json"] if as_json else ARGS
    out = subprocess.run(
        [sys.executable, "-c", NO_PORTAUDIO, *args],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        cwd=REPO,
    )
    if as_json:
        _assert_clear_fast_fails(out, "audio_system_missing")
    else:
        assert out.returncode == 3
        assert "could not start your computer's sound system" in out.stdout
        assert "Need help? Call" in out.stdout


# sounddevice itself is part of Preflight: without it the install is broken, which is an error
# of the check (not a sound-system problem of the patient's computer), still without a traceback.
NO_SOUNDDEVICE = NO_PORTAUDIO.replace(
    'raise OSError("PortAudio library not found")',
    'raise ModuleNotFoundError("No module named \'sounddevice\'", name="sounddevice")',
)


def test_missing_sounddevice_module_is_an_error_not_a_sound_problem():
    out = subprocess.run(
        [sys.executable, "-c", NO_SOUNDDEVICE, *ARGS, "--json"],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        cwd=REPO,
    )
    assert out.returncode == 3, out.stderr
    assert "Traceback" not in out.stderr
    checks = checks_by_id(out.stdout)
    for cid in ("microphone", "speaker"):
        assert checks[cid]["status"] == "error"
        assert [f["id"] for f in checks[cid]["findings"]] == ["engine.crashed"]
        assert checks[cid]["metrics"]["error_type"] == "ModuleNotFoundError"
        assert "problem" not in checks[cid]["metrics"]


def test_devices_command_without_audio_lists_none():
    with tempfile.TemporaryDirectory() as runtime:
        env = cli_env(XDG_RUNTIME_DIR=runtime, PULSE_SERVER=f"unix:{runtime}/nothing-here")
        out = run_cli(["devices", "--json"], env)
    assert out.returncode == 0, out.stderr
    devices = json.loads(out.stdout)["devices"]
    assert not [d for d in devices if d["kind"] in ("input", "output")]


@pytest.mark.audio
def test_devices_command_lists_the_virtual_devices(lab):
    out = run_cli(["devices"], cli_env(**lab.env))
    assert out.returncode == 0, out.stderr
    mics = out.stdout.split("Microphones:")[1].split("Speakers:")[0]
    assert "(default)" in mics and "(none found)" not in mics


def test_recording_never_written_to_disk():
    """The check keeps audio in memory: nothing in the audio package opens files for writing."""
    src = REPO / "src" / "preflight" / "checks" / "audio"
    for path in src.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("open(", "soundfile", "wave.", ".tofile(", "np.save"):
            assert forbidden not in text, f"{path.name} uses {forbidden}"
