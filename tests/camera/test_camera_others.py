"""Issue 17 item 5 for cameras: when the chosen camera fails, the other cameras are opened
together and judged briefly; the one that works is named.

Real OpenCV on the generated videos (tests/camera/conftest.py). This machine has no camera and
cannot have a virtual one (no v4l2loopback), so the cameras are a stand-in at the hardware seam
(tests/camera/stand_ins.py: cameras_from_videos): a sysfs-like listing and, for each camera
index, a real capture of a generated video read at its own frame rate.
"""

from __future__ import annotations

import pytest

from preflight.engine.present import device_rows
from preflight.engine.result import Status
from preflight.engine.runner import Runner
from tests.camera.stand_ins import cameras_from_videos

DEFAULT = "Integrated Camera"
WEBCAM = "Logitech Webcam C920"


def run_camera(config, **options):
    return Runner(config, options=options, interactive=False).run(["camera"]).results[0]


@pytest.fixture
def cameras(tmp_path, monkeypatch, videos):
    """A black built-in camera (the default), a working webcam, and a frozen one."""
    cameras_from_videos(monkeypatch, tmp_path / "v4l", [
        ("video0", DEFAULT, videos["black"]),
        ("video2", WEBCAM, videos["normal"]),
        ("video4", "Old USB Camera", videos["frozen"]),
    ])


def test_a_black_camera_names_the_webcam_that_works(config, cameras):
    result = run_camera(config)
    assert result.status is Status.FAIL, result
    assert result.finding_ids == ("camera.black", "camera.other_works")
    assert result.summary.startswith("Your camera shows a black picture")  # still the verdict
    assert result.metrics["working_device"] == WEBCAM
    assert f"Choose '{WEBCAM}' as your camera, then press Check again." in result.advice
    devices = {d["name"]: d for d in result.metrics["devices"]}
    assert devices[DEFAULT] == {"name": DEFAULT, "chosen": True, "result": "fails",
                                "status": "fail", "finding": "black"}
    assert devices[WEBCAM]["result"] == "works" and devices[WEBCAM]["status"] == "pass"
    assert devices["Old USB Camera"]["finding"] == "frozen"
    rows = dict((name, sentence) for name, _word, sentence in device_rows(result))
    assert rows[WEBCAM] == "Your camera works and the picture looks good."
    # Checking again on the camera it named passes.
    again = run_camera(config, camera=result.metrics["working_device"])
    assert again.status is Status.PASS, again
    assert again.metrics["device"] == WEBCAM and "devices" not in again.metrics


def test_all_devices_lists_every_camera_even_when_the_chosen_works(config, cameras):
    result = run_camera(config, camera=WEBCAM, all_devices=True)
    assert result.status is Status.PASS, result
    assert "working_device" not in result.metrics and not result.has("camera.other_works")
    assert [(d["name"], d["chosen"], d["result"]) for d in result.metrics["devices"]] == [
        (WEBCAM, True, "works"), (DEFAULT, False, "fails"), ("Old USB Camera", False, "fails")]
