"""What the operating system says about the computer's cameras, without opening one.

One module for the per-OS listing: Linux reads sysfs (`/sys/class/video4linux`), macOS asks
`system_profiler`, Windows asks PowerShell for the Camera and Image device classes. Names and
OpenCV indices only: no device ids or serial numbers (privacy). Opening a camera just to list
it would light its LED and may raise a permission prompt, so nothing here opens one.

Microphones and speakers are listed by PortAudio (preflight.checks.audio.devices), which
already asks each system in its own way; `preflight.devices` joins both lists.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

SYSFS_V4L = Path("/sys/class/video4linux")
# Seconds the system may take to name its cameras (system_profiler can take 1-2 s cold).
SYSTEM_QUERY_TIMEOUT_S = 5.0


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


# The system's own list of cameras, by platform: the command and the parser of its output.
# PowerShell's query reads the names of the Camera and Image device classes, nothing else.
_WINDOWS_QUERY = [
    "powershell", "-NoProfile", "-NonInteractive", "-Command",
    "Get-CimInstance Win32_PnPEntity | Where-Object { $_.PNPClass -in 'Camera','Image' "
    "-and $_.Status -eq 'OK' } | ForEach-Object { $_.Name }",
]  # fmt: skip
_SYSTEM_QUERIES: dict[str, tuple[list[str], Callable[[str], list[str]]]] = {
    "darwin": (["system_profiler", "SPCameraDataType", "-json"], parse_system_profiler),
    "win32": (_WINDOWS_QUERY, parse_windows_names),
}


def _system_camera_names() -> list[str] | None:
    """Names from the operating system (None when it cannot be asked). Only names are read:
    no device ids or serial numbers (privacy)."""
    import subprocess

    query = _SYSTEM_QUERIES.get(sys.platform)
    if query is None:
        return None
    cmd, parse = query
    try:
        out = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            timeout=SYSTEM_QUERY_TIMEOUT_S,
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


# -- which program holds a device (Linux) -----------------------------------------------------

PROC = Path("/proc")
# Process names (as the kernel shows them, at most 15 characters) -> the name patients know.
# Anything not listed is shown as the system names it.
PROGRAM_NAMES = {
    "zoom": "Zoom",
    "zoom.real": "Zoom",
    "zoomwebviewhos": "Zoom",
    "teams": "Microsoft Teams",
    "teams-for-linu": "Microsoft Teams",
    "skypeforlinux": "Skype",
    "skype": "Skype",
    "webex": "Webex",
    "slack": "Slack",
    "discord": "Discord",
    "firefox": "Firefox",
    "firefox-bin": "Firefox",
    "firefox-esr": "Firefox",
    "chrome": "Google Chrome",
    "google-chrome": "Google Chrome",
    "chromium": "Chromium",
    "chromium-browse": "Chromium",
    "msedge": "Microsoft Edge",
    "brave": "Brave",
    "opera": "Opera",
    "obs": "OBS Studio",
    "cheese": "Cheese",
    "snapshot": "Camera",
    "guvcview": "guvcview",
    "vlc": "VLC",
    "signal-desktop": "Signal",
    "telegram-deskto": "Telegram",
}


def friendly_program(name: str) -> str:
    """The name a patient knows for a process name ("zoom" -> "Zoom")."""
    return PROGRAM_NAMES.get(name.strip().casefold(), name.strip())


def programs_holding(
    device: Callable[[str], bool], *, proc: Path = PROC, skip_pids: Sequence[int] = ()
) -> list[str]:
    """Names of the programs that have a file open whose path `device(path)` accepts (Linux:
    each process's /proc/PID/fd links), friendliest first, each once; [] elsewhere.

    Only program names: never window titles, command lines or files beyond the match. Our own
    process is skipped. Processes of other users cannot be read without privileges
    (PermissionError): they are skipped silently, so the answer may be incomplete, never
    wrong. Cost: one readlink per open file of every readable process (a few ms).
    """
    skip = {os.getpid(), *skip_pids}
    try:
        entries = list(os.scandir(proc))
    except OSError:
        return []
    found: dict[str, None] = {}
    for entry in entries:
        if not entry.name.isdigit() or int(entry.name) in skip:
            continue
        try:
            fds = list(os.scandir(os.path.join(entry.path, "fd")))
        except OSError:  # gone, or another user's
            continue
        for fd in fds:
            try:
                target = os.readlink(fd.path)
            except OSError:
                continue
            if device(target):
                # The kernel's process name (/proc/PID/comm, as psutil's name() starts from),
                # read directly: psutil completes a 15-character name from the command line,
                # which we never read.
                try:
                    name = Path(entry.path, "comm").read_text(errors="replace").strip()
                except OSError:
                    name = ""
                if name:
                    found[friendly_program(name)] = None
                break
    known = set(PROGRAM_NAMES.values())
    return sorted(found, key=lambda n: (n not in known, n.casefold()))


def camera_holders(index: int, *, proc: Path = PROC) -> list[str]:
    """Programs holding camera `index` open (Linux: /dev/videoN), friendliest first; [] when
    none is found or the system cannot tell (Windows, macOS: not from here)."""
    if not sys.platform.startswith("linux"):
        return []
    node = f"/dev/video{index}"
    return programs_holding(lambda path: path == node, proc=proc)
