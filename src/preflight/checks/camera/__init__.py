"""Camera check (`camera`): open the camera the way the visit will, look at ~3 s of real frames
and say what to change.

One job per module:

- `descriptor`: what the check can find (findings with the patient's and the help desk's
  words), its support-code fields and its step in the window. Cheap: no OpenCV, no numpy.
- `settings`: the [camera] section, typed.
- `problems`: the check's results from findings, and the failures before a picture can be
  judged (no camera, busy, no frames) as `CameraProblem`.
- `analysis`: pure per-frame measurements (`FrameAnalyzer`) and the verdict (`assess`).
- `capture`: which camera to open (`resolve_camera`) and opening it (`open_capture`), the
  only calls that touch a device. Listing cameras is the system's job: preflight.devices_os.
- `source`: `FrameSource`, the capture thread the check and the window's live preview share.
- `check`: `CameraCheck`, run by the engine.

Importing this package loads only the descriptor (the registry reads `DESCRIPTOR`). The other
names that used to live in one `checks/camera.py` (`FrameSource`, `SHARED_PREVIEW_KEY`,
`list_cameras`, `resolve_camera`, `open_capture` ...) are still importable from here: they load
their module, and with it OpenCV's wrappers, on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from preflight.checks.camera.descriptor import CHECK_ID, DESCRIPTOR

if TYPE_CHECKING:
    from preflight.checks.camera.analysis import (
        FrameAnalyzer,
        FrameStats,
        analyse_frames,
        assess,
        measured_fps,
        ssim,
    )
    from preflight.checks.camera.capture import (
        VIDEO_FILE_NAME,
        CameraTarget,
        open_capture,
        resolve_camera,
    )
    from preflight.checks.camera.check import CameraCheck
    from preflight.checks.camera.problems import CameraProblem
    from preflight.checks.camera.settings import CameraSettings
    from preflight.checks.camera.source import SHARED_PREVIEW_KEY, FrameSource
    from preflight.devices_os import list_cameras, parse_system_profiler, parse_windows_names

# name -> the module that holds it, loaded on first use.
_LAZY = {
    **dict.fromkeys(
        ("FrameAnalyzer", "FrameStats", "analyse_frames", "assess", "measured_fps", "ssim"),
        "preflight.checks.camera.analysis",
    ),
    **dict.fromkeys(
        ("VIDEO_FILE_NAME", "CameraTarget", "open_capture", "resolve_camera"),
        "preflight.checks.camera.capture",
    ),
    "CameraCheck": "preflight.checks.camera.check",
    "CameraProblem": "preflight.checks.camera.problems",
    "CameraSettings": "preflight.checks.camera.settings",
    **dict.fromkeys(("SHARED_PREVIEW_KEY", "FrameSource"), "preflight.checks.camera.source"),
    **dict.fromkeys(
        ("list_cameras", "parse_system_profiler", "parse_windows_names"), "preflight.devices_os"
    ),
}

__all__ = [
    "CHECK_ID",
    "DESCRIPTOR",
    "SHARED_PREVIEW_KEY",
    "VIDEO_FILE_NAME",
    "CameraCheck",
    "CameraProblem",
    "CameraSettings",
    "CameraTarget",
    "FrameAnalyzer",
    "FrameSource",
    "FrameStats",
    "analyse_frames",
    "assess",
    "list_cameras",
    "measured_fps",
    "open_capture",
    "parse_system_profiler",
    "parse_windows_names",
    "resolve_camera",
    "ssim",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next look-up is an ordinary one
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
