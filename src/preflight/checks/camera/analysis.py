"""The camera check's analysis: pure functions on numpy BGR frames and their timestamps.

`FrameAnalyzer` measures each frame (black, frozen by SSIM, brightness, contrast, sharpness,
backlight, face in frame); `assess` turns a window of those measurements and the frame times
into the check's result: its findings (preflight.checks.camera.descriptor), the summary and
advice derived from them, and every metric. Tests drive these with synthetic arrays and with
generated videos decoded by OpenCV.

OpenCV and numpy are imported inside functions so `preflight --version` stays fast.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import TYPE_CHECKING, Any

from preflight.checks.camera.descriptor import DESCRIPTOR
from preflight.checks.camera.problems import camera_result, no_frames
from preflight.checks.camera.settings import CameraSettings, as_settings
from preflight.engine.result import CheckResult, Finding

if TYPE_CHECKING:
    import numpy as np

logger = logging.getLogger(__name__)

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
            # cv2.data is in the wheels but not in OpenCV's type stubs.
            str(Path(cv2.data.haarcascades) / "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]
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
        self.settings = as_settings(cfg)
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
        cascade = self._cascade
        if cascade is None:
            return None
        faces = cascade.detectMultiScale(
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




def assess(
    stats: Sequence[FrameStats],
    timestamps: Sequence[float],
    cfg: Mapping[str, Any] | CameraSettings,
    *,
    device: str = "",
) -> CheckResult:
    """The check's result from a window of frames. `timestamps` are all frames' times (for
    fps); `stats` the judged frames (warm-up left out).

    Failures, worst first: the first one found is the verdict, alone (a black, frozen or very
    jerky picture cannot be judged for light or framing). Otherwise every warning found is a
    finding, in the order below, and the first gives the summary; with none, `camera.ok`.
    """
    s = as_settings(cfg)
    fps = measured_fps(timestamps)
    if not stats:
        return no_frames(device).to_result()
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
    face_fraction = len(with_face) / len(checked) if checked else 0.0
    face_found = bool(checked) and face_fraction >= s.face_min_fraction
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
        "short_side_px": int(min(width, height)),
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

    def finding(name: str, limits: Sequence[str], **values: Any) -> Finding:
        return DESCRIPTOR.finding(name, limits={k: getattr(s, k) for k in limits}, **values)

    # Failures, worst first.
    if black_fraction > s.bad_frames_max_fraction:
        failure = finding("black", ("bad_frames_max_fraction", "black_luma"),
                          black_fraction=round(black_fraction, 3))
    elif frozen_fraction > s.bad_frames_max_fraction:
        failure = finding("frozen", ("bad_frames_max_fraction", "frozen_ssim", "frozen_max_diff"),
                          frozen_fraction=round(frozen_fraction, 3))
    elif fps < s.fail_fps:
        # The sentences say whole pictures a second.
        failure = finding("very_low_fps", ("fail_fps",), fps=round(fps))
    else:
        failure = None
    if failure is not None:
        return camera_result([failure], **metrics)

    warnings: list[Finding] = []
    if fps < s.warn_fps:
        warnings.append(finding("low_fps", ("warn_fps",), fps=round(fps)))
    dark = mean_luma < s.dark_luma
    bright = mean_luma > s.bright_luma
    if dark:
        warnings.append(finding("dark", ("dark_luma",), mean_luma=round(mean_luma, 1)))
    elif bright:
        warnings.append(finding("bright", ("bright_luma",), mean_luma=round(mean_luma, 1)))
    if backlit:
        warnings.append(finding("backlit", ("backlit_ratio", "backlit_background_luma"),
                                backlight_ratio=round(ratio, 3),
                                background_luma=round(background, 1)))  # fmt: skip
    # Sharpness is meaningless in a too dark, too bright or backlit picture (the lighting is
    # the problem to fix first), or a plain one (a wall).
    if not (dark or bright or backlit) and contrast >= s.blurry_min_contrast:
        if sharpness < s.blurry_sharpness:
            warnings.append(finding("blurry", ("blurry_sharpness", "blurry_min_contrast"),
                                    sharpness=round(sharpness, 1), contrast=round(contrast, 1)))
    if width < s.min_width or height < s.min_height:
        warnings.append(finding("low_resolution", ("min_width", "min_height"),
                                width=int(width), height=int(height)))  # fmt: skip
    if not face_found:
        # Never a failure: some patients choose not to be seen during the check.
        warnings.append(finding("no_face", ("face_min_fraction",),
                                face_fraction=round(face_fraction, 3),
                                frames_searched=len(checked)))  # fmt: skip
    return camera_result(warnings or [DESCRIPTOR.finding("ok")], **metrics)


def analyse_frames(
    frames: Sequence[np.ndarray],
    timestamps: Sequence[float],
    cfg: Mapping[str, Any] | CameraSettings,
    *,
    device: str = "",
    warmup_s: float = 0.0,
) -> CheckResult:
    """Analyse a list of BGR frames with their times (seconds) into the check's result.

    Frames in the first `warmup_s` count for the frame rate but are not judged.
    """
    analyzer = FrameAnalyzer(cfg)
    stats: list[FrameStats] = []
    t0 = timestamps[0] if timestamps else 0.0
    for frame, t in zip(frames, timestamps, strict=True):
        st = analyzer.analyse(frame, t)
        if t - t0 >= warmup_s:
            stats.append(st)
    return assess(stats, list(timestamps), cfg, device=device)
