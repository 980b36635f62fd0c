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
ANALYSIS_WIDTH = 320  # luma, regions and the face's brightness
FROZEN_CROP = (320, 180)  # unscaled centre crop (width, height) for the frozen test
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


@dataclass(frozen=True)
class SmallFaceSearch:
    """A second, narrower search run only when the first found no face: the middle `region` of
    the frame (x0, y0, x1, y1 as fractions) at `height` pixels high for the whole frame (so
    more pixels per face than the first search), faces `min_px` to `max_px` pixels there."""

    height: int
    region: tuple[float, float, float, float]
    min_px: int
    max_px: int
    min_neighbors: int


@dataclass(frozen=True)
class FaceDetector:
    """How faces are searched for: one of OpenCV's bundled Haar cascades (cv2.data.haarcascades,
    opencv-python-headless 4.x; nothing is downloaded) on the histogram-equalised frame scaled
    to `height` pixels high (`width`: to that width instead), faces of at least `min_px` pixels
    there (or `min_fraction` of that height, whichever is larger), at most every `interval_s` of
    stream time."""

    cascade: str
    scale_factor: float
    min_neighbors: int
    interval_s: float
    height: int = 0
    width: int = 0
    min_px: int = 20
    min_fraction: float = 0.0
    small: SmallFaceSearch | None = None

    def work_size(self, width: int, height: int) -> tuple[int, int]:
        """The size (width, height) a frame of `width` x `height` is searched at."""
        if self.width:
            if width <= self.width:
                return width, height
            return self.width, max(1, round(height * self.width / width))
        target = min(self.height, height)
        return max(1, round(width * target / height)), target

    def min_side(self, work_height: int) -> int:
        return max(self.min_px, round(work_height * self.min_fraction))


# The detector the check uses (issue 17), measured on real photographs by bench/camera_bench.py
# (face 12-60 % of the frame's height, normal, dim and side light, tilted up to 10 degrees,
# turned up to 30 degrees (approximated), mirrored, with and without glasses; scenes without a
# person). 216 px high: OpenCV's cascades see nothing smaller than their 20-24 px window, and a
# face 12 % of the frame's height is 26 px there. The "alt" cascade with 3 neighbours found the
# most faces with no false face in those scenes; scaleFactor 1.1 is OpenCV's default step
# between sizes. A search costs about five times the old one (most of it the small sizes), so
# it runs every 0.5 s instead of every 0.25 s.
# `small`: a face at 12 % of the height is near the cascade's smallest window at 216 px, where
# it was found in only 71-92 % of frames (two benchmark runs, 480p and 720p). When the first
# search finds nothing, the middle of the frame (where a seated person is) is searched again
# at 1.5 times the pixels for faces of 9-17 % of the height (30-56 px at 324 px high), with 4
# neighbours (3 saw a face in the brick wall there). It costs about 0.4 of the first search,
# only in frames without a face found: the average stays within the 10 ms budget at 720p on
# one core even with no face (7.4 ms mean CPU per frame, docs/checks/camera.md).
FACE_DETECTOR = FaceDetector(
    cascade="haarcascade_frontalface_alt.xml",
    scale_factor=1.1,
    min_neighbors=3,
    interval_s=0.5,
    height=216,
    min_px=24,
    small=SmallFaceSearch(height=324, region=(0.2, 0.05, 0.8, 0.8), min_px=30, max_px=56,
                          min_neighbors=4),
)
# The first detector of issue 17, without the small-face search (kept for the benchmark).
ALT_216_DETECTOR = FaceDetector(
    cascade="haarcascade_frontalface_alt.xml",
    scale_factor=1.1,
    min_neighbors=3,
    interval_s=0.5,
    height=216,
    min_px=24,
)
# The detector before issue 17, kept for the benchmark's comparison: the default cascade at
# 240 px wide, faces at least a fifth of the picture's height (so a seated face at 12-25 % of
# the height was missed), every 0.25 s.
LEGACY_FACE_DETECTOR = FaceDetector(
    cascade="haarcascade_frontalface_default.xml",
    scale_factor=1.2,
    min_neighbors=5,
    interval_s=0.25,
    width=240,
    min_px=20,
    min_fraction=0.2,
)


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


def _face_cascade(name: str) -> Any:
    """A new Haar face cascade (one per analyzer: a classifier is not safe to share between
    threads). OpenCV 4.x bundles them (cv2.data.haarcascades); nothing is downloaded."""
    import cv2

    # cv2.data is in the wheels but not in OpenCV's type stubs.
    path = Path(cv2.data.haarcascades) / name  # type: ignore[attr-defined]
    cascade = cv2.CascadeClassifier(str(path))
    if cascade.empty():  # a damaged install: analyse without faces rather than crash
        logger.error("the bundled face cascade %s could not be loaded", name)
        return None
    return cascade


class FrameAnalyzer:
    """Per-frame analysis, keeping the previous frame for the frozen test.

    `analyse(frame, t)` costs a few ms on a 720p frame; face detection, the most expensive
    step, runs at most every `face_detector.interval_s` of stream time.
    """

    def __init__(
        self,
        cfg: Mapping[str, Any] | CameraSettings,
        *,
        detect_faces: bool = True,
        face_detector: FaceDetector = FACE_DETECTOR,
    ) -> None:
        self.settings = as_settings(cfg)
        self.face_detector = face_detector
        self._prev_gray: np.ndarray | None = None
        self._next_face_t: float | None = None
        self._cascade = _face_cascade(face_detector.cascade) if detect_faces else None

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
            self._next_face_t = t_s + self.face_detector.interval_s
            stats.face_checked = True
            box = self.find_face(mid)
            if box is not None:
                stats.face_box = box
                # The middle of the box: the cascade's box includes hair and background.
                sh, sw = small.shape[:2]
                x, y, w, h = box
                inner = small[round((y + h / 4) * sh) : round((y + 3 * h / 4) * sh),
                              round((x + w / 4) * sw) : round((x + 3 * w / 4) * sw)]  # fmt: skip
                if inner.size:
                    stats.face_luma = float(inner.mean())
        return stats

    def find_face(self, gray: np.ndarray) -> tuple[float, float, float, float] | None:
        """The largest face in the gray picture `gray` (x, y, w, h relative 0-1), or None."""
        cascade = self._cascade
        if cascade is None:
            return None
        det = self.face_detector
        height, width = gray.shape[:2]
        work_w, work_h = det.work_size(width, height)
        side = det.min_side(work_h)
        box = _search(cascade, gray, (work_w, work_h), det.scale_factor, det.min_neighbors,
                      (side, side))  # fmt: skip
        small = det.small
        if box is not None or small is None:
            return box
        x0, y0, x1, y1 = small.region
        px0, py0 = round(x0 * width), round(y0 * height)
        crop = gray[py0 : round(y1 * height), px0 : round(x1 * width)]
        ch, cw = crop.shape[:2]
        scale = min(1.0, small.height / height)  # never enlarge a small picture
        found = _search(cascade, crop, (max(1, round(cw * scale)), max(1, round(ch * scale))),
                        det.scale_factor, small.min_neighbors, (small.min_px, small.min_px),
                        (small.max_px, small.max_px))  # fmt: skip
        if found is None:
            return None
        bx, by, bw, bh = found  # relative to the crop: back to the whole frame
        return ((px0 + bx * cw) / width, (py0 + by * ch) / height, bw * cw / width,
                bh * ch / height)  # fmt: skip


def _search(cascade: Any, gray: np.ndarray, size: tuple[int, int], scale_factor: float,
            min_neighbors: int, min_size: tuple[int, int], max_size: tuple[int, int] = (0, 0),
            ) -> tuple[float, float, float, float] | None:  # fmt: skip
    """The largest face the cascade finds in `gray` scaled to `size` (x, y, w, h relative 0-1
    to `gray`), or None."""
    import cv2

    img = gray
    if size != (gray.shape[1], gray.shape[0]):
        img = cv2.resize(gray, size, interpolation=cv2.INTER_AREA)
    # Equalising first lets the cascade find faces in dim or backlit pictures too.
    eq = cv2.equalizeHist(img)
    faces = cascade.detectMultiScale(eq, scaleFactor=scale_factor, minNeighbors=min_neighbors,
                                     minSize=min_size, maxSize=max_size)  # fmt: skip
    if len(faces) == 0:
        return None
    x, y, w, h = max(faces, key=lambda f: int(f[2]) * int(f[3]))  # the nearest person
    work_w, work_h = size
    return (int(x) / work_w, int(y) / work_h, int(w) / work_w, int(h) / work_h)


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
    findings = warnings or [DESCRIPTOR.finding("ok")]
    if not face_found:
        face_values = {"face_fraction": round(face_fraction, 3), "frames_searched": len(checked)}
        if with_face:
            # Unsure: a face in some frames only (a turned head, a hand, the detector's limits).
            # A gentle tip that does not lower the status by itself.
            findings.append(finding("face_unsure", ("face_min_fraction",), **face_values))
        else:
            # Never a failure: some patients choose not to be seen during the check.
            findings.append(finding("no_face", ("face_min_fraction",), **face_values))
            if not warnings:
                findings = findings[1:]  # "no face" is the summary, not "looks good"
    return camera_result(findings, **metrics)


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
