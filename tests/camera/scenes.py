"""Generated camera scenes: small MJPG .avi files written with cv2.VideoWriter, read back
through the same OpenCV capture code a real camera uses.

The person is a real photograph: the public-domain portrait of Grace Hopper that ships in
matplotlib's wheel (a test-only dependency), her face 30 % of the frame's height, composed by
tests/camera/photos.py (which also makes the many sizes, lights and poses the detector is
measured on). The backlit scene keeps a drawn face (skin-toned oval, eyes, brows, nose, mouth) in
deep shadow: backlight must be found without a face.

Every scene carries sensor-like noise (a live camera never sends two identical frames) unless
the scene is meant to be frozen or black. Also used by bench/camera_bench.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

Frame = np.ndarray


def background(width: int, height: int, seed: int = 1) -> Frame:
    """A room-like backdrop: soft colour patches plus a few hard edges (shelves, frames)."""
    rng = np.random.default_rng(seed)
    blobs = (rng.random((6, 8, 3)) * 150 + 50).astype(np.uint8)
    img = cv2.resize(blobs, (width, height), interpolation=cv2.INTER_CUBIC)
    for _ in range(40):
        x0, y0 = int(rng.integers(0, width)), int(rng.integers(0, height))
        x1, y1 = x0 + int(rng.integers(20, width // 3)), y0 + int(rng.integers(20, height // 3))
        colour = tuple(int(c) for c in rng.integers(20, 235, 3))
        cv2.rectangle(img, (x0, y0), (x1, y1), colour, max(2, width // 320))
    return img


def draw_face(img: Frame, cx: int, cy: int, face_w: int, skin=(150, 175, 205)) -> None:
    """A drawn frontal face centred at (cx, cy), face_w pixels wide (see the module note)."""
    fw, fh = face_w // 2, int(face_w * 0.9)
    cv2.ellipse(img, (cx, cy), (fw, fh), 0, 0, 360, skin, -1)
    cv2.ellipse(img, (cx, cy - int(fh * 0.75)), (int(fw * 1.05), int(fh * 0.45)), 0, 180, 360,
                (40, 40, 50), -1)  # fmt: skip
    ex, ey = int(fw * 0.42), cy - int(fh * 0.15)
    for side in (-1, 1):
        x = cx + side * ex
        cv2.ellipse(img, (x, ey - int(fh * 0.18)), (int(fw * 0.3), int(fh * 0.05)), 0, 180, 360,
                    (40, 40, 50), -1)  # fmt: skip
        cv2.ellipse(img, (x, ey), (int(fw * 0.22), int(fh * 0.08)), 0, 0, 360, (250, 250, 250), -1)
        cv2.circle(img, (x, ey), int(fh * 0.07), (40, 30, 20), -1)
    tip_y, half = cy + int(fh * 0.3), int(fw * 0.15)
    nose = np.array([[cx, ey + 5], [cx - half, tip_y], [cx + half, tip_y]])
    cv2.polylines(img, [nose], True, (110, 130, 160), max(1, face_w // 100))
    cv2.ellipse(img, (cx, cy + int(fh * 0.55)), (int(fw * 0.4), int(fh * 0.1)), 0, 0, 180,
                (60, 60, 150), -1)  # fmt: skip


def noisy(img: Frame, rng: np.random.Generator, sd: float = 2.0) -> Frame:
    """Add Gaussian sensor-like noise. OpenCV's randn (seeded per video in write_video) is ten
    times faster than numpy's normal here, which keeps generating the test videos quick."""
    noise = np.empty(img.shape, np.int16)
    channels = img.shape[2] if img.ndim == 3 else 1
    cv2.randn(noise, (0.0,) * channels, (sd,) * channels)  # a scalar would fill channel 0 only
    out = img.astype(np.int16)
    out += noise
    np.clip(out, 0, 255, out=out)
    return out.astype(np.uint8)


def person_scene(width: int, height: int, *, face: bool = True, move: bool = True) -> Callable:
    """A person (a real portrait, see the module note) in a room, swaying a little, with a ball
    moving behind them."""
    base = background(width, height)
    if face:
        from tests.camera.photos import PORTRAITS, person_layer

        layer, mask, (fcx, fcy) = person_layer(PORTRAITS["hopper"], 0.3 * height, "frontal")

    def frame(i: int, rng: np.random.Generator) -> Frame:
        img = base.copy()
        if move:
            bx = int((i * width / 60) % width)
            cv2.circle(img, (bx, height // 6), max(6, height // 16), (30, 60, 200), -1)
        if face:
            from tests.camera.photos import paste

            sway = int(3 * np.sin(i / 5)) if move else 0
            cx, cy = width // 2 + sway * width // 320, int(height * 0.45)
            paste(img, layer, mask, round(cx - fcx), round(cy - fcy))
        img = cv2.GaussianBlur(img, (0, 0), 0.6 * max(1.0, width / 640))  # lens softness
        return noisy(img, rng)

    return frame


def scene(kind: str, width: int = 640, height: int = 480) -> Callable:
    """Frame generators by name: normal, noface, still, black, frozen, dark, bright, backlit,
    blurred. Each is frame(i, rng) -> BGR uint8."""
    person = person_scene(width, height)
    if kind == "normal":
        return person
    if kind == "noface":
        return person_scene(width, height, face=False)
    if kind == "still":
        return person_scene(width, height, move=False)
    if kind == "black":
        return lambda i, rng: np.zeros((height, width, 3), np.uint8)
    if kind == "frozen":
        still = person(0, np.random.default_rng(0))
        return lambda i, rng: still
    if kind == "dark":
        return lambda i, rng: noisy((person(i, rng) * 0.3).astype(np.uint8), rng)
    if kind == "bright":
        return lambda i, rng: noisy(
            (255 - (255 - person(i, rng).astype(np.float32)) * 0.2).astype(np.uint8), rng
        )
    if kind == "backlit":
        return backlit_scene(width, height)
    if kind == "blurred":
        return lambda i, rng: noisy(cv2.GaussianBlur(person(i, rng), (0, 0), width / 80), rng)
    raise ValueError(kind)


def backlit_scene(width: int, height: int) -> Callable:
    """A bright window behind a person whose face and body are in shadow."""
    bright = background(width, height, seed=3)
    bright = (255 - (255 - bright.astype(np.float32)) * 0.15).astype(np.uint8)  # near white

    def frame(i: int, rng: np.random.Generator) -> Frame:
        img = bright.copy()
        cx = width // 2 + int(3 * np.sin(i / 5))
        cv2.ellipse(img, (cx, height), (int(width * 0.3), int(height * 0.4)), 0, 180, 360,
                    (30, 35, 40), -1)  # shoulders  # fmt: skip
        draw_face(img, cx, int(height * 0.45), int(width * 0.3), skin=(55, 65, 80))
        return noisy(cv2.GaussianBlur(img, (0, 0), 1.0), rng)

    return frame


def write_video(
    path: Path,
    frame_fn: Callable,
    *,
    fps: float = 30.0,
    seconds: float = 3.5,
    width: int = 640,
    height: int = 480,
    seed: int = 0,
) -> Path:
    """Write an MJPG .avi of `seconds` at `fps`; returns the path."""
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    assert writer.isOpened(), "OpenCV cannot write MJPG .avi here"
    rng = np.random.default_rng(seed)
    cv2.setRNGSeed(seed)
    try:
        for i in range(max(1, round(fps * seconds))):
            frame = frame_fn(i, rng)
            assert frame.shape == (height, width, 3)
            writer.write(frame)
    finally:
        writer.release()
    return path


def make_case(
    directory: Path, kind: str, *, fps: float = 30.0, width: int = 640, height: int = 480,
    seconds: float = 3.5,
) -> Path:  # fmt: skip
    return write_video(
        directory / f"{kind}_{width}x{height}_{fps:g}fps.avi",
        scene(kind, width, height),
        fps=fps,
        seconds=seconds,
        width=width,
        height=height,
    )


def read_video(path: Path) -> tuple[list[Frame], list[float]]:
    """All frames and their stream timestamps (seconds), decoded by OpenCV."""
    cap = cv2.VideoCapture(str(path), cv2.CAP_FFMPEG)
    frames: list[Frame] = []
    times: list[float] = []
    try:
        while True:
            ok, frame = cap.read()
            if not ok:
                break
            frames.append(frame)
            times.append(cap.get(cv2.CAP_PROP_POS_MSEC) / 1000.0)
    finally:
        cap.release()
    return frames, times
