"""Camera check (`camera`): open the camera the way the visit will, look at ~3 s of real frames
and say what to change.

Three layers, each testable on its own:

* **Analysis** (`FrameAnalyzer`, `assess`): pure functions on numpy BGR frames and timestamps:
  black, frozen (SSIM), brightness, contrast, sharpness, backlight, face in frame, frame rate,
  and the verdict with plain-words advice. Tests drive them with synthetic arrays.
* **Capture** (`list_cameras`, `resolve_camera`, `open_capture`): OpenCV's VideoCapture on a
  camera index, a camera name, or a video file (the same code path: that is how tests and the
  help desk replay a recorded problem).
* **FrameSource**: a thread that captures and analyses, calls `on_frame(frame, analysis)` for a
  live preview, produces the check's `CheckResult` after its window, and always releases the
  camera when it stops so the next run can open it again.

Privacy: frames stay in memory; nothing is written to disk or sent anywhere. For a video file
the `device` metric says "video file", never the path (it may contain a user name).

OpenCV and numpy are imported inside functions so `preflight --version` stays fast.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

from preflight.engine.check import Check, CheckContext
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr, tr_noop

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

CHECK_ID = "camera"
# Key in CheckContext.shared / Runner.shared under which the GUI may leave a running
# FrameSource (its live preview): the check then takes that source's verdict instead of
# opening the camera a second time (which would fail: most cameras allow one user at a time).
SHARED_PREVIEW_KEY = "camera.preview"

# Work sizes. Every frame is scaled down before the heavy steps so analysis costs a few ms
# per 720p frame on one core, cheap enough for a live preview at the camera's frame rate.
SHARPNESS_WIDTH = 640  # the config's blurry threshold is defined at this width
ANALYSIS_WIDTH = 320  # luma, regions and face detection
FACE_WIDTH = 240  # the cascade's cost grows with pixels; a seated face is still ~40 px here
FROZEN_CROP = (320, 180)  # unscaled centre crop (width, height) for the frozen test
# Face detection is the most expensive step (10-18 ms at 240 px on one core, against about
# 5 ms for everything else on a 720p frame): run it at most this often, not on every frame.
FACE_INTERVAL_S = 0.25
# Where a seated person's face usually is, and the "background" around it, as fractions of
# the frame (x0, y0, x1, y1). Used for backlight when no face is found: a strongly backlit
# face is often too dark for the face detector, so backlight must be judgeable without one.
CENTRE_REGION = (0.3, 0.15, 0.7, 0.7)
# Background for backlight: the top band and the upper parts of both sides (where a window
# behind the person shows); the lower part of the frame is the person's body and desk.
BORDER_REGIONS = ((0.0, 0.0, 1.0, 0.15), (0.0, 0.15, 0.2, 0.7), (0.8, 0.15, 1.0, 0.7))
# The SSIM constants of Wang et al. (2004) for 8-bit images.
_SSIM_C1 = (0.01 * 255) ** 2
_SSIM_C2 = (0.03 * 255) ** 2

VIDEO_FILE_NAME = "video file"
# A video file is read this far behind its own clock (a busy computer): skip analysing frames
# until it catches up (three frames at 30 fps).
MAX_FILE_LAG_S = 0.1


# -- problems and results ------------------------------------------------------------------------


class CameraProblem(Exception):
    """A failure before analysis is possible (missing, busy, no frames); carries the result."""

    def __init__(self, problem: str, summary: str, advice: Sequence[str], device: str = ""):
        super().__init__(summary)
        self.problem = problem
        self.summary = summary
        self.advice = list(advice)
        self.device = device

    def to_result(self) -> CheckResult:
        return CheckResult(
            CHECK_ID,
            Status.FAIL,
            self.summary,
            tuple(self.advice),
            {"problem": self.problem, "device": self.device, "frames": 0},
        )


def _permission_advice() -> list[str]:
    if sys.platform == "win32":
        return [
            tr(
                "Windows: open Settings, then Privacy & security, then Camera, and "
                'turn on "Camera access" and "Let desktop apps access your camera".'
            ),
        ]
    if sys.platform == "darwin":
        return [
            tr(
                "Mac: open System Settings, then Privacy & Security, then Camera, "
                "and turn on the switch for Preflight (or for your web browser or "
                "Terminal)."
            ),
        ]
    return [tr("Check that your user account is allowed to use the camera.")]


def _missing(device: str = "", *, looked_for: str = "") -> CameraProblem:
    summary = tr("No camera found.")
    if looked_for:
        summary = tr("We could not find the camera you chose.")
    return CameraProblem(
        "missing",
        summary,
        [
            tr(
                "If your camera plugs in, plug it in (directly into the computer, "
                "not a hub), wait ten seconds, then check again."
            ),
            tr(
                "Some laptops have a camera switch or a key with a camera symbol: "
                "turn the camera on."
            ),
            tr(
                "If you cannot get a camera working, call the support line: you "
                "may be able to join your visit by phone."
            ),
        ],
        device,
    )


def _busy(device: str) -> CameraProblem:
    return CameraProblem(
        "busy",
        tr(
            "We could not open your camera: another program such as Zoom or "
            "Teams may be using your camera - close it."
        ),
        [
            tr(
                "Close other programs that may be using your camera, such as Zoom, "
                "Teams, Skype or a web browser tab with a video call, then check "
                "again."
            ),
            *_permission_advice(),
            tr("If it still does not work, restart your computer."),
        ],
        device,
    )


def _no_frames(device: str, *, stopped: bool = False, is_file: bool = False) -> CameraProblem:
    if is_file:
        return CameraProblem(
            "no_frames",
            tr("We could not read any pictures from this video file."),
            [tr("Check that the file is a video (for example .avi or .mp4) and is not damaged.")],
            device,
        )
    summary = (
        tr("Your camera stopped sending pictures during the check.")
        if stopped
        else tr("Your camera opened but did not send any pictures.")
    )
    return CameraProblem(
        "no_frames",
        summary,
        [
            tr(
                "Close other programs that may be using your camera, such as Zoom "
                "or Teams, then check again."
            ),
            tr("If your camera plugs in, unplug it, wait ten seconds and plug it back in."),
            *_permission_advice(),
            tr("If it still does not work, restart your computer."),
        ],
        device,
    )


# -- analysis (pure) -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CameraSettings:
    """The [camera] section, typed. Built from the config mapping (which is the schema)."""

    request_width: int
    request_height: int
    fallback_width: int
    fallback_height: int
    capture_s: float
    warmup_s: float
    no_frames_s: float
    black_luma: float
    frozen_ssim: float
    frozen_max_diff: float
    bad_frames_max_fraction: float
    fail_fps: float
    warn_fps: float
    dark_luma: float
    bright_luma: float
    backlit_ratio: float
    backlit_background_luma: float
    blurry_sharpness: float
    blurry_min_contrast: float
    face_min_fraction: float
    min_width: int
    min_height: int

    @classmethod
    def from_mapping(cls, cfg: Mapping[str, Any]) -> CameraSettings:
        kwargs: dict[str, Any] = {}
        for name, ftype in cls.__annotations__.items():
            kwargs[name] = int(cfg[name]) if ftype == "int" else float(cfg[name])
        return cls(**kwargs)


def _settings(cfg: Mapping[str, Any] | CameraSettings) -> CameraSettings:
    return cfg if isinstance(cfg, CameraSettings) else CameraSettings.from_mapping(cfg)


@dataclass
class FrameStats:
    """What one frame shows. Lumas are 0-255 (BT.601, as OpenCV's BGR2GRAY)."""

    t_s: float
    width: int
    height: int
    mean_luma: float
    contrast: float  # standard deviation of luma
    sharpness: float  # variance of the Laplacian at SHARPNESS_WIDTH
    black: bool
    ssim_prev: float | None  # SSIM to the previous frame; None for the first
    diff_prev: float | None  # mean absolute pixel difference to the previous frame
    frozen: bool
    centre_luma: float
    border_luma: float
    face_checked: bool = False
    face_box: tuple[float, float, float, float] | None = None  # x, y, w, h relative 0-1
    face_luma: float | None = None

    @property
    def backlight_ratio(self) -> float:
        """Subject over background brightness: the face when found, else the frame centre."""
        subject = self.face_luma if self.face_luma is not None else self.centre_luma
        return subject / max(self.border_luma, 1.0)

    def to_dict(self) -> dict[str, Any]:
        box = self.face_box
        return {
            "t_s": round(self.t_s, 3),
            "width": self.width,
            "height": self.height,
            "mean_luma": round(self.mean_luma, 1),
            "contrast": round(self.contrast, 1),
            "sharpness": round(self.sharpness, 1),
            "black": self.black,
            "frozen": self.frozen,
            "ssim_prev": None if self.ssim_prev is None else round(self.ssim_prev, 4),
            "diff_prev": None if self.diff_prev is None else round(self.diff_prev, 2),
            "face_checked": self.face_checked,
            "face_box": None if box is None else _box_dict(box),
            "backlight_ratio": round(self.backlight_ratio, 3),
        }


def _box_dict(box: tuple[float, float, float, float]) -> dict[str, float]:
    x, y, w, h = box
    return {"x": round(x, 3), "y": round(y, 3), "w": round(w, 3), "h": round(h, 3)}


def ssim(a: np.ndarray, b: np.ndarray) -> float:
    """Mean SSIM (Wang et al. 2004, Gaussian window sigma 1.5) of two same-size gray images.

    Hand-written because scikit-image is not a dependency and OpenCV's quality module is only
    in opencv-contrib. Windowed rather than one global SSIM (the WebRTC troubleshooter's), which
    is blind to sensor noise; even so, a still but live picture can score above 0.985, which is
    why the frozen test also requires the pixels to be (almost) unchanged.
    """
    import cv2
    import numpy as np

    x = a.astype(np.float32)
    y = b.astype(np.float32)

    def blur(img: np.ndarray) -> np.ndarray:
        return cv2.GaussianBlur(img, (7, 7), 1.5)

    mx, my = blur(x), blur(y)
    mxx, myy, mxy = mx * mx, my * my, mx * my
    vx = blur(x * x) - mxx
    vy = blur(y * y) - myy
    cxy = blur(x * y) - mxy
    num = (2 * mxy + _SSIM_C1) * (2 * cxy + _SSIM_C2)
    den = (mxx + myy + _SSIM_C1) * (vx + vy + _SSIM_C2)
    return float((num / den).mean())


def _centre_crop(gray: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    h, w = gray.shape[:2]
    cw, ch = min(size[0], w), min(size[1], h)
    x0, y0 = (w - cw) // 2, (h - ch) // 2
    return gray[y0 : y0 + ch, x0 : x0 + cw]


def _region_mean(gray: np.ndarray, region: tuple[float, float, float, float]) -> tuple[float, int]:
    h, w = gray.shape[:2]
    x0, y0, x1, y1 = region
    patch = gray[int(y0 * h) : max(int(y1 * h), int(y0 * h) + 1),
                 int(x0 * w) : max(int(x1 * w), int(x0 * w) + 1)]  # fmt: skip
    return float(patch.mean()), int(patch.size)


def _regions_mean(gray: np.ndarray, regions: Sequence[tuple[float, float, float, float]]) -> float:
    total = count = 0.0
    for region in regions:
        mean, n = _region_mean(gray, region)
        total += mean * n
        count += n
    return total / max(count, 1.0)


_cascade_path_cache: list[str] = []


def _face_cascade() -> Any:
    """A new Haar face cascade (one per analyzer: a classifier is not safe to share between
    threads). OpenCV 4.x bundles it (cv2.data.haarcascades); nothing is downloaded."""
    import cv2

    if not _cascade_path_cache:
        _cascade_path_cache.append(
            str(Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml")
        )
    cascade = cv2.CascadeClassifier(_cascade_path_cache[0])
    if cascade.empty():  # a damaged install: analyse without faces rather than crash
        logger.error("the bundled face cascade could not be loaded")
        return None
    return cascade


class FrameAnalyzer:
    """Per-frame analysis, keeping the previous frame for the frozen test.

    `analyse(frame, t)` costs a few ms on a 720p frame (most of it face detection, which runs at
    most every FACE_INTERVAL_S of stream time).
    """

    def __init__(
        self, cfg: Mapping[str, Any] | CameraSettings, *, detect_faces: bool = True
    ) -> None:
        self.settings = _settings(cfg)
        self._prev_gray: np.ndarray | None = None
        self._next_face_t: float | None = None
        self._cascade = _face_cascade() if detect_faces else None

    def analyse(self, frame_bgr: np.ndarray, t_s: float) -> FrameStats:
        import cv2

        s = self.settings
        height, width = frame_bgr.shape[:2]
        gray = cv2.cvtColor(frame_bgr, cv2.COLOR_BGR2GRAY) if frame_bgr.ndim == 3 else frame_bgr
        mid = _scale_to_width(gray, SHARPNESS_WIDTH)
        small = _scale_to_width(mid, ANALYSIS_WIDTH)
        lap = cv2.Laplacian(mid, cv2.CV_32F)
        sharpness = float(lap.var())
        mean, std = cv2.meanStdDev(small)
        mean_luma, contrast = float(mean[0][0]), float(std[0][0])
        black = mean_luma < s.black_luma
        # Frozen is judged on unscaled pixels: scaling would average away the sensor noise that
        # tells a live, still picture from a frozen one. SSIM on the middle of the frame (cost),
        # the pixel difference on all of it (cheap, and sees movement anywhere).
        crop = _centre_crop(gray, FROZEN_CROP)
        ssim_prev = diff_prev = None
        prev = self._prev_gray
        if prev is not None and prev.shape == gray.shape:
            ssim_prev = ssim(_centre_crop(prev, FROZEN_CROP), crop)
            diff_prev = float(cv2.norm(prev, gray, cv2.NORM_L1)) / gray.size
        # A camera may hand out a buffer it reuses for the next frame: keep our own copy.
        self._prev_gray = gray.copy() if gray is frame_bgr else gray
        stats = FrameStats(
            t_s=t_s,
            width=int(width),
            height=int(height),
            mean_luma=mean_luma,
            contrast=contrast,
            sharpness=sharpness,
            black=black,
            ssim_prev=ssim_prev,
            frozen=(
                ssim_prev is not None
                and diff_prev is not None
                and ssim_prev > s.frozen_ssim
                and diff_prev < s.frozen_max_diff
            ),
            diff_prev=diff_prev,
            centre_luma=_region_mean(small, CENTRE_REGION)[0],
            border_luma=_regions_mean(small, BORDER_REGIONS),
        )
        due = self._next_face_t is None or t_s >= self._next_face_t
        if self._cascade is not None and due and not black:
            self._next_face_t = t_s + FACE_INTERVAL_S
            stats.face_checked = True
            box = self._find_face(small)
            if box is not None:
                sh, sw = small.shape[:2]
                x, y, w, h = box
                stats.face_box = (x / sw, y / sh, w / sw, h / sh)
                # The middle of the box: the cascade's box includes hair and background.
                inner = small[y + h // 4 : y + 3 * h // 4, x + w // 4 : x + 3 * w // 4]
                if inner.size:
                    stats.face_luma = float(inner.mean())
        return stats

    def _find_face(self, small: np.ndarray) -> tuple[int, int, int, int] | None:
        """The largest face in `small` (pixel box in `small`), or None."""
        import cv2

        face_img = _scale_to_width(small, FACE_WIDTH)
        scale = small.shape[1] / face_img.shape[1]
        # Equalising first lets the cascade find faces in dim or backlit pictures too.
        eq = cv2.equalizeHist(face_img)
        # A face smaller than a fifth of the picture's height is too far away to count (and
        # skipping the small scales is what keeps detection cheap). scaleFactor 1.2 and
        # minNeighbors 5 are OpenCV's usual speed/accuracy trade-off for webcam frames.
        min_side = max(20, face_img.shape[0] // 5)
        faces = self._cascade.detectMultiScale(
            eq, scaleFactor=1.2, minNeighbors=5, minSize=(min_side, min_side)
        )
        if len(faces) == 0:
            return None
        x, y, w, h = max(faces, key=lambda f: int(f[2]) * int(f[3]))  # the nearest person
        return (round(x * scale), round(y * scale), round(w * scale), round(h * scale))


def _scale_to_width(img: np.ndarray, width: int) -> np.ndarray:
    import cv2

    h, w = img.shape[:2]
    if w <= width:
        return img
    return cv2.resize(img, (width, max(1, round(h * width / w))), interpolation=cv2.INTER_AREA)


def measured_fps(timestamps: Sequence[float]) -> float:
    """Frames per second from frame timestamps (not the driver's claim)."""
    if len(timestamps) < 2:
        return 0.0
    span = timestamps[-1] - timestamps[0]
    return (len(timestamps) - 1) / span if span > 0 else 0.0


@dataclass
class Assessment:
    status: Status
    summary: str
    advice: list[str]
    metrics: dict[str, Any]

    def to_result(self) -> CheckResult:
        return CheckResult(CHECK_ID, self.status, self.summary, tuple(self.advice), self.metrics)


LIGHT_ADVICE = tr_noop("Face a window or lamp; don't sit with a bright window behind you.")


def assess(
    stats: Sequence[FrameStats],
    timestamps: Sequence[float],
    cfg: Mapping[str, Any] | CameraSettings,
    *,
    device: str = "",
) -> Assessment:
    """The verdict. `timestamps` are all frames' times (for fps); `stats` the judged frames."""
    s = _settings(cfg)
    fps = measured_fps(timestamps)
    if not stats:
        raise _no_frames(device)
    n = len(stats)
    width, height = stats[-1].width, stats[-1].height
    black_fraction = sum(f.black for f in stats) / n
    pairs = [f for f in stats if f.ssim_prev is not None]
    frozen_fraction = sum(f.frozen for f in pairs) / len(pairs) if pairs else 0.0
    lit = [f for f in stats if not f.black] or list(stats)
    mean_luma = median(f.mean_luma for f in lit)
    contrast = median(f.contrast for f in lit)
    sharpness = median(f.sharpness for f in lit)
    checked = [f for f in stats if f.face_checked]
    with_face = [f for f in checked if f.face_box is not None]
    face_found = bool(checked) and len(with_face) / len(checked) >= s.face_min_fraction
    face_box = None
    if face_found:
        face_box = tuple(median(f.face_box[i] for f in with_face) for i in range(4))  # type: ignore[index]
    # Backlight: the face (or, without one, the frame centre) much darker than a bright
    # background, in most frames. Judged on frames where a face was found if enough were.
    basis = with_face if face_found else lit
    ratio = median(f.backlight_ratio for f in basis)
    background = median(f.border_luma for f in basis)
    backlit = ratio < s.backlit_ratio and background >= s.backlit_background_luma

    metrics: dict[str, Any] = {
        "device": device,
        "width": int(width),
        "height": int(height),
        "fps": round(fps, 1),
        "frames": len(timestamps),
        "black_fraction": round(black_fraction, 3),
        "frozen_fraction": round(frozen_fraction, 3),
        "mean_luma": round(mean_luma, 1),
        "contrast": round(contrast, 1),
        "sharpness": round(sharpness, 1),
        "face_found": face_found,
        "face_box": None if face_box is None else _box_dict(face_box),  # type: ignore[arg-type]
        "backlit": backlit,
    }

    # Failures, worst first: the first one found is the verdict.
    fail: tuple[str, str, list[str]] | None = None
    if black_fraction > s.bad_frames_max_fraction:
        fail = (
            "black",
            tr("Your camera shows a black picture: check the lens cover or privacy shutter."),
            [
                tr(
                    "Slide open the camera's cover or privacy shutter, and remove any "
                    "sticker or tape over the lens."
                ),
                tr(
                    "Some laptops have a camera switch or a key with a camera symbol: "
                    "turn the camera on."
                ),
                tr("Close other programs that may be using your camera, then check again."),
            ],
        )
    elif frozen_fraction > s.bad_frames_max_fraction:
        fail = (
            "frozen",
            tr("Your camera's picture is frozen: it shows the same image over and over."),
            [
                tr("Close other programs that may be using your camera, such as Zoom or Teams."),
                tr("If your camera plugs in, unplug it, wait ten seconds and plug it back in."),
                tr("If it is still frozen, restart your computer and check again."),
            ],
        )
    elif fps < s.fail_fps:
        fail = (
            "low_fps",
            tr(
                "Your camera sends only {fps} pictures a second, so the doctor would "
                "see a very jerky picture.",
                fps=f"{fps:.0f}",
            ),
            [
                tr("Close other programs you do not need, especially other video programs."),
                tr("Turn on more light: many cameras slow down in dim light."),
                tr("If your camera plugs in, plug it directly into the computer, not into a hub."),
            ],
        )
    if fail is not None:
        problem, summary, advice = fail
        metrics["problem"] = problem
        return Assessment(Status.FAIL, summary, advice, metrics)

    warns: list[tuple[str, str, list[str]]] = []
    if fps < s.warn_fps:
        warns.append(
            (
                "low_fps",
                tr(
                    "Your camera sends only {fps} pictures a second, so your video "
                    "may look choppy.",
                    fps=f"{fps:.0f}",
                ),
                [
                    tr("Close other programs you do not need, especially other video programs."),
                    tr("Turn on more light: many cameras slow down in dim light."),
                ],
            )
        )
    dark = mean_luma < s.dark_luma
    bright = mean_luma > s.bright_luma
    if dark:
        warns.append(
            (
                "dark",
                tr("Your picture is too dark for the doctor to see you well."),
                [
                    LIGHT_ADVICE,
                    tr("Turn on a light in the room, in front of you."),
                    tr("If something is covering the camera, remove it."),
                ],
            )
        )
    elif bright:
        warns.append(
            (
                "bright",
                tr("Your picture is too bright, so the doctor may not see your face clearly."),
                [
                    tr(
                        "Move out of direct sunlight, or turn away a very bright lamp "
                        "shining on you."
                    ),
                    LIGHT_ADVICE,
                ],
            )
        )
    if backlit:
        warns.append(
            (
                "backlit",
                tr("The light behind you makes your face too dark to see."),
                [
                    LIGHT_ADVICE,
                    tr("Close the curtains behind you, or turn so the window is in front of you."),
                ],
            )
        )
    # Sharpness is meaningless in a too dark, too bright or backlit picture (the lighting is
    # the problem to fix first), or a plain one (a wall).
    if not (dark or bright or backlit) and contrast >= s.blurry_min_contrast:
        if sharpness < s.blurry_sharpness:
            warns.append(
                (
                    "blurry",
                    tr("Your picture looks blurry."),
                    [
                        tr("Gently wipe the camera lens with a soft, dry cloth."),
                        tr("Sit about an arm's length from the camera."),
                    ],
                )
            )
    if width < s.min_width or height < s.min_height:
        warns.append(
            (
                "low_resolution",
                tr(
                    "Your camera sends a small picture ({width}x{height}), so the "
                    "doctor will see you less clearly.",
                    width=width,
                    height=height,
                ),
                [
                    tr(
                        "If you have another camera (for example a newer USB webcam), "
                        "choose it instead."
                    )
                ],
            )
        )
    if not face_found:
        # Never a failure: some patients choose not to be seen during the check.
        warns.append(
            (
                "no_face",
                tr("We couldn't see a face - sit centred in front of the camera."),
                [
                    tr(
                        "Sit facing the camera, about an arm's length away, with your "
                        "whole face in the picture."
                    ),
                    tr("If you chose not to be seen during this check, you can ignore this."),
                ],
            )
        )
    if not warns:
        metrics["problem"] = "none"
        return Assessment(
            Status.PASS, tr("Your camera works and the picture looks good."), [], metrics
        )
    metrics["problem"] = warns[0][0]
    advice: list[str] = []
    for _, _, tips in warns:
        advice.extend(t for t in tips if t not in advice)
    return Assessment(Status.WARN, warns[0][1], advice, metrics)


def analyse_frames(
    frames: Sequence[np.ndarray],
    timestamps: Sequence[float],
    cfg: Mapping[str, Any] | CameraSettings,
    *,
    device: str = "",
    warmup_s: float = 0.0,
) -> Assessment:
    """Analyse a list of BGR frames with their times (seconds) into the check's verdict.

    Frames in the first `warmup_s` count for the frame rate but are not judged.
    """
    analyzer = FrameAnalyzer(cfg)
    stats: list[FrameStats] = []
    t0 = timestamps[0] if timestamps else 0.0
    for frame, t in zip(frames, timestamps, strict=True):
        st = analyzer.analyse(frame, t)
        if t - t0 >= warmup_s:
            stats.append(st)
    try:
        return assess(stats, list(timestamps), cfg, device=device)
    except CameraProblem as p:
        r = p.to_result()
        return Assessment(r.status, r.summary, list(r.advice), dict(r.metrics))


# -- devices -------------------------------------------------------------------------------------

SYSFS_V4L = Path("/sys/class/video4linux")


def list_cameras(names: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Cameras as {kind: "camera", index, name, default}, index being OpenCV's.

    Why not QtMultimedia's QMediaDevices.videoInputs() here: the engine must not import Qt. On
    Linux the names come from sysfs (the same V4L2 names Qt shows), and the sysfs number is the
    OpenCV index. Elsewhere the GUI, which may use Qt, passes the videoInputs() descriptions
    as `names`: their order is the system's device order, which OpenCV's DirectShow and
    AVFoundation backends also use (the best mapping available without native code). Without
    names, the CLI asks the system for camera names (macOS `system_profiler`, Windows the
    Camera/Image device classes), in the same device order; it never opens a camera just to list
    it (that lights its LED and may raise a permission prompt). If the system cannot be asked,
    index 0 is listed as "Camera 1".
    """
    if sys.platform.startswith("linux"):
        return _linux_cameras()
    if not names:
        names = _system_camera_names()
        if names is None:
            names = ["Camera 1"]
    return [
        {"kind": "camera", "index": i, "name": str(n), "default": i == 0}
        for i, n in enumerate(names)
    ]


def parse_system_profiler(text: str) -> list[str]:
    """Camera names from `system_profiler SPCameraDataType -json` (macOS)."""
    data = json.loads(text)
    items = data.get("SPCameraDataType", []) if isinstance(data, dict) else []
    return [str(item["_name"]) for item in items if isinstance(item, dict) and item.get("_name")]


def parse_windows_names(text: str) -> list[str]:
    """Camera names, one a line, from the PowerShell query in `_system_camera_names`."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _system_camera_names() -> list[str] | None:
    """Names from the operating system (None when it cannot be asked). Only names are read:
    no device ids or serial numbers (privacy)."""
    import subprocess

    if sys.platform == "darwin":
        cmd = ["system_profiler", "SPCameraDataType", "-json"]
        parse: Callable[[str], list[str]] = parse_system_profiler
    elif sys.platform == "win32":
        cmd = [
            "powershell", "-NoProfile", "-NonInteractive", "-Command",
            "Get-CimInstance Win32_PnPEntity | Where-Object { $_.PNPClass -in 'Camera','Image' "
            "-and $_.Status -eq 'OK' } | ForEach-Object { $_.Name }",
        ]  # fmt: skip
        parse = parse_windows_names
    else:
        return None
    try:
        out = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=5.0,
            check=True,
            # A windowed app must not flash a console window.
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        return parse(out.stdout)
    except (OSError, subprocess.SubprocessError, ValueError, KeyError) as exc:
        logger.warning("could not ask the system for camera names: %s", type(exc).__name__)
        return None


def _linux_cameras() -> list[dict[str, Any]]:
    found: list[tuple[int, str]] = []
    try:
        entries = list(SYSFS_V4L.iterdir())
    except OSError:
        return []
    for entry in entries:
        if not entry.name.startswith("video") or not entry.name[5:].isdigit():
            continue
        # A UVC camera has two nodes; the second (index 1) carries metadata, not pictures.
        try:
            if (entry / "index").read_text().strip() not in ("", "0"):
                continue
        except OSError:
            pass
        try:
            name = (entry / "name").read_text(errors="replace").strip()
        except OSError:
            name = ""
        number = int(entry.name[5:])
        found.append((number, name or f"Camera {number + 1}"))
    found.sort()
    return [
        {"kind": "camera", "index": number, "name": name, "default": n == 0}
        for n, (number, name) in enumerate(found)
    ]


@dataclass(frozen=True)
class CameraTarget:
    """What to open: a camera index, or a video file."""

    name: str  # human name for messages and the `device` metric (never a file path)
    index: int | None = None
    path: str | None = None
    # The system lists a camera at this index. If such a camera cannot be opened it is busy or
    # blocked; if the system lists none there, a failed open means there is no camera.
    listed: bool = True

    @property
    def is_file(self) -> bool:
        return self.path is not None


def resolve_camera(spec: str | int | None, names: Sequence[str] | None = None) -> CameraTarget:
    """`--camera`: None (the default camera), an index, a video file path, or part of a name.

    Raises CameraProblem("missing") when nothing matches.
    """
    if isinstance(spec, str):
        spec = spec.strip()
    if spec is None or spec == "":
        cams = list_cameras(names)
        if not cams:
            raise _missing()
        cam = next((c for c in cams if c["default"]), cams[0])
        return _index_target(int(cam["index"]), cams)
    if isinstance(spec, int) or spec.isdigit():
        return _index_target(int(spec), list_cameras(names))
    if os.path.isfile(spec):
        return CameraTarget(VIDEO_FILE_NAME, path=spec)
    if (
        os.sep in spec
        or (os.altsep and os.altsep in spec)
        or Path(spec).suffix.lower() in (".avi", ".mp4", ".mov", ".mkv", ".webm")
    ):
        problem = _missing(VIDEO_FILE_NAME, looked_for="file")
        problem.summary = tr("We could not find that video file.")
        problem.advice = [tr("Check the file name and folder, then try again.")]
        raise problem
    wanted = spec.casefold()
    for cam in list_cameras(names):
        if wanted in str(cam["name"]).casefold():
            return CameraTarget(str(cam["name"]), index=int(cam["index"]))
    raise _missing(looked_for=spec)


def _index_target(index: int, cams: list[dict[str, Any]]) -> CameraTarget:
    known = {int(c["index"]): str(c["name"]) for c in cams}
    if sys.platform.startswith("linux"):
        # Linux tells us for sure: no device node means no camera (fails in milliseconds,
        # without OpenCV's warnings about a missing /dev/video device).
        if index not in known and not Path(f"/dev/video{index}").exists():
            raise _missing()
    return CameraTarget(known.get(index, f"Camera {index + 1}"), index=index, listed=index in known)


def _camera_backends() -> list[int]:
    """OpenCV backends to try for a camera index, in order, on this platform."""
    import cv2

    if sys.platform == "win32":
        # DirectShow opens in well under a second; Media Foundation (OpenCV's default) can take
        # several seconds to open some webcams. Try it second.
        return [cv2.CAP_DSHOW, cv2.CAP_MSMF]
    if sys.platform == "darwin":
        return [cv2.CAP_AVFOUNDATION]
    return [cv2.CAP_V4L2]


_quiet_lock = threading.Lock()
_quieted: list[bool] = []


def _quiet_opencv() -> None:
    """OpenCV prints warnings (e.g. "can't open camera by index") to stderr; they would clutter
    the CLI's output and say nothing a patient can use. Our own messages replace them."""
    import cv2

    with _quiet_lock:
        if _quieted:
            return
        try:
            cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        except AttributeError:  # very old builds: keep the warnings
            pass
        _quieted.append(True)


def open_capture(target: CameraTarget, cfg: Mapping[str, Any] | CameraSettings) -> Any:
    """An opened cv2.VideoCapture for `target`, asking a camera for 720p (MJPG).

    Raises CameraProblem("busy") when a camera cannot be opened, ("no_frames") for an
    unreadable file. The caller releases it.
    """
    import cv2

    _quiet_opencv()
    s = _settings(cfg)
    if target.is_file:
        cap = cv2.VideoCapture(str(target.path), cv2.CAP_FFMPEG)
        if not cap.isOpened():
            cap.release()
            raise _no_frames(target.name, is_file=True)
        return cap
    for backend in _camera_backends():
        cap = cv2.VideoCapture(int(target.index or 0), backend)
        if cap.isOpened():
            # MJPG is what video-call apps ask for: over USB 2 most webcams deliver 720p at
            # 30 fps only compressed, and would otherwise drop to 5-10 fps (a false "choppy").
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter_fourcc(*"MJPG"))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, s.request_width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, s.request_height)
            return cap
        cap.release()
    # Windows/macOS cannot tell "no such camera" from "busy" when opening; the system's list can.
    raise _busy(target.name) if target.listed else _missing()


def _set_fallback_size(cap: Any, s: CameraSettings) -> None:
    import cv2

    cap.set(cv2.CAP_PROP_FRAME_WIDTH, s.fallback_width)
    cap.set(cv2.CAP_PROP_FRAME_HEIGHT, s.fallback_height)


# -- the frame source ----------------------------------------------------------------------------

OnFrame = Callable[["np.ndarray", dict[str, Any]], None]
OnResult = Callable[[CheckResult], None]


@dataclass
class _Window:
    """Frames collected for the verdict."""

    timestamps: list[float] = field(default_factory=list)
    stats: list[FrameStats] = field(default_factory=list)


class FrameSource:
    """Captures frames on its own thread, for the check and for the GUI's live preview.

    `start(on_frame)` returns at once; `on_frame(frame_bgr, analysis)` is called on the capture
    thread for every frame (a GUI must hop to its own thread, e.g. with a Qt signal, and must
    not keep `frame_bgr` beyond the call without copying it). `analysis` is the frame's
    `FrameStats.to_dict()` plus "fps" and "frames" so far. After `capture_s` of frames the
    verdict is ready (`result`, `wait_result`, `on_result`); with `preview=True` frames keep
    coming until `stop()`. `stop()` always releases the camera, also after an error, so a
    second run can open it again. A video file plays at its own frame rate: reads are paced by
    the file's timestamps (CAP_PROP_POS_MSEC), and those timestamps are the frame times used
    for fps; for a camera the frame time is when the frame arrived (time.monotonic()).
    """

    def __init__(
        self,
        device: str | int | None = None,
        config: Mapping[str, Any] | CameraSettings | None = None,
        *,
        preview: bool = True,
        names: Sequence[str] | None = None,
    ) -> None:
        if config is None:
            from preflight.config import load_config

            config = load_config().section("camera")
        self.settings = _settings(config)
        self.device = device
        self.preview = preview
        self._names = list(names) if names else None
        self._stop = threading.Event()
        self._done = threading.Event()  # the verdict is ready
        self._released = threading.Event()
        self._released.set()
        self._lock = threading.Lock()
        self._result: CheckResult | None = None
        self._on_frame: OnFrame | None = None
        self._on_result: OnResult | None = None
        self._worker: threading.Thread | None = None
        self._watchdog: threading.Thread | None = None
        self._opened_at: float | None = None  # monotonic, once the device is open
        self._last_frame_at: float | None = None
        self._frames = 0
        self._target: CameraTarget | None = None
        self.device_name = ""

    # -- public ---------------------------------------------------------------------------------
    def start(self, on_frame: OnFrame | None = None, on_result: OnResult | None = None) -> None:
        if self._worker is not None:
            raise RuntimeError("a FrameSource can be started once; make a new one")
        self._on_frame, self._on_result = on_frame, on_result
        self._released.clear()
        self._worker = threading.Thread(target=self._run, name="camera-capture", daemon=True)
        self._watchdog = threading.Thread(target=self._watch, name="camera-watchdog", daemon=True)
        self._worker.start()
        self._watchdog.start()

    def stop(self, timeout_s: float = 2.0) -> bool:
        """Stop capturing and release the camera. True when it is released within `timeout_s`
        (a camera driver stuck inside a read releases as soon as the read returns)."""
        self._stop.set()
        deadline = time.monotonic() + timeout_s
        for thread in (self._worker, self._watchdog):
            if thread is not None and thread is not threading.current_thread():
                thread.join(max(0.0, deadline - time.monotonic()))
        return self._released.is_set()

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    @property
    def released(self) -> bool:
        return self._released.is_set()

    @property
    def result(self) -> CheckResult | None:
        return self._result

    @property
    def progress(self) -> float:
        """0-1 through the capture window (for progress bars)."""
        if self._result is not None:
            return 1.0
        if self._opened_at is None:
            return 0.0
        return min(0.99, (time.monotonic() - self._opened_at) / self.settings.capture_s)

    def wait_result(self, timeout_s: float | None = None) -> CheckResult | None:
        self._done.wait(timeout_s)
        return self._result

    # -- internals ------------------------------------------------------------------------------
    def _finish(self, result: CheckResult) -> None:
        """Publish the verdict once (the capture thread and the watchdog may both try)."""
        with self._lock:
            if self._result is not None:
                return
            self._result = result
        self._done.set()
        logger.info("camera check: %s %s", result.status.value, dict(result.metrics))
        if self._on_result is not None:
            try:
                self._on_result(result)
            except Exception:  # an observer's bug must not stop the capture
                logger.exception("camera on_result observer failed")

    def _watch(self) -> None:
        """Catch a camera that never sends a frame or stops sending (a read that blocks)."""
        limit = self.settings.no_frames_s
        while not self._stop.wait(0.05):
            if self._done.is_set() and not self.running:
                return
            if not self.running and self._released.is_set():
                return
            now = time.monotonic()
            since = self._last_frame_at or self._opened_at
            if since is None or self._done.is_set() or now - since < limit:
                continue
            target = self._target
            is_file = target is not None and target.is_file
            self._finish(_no_frames(self.device_name, stopped=self._frames > 0,
                                    is_file=is_file).to_result())  # fmt: skip
            self._stop.set()  # the capture thread releases the camera when its read returns
            return

    def _run(self) -> None:
        cap = None
        try:
            target = resolve_camera(self.device, self._names)
            self._target = target
            self.device_name = target.name
            cap = open_capture(target, self.settings)
            self._opened_at = time.monotonic()
            self._capture(cap, target)
        except CameraProblem as problem:
            self._finish(problem.to_result())
        except Exception as exc:  # never a traceback for the patient; logged for support
            logger.exception("camera capture failed")
            self._finish(
                CheckResult(
                    CHECK_ID,
                    Status.ERROR,
                    tr("Something went wrong while checking your camera."),
                    (
                        tr("Close other programs that may be using your camera, then check again."),
                        tr("If it happens again, restart your computer, or call the support line."),
                    ),
                    {"error_type": type(exc).__name__, "device": self.device_name},
                )
            )
        finally:
            if cap is not None:
                try:
                    cap.release()
                except Exception:
                    logger.exception("releasing the camera failed")
            self._released.set()
            self._stop.set()  # ends the watchdog

    def _capture(self, cap: Any, target: CameraTarget) -> None:
        import cv2

        s = self.settings
        analyzer = FrameAnalyzer(s)
        window = _Window()
        warmup = 0.0 if target.is_file else s.warmup_s
        wall0: float | None = None  # for pacing a file
        stream0: float | None = None
        t0: float | None = None  # the first frame's time
        tried_fallback = target.is_file
        while not self._stop.is_set():
            ok, frame = cap.read()
            if self._stop.is_set():
                break
            if not ok or frame is None:
                if not tried_fallback and self._frames == 0:
                    # The camera accepted 720p but cannot deliver it: ask for 640x480.
                    tried_fallback = True
                    _set_fallback_size(cap, s)
                    continue
                self._end_of_stream(window, target)
                return
            now = time.monotonic()
            behind = False
            if target.is_file:
                t = float(cap.get(cv2.CAP_PROP_POS_MSEC)) / 1000.0
                if wall0 is None or stream0 is None:
                    wall0, stream0 = now, t
                # Play the file at its own rate, as a camera would deliver it. On a computer
                # too busy to keep up, drop frames from the analysis like a video player
                # (they still count for fps, which comes from the file's timestamps), so the
                # check still ends after about capture_s instead of running into its deadline.
                lag = now - (wall0 + (t - stream0))
                behind = lag > MAX_FILE_LAG_S
                if lag < 0 and self._stop.wait(-lag):
                    break
                now = time.monotonic()
            else:
                t = now
            self._last_frame_at = now
            self._frames += 1
            if t0 is None:
                t0 = t
            t_rel = t - t0
            in_window = self._result is None and t_rel < s.capture_s
            if in_window:
                window.timestamps.append(t)
            if self._result is None and not in_window:
                self._finish(self._verdict(window))
                if not self.preview:
                    return
            if behind:
                continue
            stats = analyzer.analyse(frame, t_rel)
            if in_window and t_rel >= warmup:
                window.stats.append(stats)
            if self._on_frame is not None:
                info = stats.to_dict()
                info["fps"] = round(measured_fps(window.timestamps), 1)
                info["frames"] = len(window.timestamps)
                # The same backlight rule as the verdict, for a live tip.
                info["backlit"] = (
                    stats.backlight_ratio < s.backlit_ratio
                    and stats.border_luma >= s.backlit_background_luma
                )
                try:
                    self._on_frame(frame, info)
                except Exception:
                    logger.exception("camera on_frame observer failed")
            if self._result is not None and not self.preview:
                return

    def _end_of_stream(self, window: _Window, target: CameraTarget) -> None:
        if self._result is not None:
            return
        if target.is_file and window.stats:
            # A recording shorter than the window: judge what it has.
            self._finish(self._verdict(window))
        else:
            stopped = self._frames > 0
            self._finish(
                _no_frames(target.name, stopped=stopped, is_file=target.is_file).to_result()
            )

    def _verdict(self, window: _Window) -> CheckResult:
        try:
            return assess(
                window.stats, window.timestamps, self.settings, device=self.device_name
            ).to_result()
        except CameraProblem as problem:
            return problem.to_result()


# -- the check -----------------------------------------------------------------------------------


class CameraCheck(Check):
    id = CHECK_ID
    title = "Camera"
    resources = frozenset({"camera"})
    deadline_s = 8.0

    def run(self, ctx: CheckContext) -> CheckResult:
        settings = CameraSettings.from_mapping(ctx.config.section("camera"))
        device = ctx.options.get("camera")
        shared = ctx.shared.get(SHARED_PREVIEW_KEY)
        if isinstance(shared, FrameSource) and (shared.running or shared.result is not None):
            # The GUI's preview already holds the camera: take its verdict.
            source, owned = shared, False
        else:
            source, owned = FrameSource(device, settings, preview=False), True
            source.start()
        ctx.progress(0.0, tr("Looking at your camera picture…"))
        try:
            while True:
                result = source.wait_result(0.1)
                if result is not None:
                    return result
                if not source.running and source.result is None:
                    # Ended without a verdict (cannot happen by design); never hang.
                    return _no_frames(source.device_name).to_result()
                ctx.raise_if_cancelled()
                ctx.progress(source.progress, "")
        finally:
            if owned:
                source.stop()
