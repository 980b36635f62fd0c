"""Which program holds the camera or microphone on Windows and macOS (issue 17, item 3).

Windows: the privacy "capability access" records (ConsentStore). No Windows machine exists here,
so winreg cannot run: the parser is tested on `reg query /s` outputs from public sources (see
each fixture's header for where it came from and what it is), turned into the same records the
winreg reader returns. macOS: the system cannot say which app holds a device, so running
video-call apps are named as ones that *may*; their names come from psutil, tested on a real
second process that names itself "zoom.us" (prctl, as macOS's Zoom process is called)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from preflight import devices_os
from preflight.checks.audio.devices import AudioProblem, with_program
from preflight.checks.camera.problems import busy
from preflight.devices_os import ConsentRecord

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "consent_store"


def records(name: str, capability: str = "microphone") -> list[ConsentRecord]:
    return devices_os.parse_reg_query((FIXTURES / name).read_text(encoding="utf-8"), capability)


def test_the_programs_whose_use_has_not_ended_are_named():
    found = records("microphone_zoom_in_use.txt")
    # The capability key, the packaged Camera app, NonPackaged, Zoom, Chrome.
    assert [(r.app, r.non_packaged) for r in found] == [
        ("", False), ("Microsoft.WindowsCamera_8wekyb3d8bbwe", False), ("", True),
        ("C:#Users#jeff#AppData#Roaming#Zoom#bin#Zoom.exe", True),
        ("C:#Program Files#Google#Chrome#Application#chrome.exe", True)]
    assert found[3].values["LastUsedTimeStop"] == 0
    assert found[4].values["LastUsedTimeStop"] == 0x1dc1e3f4a3000000
    assert devices_os.programs_in_use(found) == ["Zoom"]  # Chrome and the Camera app stopped
    assert not devices_os.consent_denied(found)


def test_packaged_apps_and_several_programs():
    found = records("microphone_teams_zoom_shellby.txt")
    names = devices_os.programs_in_use(found)
    # Known names first; never a folder (which holds the user's name "a").
    assert names == ["Microsoft Teams", "Zoom", "Shellby"]
    assert not any("#" in n or "\\" in n or "Users" in n for n in names)


def test_a_crashed_programs_record_counts_only_while_it_runs():
    found = records("microphone_teams_zoom_shellby.txt")
    # Shellby crashed mid-call (its record still says in use) and is not running any more.
    assert devices_os.programs_in_use(found, running={"zoom.exe", "explorer.exe"}) == [
        "Microsoft Teams", "Zoom"]
    assert devices_os.programs_in_use(found, running={"ZOOM.EXE"}) == ["Microsoft Teams", "Zoom"]


def test_the_windows_11_values_and_other_capabilities_are_read():
    found = records("graphics_capture_extra_values.txt", "graphicsCaptureWithoutBorder")
    assert found[1].values["LastUserAnnotatedLabel"] == 2
    assert found[1].values["Value"] == "Allow"
    assert devices_os.programs_in_use(found) == ["Google Chrome", "OBS Studio"]
    # The same text read as the webcam's: nothing of it belongs to the camera.
    assert devices_os.parse_reg_query(
        (FIXTURES / "graphics_capture_extra_values.txt").read_text(), "webcam") == []


def test_the_privacy_switch_turned_off_is_seen():
    found = records("microphone_zoom_in_use.txt")
    off = [ConsentRecord(r.app, r.non_packaged, {**r.values, "Value": "Deny"})
           if not r.app and r.non_packaged else r for r in found]
    assert devices_os.consent_denied(off)
    # A single app's "Deny" is that app's business, not Preflight's.
    app_off = [ConsentRecord(r.app, r.non_packaged, {**r.values, "Value": "Deny"})
               if r.app else r for r in found]
    assert not devices_os.consent_denied(app_off)


def test_the_readers_own_value_types_are_understood():
    """winreg returns REG_QWORD as int, REG_BINARY (what some tools write) as bytes."""
    as_bytes = ConsentRecord("C:#x#Zoom.exe", True, {
        "LastUsedTimeStart": (0x1dc1e3f4a2b3c4d).to_bytes(8, "little"),
        "LastUsedTimeStop": bytes(8)})
    assert as_bytes.in_use
    never = ConsentRecord("C:#x#Zoom.exe", True, {"LastUsedTimeStart": 0, "LastUsedTimeStop": 0})
    assert not never.in_use
    assert devices_os.app_name(ConsentRecord("Contoso.VideoVisit_abc123", False, {})) == (
        "VideoVisit")
    assert devices_os.app_name(ConsentRecord("MSTeams_8wekyb3d8bbwe", False, {})) == (
        "Microsoft Teams")


def test_elsewhere_the_windows_reader_reads_nothing():
    if sys.platform == "win32":
        pytest.skip("reads this computer's registry")
    assert devices_os.read_consent_store("webcam") == []
    assert devices_os.windows_holders("camera") == []
    assert not devices_os.windows_denied("camera")


CALL_APP = textwrap.dedent("""
    import ctypes, sys
    ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)  # PR_SET_NAME
    print("ready", flush=True)
    sys.stdin.read()
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names itself with prctl")
def test_running_call_apps_are_found_by_their_process_names():
    proc = subprocess.Popen([sys.executable, "-c", CALL_APP, "zoom.us"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        names = devices_os.running_process_names()
        assert names is not None and "zoom.us" in names
        assert devices_os.call_apps(names) == ["Zoom"]
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait(10)
    # Call apps before browsers; unknown programs are never named.
    assert devices_os.call_apps(["Safari", "FaceTime", "Finder", "zoom.us", "Dock"]) == [
        "FaceTime", "Zoom", "Safari"]


def test_known_and_possible_holders_are_told_in_their_own_words():
    known = busy("FaceTime HD Camera", "Zoom").advice
    assert "Zoom is using your camera. Close Zoom, then press Check again." in known
    assert not any(line.startswith("Zoom may be using") for line in known)
    possible = busy("FaceTime HD Camera", possible="Zoom").advice
    assert "Zoom may be using your camera. Close Zoom, then press Check again." in possible
    assert not any(line.startswith("Zoom is using") for line in possible)
    assert not any("{" in line for line in busy("FaceTime HD Camera").advice)


@pytest.mark.parametrize(("platform", "key"), [("darwin", "possible_program"),
                                               ("win32", "program")])
def test_a_busy_microphone_names_its_holder_per_system(monkeypatch, platform, key):
    """Windows and macOS cannot run here: their platform name and their holder readers (tested
    above on their data) are the stand-ins."""
    from preflight.checks.audio import devices

    monkeypatch.setattr(devices.sys, "platform", platform)
    monkeypatch.setattr(devices_os, "possible_holders", lambda: ["Zoom"])
    monkeypatch.setattr(devices_os, "windows_holders", lambda kind: ["Zoom"])
    problem = with_program(AudioProblem("device_busy", "input"))
    assert problem.values == {key: "Zoom"}
    words = "may be using" if key == "possible_program" else "is using"
    assert f"Zoom {words} your microphone. Close Zoom, then press Check again." in problem.advice


def test_a_refused_microphone_on_windows_is_said_to_be_refused(monkeypatch):
    """Windows cannot run here: the privacy switch's reader (tested above on its data) is the
    stand-in; PortAudio's error there does not say "permission"."""
    from preflight.checks.audio.devices import refused

    monkeypatch.setattr(devices_os, "windows_denied", lambda kind: kind == "microphone")
    for kind in ("device_busy", "device_error", "no_device"):
        assert refused(AudioProblem(kind, "input"), "win32").kind == "permission_denied"
        assert refused(AudioProblem(kind, "input"), "linux").kind == kind
    assert refused(AudioProblem("device_busy", "output"), "win32").kind == "device_busy"
    monkeypatch.setattr(devices_os, "windows_denied", lambda kind: False)
    assert refused(AudioProblem("device_busy", "input"), "win32").kind == "device_busy"
