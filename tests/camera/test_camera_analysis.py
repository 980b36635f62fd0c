"""The pure analysis: synthetic numpy frames, and generated video files decoded by OpenCV
(without real-time pacing, so these tests are fast)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from preflight.checks.camera.analysis import FrameAnalyzer, analyse_frames, measured_fps, ssim
from preflight.checks.camera.settings import CameraSettings
from tests.camera.conftest import CASES, EXPECTED, FINDING
from tests.camera.scenes import person_scene, read_video

WINDOW_S = 3.0


def _frames(fn, n=60, fps=30.0, seed=0):
    rng = np.random.default_rng(seed)
    return [fn(i, rng) for i in range(n)], [i / fps for i in range(n)]


def test_settings_cover_the_whole_camera_section(camera_cfg):
    settings = CameraSettings.from_mapping(camera_cfg)
    assert set(CameraSettings.__annotations__) == set(camera_cfg)
    assert settings.black_luma == 20.0 and settings.frozen_ssim == 0.985


def test_ssim_is_one_for_identical_and_lower_for_different_images():
    rng = np.random.default_rng(0)
    a = np.tile(np.linspace(40, 200, 160), (90, 1)).astype(np.uint8)  # a smooth gradient
    assert ssim(a, a) == pytest.approx(1.0)
    scores = []
    for sd in (2, 10, 40):
        b = np.clip(a + rng.normal(0, sd, a.shape), 0, 255).astype(np.uint8)
        scores.append(ssim(a, b))
    assert scores == sorted(scores, reverse=True)  # more noise, less alike
    assert scores[-1] < 0.5


def test_measured_fps_comes_from_timestamps():
    assert measured_fps([0.0, 0.1, 0.2, 0.3]) == pytest.approx(10.0)
    assert measured_fps([1.0]) == 0.0
    assert measured_fps([]) == 0.0


def test_black_frames_fail(camera_cfg):
    frames, times = _frames(lambda i, rng: np.full((240, 320, 3), 5, np.uint8))
    a = analyse_frames(frames, times, camera_cfg)
    assert a.status.value == "fail"
    assert a.metrics["problem"] == "black"
    assert a.finding_ids == ("camera.black",)  # a failure is the verdict alone
    assert a.metrics["black_fraction"] == 1.0
    assert a.findings[0].values["black_fraction"] == 1.0
    assert a.findings[0].limits["bad_frames_max_fraction"] == 0.334
    assert "lens cover or privacy shutter" in a.summary


def test_a_few_black_frames_are_not_a_failure(camera_cfg):
    scene = person_scene(320, 240)

    def fn(i, rng):
        return np.zeros((240, 320, 3), np.uint8) if i % 5 == 0 else scene(i, rng)

    a = analyse_frames(*_frames(fn), camera_cfg)
    assert a.metrics["black_fraction"] == pytest.approx(0.2, abs=0.02)
    assert a.metrics["problem"] != "black"
    assert not a.has("camera.black")


def test_identical_frames_are_frozen_but_a_still_noisy_scene_is_not(camera_cfg):
    still = person_scene(320, 240, move=False)
    first = still(0, np.random.default_rng(0))
    frozen = analyse_frames(*_frames(lambda i, rng: first), camera_cfg)
    assert frozen.metrics["problem"] == "frozen"
    assert frozen.finding_ids == ("camera.frozen",)
    assert frozen.status.value == "fail"
    live = analyse_frames(*_frames(still), camera_cfg)
    assert live.metrics["frozen_fraction"] == 0.0
    assert live.metrics["problem"] != "frozen"
    assert not live.has("camera.frozen")


def test_warmup_frames_are_not_judged(camera_cfg):
    """A webcam's first frames are often black while auto-exposure settles."""
    scene = person_scene(320, 240)

    def fn(i, rng):
        return np.zeros((240, 320, 3), np.uint8) if i < 12 else scene(i, rng)  # 0.4 s

    frames, times = _frames(fn, n=90)
    judged = analyse_frames(frames, times, camera_cfg, warmup_s=0.5)
    assert judged.metrics["black_fraction"] == 0.0
    assert judged.metrics["frames"] == 90  # all frames count for the frame rate
    unjudged = analyse_frames(frames, times, camera_cfg, warmup_s=0.0)
    assert unjudged.metrics["black_fraction"] > 0.1


def test_a_plain_wall_is_not_called_blurry(camera_cfg):
    def wall(i, rng):
        return np.clip(rng.normal(140, 2, (480, 640, 3)), 0, 255).astype(np.uint8)

    a = analyse_frames(*_frames(wall), camera_cfg)
    assert a.metrics["sharpness"] < CameraSettings.from_mapping(camera_cfg).blurry_sharpness
    assert a.metrics["problem"] == "no_face"  # the wall shows nobody, and that is all
    assert a.finding_ids == ("camera.no_face",)
    assert "blurry" not in a.summary


def test_no_face_is_never_a_failure(camera_cfg):
    scene = person_scene(640, 480, face=False)
    a = analyse_frames(*_frames(scene), camera_cfg)
    assert a.status.value == "warn"
    assert a.has("camera.no_face")
    assert a.findings[-1].id == "camera.no_face"
    assert a.findings[-1].limits == {"face_min_fraction": 0.3}
    assert a.metrics["face_found"] is False and a.metrics["face_box"] is None
    assert a.summary.startswith("We couldn't see a face")
    assert any("ignore" in tip for tip in a.advice)


def test_per_frame_analysis_reports_what_the_preview_needs(camera_cfg):
    analyzer = FrameAnalyzer(camera_cfg)
    scene = person_scene(640, 480)
    rng = np.random.default_rng(0)
    first = analyzer.analyse(scene(0, rng), 0.0)
    second = analyzer.analyse(scene(1, rng), 1 / 30)
    assert first.ssim_prev is None and second.ssim_prev is not None
    assert first.face_checked and not second.face_checked  # faces at most every 0.5 s
    info = first.to_dict()
    json.dumps(info)
    assert info["face_box"] is not None
    assert set(info) >= {"mean_luma", "contrast", "sharpness", "black", "frozen", "face_box"}


@pytest.mark.parametrize("name", list(CASES))
def test_generated_video_verdicts(name, videos, camera_cfg):
    """Every generated case decoded by OpenCV and analysed like the check's 3 s window."""
    frames, times = read_video(videos[name])
    keep = [i for i, t in enumerate(times) if t - times[0] < WINDOW_S]
    a = analyse_frames([frames[i] for i in keep], [times[i] for i in keep], camera_cfg,
                       device="video file")  # fmt: skip
    status, problem = EXPECTED[name]
    assert (a.status.value, a.metrics["problem"]) == (status, problem), a.metrics
    assert a.finding_ids[0] == f"camera.{FINDING[name]}", a.finding_ids
    _, fps, width, height, _ = CASES[name]
    assert (a.metrics["width"], a.metrics["height"]) == (width, height)
    assert a.metrics["short_side_px"] == min(width, height)
    assert a.metrics["fps"] == pytest.approx(fps, rel=0.1)
    assert a.summary and (a.status.value == "pass" or a.advice)
    json.dumps(a.to_dict())


def test_face_found_in_the_person_scene_and_centred(videos, camera_cfg):
    """The person scene's real portrait (see scenes.py); test_camera_faces.py and the benchmark
    measure accuracy over sizes, lights and poses."""
    frames, times = read_video(videos["normal"])
    a = analyse_frames(frames[:60], times[:60], camera_cfg)
    box = a.metrics["face_box"]
    assert a.metrics["face_found"] is True
    assert abs(box["x"] + box["w"] / 2 - 0.5) < 0.1
    assert 0.2 < box["w"] < 0.8 and 0.0 <= box["y"] < 0.5


def test_backlit_needs_no_face(videos, camera_cfg):
    """The shadowed face is too dark for the cascade; backlight is still found (centre vs
    border brightness)."""
    frames, times = read_video(videos["backlit"])
    a = analyse_frames(frames[:60], times[:60], camera_cfg)
    assert a.metrics["backlit"] is True
    assert a.has("camera.backlit")
    assert a.metrics["face_found"] is False
    assert any("bright window behind you" in tip for tip in a.advice)
    normal = analyse_frames(*[x[:60] for x in read_video(videos["normal"])], camera_cfg)
    assert normal.metrics["backlit"] is False
    assert not normal.has("camera.backlit")


def test_lighting_problems_are_not_also_called_blurry(videos, camera_cfg):
    for name in ("backlit", "dark", "bright"):
        frames, times = read_video(videos[name])
        a = analyse_frames(frames[:60], times[:60], camera_cfg)
        assert not any("blurry" in tip or "wipe the camera lens" in tip for tip in a.advice), name
        assert not a.has("camera.blurry"), name


@pytest.mark.parametrize("seed", range(1, 7))
def test_busy_rooms_without_a_person_show_no_face(camera_cfg, seed):
    """Haar cascades can match patterns; requiring a face in 30% of searched frames keeps
    patterned backgrounds (shelves, frames) from counting as a face."""
    import cv2

    from tests.camera.scenes import background, noisy

    base = cv2.GaussianBlur(background(640, 480, seed=seed), (0, 0), 0.6)
    a = analyse_frames(*_frames(lambda i, rng: noisy(base, rng), n=45), camera_cfg)
    assert a.metrics["face_found"] is False
    assert a.metrics["problem"] == "no_face"
    assert a.has("camera.no_face")
