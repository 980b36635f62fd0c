"""Faces in real photographs (issue 17): the public-domain portraits and face-less scenes of
tests/camera/photos.py, through the real OpenCV detector. A fast subset of the benchmark's
grid (bench/camera_bench.py measures all of it, beside the old detector)."""

from __future__ import annotations

import numpy as np
import pytest

from preflight.checks.camera.analysis import (
    FACE_DETECTOR,
    LEGACY_FACE_DETECTOR,
    FrameAnalyzer,
    analyse_frames,
)
from tests.camera.photos import (
    BACKDROPS,
    FACELESS_PHOTOS,
    PORTRAITS,
    FaceCase,
    empty_scene,
    face_scene,
)
from tests.camera.scenes import read_video, write_video

SIZES = {"480p": (640, 480), "720p": (1280, 720)}
# A subset of the grid the targets count (photos.face_cases; the benchmark runs all of it):
# both portraits (with and without glasses), the smallest, middle and largest sizes, every
# light, the tilt, mirror and (approximated) head turns, off centre.
SUBSET = [
    FaceCase(who, size, place, light, pose)
    for who in PORTRAITS
    for size, place, light, pose in (
        (0.12, "centre", "dim", "frontal"),
        (0.12, "centre", "side", "yaw30"),
        (0.2, "centre", "normal", "yaw-30"),
        (0.25, "left", "normal", "frontal"),
        (0.3, "centre", "side", "mirror"),
        (0.45, "right", "dim", "roll10"),
        (0.45, "centre", "normal", "yaw15"),
        (0.6, "centre", "side", "frontal"),
    )
]


def _gray_frames(fn, n: int, step: int = 7) -> list[np.ndarray]:
    import cv2

    rng = np.random.default_rng(3)
    # The sensor noise comes from OpenCV's global generator: seeded here, a frame is the same
    # whatever ran before it in the process.
    cv2.setRNGSeed(3)
    return [cv2.cvtColor(fn(i * step, rng), cv2.COLOR_BGR2GRAY) for i in range(n)]


NO_FACE_FRAMES = 3  # frames of each face-less scene


@pytest.fixture
def detectors(camera_cfg):
    cfg = camera_cfg
    return FrameAnalyzer(cfg), FrameAnalyzer(cfg, face_detector=LEGACY_FACE_DETECTOR)


@pytest.mark.parametrize("res", SIZES)
def test_faces_in_real_photographs_are_found(detectors, res):
    """>= 95 % of frames with a face (the issue's target) on this subset: 16 scenes x 2
    frames, so at most one miss; each box where the face was put, about its size."""
    new, _ = detectors
    width, height = SIZES[res]
    misses = []
    total = 0
    for case in SUBSET:
        for gray in _gray_frames(face_scene(case, width, height), 2):
            total += 1
            box = new.find_face(gray)
            if box is None:
                misses.append(case.name)
                continue
            # The box is where the face was put (its centre within a face's width of it).
            cx = box[0] + box[2] / 2
            want = {"centre": 0.5, "left": 0.3, "right": 0.7}[case.place]
            assert abs(cx - want) < max(box[2], 0.08), (case.name, box)
            assert 0.6 * case.size < box[3] < 1.6 * case.size, (case.name, box)
    assert len(misses) <= 0.05 * total, misses


@pytest.mark.parametrize("res", SIZES)
def test_scenes_without_a_person_show_no_face(detectors, res):
    """>= 98 % of face-less frames without a face: the backdrops in three lights and nine other
    photographs (a cat's face, coins with heads on them, a page of text ...), three frames each
    (a camera's noise differs frame to frame; one frame each would make the target "none")."""
    new, _ = detectors
    width, height = SIZES[res]
    scenes = [(k, "normal") for k in (*BACKDROPS, *FACELESS_PHOTOS)]
    scenes += [(k, light) for k in BACKDROPS for light in ("dim", "side")]
    false_faces = [kind for kind, light in scenes
                   for gray in _gray_frames(empty_scene(kind, width, height, light), NO_FACE_FRAMES)
                   if new.find_face(gray) is not None]  # fmt: skip
    assert len(false_faces) <= 0.02 * NO_FACE_FRAMES * len(scenes), false_faces


def test_a_small_face_is_found_where_it_is(camera_cfg):
    """A face 12 % of a 720p frame's height, centred, in dim light (the bucket the first
    detector of issue 17 found in 71 % of frames): found in every frame, the box on the face.
    The second detector has a first search that sees no face that small, so its boxes come from
    the small-face search alone, in whole-frame coordinates."""
    from dataclasses import replace

    small_only = replace(FACE_DETECTOR, min_px=FACE_DETECTOR.height)
    analyzers = FrameAnalyzer(camera_cfg), FrameAnalyzer(camera_cfg, face_detector=small_only)
    frames = [g for who in PORTRAITS
              for g in _gray_frames(face_scene(FaceCase(who, 0.12, light="dim"), 1280, 720), 3)]
    for analyzer in analyzers:
        boxes = [analyzer.find_face(g) for g in frames]
        assert all(b is not None for b in boxes), boxes
        for x, y, w, h in boxes:  # type: ignore[misc]
            assert abs(x + w / 2 - 0.5) < 0.05 and abs(y + h / 2 - 0.42) < 0.06, (x, y, w, h)
            assert 0.08 < h < 0.16, (x, y, w, h)


def test_the_old_detector_missed_a_seated_face_the_new_one_finds(detectors):
    """The issue's report: a face a fifth of the frame's height was below the old detector's
    smallest size at 240 px wide."""
    new, old = detectors
    frames = _gray_frames(face_scene(FaceCase("hopper", 0.2), 1280, 720), 3)
    assert all(old.find_face(g) is None for g in frames)
    assert all(new.find_face(g) is not None for g in frames)
    assert FACE_DETECTOR.interval_s >= LEGACY_FACE_DETECTOR.interval_s


@pytest.mark.parametrize("res", SIZES)
def test_a_seated_portrait_video_passes(tmp_path, camera_cfg, res):
    """The issue's case end to end: a video of a seated, centred person (face a quarter of the
    frame's height, good light), written as MJPG and decoded by OpenCV: the check passes and
    reports the face where it is."""
    width, height = SIZES[res]
    path = write_video(tmp_path / f"portrait_{res}.avi",
                       face_scene(FaceCase("astronaut", 0.25), width, height),
                       seconds=2.0, width=width, height=height)  # fmt: skip
    frames, times = read_video(path)
    result = analyse_frames(frames, times, camera_cfg)
    assert result.status.value == "pass", result.summary
    assert result.finding_ids == ("camera.ok",)
    assert result.metrics["face_found"] is True
    box = result.metrics["face_box"]
    assert abs(box["x"] + box["w"] / 2 - 0.5) < 0.05
    assert 0.15 < box["h"] < 0.35


def test_a_face_seen_for_a_moment_keeps_the_verdict_ready(camera_cfg):
    """Unsure detection end to end: the person is in the picture for the first 0.3 s only (one
    of four searches sees a face): a pass with the gentle tip, and the run is still "ready"."""
    from preflight.engine.present import verdict

    width, height = SIZES["480p"]
    with_face = face_scene(FaceCase("hopper", 0.3), width, height)
    without = empty_scene("room", width, height)
    rng = np.random.default_rng(0)
    frames = [(with_face if i < 9 else without)(i, rng) for i in range(60)]
    result = analyse_frames(frames, [i / 30 for i in range(60)], camera_cfg)
    assert result.status.value == "pass"
    assert result.finding_ids == ("camera.ok", "camera.face_unsure")
    assert result.findings[1].values == {"face_fraction": 0.25, "frames_searched": 4}
    assert result.advice == (
        "If you can, sit facing the camera with your whole face in the picture.",)
    assert verdict([result], expected=["camera"]).status == "pass"
