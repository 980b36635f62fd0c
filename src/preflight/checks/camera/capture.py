"""Opening a camera the way the visit will: OpenCV's VideoCapture on a camera index, a camera
name, or a video file (the same code path: that is how tests and the help desk replay a
recorded problem).

This is the camera's hardware seam: `resolve_camera` and `open_capture` are the only calls that
touch a device (tests put a stand-in driver here, for what no camera exists to show). A
failure before any picture arrives is raised as a CameraProblem with its finding.

Privacy: for a video file the target's name (the `device` metric) is "video file", never the
path (it may contain a user name).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from preflight import devices_os
from preflight.checks.camera.problems import blocked, busy, file_missing, missing, no_frames
from preflight.checks.camera.settings import CameraSettings, as_settings

logger = logging.getLogger(__name__)

VIDEO_FILE_NAME = "video file"
VIDEO_SUFFIXES = (".avi", ".mp4", ".mov", ".mkv", ".webm")

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

    Raises CameraProblem (`camera.missing`, `camera.not_found`, `camera.file_not_found`) when
    nothing matches.
    """
    if isinstance(spec, str):
        spec = spec.strip()
    if spec is None or spec == "":
        cams = devices_os.list_cameras(names)
        if not cams:
            raise missing()
        cam = next((c for c in cams if c["default"]), cams[0])
        return _index_target(int(cam["index"]), cams)
    if isinstance(spec, int) or spec.isdigit():
        return _index_target(int(spec), devices_os.list_cameras(names))
    if os.path.isfile(spec):
        return CameraTarget(VIDEO_FILE_NAME, path=spec)
    if (
        os.sep in spec
        or (os.altsep and os.altsep in spec)
        or Path(spec).suffix.lower() in VIDEO_SUFFIXES
    ):
        raise file_missing(VIDEO_FILE_NAME)
    wanted = spec.casefold()
    for cam in devices_os.list_cameras(names):
        if wanted in str(cam["name"]).casefold():
            return CameraTarget(str(cam["name"]), index=int(cam["index"]))
    raise missing(looked_for=spec)


def _index_target(index: int, cams: list[dict[str, Any]]) -> CameraTarget:
    known = {int(c["index"]): str(c["name"]) for c in cams}
    if sys.platform.startswith("linux"):
        # Linux tells us for sure: no device node means no camera (fails in milliseconds,
        # without OpenCV's warnings about a missing /dev/video device).
        if index not in known and not Path(f"/dev/video{index}").exists():
            raise missing()
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
    s = as_settings(cfg)
    if target.is_file:
        cap = cv2.VideoCapture(str(target.path), cv2.CAP_FFMPEG)
        if not cap.isOpened():
            cap.release()
            raise no_frames(target.name, is_file=True)
        return cap
    for backend in _camera_backends():
        cap = cv2.VideoCapture(int(target.index or 0), backend)
        if cap.isOpened():
            # MJPG is what video-call apps ask for: over USB 2 most webcams deliver 720p at
            # 30 fps only compressed, and would otherwise drop to 5-10 fps (a false "choppy").
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, s.request_width)
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, s.request_height)
            return cap
        cap.release()
    # Windows/macOS cannot tell "no such camera" from "busy" when opening; the system's list can.
    if not target.listed:
        raise missing()
    index = int(target.index or 0)
    if access_denied(index):
        raise blocked(target.name)
    program, certain = holder(index)
    raise busy(target.name, program if certain else "", possible="" if certain else program)


def holder(index: int) -> tuple[str, bool]:
    """The program holding camera `index` open, for the busy advice, and whether the system
    said so (Linux /proc, Windows' consent store) or it is only a running call app that may
    (macOS). ("", True) when unknown: the advice lines that name one are then left out. Never
    raises."""
    try:
        programs, certain = devices_os.camera_holders_certain(index)
    except Exception:  # a diagnosis aid must not turn "busy" into a crash
        logger.warning("could not tell which program holds the camera", exc_info=True)
        return "", True
    return (programs[0] if programs else ""), certain


def access_denied(index: int) -> bool:
    """The system refuses the camera to this user (see devices_os.camera_access_denied)."""
    try:
        return devices_os.camera_access_denied(index)
    except Exception:  # a diagnosis aid must not turn "busy" into a crash
        logger.warning("could not tell whether the camera is blocked", exc_info=True)
        return False




def set_fallback_size(cap: Any, s: CameraSettings) -> None:
    """Ask an opened camera for the smaller fallback size (it accepted 720p but sends nothing)."""
    import cv2

    cap.set(cv2.CAP_PROP_FRAME_WIDTH, s.fallback_width)
    cap.set(cv2.CAP_PROP_FRAME_HEIGHT, s.fallback_height)
