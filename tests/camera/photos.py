"""Camera test media from REAL photographs: public-domain portraits and face-less scenes that
ship inside two test-only wheels (requirements-dev.in), composed into camera-like frames.

Faces (where each photograph comes from, and its licence):
* `hopper`: matplotlib's `mpl-data/sample_data/grace_hopper.jpg` (matplotlib 3.x wheel): the US
  Navy's official portrait of Rear Admiral Grace Hopper, a work of the US government, public
  domain. She wears GLASSES.
* `astronaut`: scikit-image's `data/astronaut.png` (scikit-image 0.26 wheel): NASA's portrait of
  Eileen Collins, "no known copyright restrictions, released into the public domain"
  (skimage.data.astronaut's docstring). No glasses.
Both are light-skinned women facing the camera. SKIN TONE IS NOT COVERED: no wheel or Debian
package this project can install ships a public-domain or CC0 portrait of a person with a darker
skin tone. Looked in (December 2026): matplotlib's sample_data, scikit-image's data (its
`lfw_subset.npy` holds 25 x 25 grey crops of news photographs, licence unclear, too small to
compose), imageio (no bundled photographs), scipy, opencv-python's cv2/data (cascades only),
Debian's opencv-doc samples (`messi5.jpg`: a footballer far away, licence unclear; Lena was
removed as non-free), libdlib-dev / libdlib-data (models only). The face_recognition sdist's
test images (official White House photographs of Barack Obama) carry a notice forbidding any
manipulation and are not installed by any wheel, so they are not used. The `darkened` variant
below (the whole person at 45 % of the light, lower contrast on the face) is a STRESS case, not
a skin tone, and is reported apart from the targets. A third photograph, `camera.png`
(scikit-image, CC0 by the photographer Lav Varshney: a man turned sideways, his face half behind
a camera) is a hard case the benchmark reports but no target counts.

Face-less scenes: the same backdrops without the person, and scikit-image's other photographs
(a cat's face, coffee, a rocket, a garage with a motorcycle, coins, a brick wall, a printed page,
galaxies, a horse), all CC0 or public domain (skimage.data's docstrings).

What is composed: the portrait scaled so its face is 12-60 % of the frame's height, at several
places, pasted with soft edges onto a backdrop (a drawn room, or the garage / brick photograph),
swaying a little from frame to frame, with the lens softness and sensor noise of scenes.py, in
normal, dim or side light. Pose: none of these packages ships a photograph of a head turned
15-30 degrees towards the camera, so a turn (yaw) is APPROXIMATED by a perspective warp of the
photograph about the face's centre (the picture plane turned by the angle, seen from four face
widths away): the far side of the face narrows and shrinks as in a real turn, but the nose does
not move across the face and the far cheek is not hidden, so a real turn is harder than this.
In-plane tilt (roll) and the mirror image are also offered.

Also used by bench/camera_bench.py.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import cv2
import numpy as np

from tests.camera.scenes import Frame, background, noisy


def _package_dir(name: str) -> Path:
    """Where an installed package lives, without importing it (matplotlib is slow to import)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"{name} is not installed (pip install -r requirements-dev.lock)")
    return Path(next(iter(spec.submodule_search_locations)))


def photo_path(name: str) -> Path:
    if name == "hopper":
        return _package_dir("matplotlib") / "mpl-data" / "sample_data" / "grace_hopper.jpg"
    return _package_dir("skimage") / "data" / name


@cache
def load_photo(name: str) -> Frame:
    """A photograph as BGR uint8 (cached; callers must not modify it)."""
    path = photo_path(name)
    img = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if img is None:
        raise FileNotFoundError(f"cannot read {path}")
    return img


@dataclass(frozen=True)
class Portrait:
    photo: str
    # The face in the photograph: OpenCV's frontal cascade's box at full resolution (x, y, w, h
    # in pixels). "Face size" below is this box's height over the frame's height.
    face: tuple[int, int, int, int]
    glasses: bool = False
    skin: str = "light"  # the benchmark's skin-tone bucket (see the module note)


PORTRAITS = {
    "hopper": Portrait("hopper", (155, 105, 222, 222), glasses=True),
    "astronaut": Portrait("astronaut.png", (177, 66, 95, 95)),
}
# Turned away, behind a camera (the only person of a darker skin tone in these packages, in
# grey, and not facing the camera: no target counts it).
HARD_PORTRAIT = Portrait("camera.png", (250, 60, 90, 110), skin="medium (grey photograph)")

# Photographs without a person (scikit-image's data; CC0 or public domain).
FACELESS_PHOTOS = (
    "chelsea.png", "coffee.png", "rocket.jpg", "motorcycle_left.png", "coins.png", "brick.png",
    "page.png", "hubble_deep_field.jpg", "horse.png",
)  # fmt: skip
BACKDROPS = ("room", "garage", "brick")
LIGHTS = ("normal", "dim", "side")
POSES = ("frontal", "mirror", "roll10", "roll-10", "yaw15", "yaw-15", "yaw30", "yaw-30")
# The yaw poses are approximations (a perspective warp, see the module note).
APPROXIMATE_POSES = frozenset(p for p in POSES if p.startswith("yaw"))
# Tilted further than the frontal cascades were trained for (about 15 degrees): the benchmark
# reports it, no target counts it.
HARD_POSES = ("roll20", "roll-20")
SIZES = (0.12, 0.2, 0.3, 0.45, 0.6)
# Where the face's centre is, as fractions of the frame (x, y): centred, and off to the sides.
PLACES = {"centre": (0.5, 0.42), "left": (0.3, 0.45), "right": (0.7, 0.4)}


def _fill(img: Frame, width: int, height: int) -> Frame:
    """Scale and centre-crop a photograph to fill width x height."""
    h, w = img.shape[:2]
    scale = max(width / w, height / h)
    size = (max(width, round(w * scale)), max(height, round(h * scale)))
    resized = cv2.resize(img, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    rh, rw = resized.shape[:2]
    x0, y0 = (rw - width) // 2, (rh - height) // 2
    return np.ascontiguousarray(resized[y0 : y0 + height, x0 : x0 + width])


def backdrop(kind: str, width: int, height: int) -> Frame:
    if kind == "room":
        return background(width, height, seed=5)
    if kind == "garage":
        return _fill(load_photo("motorcycle_left.png"), width, height)
    if kind == "brick":
        return _fill(load_photo("brick.png"), width, height)
    raise ValueError(kind)


def _light(img: Frame, light: str) -> Frame:
    if light == "normal":
        return img
    f = img.astype(np.float32)
    if light == "dim":  # a dim room: a third of the light (the camera's gain adds noise below)
        f *= 0.35
    elif light == "side":  # a lamp to the left: bright on one side, in shadow on the other
        ramp = np.linspace(1.25, 0.3, img.shape[1], dtype=np.float32)
        f *= ramp[None, :, None]
    else:
        raise ValueError(light)
    return np.clip(f, 0, 255).astype(np.uint8)


@dataclass(frozen=True)
class FaceCase:
    """One composed scene with a face; `name` reads e.g. "hopper-30%-centre-normal-frontal"."""

    who: str
    size: float
    place: str = "centre"
    light: str = "normal"
    pose: str = "frontal"
    backdrop: str = "room"
    darkened: bool = False  # the stress variant of the module note (not a skin tone)

    @property
    def name(self) -> str:
        name = f"{self.who}-{round(self.size * 100)}%-{self.place}-{self.light}-{self.pose}"
        return name + ("-darkened" if self.darkened else "")


def person_layer(
    portrait: Portrait, face_px: float, pose: str
) -> tuple[Frame, np.ndarray, tuple[float, float]]:
    """The photograph scaled so its face box is `face_px` high, posed, with a soft-edged
    mask (0-1), and the face centre's position in the layer."""
    img = load_photo(portrait.photo)
    x, y, w, h = portrait.face
    scale = face_px / h
    size = (max(1, round(img.shape[1] * scale)), max(1, round(img.shape[0] * scale)))
    layer = cv2.resize(img, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    cx, cy = (x + w / 2) * scale, (y + h / 2) * scale
    lh, lw = layer.shape[:2]
    if pose == "mirror":
        layer = np.ascontiguousarray(layer[:, ::-1])
        cx = lw - cx
    # Soft edges: the photograph's border fades into the backdrop over 6 % of its size.
    # (Made at a quarter of the size: a wide blur at full size is slow.)
    qw, qh = max(8, lw // 4), max(8, lh // 4)
    small = np.zeros((qh, qw), np.float32)
    edge = max(1, round(0.06 * min(qh, qw)))
    small[edge:-edge, edge:-edge] = 1.0
    small = cv2.GaussianBlur(small, (0, 0), edge / 2)
    mask = cv2.resize(small, (lw, lh), interpolation=cv2.INTER_LINEAR)
    if pose.startswith("roll"):
        angle = float(pose[4:])
        rot = cv2.getRotationMatrix2D((cx, cy), angle, 1.0)
        layer = cv2.warpAffine(layer, rot, (lw, lh), flags=cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
        mask = cv2.warpAffine(mask, rot, (lw, lh), flags=cv2.INTER_LINEAR, borderValue=0.0)
    elif pose.startswith("yaw"):
        layer, mask, (cx, cy) = _turned(layer, mask, (cx, cy), w * scale, float(pose[3:]))
    elif pose not in ("frontal", "mirror"):
        raise ValueError(pose)
    return layer, mask, (cx, cy)


def _turned(layer: Frame, mask: np.ndarray, centre: tuple[float, float], face_w: float,
            degrees: float) -> tuple[Frame, np.ndarray, tuple[float, float]]:  # fmt: skip
    """The photograph's plane turned `degrees` about the vertical line through the face's centre,
    seen by a pinhole camera four face widths away (a head at about 60 cm): the homography of
    that plane (the module note says what it leaves out). Positive: the left side moves away."""
    cx, cy = centre
    d = 4.0 * face_w
    cos, sin = np.cos(np.radians(degrees)), np.sin(np.radians(degrees))
    lh, lw = layer.shape[:2]

    def project(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        depth = d + dx * sin
        return cx + d * dx * cos / depth, cy + d * dy / depth

    src = np.float32([[0, 0], [lw, 0], [lw, lh], [0, lh]])
    dst = np.float32([project(float(x), float(y)) for x, y in src])
    x0, y0 = dst.min(axis=0)
    dst -= (x0, y0)  # onto a canvas that holds the whole turned picture
    size = (int(np.ceil(dst[:, 0].max())), int(np.ceil(dst[:, 1].max())))
    homography = cv2.getPerspectiveTransform(src, dst)
    layer = cv2.warpPerspective(layer, homography, size, flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_REPLICATE)  # fmt: skip
    mask = cv2.warpPerspective(mask, homography, size, flags=cv2.INTER_LINEAR, borderValue=0.0)
    return layer, mask, (cx - float(x0), cy - float(y0))


def paste(base: Frame, layer: Frame, mask: np.ndarray, x0: int, y0: int) -> None:
    """Blend `layer` onto `base` at (x0, y0) (may hang over the edges) in place."""
    bh, bw = base.shape[:2]
    lh, lw = layer.shape[:2]
    bx0, by0, bx1, by1 = max(0, x0), max(0, y0), min(bw, x0 + lw), min(bh, y0 + lh)
    if bx0 >= bx1 or by0 >= by1:
        return
    lx0, ly0 = bx0 - x0, by0 - y0
    region = base[by0:by1, bx0:bx1].astype(np.float32)
    m = mask[ly0 : ly0 + by1 - by0, lx0 : lx0 + bx1 - bx0, None]
    src = layer[ly0 : ly0 + by1 - by0, lx0 : lx0 + bx1 - bx0].astype(np.float32)
    base[by0:by1, bx0:bx1] = (region * (1 - m) + src * m).astype(np.uint8)


FrameFn = Callable[[int, np.random.Generator], Frame]


def face_scene(case: FaceCase, width: int, height: int) -> FrameFn:
    """frame(i, rng) -> BGR: the portrait of `case`, swaying a little, in its light."""
    portrait = PORTRAITS.get(case.who, HARD_PORTRAIT if case.who == "camera" else None)
    if portrait is None:
        raise ValueError(case.who)
    base = backdrop(case.backdrop, width, height)
    layer, mask, (fcx, fcy) = person_layer(portrait, case.size * height, case.pose)
    if case.darkened:  # the stress variant: less light on the person, flatter contrast
        lum = layer.astype(np.float32)
        layer = np.clip(0.45 * (0.75 * lum + 0.25 * lum.mean()), 0, 255).astype(np.uint8)
    px, py = PLACES[case.place]
    return _moving(base, layer, mask, px * width - fcx, py * height - fcy, case.light, width)


def _moving(base: Frame, layer: Frame, mask: np.ndarray, ox: float, oy: float, light: str,
            width: int) -> Callable[[int, np.random.Generator], Frame]:  # fmt: skip
    def frame(i: int, rng: np.random.Generator) -> Frame:
        img = base.copy()
        sway = 3 * np.sin(i / 5) * width / 320  # a seated person is never quite still
        paste(img, layer, mask, round(ox + sway), round(oy + np.sin(i / 7) * width / 320))
        img = cv2.GaussianBlur(img, (0, 0), 0.6 * max(1.0, width / 640))  # lens softness
        img = _light(img, light)
        return noisy(img, rng, sd=4.0 if light == "dim" else 2.0)

    return frame


def empty_scene(kind: str, width: int, height: int, light: str = "normal"
                ) -> Callable[[int, np.random.Generator], Frame]:  # fmt: skip
    """A scene without a person: a backdrop (`room`, `garage`, `brick`) or one of
    FACELESS_PHOTOS filling the frame, with a little camera shake and noise."""
    base = backdrop(kind, width, height) if kind in BACKDROPS else _fill(
        load_photo(kind), width, height)  # fmt: skip

    def frame(i: int, rng: np.random.Generator) -> Frame:
        shift = np.float32([[1, 0, np.sin(i / 5)], [0, 1, np.cos(i / 6)]])
        img = cv2.warpAffine(base, shift, (width, height), borderMode=cv2.BORDER_REFLECT)
        img = cv2.GaussianBlur(img, (0, 0), 0.6 * max(1.0, width / 640))
        return noisy(_light(img, light), rng, sd=4.0 if light == "dim" else 2.0)

    return frame


def face_cases() -> Iterator[FaceCase]:
    """The grid the targets count: each portrait at every size in every light (centre,
    frontal), every place at 30 %, every pose at 20 % and 45 % and the widest turns at 12 % too
    (and in dim light), the garage and brick backdrops at 30 %."""
    for who in PORTRAITS:
        for size in SIZES:
            for light in LIGHTS:
                yield FaceCase(who, size, light=light)
        for place in PLACES:
            if place != "centre":
                yield FaceCase(who, 0.3, place)
        for size in (0.2, 0.45):
            for pose in POSES[1:]:
                yield FaceCase(who, size, pose=pose)
        for pose in ("yaw30", "yaw-30"):
            yield FaceCase(who, 0.12, pose=pose)
            yield FaceCase(who, 0.3, light="dim", pose=pose)
        for back in BACKDROPS[1:]:
            yield FaceCase(who, 0.3, backdrop=back)


def stress_cases() -> Iterator[FaceCase]:
    """The darkened-person stress variant (not a skin tone; see the module note): no target
    counts it."""
    for who in PORTRAITS:
        for size in (0.12, 0.3, 0.6):
            for light in ("normal", "dim"):
                yield FaceCase(who, size, light=light, darkened=True)


def faceless_scenes() -> Iterator[tuple[str, str]]:
    """(kind, light) of every scene without a person the targets count."""
    for kind in (*BACKDROPS, *FACELESS_PHOTOS):
        yield kind, "normal"
    for kind in BACKDROPS:
        yield kind, "dim"
        yield kind, "side"
