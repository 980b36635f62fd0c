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
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
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
# Process names (as the kernel shows them, at most 15 characters), the sound server's
# application names and Windows' program file names -> the name patients know; looked up
# case-blind. The one table for the camera and the microphone. Anything not listed is shown as
# the system names it.
PROGRAM_NAMES = {
    "zoom": "Zoom",
    "zoom.real": "Zoom",
    "zoom voiceengine": "Zoom",  # the sound server's application name for Zoom's audio
    "zoomwebviewhos": "Zoom",
    "teams": "Microsoft Teams",
    "teams-for-linu": "Microsoft Teams",
    "teams-for-linux": "Microsoft Teams",  # i18n: ignore (a product's name)
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
    "chromium-browser": "Chromium",
    "audacity": "Audacity",
    "msedge": "Microsoft Edge",
    "brave": "Brave",
    "opera": "Opera",
    "obs": "OBS Studio",
    "obs64": "OBS Studio",
    "ms-teams": "Microsoft Teams",
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
    device: Callable[[str], bool], *, proc: Path = PROC, skip_pids: Sequence[int] = (),
    skip_names: Collection[str] = (),
) -> list[str]:
    """Names of the programs that have a file open whose path `device(path)` accepts (Linux:
    each process's /proc/PID/fd links), friendliest first, each once; [] elsewhere.

    Only program names: never window titles, command lines or files beyond the match. Our own
    process is skipped, and so are processes whose kernel name is in `skip_names` (the sound
    servers, which hold the sound card on everyone's behalf). Processes of other users cannot
    be read without privileges (PermissionError): they are skipped silently, so the answer may
    be incomplete, never wrong. Cost: one readlink per open file of every readable process (a
    few ms).
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
                if name and name not in skip_names:
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


# -- which program holds a device (Windows): the privacy "capability access" records ----------

# Windows 10 1903+ records, per user, each app's last use of the camera and the microphone:
# HKCU\<CONSENT_STORE>\<capability>\<package family name> for packaged (Store) apps and
# ...\NonPackaged\<exe path with "\" written "#"> for desktop programs, each with the FILETIMEs
# LastUsedTimeStart and LastUsedTimeStop. Stop == 0 with Start != 0: in use now. The
# capability key's and NonPackaged key's `Value` ("Allow"/"Deny") is the privacy switch.
CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"
CAPABILITY_OF_KIND = {"camera": "webcam", "microphone": "microphone"}
NON_PACKAGED = "NonPackaged"
# Packaged apps by their package name (the family name before "_"), as patients know them.
PACKAGED_NAMES = {
    "msteams": "Microsoft Teams",
    "microsoftteams": "Microsoft Teams",
    "microsoft.windowscamera": "Camera",
    "microsoft.skypeapp": "Skype",
    "microsoft.windowscommunicationsapps": "Mail and Calendar",
    "microsoft.windowssoundrecorder": "Sound Recorder",
    "5319275a.whatsappdesktop": "WhatsApp",
    "facebook.messenger": "Messenger",
    "microsoft.microsoftedge": "Microsoft Edge",
}


@dataclass(frozen=True)
class ConsentRecord:
    """One key of a capability's consent store, as the reader returns it: `app` is the key's
    name ("" for the capability key itself), `non_packaged` whether it is under NonPackaged
    (for the NonPackaged key itself, app is "" and non_packaged True); `values` its values
    (LastUsedTimeStart/Stop as ints, Value as a string)."""

    app: str
    non_packaged: bool
    values: Mapping[str, Any]

    @property
    def in_use(self) -> bool:
        start, stop = self.values.get("LastUsedTimeStart"), self.values.get("LastUsedTimeStop")
        return bool(self.app) and _as_int(start) not in (None, 0) and _as_int(stop) == 0


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, (bytes, bytearray)) and len(value) == 8:  # REG_BINARY FILETIME
        return int.from_bytes(value, "little")
    if isinstance(value, str):
        try:
            return int(value, 0)
        except ValueError:
            return None
    return None


def executable_name(app: str) -> str:
    """The file name of a NonPackaged key ("C:#Program Files#Zoom#bin#Zoom.exe" -> "Zoom.exe"):
    the folders (which may hold the user's name) are dropped here."""
    return app.replace("\\", "#").replace("/", "#").rsplit("#", 1)[-1]


def app_name(record: ConsentRecord) -> str:
    """The name a patient knows for a consent record's app: "Zoom", "Microsoft Teams"."""
    if record.non_packaged:
        exe = executable_name(record.app)
        stem = exe[:-4] if exe.casefold().endswith(".exe") else exe
        return PROGRAM_NAMES.get(stem.casefold(), stem)
    package = record.app.split("_", 1)[0].split("!", 1)[0]
    known = PACKAGED_NAMES.get(package.casefold())
    if known:
        return known
    return package.rsplit(".", 1)[-1]  # "Contoso.VideoVisit" -> "VideoVisit"


def programs_in_use(records: Sequence[ConsentRecord],
                    running: Collection[str] | None = None) -> list[str]:
    """Names of the apps whose last use of the capability has not ended, friendliest first.

    `running`: the executable names of the running processes (case-insensitive). A desktop
    program that crashed mid-call leaves LastUsedTimeStop at 0 for ever; with `running` given,
    such a record only counts while its executable still runs. Packaged apps are counted as
    recorded (their broker ends the record when the app is suspended or closed)."""
    alive = None if running is None else {name.casefold() for name in running}
    found: dict[str, None] = {}
    for record in records:
        if not record.in_use:
            continue
        if record.non_packaged and alive is not None and (
                executable_name(record.app).casefold() not in alive):
            continue
        found[app_name(record)] = None
    known = set(PROGRAM_NAMES.values()) | set(PACKAGED_NAMES.values())
    return sorted(found, key=lambda n: (n not in known, n.casefold()))


def consent_denied(records: Sequence[ConsentRecord]) -> bool:
    """The privacy switch is off for desktop programs: the capability's own `Value` or its
    NonPackaged key's is "Deny" (Settings > Privacy & security > Camera / Microphone)."""
    return any(
        not r.app and str(r.values.get("Value", "")).casefold() == "deny" for r in records
    )


def parse_reg_query(text: str, capability: str) -> list[ConsentRecord]:
    """Records from `reg query HKCU\\...\\ConsentStore\\<capability> /s` output (the format a
    help-desk agent can paste): key lines, then "    Name    REG_TYPE    data" lines."""
    records: list[ConsentRecord] = []
    key: tuple[str, bool] | None = None
    values: dict[str, Any] = {}
    marker = f"\\consentstore\\{capability.casefold()}"

    def flush() -> None:
        if key is not None:
            records.append(ConsentRecord(key[0], key[1], dict(values)))

    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            flush()
            values = {}
            lowered = line.strip().casefold()
            if not lowered.startswith("hk"):  # not a key line (reg's own messages)
                key = None
                continue
            at = lowered.find(marker)
            if at < 0:
                key = None
                continue
            rest = line.strip()[at + len(marker):].lstrip("\\")
            if rest.casefold().startswith(NON_PACKAGED.casefold()):
                key = (rest[len(NON_PACKAGED):].lstrip("\\"), True)
            else:
                key = (rest, False)
            continue
        parts = line.strip().split(None, 2)
        if key is None or len(parts) < 2:
            continue
        name, kind = parts[0], parts[1]
        data = parts[2] if len(parts) > 2 else ""
        values[name] = _as_int(data) if kind in ("REG_QWORD", "REG_DWORD") else data
    flush()
    return records


def read_consent_store(capability: str) -> list[ConsentRecord]:  # pragma: no cover - Windows
    """The records of HKCU\\...\\ConsentStore\\<capability> read with winreg (Windows only;
    [] elsewhere or when the key is absent). Only this user's hive: HKLM needs no reading for
    the current user's programs."""
    if sys.platform != "win32":
        return []
    import winreg

    def values_of(key: Any) -> dict[str, Any]:
        found: dict[str, Any] = {}
        index = 0
        while True:
            try:
                name, data, _kind = winreg.EnumValue(key, index)
            except OSError:
                return found
            found[name] = data
            index += 1

    def subkeys(key: Any) -> list[str]:
        names: list[str] = []
        index = 0
        while True:
            try:
                names.append(winreg.EnumKey(key, index))
            except OSError:
                return names
            index += 1

    records: list[ConsentRecord] = []
    try:
        root = winreg.OpenKey(winreg.HKEY_CURRENT_USER, f"{CONSENT_STORE}\\{capability}")
    except OSError:
        return records
    with root:
        records.append(ConsentRecord("", False, values_of(root)))
        for name in subkeys(root):
            try:
                with winreg.OpenKey(root, name) as sub:
                    if name == NON_PACKAGED:
                        records.append(ConsentRecord("", True, values_of(sub)))
                        for app in subkeys(sub):
                            with winreg.OpenKey(sub, app) as key:
                                records.append(ConsentRecord(app, True, values_of(key)))
                    else:
                        records.append(ConsentRecord(name, False, values_of(sub)))
            except OSError:
                continue
    return records


def running_process_names() -> set[str] | None:
    """The names of the running processes (psutil; names only), or None if unreadable."""
    try:
        import psutil

        names: set[str] = set()
        for proc in psutil.process_iter(["name"]):
            name = proc.info.get("name")
            if name:
                names.add(str(name))
        return names
    except Exception:
        logger.warning("could not list the running programs", exc_info=True)
        return None


def windows_holders(kind: str) -> list[str]:
    """Programs using the camera or microphone now, from the consent store (Windows; [])."""
    if sys.platform != "win32":
        return []
    records = read_consent_store(CAPABILITY_OF_KIND[kind])
    return programs_in_use(records, running_process_names())


def windows_denied(kind: str) -> bool:
    """The Windows privacy switch for `kind` is off for desktop programs (False elsewhere)."""
    if sys.platform != "win32":
        return False
    return consent_denied(read_consent_store(CAPABILITY_OF_KIND[kind]))


# -- which program may hold a device (macOS): running video-call apps --------------------------

# macOS does not tell other programs which app holds the camera or microphone. The apps that
# commonly do, by the process names macOS shows (psutil's name()), as patients know them.
CALL_APPS = {
    "zoom.us": "Zoom",
    "microsoft teams": "Microsoft Teams",
    "msteams": "Microsoft Teams",
    "microsoft teams (work or school)": "Microsoft Teams",
    "facetime": "FaceTime",
    "webex": "Webex",
    "cisco webex meetings": "Webex",
    "skype": "Skype",
    "slack": "Slack",
    "discord": "Discord",
    "whatsapp": "WhatsApp",
    "google chrome": "Google Chrome",
    "firefox": "Firefox",
    "safari": "Safari",
    "microsoft edge": "Microsoft Edge",
    "photo booth": "Photo Booth",
    "obs": "OBS Studio",
}


def call_apps(process_names: Collection[str]) -> list[str]:
    """The video-call apps (and browsers) among `process_names`, call apps before browsers,
    each once. Names only: never window titles (which would say who the call is with)."""
    browsers = {"Google Chrome", "Firefox", "Safari", "Microsoft Edge"}
    found = {CALL_APPS[n.strip().casefold()] for n in process_names
             if n.strip().casefold() in CALL_APPS}
    return sorted(found, key=lambda n: (n in browsers, n.casefold()))


def possible_holders() -> list[str]:
    """On macOS, the running apps that may be holding the camera or microphone ([] elsewhere:
    there the holder is known, or nothing is said)."""
    if sys.platform != "darwin":
        return []
    names = running_process_names()
    return call_apps(names) if names else []


def camera_holders_certain(index: int) -> tuple[list[str], bool]:
    """(programs, certain): who holds camera `index`. Linux (/proc) and Windows (the consent
    store) know; macOS only names running call apps that may (certain False)."""
    if sys.platform == "win32":
        return windows_holders("camera"), True
    if sys.platform == "darwin":
        return possible_holders(), False
    return camera_holders(index), True


def camera_access_denied(index: int) -> bool:
    """The system refuses the camera to this user: Linux, the device node exists but this user
    may not open it (not in the `video` group); Windows, the privacy switch is off."""
    if sys.platform == "win32":
        return windows_denied("camera")
    if sys.platform.startswith("linux"):
        node = f"/dev/video{index}"
        return os.path.exists(node) and not os.access(node, os.R_OK | os.W_OK)
    return False
