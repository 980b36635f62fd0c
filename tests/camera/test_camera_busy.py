"""Which program holds the camera (issue 17), Linux: /proc/*/fd links to the device.

No /dev/video* exists on this machine, so the device the scanner looks for is a parameter: these
tests start a real second process that holds a real file open (a file in the test's own
folder, standing in for /dev/videoN) and check that the real /proc scan names it. The process
names itself "zoom" (prctl PR_SET_NAME, as a real Zoom's kernel name is), so the advice reads as
it would for Zoom."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from preflight import devices_os
from preflight.checks.camera import capture
from preflight.checks.camera.capture import CameraTarget
from preflight.checks.camera.problems import CameraProblem, busy

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

HOLDER = textwrap.dedent("""
    import ctypes, sys, time
    ctypes.CDLL(None).prctl(15, sys.argv[2].encode(), 0, 0, 0)  # PR_SET_NAME: the kernel name
    held = open(sys.argv[1], "rb")
    print("ready", flush=True)
    sys.stdin.read()  # until the test closes our stdin
""")


@pytest.fixture
def held_device(tmp_path):
    """(path, stop): a file held open by a second process named "zoom"."""
    path = tmp_path / "video9"
    path.write_bytes(b"\0")
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path), "zoom"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"

        def stop() -> None:
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait(10)

        yield path, stop
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


def test_the_program_holding_the_device_is_named(held_device):
    path, stop = held_device
    with open(path, "rb"):  # we hold it too: our own process is never named
        names = devices_os.programs_holding(lambda p: p == str(path))
    assert names == ["Zoom"]
    assert devices_os.programs_holding(lambda p: p == str(path) + "-other") == []
    stop()
    assert devices_os.programs_holding(lambda p: p == str(path)) == []


def test_names_only_and_friendly(tmp_path):
    assert devices_os.friendly_program("zoom") == "Zoom"
    assert devices_os.friendly_program("teams-for-linu") == "Microsoft Teams"
    assert devices_os.friendly_program("someapp") == "someapp"
    # This machine has no camera: nobody holds /dev/video0.
    assert devices_os.camera_holders(0) == []


def test_busy_advice_names_the_program_or_leaves_the_line_out():
    named = busy("Cam", "Zoom").to_result()
    assert named.advice[0] == "Zoom is using your camera. Close Zoom, then press Check again."
    assert named.findings[0].values == {"program": "Zoom"}
    unknown = busy("Cam").to_result()
    assert not any("is using your camera" in line for line in unknown.advice)
    assert len(unknown.advice) == len(named.advice) - 1
    assert named.summary == unknown.summary


def test_a_busy_camera_names_the_program_holding_it(held_device, camera_cfg, monkeypatch):
    """The real open of a camera that cannot be opened (OpenCV, index 9), then the real /proc
    scan, pointed at the file the second process holds instead of /dev/video9."""
    path, _ = held_device
    monkeypatch.setattr(devices_os, "camera_holders", lambda index: devices_os.programs_holding(
        lambda p: p == str(path)))  # fmt: skip
    with pytest.raises(CameraProblem) as exc:
        capture.open_capture(CameraTarget("Cam", index=9, listed=True), camera_cfg)
    result = exc.value.to_result()
    assert result.finding_ids == ("camera.busy",)
    assert result.advice[0] == "Zoom is using your camera. Close Zoom, then press Check again."
    assert result.status.value == "fail"


def test_a_scan_that_fails_does_not_hide_the_busy_verdict(camera_cfg, monkeypatch):
    def broken(index):
        raise RuntimeError("no /proc")

    monkeypatch.setattr(devices_os, "camera_holders", broken)
    with pytest.raises(CameraProblem) as exc:
        capture.open_capture(CameraTarget("Cam", index=9, listed=True), camera_cfg)
    assert exc.value.finding.id == "camera.busy"
    assert not any("is using your camera" in line for line in exc.value.advice)
