"""The capture path: the real OpenCV VideoCapture on generated video files (played at their own
frame rate), FrameSource's preview thread, the check through the runner, and the CLI.

No camera exists on this machine, so a camera *index* can only be tested for "missing"; the
stall cases (opens but sends nothing, stops mid-capture) need a camera driver that blocks, which
only a stand-in capture object can provide (said in those tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from preflight import devices_os
from preflight.checks.camera import capture
from preflight.checks.camera.analysis import FrameAnalyzer
from preflight.checks.camera.capture import CameraTarget, resolve_camera
from preflight.checks.camera.problems import CameraProblem
from preflight.checks.camera.source import SHARED_PREVIEW_KEY, FrameSource
from preflight.devices_os import list_cameras
from preflight.engine.runner import Runner
from tests.camera.conftest import EXPECTED, FINDING
from tests.camera.stand_ins import StallingCapture
from tests.conftest import REPO, cli_env

PREFLIGHT = str(REPO / ".venv" / "bin" / "preflight")


def _run_check(config, device, **runner_kw):
    runner = Runner(config, options={"camera": str(device)}, **runner_kw)
    return runner, runner.run(["camera"]).results[0]


def _capture_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("camera-")]


# -- the check through the runner -----------------------------------------------------------------


def test_720p_file_passes_with_exact_resolution_and_true_fps(config, videos):
    _, result = _run_check(config, videos["normal_720p"])
    m = result.metrics
    assert result.status.value == "pass", result
    assert result.finding_ids == ("camera.ok",)
    assert (m["width"], m["height"]) == (1280, 720)
    assert m["short_side_px"] == 720
    assert m["fps"] == pytest.approx(30.0, rel=0.1)
    assert 80 <= m["frames"] <= 92  # ~3 s at 30 fps
    assert m["device"] == "video file"
    assert m["face_found"] is True
    assert result.duration_s < 8.0  # hang guard (the benchmark measures the real duration)
    assert not _capture_threads()


def test_3fps_file_fails_with_measured_rate(config, videos):
    _, result = _run_check(config, videos["fps3"])
    assert result.status.value == "fail"
    assert result.metrics["problem"] == "low_fps"
    assert result.finding_ids == ("camera.very_low_fps",)
    assert result.findings[0].values == {"fps": 3}
    assert result.findings[0].limits == {"fail_fps": 5.0}
    assert result.summary == (
        "Your camera sends only 3 pictures a second, so the doctor would see a very jerky "
        "picture."
    )
    assert result.metrics["fps"] == pytest.approx(3.0, rel=0.1)


def test_missing_camera_index_fails_fast(config):
    start = time.monotonic()
    _, result = _run_check(config, 7)
    assert time.monotonic() - start < 3.0  # the promise, not a benchmark
    assert result.status.value == "fail"
    assert result.summary == "No camera found."
    assert result.metrics["problem"] == "missing"
    assert result.finding_ids == ("camera.missing",)
    assert result.advice


def test_unknown_camera_name_and_missing_file_fail_as_missing(config, tmp_path):
    _, by_name = _run_check(config, "NoSuchCam 9000")
    assert (by_name.status.value, by_name.metrics["problem"]) == ("fail", "missing")
    assert by_name.finding_ids == ("camera.not_found",)
    assert by_name.summary == "We could not find the camera you chose."
    _, by_file = _run_check(config, tmp_path / "gone.avi")
    assert by_file.metrics["problem"] == "missing"
    assert by_file.finding_ids == ("camera.file_not_found",)
    assert by_file.summary == "We could not find that video file."
    assert by_file.advice == ("Check the file name and folder, then try again.",)


def test_a_file_that_is_not_a_video_reads_no_frames(config, tmp_path):
    bogus = tmp_path / "notes.avi"
    bogus.write_bytes(b"this is not a video" * 100)
    _, result = _run_check(config, bogus)
    assert result.status.value == "fail"
    assert result.metrics["problem"] == "no_frames"
    assert result.finding_ids == ("camera.file_unreadable",)
    assert result.summary == "We could not read any pictures from this video file."
    assert not _capture_threads()


def test_file_path_never_appears_in_the_result(config, videos, tmp_path):
    private = tmp_path / "Users" / "margaret.smith"
    private.mkdir(parents=True)
    path = private / "my camera.avi"
    path.write_bytes(videos["normal"].read_bytes())
    _, result = _run_check(config, path)
    text = json.dumps(result.to_dict())
    assert "margaret" not in text and str(tmp_path) not in text
    assert result.metrics["device"] == "video file"


def test_cancel_stops_the_check_and_releases_the_camera(config, videos):
    runner = Runner(config, options={"camera": str(videos["normal"])})
    timer = threading.Timer(0.8, runner.cancel)
    timer.start()
    start = time.monotonic()
    result = runner.run(["camera"]).results[0]
    assert result.status.value == "skip"
    assert time.monotonic() - start < 2.5
    deadline = time.monotonic() + 2.0
    while _capture_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _capture_threads()


# -- FrameSource ----------------------------------------------------------------------------------


def test_preview_delivers_frames_then_the_verdict_and_keeps_going(camera_cfg, videos):
    frames: list[tuple[tuple[int, ...], dict]] = []
    results = []
    source = FrameSource(str(videos["normal"]), camera_cfg, preview=True)
    source.start(lambda f, info: frames.append((f.shape, info)), results.append)
    try:
        result = source.wait_result(6.0)
        assert result is not None and result.status.value == "pass"
        seen_at_verdict = len(frames)
        time.sleep(0.3)
        assert len(frames) > seen_at_verdict  # the preview continues after the window
        assert results == [result]  # on_result called once
    finally:
        assert source.stop()
    assert source.released and not source.running
    shape, info = frames[-1]
    assert shape == (480, 640, 3)
    assert {"mean_luma", "sharpness", "face_box", "fps", "frames", "black", "frozen"} <= set(info)
    assert info["backlit"] is False
    json.dumps(info)


def test_observer_errors_do_not_stop_capture(camera_cfg, videos):
    def broken(frame, info):
        raise RuntimeError("GUI bug")

    source = FrameSource(str(videos["normal"]), camera_cfg, preview=False)
    source.start(broken)
    try:
        result = source.wait_result(6.0)
    finally:
        source.stop()
    assert result is not None and result.status.value == "pass"


def test_check_takes_the_verdict_of_a_running_preview_without_reopening(
    config, videos, monkeypatch
):
    opened: list[CameraTarget] = []
    real_open = capture.open_capture

    def counting_open(target, cfg):
        opened.append(target)
        return real_open(target, cfg)

    monkeypatch.setattr(capture, "open_capture", counting_open)
    source = FrameSource(str(videos["dark"]), config.section("camera"), preview=True)
    source.start()
    try:
        runner = Runner(config, options={"camera": str(videos["normal"])})
        runner.shared[SHARED_PREVIEW_KEY] = source
        result = runner.run(["camera"]).results[0]
    finally:
        source.stop()
    assert result.metrics["problem"] == "dark"  # the preview's camera, not a second opening
    assert result.finding_ids[0] == "camera.dark"
    assert len(opened) == 1


def test_open_close_reopen_20_times_leaks_nothing(camera_cfg, videos):
    def fds() -> int:
        return len(os.listdir("/proc/self/fd"))

    def one_round() -> None:
        got = threading.Event()
        source = FrameSource(str(videos["normal_720p"]), camera_cfg, preview=True)
        source.start(lambda f, info: got.set())
        assert got.wait(5.0)
        assert source.stop()
        missing = FrameSource("5", camera_cfg)
        missing.start()
        assert missing.wait_result(3.0).metrics["problem"] == "missing"
        assert missing.stop()

    one_round()  # load OpenCV and its codecs first
    before_fds, before_threads = fds(), threading.active_count()
    for _ in range(20):
        one_round()
    assert fds() == before_fds
    assert threading.active_count() == before_threads
    assert not _capture_threads()




@pytest.mark.parametrize(
    ("frames", "finding", "summary"),
    [
        (0, "no_frames", "Your camera opened but did not send any pictures."),
        (20, "frames_stopped", "Your camera stopped sending pictures during the check."),
    ],
)
def test_a_stalled_camera_fails_and_is_released_once_the_read_returns(
    camera_cfg, monkeypatch, frames, finding, summary
):
    cap = StallingCapture(frames)
    monkeypatch.setattr(capture, "resolve_camera", lambda spec, names=None: CameraTarget("Cam", 0))
    monkeypatch.setattr(capture, "open_capture", lambda target, cfg: cap)
    source = FrameSource(0, camera_cfg, preview=False)
    source.start()
    try:
        result = source.wait_result(6.0)
        assert result is not None
        assert (result.status.value, result.metrics["problem"]) == ("fail", "no_frames")
        assert result.finding_ids == (f"camera.{finding}",)
        assert result.findings[0].limits == {"no_frames_s": 2.0}  # the watchdog's limit
        assert result.summary == summary
        assert any("Zoom or Teams" in tip for tip in result.advice)
        assert not cap.released.is_set()  # still inside the driver's read
    finally:
        cap.unblock.set()
        assert source.stop(3.0)
    assert cap.released.is_set()


def test_a_camera_driver_that_raises_gives_an_error_result_and_releases(camera_cfg, monkeypatch):
    """Stand-in for a driver that raises inside OpenCV (none exists here to do it)."""

    def broken_open(target, cfg):
        raise RuntimeError("driver exploded at /home/margaret")

    monkeypatch.setattr(capture, "resolve_camera", lambda spec, names=None: CameraTarget("Cam", 0))
    monkeypatch.setattr(capture, "open_capture", broken_open)
    source = FrameSource(0, camera_cfg, preview=False)
    source.start()
    try:
        result = source.wait_result(3.0)
    finally:
        assert source.stop()
    assert result is not None and result.status.value == "error"
    assert result.finding_ids == ("camera.capture_error",)
    assert result.summary == "Something went wrong while checking your camera."
    assert result.advice == (
        "Close other programs that may be using your camera, then check again.",
        "If it happens again, restart your computer, or call the support line.",
    )
    # The exception's class only, never its message (it may hold personal data).
    assert dict(result.metrics) == {"error_type": "RuntimeError", "device": "Cam"}
    assert "margaret" not in json.dumps(result.to_dict())


# -- devices --------------------------------------------------------------------------------------


def _fake_sysfs(root: Path) -> Path:
    """A /sys/class/video4linux tree like a laptop's: one UVC camera (capture node video0 and
    its metadata node video1) and a USB webcam (video2). Stands in for hardware absent here."""
    for node, name, index in (
        ("video0", "Integrated Camera: Integrated C", "0"),
        ("video1", "Integrated Camera: Integrated C", "1"),
        ("video2", "HD Pro Webcam C920", "0"),
    ):
        (root / node).mkdir(parents=True)
        (root / node / "name").write_text(name + "\n")
        (root / node / "index").write_text(index + "\n")
    return root


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="sysfs is Linux only")
def test_linux_cameras_from_sysfs_skip_metadata_nodes(tmp_path, monkeypatch):
    monkeypatch.setattr(devices_os, "SYSFS_V4L", _fake_sysfs(tmp_path / "v4l"))
    cams = list_cameras()
    assert cams == [
        {"kind": "camera", "index": 0, "name": "Integrated Camera: Integrated C", "default": True},
        {"kind": "camera", "index": 2, "name": "HD Pro Webcam C920", "default": False},
    ]
    assert resolve_camera("c920") == CameraTarget("HD Pro Webcam C920", index=2)
    assert resolve_camera(None).index == 0


def test_no_cameras_here(monkeypatch):
    assert list_cameras() == []  # this machine has no /dev/video*
    with pytest.raises(CameraProblem) as exc:
        resolve_camera(None)
    assert exc.value.problem == "missing"
    assert exc.value.finding.id == "camera.missing"


# -- the command line -----------------------------------------------------------------------------


def _cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    return subprocess.run(
        [PREFLIGHT, *args], capture_output=True, text=True, timeout=timeout, env=cli_env()
    )


def test_cli_gives_the_right_verdict_for_every_generated_case(videos):
    def run(name: str):
        out = _cli("check", "--only", "camera", "--camera", str(videos[name]), "--json")
        return name, out

    with ThreadPoolExecutor(max_workers=3) as pool:
        outcomes = list(pool.map(run, EXPECTED))
    exit_codes = {"pass": 0, "warn": 1, "fail": 3}
    for name, out in outcomes:
        doc = json.loads(out.stdout)
        check = doc["checks"][0]
        status, problem = EXPECTED[name]
        assert (check["status"], check["metrics"].get("problem")) == (status, problem), (
            name,
            check,
        )
        assert check["findings"][0]["id"] == f"camera.{FINDING[name]}", (name, check)
        assert out.returncode == exit_codes[status], (name, out.stderr)
        assert "Traceback" not in out.stderr and "WARN" not in out.stderr


def test_cli_camera_0_fails_clearly_and_fast():
    start = time.monotonic()
    out = _cli("check", "--only", "camera", "--camera", "0")
    elapsed = time.monotonic() - start
    assert out.returncode == 3
    assert "No camera found." in out.stdout
    assert "Traceback" not in out.stderr
    assert "cap_v4l" not in out.stderr  # OpenCV's own warnings are not shown
    assert elapsed < 3.0  # the promise for a machine without a camera


def test_cli_devices_lists_no_camera_without_problems():
    out = _cli("devices", "--json")
    assert out.returncode == 0
    doc = json.loads(out.stdout)
    assert [d for d in doc["devices"] if d["kind"] == "camera"] == []
    assert not [p for p in doc["problems"] if "camera" in p]


def test_macos_and_windows_camera_names_are_parsed():
    """The system queries cannot run here; their outputs (as documented) are parsed."""
    profiler = json.dumps(
        {
            "SPCameraDataType": [
                {"_name": "FaceTime HD Camera", "spcamera_model-id": "UVC Camera VendorID_1452"},
                {"_name": "Logitech BRIO"},
            ]
        }
    )
    assert devices_os.parse_system_profiler(profiler) == ["FaceTime HD Camera", "Logitech BRIO"]
    assert devices_os.parse_system_profiler("{}") == []
    assert devices_os.parse_windows_names("Integrated Webcam\r\n\r\nHD Pro Webcam C920\r\n") == [
        "Integrated Webcam",
        "HD Pro Webcam C920",
    ]


@pytest.mark.parametrize(
    ("system_names", "expected"),
    [
        (["Integrated Webcam", "HD Pro Webcam C920"], ["Integrated Webcam", "HD Pro Webcam C920"]),
        ([], []),  # the system lists no camera: none
        (None, ["Camera 1"]),  # the system could not be asked: index 0, unnamed
    ],
)
def test_cameras_elsewhere_come_from_the_gui_or_the_system(monkeypatch, system_names, expected):
    """Windows/macOS cannot run here: the platform is simulated, the system query stubbed."""
    monkeypatch.setattr(devices_os.sys, "platform", "win32")
    monkeypatch.setattr(devices_os, "_system_camera_names", lambda: system_names)
    assert [c["name"] for c in list_cameras()] == expected
    from_gui = list_cameras(["Qt Camera A", "Qt Camera B"])
    assert [(c["index"], c["name"], c["default"]) for c in from_gui] == [
        (0, "Qt Camera A", True),
        (1, "Qt Camera B", False),
    ]
    if expected:
        assert resolve_camera(None).name == expected[0]
        assert resolve_camera(5).listed is False  # a failed open there means "missing"
    else:
        with pytest.raises(CameraProblem) as exc:
            resolve_camera(None)
        assert exc.value.problem == "missing"


@pytest.mark.parametrize(("listed", "problem"), [(True, "busy"), (False, "missing")])
def test_a_camera_that_cannot_be_opened(camera_cfg, listed, problem):
    """Real OpenCV open of an index with no device: a camera the system lists is busy or
    blocked (with the Zoom/Teams advice), one it does not list is missing."""
    with pytest.raises(CameraProblem) as exc:
        capture.open_capture(CameraTarget("Cam", index=9, listed=listed), camera_cfg)
    assert exc.value.problem == problem
    assert exc.value.finding.id == f"camera.{problem}"
    if problem == "busy":
        assert "Zoom or Teams" in exc.value.summary
        result = exc.value.to_result()
        assert result.status.value == "fail"
        assert result.finding_ids == ("camera.busy",)
        # The privacy-settings step of this computer's system, between closing programs and
        # restarting (Linux here).
        assert result.advice[1] == "Check that your user account is allowed to use the camera."
        assert dict(result.metrics) == {"device": "Cam", "frames": 0, "problem": "busy"}


def test_a_busy_computer_drops_file_frames_from_analysis_but_not_from_fps(
    camera_cfg, videos, monkeypatch
):
    """A slow computer is simulated by making each analysis take 60 ms (two frame times)."""
    calls = []
    real_analyse = FrameAnalyzer.analyse

    def slow_analyse(self, frame, t_s):
        calls.append(t_s)
        time.sleep(0.06)
        return real_analyse(self, frame, t_s)

    monkeypatch.setattr(FrameAnalyzer, "analyse", slow_analyse)
    source = FrameSource(str(videos["normal"]), camera_cfg, preview=False)
    source.start()
    try:
        result = source.wait_result(10.0)
    finally:
        source.stop()
    assert result is not None and result.status.value == "pass"
    assert result.metrics["fps"] == pytest.approx(30.0, rel=0.1)
    assert result.metrics["frames"] >= 85
    assert 10 < len(calls) < 70  # frames were dropped from the analysis, not all of them
