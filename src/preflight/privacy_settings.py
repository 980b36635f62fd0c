"""Where this computer lets a person allow the camera or the microphone, and what the system
says about that permission (issue 17, item 6).

`settings_page(kind)` chooses the exact system page for a blocked camera or microphone: the
Windows Settings page (`ms-settings:` URIs), the macOS System Settings pane
(`x-apple.systempreferences:` URLs), GNOME Settings' camera/microphone panels or its privacy
panel, KDE System Settings' audio module. It is plain data chosen per operating system and
desktop, with the installed panels found on disk (nothing is started here): the window opens
the page (QDesktopServices / QProcess), and offers no button where no page exists.

`permission_state` maps what the system answered about the permission to one word. Qt's
QCameraPermission / QMicrophonePermission answer only Undetermined / Granted / Denied: Qt folds
AVFoundation's "restricted" (Screen Time, parental controls, a device-management profile) into
Denied (qtbase src/corelib/platform/darwin/qdarwinpermissionplugin_p_p.h,
nativeStatusToQtStatus). The person can turn a denied permission on, not a restricted one, so
on macOS `av_authorization_status` asks AVFoundation itself to tell the two apart.

No Qt here (the engine's rule): the window imports this.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

CAMERA, MICROPHONE = "camera", "microphone"
# The check whose device each page is for.
KIND_OF_CHECK = {"camera": CAMERA, "microphone": MICROPHONE}
# The findings that mean "this computer's settings do not let Preflight use the device"; the
# window offers the settings page for the first one only (a restricted permission cannot be
# changed there by the person).
DENIED = "permission_denied"
RESTRICTED = "permission_restricted"

# Windows 10/11 Settings URIs ("Launch the Windows Settings app", Microsoft Learn: ms-settings:
# privacy-webcam / privacy-microphone).
WINDOWS_PAGES = {CAMERA: "ms-settings:privacy-webcam", MICROPHONE: "ms-settings:privacy-microphone"}
# macOS System Settings (and System Preferences before macOS 13) privacy panes.
MAC_PAGES = {
    CAMERA: "x-apple.systempreferences:com.apple.preference.security?Privacy_Camera",
    MICROPHONE: "x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone",
}
# GNOME Settings installs one desktop file per panel (gnome-control-center
# panels/<panel>/gnome-<panel>-panel.desktop, Exec=gnome-control-center <panel>): GNOME 40-45
# have the `camera` and `microphone` panels; GNOME 46 and later moved them into the `privacy`
# panel's pages.
GNOME_PANELS = {CAMERA: ("camera", "privacy"), MICROPHONE: ("microphone", "privacy")}
GNOME_DESKTOPS = frozenset({"gnome", "unity", "ubuntu", "pop", "budgie"})
# KDE Plasma: the audio module (kcm_pulseaudio, plasma-pa) chooses and enables microphones;
# Plasma has no camera privacy page. Plasma 6 installs modules as plugins under
# <qt plugins>/plasma/kcms/systemsettings/, Plasma 5 also as <data>/applications/*.desktop.
KDE_MODULES: dict[str, str] = {MICROPHONE: "kcm_pulseaudio"}
KDE_PROGRAMS = ("systemsettings", "systemsettings5")
QT_PLUGIN_DIRS = (
    "/usr/lib/qt6/plugins", "/usr/lib64/qt6/plugins", "/usr/lib/x86_64-linux-gnu/qt6/plugins",
    "/usr/lib/aarch64-linux-gnu/qt6/plugins", "/usr/lib/qt/plugins", "/usr/lib64/qt5/plugins",
    "/usr/lib/x86_64-linux-gnu/qt5/plugins", "/usr/lib/aarch64-linux-gnu/qt5/plugins",
)  # fmt: skip


@dataclass(frozen=True)
class SettingsPage:
    """A system settings page: a URL to open (`url`), or a program to start (`argv`)."""

    url: str = ""
    argv: tuple[str, ...] = ()


def current_desktop(environ: dict[str, str] | None = None) -> tuple[str, ...]:
    """The desktops XDG_CURRENT_DESKTOP names ("ubuntu:GNOME" -> ("ubuntu", "gnome"))."""
    env = os.environ if environ is None else environ
    raw = env.get("XDG_CURRENT_DESKTOP", "") or env.get("DESKTOP_SESSION", "")
    return tuple(part.strip().casefold() for part in raw.split(":") if part.strip())


def data_dirs(environ: dict[str, str] | None = None) -> list[Path]:
    """The XDG data directories (user's first), where desktop files are installed."""
    env = os.environ if environ is None else environ
    home = env.get("XDG_DATA_HOME") or os.path.join(env.get("HOME", "~"), ".local", "share")
    rest = env.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(home), *(Path(d) for d in rest.split(":") if d)]


def settings_page(
    kind: str,
    *,
    platform: str = sys.platform,
    desktop: Sequence[str] | None = None,
    which: Callable[[str], str | None] = shutil.which,
    share_dirs: Sequence[Path] | None = None,
    plugin_dirs: Sequence[str | Path] = QT_PLUGIN_DIRS,
) -> SettingsPage | None:
    """The page where `kind` ("camera" or "microphone") is allowed on this computer, or None
    when this system has none (the window then shows no button)."""
    if platform == "win32":
        url = WINDOWS_PAGES.get(kind)
        return SettingsPage(url=url) if url else None
    if platform == "darwin":
        url = MAC_PAGES.get(kind)
        return SettingsPage(url=url) if url else None
    if not platform.startswith("linux") and "bsd" not in platform:
        return None
    desktops = current_desktop() if desktop is None else tuple(d.casefold() for d in desktop)
    dirs = data_dirs() if share_dirs is None else list(share_dirs)
    if "kde" in desktops:
        return _kde_page(kind, which, dirs, plugin_dirs)
    if GNOME_DESKTOPS & set(desktops):
        return _gnome_page(kind, which, dirs)
    return None


def _gnome_page(kind: str, which: Callable[[str], str | None],
                dirs: Sequence[Path]) -> SettingsPage | None:
    program = which("gnome-control-center")
    if program is None:
        return None
    for panel in GNOME_PANELS.get(kind, ()):
        if any((d / "applications" / f"gnome-{panel}-panel.desktop").is_file() for d in dirs):
            return SettingsPage(argv=(program, panel))
    return None


def _kde_page(kind: str, which: Callable[[str], str | None], dirs: Sequence[Path],
              plugin_dirs: Sequence[str | Path]) -> SettingsPage | None:
    module = KDE_MODULES.get(kind)
    if module is None:
        return None
    program = next((p for p in map(which, KDE_PROGRAMS) if p), None)
    if program is None:
        return None
    installed = any(
        (Path(p) / "plasma" / "kcms" / "systemsettings" / f"{module}.so").is_file()
        for p in plugin_dirs
    ) or any((d / "applications" / f"{module}.desktop").is_file() for d in dirs)
    return SettingsPage(argv=(program, module)) if installed else None


def page_for_finding(check_id: str, finding_name: str, **kwargs: object) -> SettingsPage | None:
    """The page to offer for a check's finding: only for `permission_denied` of the camera or
    the microphone (speakers have no permission page; a restricted permission cannot be
    changed by the person)."""
    kind = KIND_OF_CHECK.get(check_id)
    if kind is None or finding_name != DENIED:
        return None
    return settings_page(kind, **kwargs)  # type: ignore[arg-type]


# -- what the system answered ------------------------------------------------------------------

# Qt::PermissionStatus (qnamespace.h, Qt 6.5+): the values QCoreApplication.checkPermission
# returns, as PySide6's Qt.PermissionStatus enum values.
QT_UNDETERMINED, QT_GRANTED, QT_DENIED = 0, 1, 2
# AVAuthorizationStatus (AVFoundation, AVCaptureDevice.h).
AV_NOT_DETERMINED, AV_RESTRICTED, AV_DENIED, AV_AUTHORIZED = 0, 1, 2, 3

GRANTED, UNDETERMINED = "granted", "undetermined"
STATE_DENIED, STATE_RESTRICTED = "denied", "restricted"
# The finding each blocked state is told as.
FINDING_OF_STATE = {STATE_DENIED: DENIED, STATE_RESTRICTED: RESTRICTED}


def permission_state(qt_status: int, native_status: int | None = None) -> str:
    """"granted", "undetermined", "denied" or "restricted" from Qt's answer and, when known,
    AVFoundation's own (which alone tells "restricted" from "denied")."""
    if qt_status == QT_GRANTED:
        return GRANTED
    if qt_status == QT_UNDETERMINED:
        return UNDETERMINED
    # Qt said Denied (or a value Qt may add later: treated as denied, as Qt itself does).
    return STATE_RESTRICTED if native_status == AV_RESTRICTED else STATE_DENIED


def permission_option(check_id: str) -> str:
    """The check option through which the window passes what the system answered (macOS):
    "denied" or "restricted". The check then reports it without opening the device."""
    return f"{check_id}_permission"


def blocked_finding(options: dict[str, object] | object, check_id: str) -> str | None:
    """The permission finding the window's answer stands for, or None (not blocked, or not
    asked: the CLI never asks)."""
    get = getattr(options, "get", None)
    state = get(permission_option(check_id)) if callable(get) else None
    return FINDING_OF_STATE.get(str(state)) if state else None


def av_authorization_status(kind: str) -> int | None:
    """AVFoundation's authorization status for `kind` (macOS only; None elsewhere or when it
    cannot be asked).

    Hand-written with ctypes rather than PyObjC: one class method on one class does not justify
    a dependency of that size. `[AVCaptureDevice authorizationStatusForMediaType:]` is called
    through objc_msgSend with its exact prototype (required on Apple silicon). Cannot run on
    this Linux build machine; a failure only loses the "restricted" distinction."""
    if sys.platform != "darwin":
        return None
    try:
        import ctypes
        import ctypes.util

        objc_path = ctypes.util.find_library("objc")
        if objc_path is None:
            return None
        objc = ctypes.cdll.LoadLibrary(objc_path)
        av = ctypes.cdll.LoadLibrary(
            "/System/Library/Frameworks/AVFoundation.framework/AVFoundation")
        objc.objc_getClass.restype = ctypes.c_void_p
        objc.objc_getClass.argtypes = [ctypes.c_char_p]
        objc.sel_registerName.restype = ctypes.c_void_p
        objc.sel_registerName.argtypes = [ctypes.c_char_p]
        media = ctypes.c_void_p.in_dll(
            av, "AVMediaTypeVideo" if kind == CAMERA else "AVMediaTypeAudio")
        send = ctypes.CFUNCTYPE(ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p,
                                ctypes.c_void_p)(("objc_msgSend", objc))
        status = send(objc.objc_getClass(b"AVCaptureDevice"),
                      objc.sel_registerName(b"authorizationStatusForMediaType:"), media)
        return int(status)
    except Exception:  # a diagnosis aid: never a crash
        logger.warning("could not ask AVFoundation for the %s permission", kind, exc_info=True)
        return None
