"""The system page that allows the camera or microphone, chosen per system and desktop (issue
17, item 6), and what the system's permission answer means. Plain data: nothing is opened.

The GNOME and KDE cases are real desktop files and plugin files in the test's own folders,
found by the same code that looks in /usr/share; the programs are files on a PATH of the test's
own (never started). The macOS permission mapping is tested with Qt's own enum values as data:
QCameraPermission cannot ask anything on this Linux machine, and AVFoundation does not exist."""

from __future__ import annotations

from pathlib import Path

import pytest

from preflight.privacy_settings import (
    AV_AUTHORIZED,
    AV_DENIED,
    AV_NOT_DETERMINED,
    AV_RESTRICTED,
    QT_DENIED,
    QT_GRANTED,
    QT_UNDETERMINED,
    SettingsPage,
    blocked_finding,
    current_desktop,
    page_for_finding,
    permission_option,
    permission_state,
    settings_page,
)


@pytest.mark.parametrize(("kind", "platform", "url"), [
    ("camera", "win32", "ms-settings:privacy-webcam"),
    ("microphone", "win32", "ms-settings:privacy-microphone"),
    ("camera", "darwin", "x-apple.systempreferences:com.apple.preference.security?Privacy_Camera"),
    ("microphone", "darwin",
     "x-apple.systempreferences:com.apple.preference.security?Privacy_Microphone"),
])
def test_windows_and_mac_pages(kind, platform, url):
    assert settings_page(kind, platform=platform) == SettingsPage(url=url)


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_speakers_have_no_page(platform, tmp_path):
    assert settings_page("speaker", platform=platform, desktop=["GNOME"],
                         which=lambda name: str(tmp_path / name), share_dirs=[tmp_path]) is None
    assert page_for_finding("speaker", "permission_denied", platform=platform) is None


def _installed(root: Path, *relative: str) -> None:
    for rel in relative:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("[Desktop Entry]\n")


def _programs(root: Path, *names: str):
    folder = root / "bin"
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text("")
    return lambda name: str(folder / name) if (folder / name).exists() else None


def test_gnome_40_to_45_has_camera_and_microphone_panels(tmp_path):
    share = tmp_path / "share"
    _installed(share, "applications/gnome-camera-panel.desktop",
               "applications/gnome-microphone-panel.desktop",
               "applications/gnome-privacy-panel.desktop")
    which = _programs(tmp_path, "gnome-control-center")
    gcc = which("gnome-control-center")
    for kind in ("camera", "microphone"):
        page = settings_page(kind, platform="linux", desktop=current_desktop(
            {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}), which=which, share_dirs=[share])
        assert page == SettingsPage(argv=(gcc, kind))


def test_gnome_46_and_later_open_the_privacy_panel(tmp_path):
    share = tmp_path / "share"
    _installed(share, "applications/gnome-privacy-panel.desktop")
    which = _programs(tmp_path, "gnome-control-center")
    page = settings_page("camera", platform="linux", desktop=["GNOME"], which=which,
                         share_dirs=[tmp_path / "empty", share])
    assert page == SettingsPage(argv=(which("gnome-control-center"), "privacy"))


def test_gnome_without_its_settings_or_panels_has_no_page(tmp_path):
    share = tmp_path / "share"
    _installed(share, "applications/gnome-camera-panel.desktop")
    assert settings_page("camera", platform="linux", desktop=["GNOME"],
                         which=_programs(tmp_path), share_dirs=[share]) is None
    assert settings_page("camera", platform="linux", desktop=["GNOME"],
                         which=_programs(tmp_path, "gnome-control-center"),
                         share_dirs=[tmp_path / "nothing"]) is None


def test_kde_plasma_opens_its_audio_module_for_the_microphone(tmp_path):
    plugins = tmp_path / "qt6" / "plugins"
    _installed(plugins, "plasma/kcms/systemsettings/kcm_pulseaudio.so")
    which = _programs(tmp_path, "systemsettings")
    page = settings_page("microphone", platform="linux", desktop=["KDE"], which=which,
                         share_dirs=[], plugin_dirs=[plugins])
    assert page == SettingsPage(argv=(which("systemsettings"), "kcm_pulseaudio"))
    # Plasma 5: the module as a desktop file, the program as systemsettings5.
    share = tmp_path / "share"
    _installed(share, "applications/kcm_pulseaudio.desktop")
    (tmp_path / "five").mkdir()
    which5 = _programs(tmp_path / "five", "systemsettings5")
    assert settings_page("microphone", platform="linux", desktop=["KDE"], which=which5,
                         share_dirs=[share], plugin_dirs=[]) == SettingsPage(
        argv=(which5("systemsettings5"), "kcm_pulseaudio"))
    # Plasma has no camera privacy page; without the module, no page either.
    assert settings_page("camera", platform="linux", desktop=["KDE"], which=which,
                         share_dirs=[share], plugin_dirs=[plugins]) is None
    assert settings_page("microphone", platform="linux", desktop=["KDE"], which=which,
                         share_dirs=[], plugin_dirs=[tmp_path / "none"]) is None


def test_other_desktops_have_no_page(tmp_path):
    which = _programs(tmp_path, "gnome-control-center", "systemsettings")
    for desktop in ([], ["XFCE"], ["LXQt"], ["sway"]):
        assert settings_page("camera", platform="linux", desktop=desktop, which=which,
                             share_dirs=[tmp_path]) is None


def test_the_page_is_offered_only_for_a_denied_permission():
    assert page_for_finding("camera", "permission_denied", platform="win32") == SettingsPage(
        url="ms-settings:privacy-webcam")
    for name in ("permission_restricted", "busy", "missing", "device_busy"):
        assert page_for_finding("camera", name, platform="win32") is None
        assert page_for_finding("microphone", name, platform="darwin") is None


def test_qt_permission_status_values_are_the_ones_mapped():
    """The constants are Qt's (PySide6's Qt.PermissionStatus), so the window's answer maps."""
    from PySide6.QtCore import Qt

    assert Qt.PermissionStatus.Undetermined.value == QT_UNDETERMINED
    assert Qt.PermissionStatus.Granted.value == QT_GRANTED
    assert Qt.PermissionStatus.Denied.value == QT_DENIED
    assert {s.value for s in Qt.PermissionStatus} == {QT_UNDETERMINED, QT_GRANTED, QT_DENIED}


@pytest.mark.parametrize(("qt", "native", "state"), [
    (QT_GRANTED, None, "granted"),
    (QT_GRANTED, AV_AUTHORIZED, "granted"),
    (QT_UNDETERMINED, AV_NOT_DETERMINED, "undetermined"),
    (QT_DENIED, AV_DENIED, "denied"),
    (QT_DENIED, AV_RESTRICTED, "restricted"),
    (QT_DENIED, None, "denied"),  # AVFoundation could not be asked: the person may fix it
    (7, None, "denied"),  # a status Qt may add: refused, as Qt's own converter does
])
def test_the_permission_answer_in_one_word(qt, native, state):
    assert permission_state(qt, native) == state


def test_the_window_s_answer_reaches_the_check_as_an_option():
    assert permission_option("camera") == "camera_permission"
    assert blocked_finding({"camera_permission": "denied"}, "camera") == "permission_denied"
    assert blocked_finding({"camera_permission": "restricted"}, "camera") == (
        "permission_restricted")
    assert blocked_finding({"camera_permission": "denied"}, "microphone") is None
    assert blocked_finding({}, "camera") is None
