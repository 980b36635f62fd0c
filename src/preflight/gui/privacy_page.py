"""Permission fixed in one click (issue 17, item 6).

When the camera or the microphone check says the computer's privacy settings block the device
(`<check>.permission_denied`), its result card shows "Open camera settings": the button opens
the exact system page `preflight.privacy_settings` chooses for this computer (none: no
button), and the check runs again by itself the next time the window becomes active, once:
the person switches the setting on and comes back.

On macOS the window also asks Qt (QCameraPermission / QMicrophonePermission) before a device is
opened: the system's own prompt the first time, and afterwards its answer, "denied" or
"restricted", reaches the check as an option, which reports it in precise words without
opening the device (`preflight.privacy_settings.permission_option`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from preflight.engine.result import CheckResult
from preflight.gui.widgets import label
from preflight.privacy_settings import (
    GRANTED,
    KIND_OF_CHECK,
    UNDETERMINED,
    SettingsPage,
    av_authorization_status,
    page_for_finding,
    permission_option,
    permission_state,
)

logger = logging.getLogger(__name__)


def open_page(page: SettingsPage) -> bool:
    """Open a system settings page: a URL through the desktop (ms-settings:, x-apple.
    systempreferences:), or a settings program started on its own (GNOME, KDE). True when the
    system accepted it. The tests replace this one function: nothing may open here."""
    if page.url:
        return bool(QDesktopServices.openUrl(QUrl(page.url)))
    if page.argv:
        ok, _pid = _start_detached(page.argv)
        return ok
    return False


def _start_detached(argv: tuple[str, ...]) -> tuple[bool, int]:
    from PySide6.QtCore import QProcess

    result: Any = QProcess.startDetached(argv[0], list(argv[1:]))
    if isinstance(result, tuple):  # PySide6 returns (ok, pid)
        return bool(result[0]), int(result[1] or 0)
    return bool(result), 0


def page_of(check_id: str, result: CheckResult | None) -> SettingsPage | None:
    """The settings page a result calls for (its permission_denied finding), or None."""
    if result is None:
        return None
    for finding in result.findings:
        if finding.id.startswith(f"{check_id}."):
            page = page_for_finding(check_id, finding.name)
            if page is not None:
                return page
    return None


class PrivacyRow(QWidget):
    """"Open camera settings" and what happens after; hidden when there is no page to open."""

    opened = Signal(str)  # the check id, after its page was opened

    def __init__(self, check_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacySettings")
        self.check_id = check_id
        self.page: SettingsPage | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.button = QPushButton(
            self.tr("Open camera settings") if KIND_OF_CHECK.get(check_id) == "camera"
            else self.tr("Open microphone settings"))
        self.button.setAutoDefault(True)  # Enter presses it, as Space does (see views.py)
        self.button.clicked.connect(self._open)
        self.note = label(selectable=True)
        self.note.setText(self.tr("When you come back to this window, we will check again."))
        self.button.setAccessibleDescription(self.note.text())
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.note)
        self.problem = label(selectable=True)
        self.problem.setVisible(False)
        column.addWidget(self.problem)
        self.setVisible(False)

    def show_result(self, result: CheckResult | None) -> None:
        self.page = page_of(self.check_id, result)
        self.problem.setVisible(False)
        self.setVisible(self.page is not None)

    def _open(self) -> None:
        if self.page is None:
            return
        try:
            ok = open_page(self.page)
        except Exception:  # a convenience: the advice above still says where to go
            logger.exception("could not open the privacy settings")
            ok = False
        logger.info("privacy settings page for %s opened: %s", self.check_id, ok)
        if not ok:
            self.problem.setText(self.tr(
                "We could not open the settings. Please follow the steps above."))
            self.problem.setVisible(True)
            return
        self.opened.emit(self.check_id)


class RecheckOnReturn(QObject):
    """Runs `recheck(check_id)` the next time the window becomes active again after `arm`,
    once per arming: the window's WindowActivate event, or the application becoming active
    (macOS brings an app back to the front that way). Both may come for one return; the second
    finds nothing armed."""

    def __init__(self, view: QWidget, recheck: Callable[[str], None]) -> None:
        super().__init__(view)
        self.view = view
        self.recheck = recheck
        self.armed: list[str] = []
        self._window: QWidget | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def arm(self, check_id: str) -> None:
        if check_id not in self.armed:
            self.armed.append(check_id)
        window = self.view.window()
        if window is not self._window:
            if self._window is not None:
                self._window.removeEventFilter(self)
            window.installEventFilter(self)
            self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self._returned()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._returned()

    def _returned(self) -> None:
        armed, self.armed = self.armed, []
        for check_id in armed:
            logger.info("back from the privacy settings: checking %s again", check_id)
            self.recheck(check_id)


# -- macOS: ask before a device is opened -----------------------------------------------------

def qt_permission(check_id: str) -> Any:
    """Qt's permission object for a check's device (QtCore, Qt 6.5+), or None."""
    from PySide6.QtCore import QCameraPermission, QMicrophonePermission

    kind = KIND_OF_CHECK.get(check_id)
    if kind == "camera":
        return QCameraPermission()
    if kind == "microphone":
        return QMicrophonePermission()
    return None


def state_of(check_id: str, status: Qt.PermissionStatus) -> str:
    """Qt's answer in one word; AVFoundation tells "restricted" from "denied"."""
    value = int(status.value)
    native = None
    if status == Qt.PermissionStatus.Denied:
        native = av_authorization_status(KIND_OF_CHECK.get(check_id, ""))
    return permission_state(value, native)


class PermissionGate(QObject):
    """Before the camera or the microphone is opened (macOS only): ask Qt, let the system show
    its prompt the first time, then record the answer in the check's options and go on. Other
    systems go on at once (Windows and Linux have no such prompt; the checks find a refusal
    themselves)."""

    def __init__(self, options: dict[str, Any], parent: QObject | None = None,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.options = options
        self.platform = platform
        self.asking: set[str] = set()

    def ask(self, check_id: str, proceed: Callable[[], None]) -> None:
        if self.platform != "darwin" or check_id not in KIND_OF_CHECK:
            proceed()
            return
        app = QGuiApplication.instance()
        permission = qt_permission(check_id)
        if app is None or permission is None:
            proceed()
            return
        status = app.checkPermission(permission)
        if state_of(check_id, status) == UNDETERMINED:
            self.asking.add(check_id)

            def answered(_permission: Any) -> None:
                self.asking.discard(check_id)
                self._record(check_id, state_of(check_id, app.checkPermission(permission)))
                proceed()

            app.requestPermission(permission, self, answered)
            return
        self._record(check_id, state_of(check_id, status))
        proceed()

    def _record(self, check_id: str, state: str) -> None:
        key = permission_option(check_id)
        if state in (GRANTED, UNDETERMINED):
            self.options.pop(key, None)
        else:
            self.options[key] = state
        logger.info("%s permission: %s", check_id, state)
