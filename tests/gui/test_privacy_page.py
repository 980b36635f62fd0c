"""Permission fixed in one click, in the real window on Qt's offscreen platform (issue 17,
item 6).

The camera check really runs (the real registry and check) and reports
`camera.permission_denied` from the window's answer, as the window records it on macOS after
asking QCameraPermission (this Linux machine has no camera and cannot refuse one: the answer is
put in the session's options where the macOS gate puts it). The settings page is chosen by the
real code from a GNOME desktop set up in the test's own folders.

The one stand-in: `privacy_page.open_page`, which would start GNOME Settings or open an
ms-settings:/x-apple.systempreferences: URL. Nothing may really open a settings app here; the
stand-in records the page it was asked to open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from preflight.gui import privacy_page
from preflight.privacy_settings import SettingsPage

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def gnome(tmp_path, monkeypatch):
    """A GNOME 45 desktop: its Settings program on PATH and its camera/microphone panels."""
    bin_dir, share = tmp_path / "bin", tmp_path / "share"
    (share / "applications").mkdir(parents=True)
    bin_dir.mkdir()
    program = bin_dir / "gnome-control-center"
    program.write_text("#!/bin/sh\nexit 1\n")  # never started: open_page is the stand-in
    program.chmod(0o755)
    for panel in ("camera", "microphone", "privacy"):
        (share / "applications" / f"gnome-{panel}-panel.desktop").write_text("[Desktop Entry]\n")
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home-share"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(share))
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    return str(program)


@pytest.fixture
def opened(monkeypatch):
    pages: list[SettingsPage] = []

    def stand_in(page: SettingsPage) -> bool:
        pages.append(page)
        return True

    monkeypatch.setattr(privacy_page, "open_page", stand_in)
    return pages


def test_the_button_opens_the_page_and_the_check_runs_again_once(
        qtbot, no_thread_left, config, gnome, opened):
    from preflight.gui.main_window import MainWindow

    window = MainWindow(config, check_ids=["camera"])
    qtbot.addWidget(window)
    window.show()
    session, p = window.session, window.patient
    session.options["camera_permission"] = "denied"
    runs: list[str] = []
    session.started.connect(runs.append)
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in session.results, timeout=20_000)
    first = session.results["camera"]
    assert first.finding_ids == ("camera.permission_denied",), first
    step = p.steps[0]
    card, row = step.view.cards["camera"], step.privacy["camera"]
    assert card.summary.text() == "Your computer's privacy settings are blocking the camera."
    assert row.isVisible() and row.button.isVisible()  # on screen, below the advice
    assert row.button.text() == "Open camera settings"
    assert runs == ["camera"]

    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert opened == [SettingsPage(argv=(gnome, "camera"))]
    assert not session.is_running("camera")  # nothing yet: the person is in Settings

    # Back in the window: it becomes active again, and the check runs again by itself.
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    assert session.is_running("camera")
    qtbot.waitUntil(lambda: session.results.get("camera") not in (None, first), timeout=20_000)
    assert runs == ["camera", "camera"]
    # Once: the next activations (and the application's) start nothing.
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert not session.is_running("camera") and runs == ["camera", "camera"]
    assert row.isVisible()  # still refused: the button is offered again
    assert window.shutdown()


def test_the_application_becoming_active_also_counts_once(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    rechecked: list[str] = []
    returns = privacy_page.RecheckOnReturn(host, rechecked.append)
    app = QGuiApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert rechecked == []  # not armed: coming back means nothing
    returns.arm("microphone")
    returns.arm("microphone")
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert rechecked == []
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    QApplication.sendEvent(host, QEvent(QEvent.Type.WindowActivate))
    assert rechecked == ["microphone"]


def _result(check_id: str, name: str):
    from preflight.engine.registry import default_registry

    descriptor = default_registry().descriptor(check_id)
    return descriptor.result([descriptor.finding(name, what="Microphone")])


def test_no_button_without_a_page_or_a_denied_permission(qtbot, monkeypatch, gnome, opened):
    row = privacy_page.PrivacyRow("microphone")
    qtbot.addWidget(row)
    row.show_result(_result("microphone", "permission_denied"))
    assert not row.isHidden() and row.button.text() == "Open microphone settings"
    assert row.page == SettingsPage(argv=(gnome, "microphone"))
    for other in ("device_busy", "permission_restricted", "silent"):
        row.show_result(_result("microphone", other))
        assert row.isHidden(), other
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "XFCE")  # no settings page for this desktop
    row.show_result(_result("microphone", "permission_denied"))
    assert row.isHidden()
    speaker = privacy_page.PrivacyRow("speaker")
    qtbot.addWidget(speaker)
    speaker.show_result(_result("speaker", "permission_denied"))
    assert speaker.isHidden()
    assert opened == []


def test_a_page_that_does_not_open_says_so(qtbot, monkeypatch, gnome):
    monkeypatch.setattr(privacy_page, "open_page", lambda page: False)
    row = privacy_page.PrivacyRow("camera")
    qtbot.addWidget(row)
    row.show()
    armed: list[str] = []
    row.opened.connect(armed.append)
    row.show_result(_result("camera", "permission_denied"))
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert armed == []  # no re-check armed for a page that never opened
    assert row.problem.isVisible()
    assert row.problem.text() == "We could not open the settings. Please follow the steps above."


def test_the_mac_gate_asks_qt_and_goes_on(qtbot):
    """QCameraPermission answers Granted on Linux (no permission plugin): the gate goes on and
    clears an old refusal; the prompt and a refusal need macOS (the mapping is tested as data in
    tests/test_privacy_settings.py)."""
    options = {"camera_permission": "denied"}
    gate = privacy_page.PermissionGate(options, platform="darwin")
    went_on: list[bool] = []
    gate.ask("camera", lambda: went_on.append(True))
    assert went_on == [True] and options == {} and not gate.asking
    gate.ask("speaker", lambda: went_on.append(True))  # no permission for speakers
    assert went_on == [True, True]
