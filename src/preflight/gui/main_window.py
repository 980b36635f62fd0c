"""The main window: the patient flow and help-desk mode in one stack of pages."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from preflight.gui.common import app_icon
from preflight.gui.controllers import PatientController
from preflight.gui.gc_guard import MainThreadGarbageCollector
from preflight.gui.helpdesk import HelpDeskController, device_pickers
from preflight.gui.i18n_qt import add_language_menu, switch_language
from preflight.gui.log_view import QtLogHandler
from preflight.gui.session import CheckSession
from preflight.gui.views import HelpDeskView
from preflight.resources import resource_path

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from preflight.config import Config
    from preflight.engine.registry import Registry
    from preflight.restart.state import SavedState

logger = logging.getLogger(__name__)


def load_style(high_contrast: bool = False) -> str:
    name = "high-contrast.qss" if high_contrast else "default.qss"
    try:
        return resource_path("styles", name).read_text(encoding="utf-8")
    except OSError:  # an unstyled window still works
        logger.warning("style sheet %s missing", name)
        return ""


class MainWindow(QMainWindow):
    def __init__(self, config: Config, registry: Registry | None = None,
                 check_ids: Iterable[str] | None = None, *,
                 comeback: SavedState | None = None, window_args: Sequence[str] = ()) -> None:
        super().__init__()
        self.garbage_collector = MainThreadGarbageCollector(self)
        self.setWindowTitle(self.tr("Preflight: get ready for your virtual visit"))
        self.setWindowIcon(app_icon())
        self.language_menu = add_language_menu(self, self.switch_language)
        self.session = CheckSession(config, registry, check_ids, self)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.step_list_host = QWidget()
        QVBoxLayout(self.step_list_host).setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        row.addWidget(self.step_list_host)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.patient = PatientController(self.session, self.stack, self.step_list_host,
                                         self.show_helpdesk, self.set_high_contrast, self,
                                         comeback=comeback, window_args=window_args)
        self.helpdesk_view = HelpDeskView(
            [(option, label) for option, _kind, label in device_pickers(self.session)])
        self.stack.addWidget(self.helpdesk_view)
        self.helpdesk = HelpDeskController(self.session, self.helpdesk_view,
                                           self.show_patient, self)
        self.log_handler = QtLogHandler()
        self.log_handler.signal.record.connect(self.helpdesk_view.log.appendPlainText)
        self._logger = logging.getLogger("preflight")
        self._logger.addHandler(self.log_handler)
        if self._logger.getEffectiveLevel() > logging.INFO:
            self._logger.setLevel(logging.INFO)
        self._closed = False
        self.resize(1000, 720)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the first paint: warm up heavy libraries while the welcome page is read, and
        # lay out and paint the next pages once off screen, so pressing Start or Next shows
        # them without a pause (a page's first styling and layout takes ~50 ms).
        QTimer.singleShot(100, self.session.warm_up)
        pages = [self.step_list_host] + [self.stack.widget(i) for i in range(self.stack.count())]
        hidden = [p for p in pages if p is not None and p is not self.stack.currentWidget()]
        for n, page in enumerate(hidden):
            QTimer.singleShot(150 + 30 * n, page.grab)

    def bring_forward(self) -> None:
        """Another start of Preflight asked for this window (gui/single_instance.py)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_helpdesk(self) -> None:
        self.step_list_host.setVisible(False)
        self.stack.setCurrentWidget(self.helpdesk_view)
        self.helpdesk_view.run_all.setFocus()
        logger.info("help-desk mode opened")

    def show_patient(self) -> None:
        self.patient.show_page(self.patient.welcome)

    def switch_language(self, language: str) -> None:
        """Language / Idioma menu: the same window, rebuilt in the chosen language."""

        def build() -> MainWindow:
            new = MainWindow(self.session.config, self.session.registry, self.session.check_ids,
                             comeback=self.patient.comeback,
                             window_args=self.patient.window_args)
            new.patient.welcome.contrast.setChecked(self.patient.welcome.contrast.isChecked())
            return new

        switch_language(self, language, build)

    def set_high_contrast(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(load_style(on))

    def shutdown(self) -> bool:
        """Stop every check and thread; True when nothing is left running."""
        if self._closed:
            return True
        self._closed = True
        self.patient.close_dialogs()
        self.patient.restart.shutdown()
        self.patient.stop_extras()
        ok = self.session.shutdown()
        self.helpdesk.stop_scans()
        self.patient.stop_scans()
        self._logger.removeHandler(self.log_handler)
        return ok

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        event.accept()
