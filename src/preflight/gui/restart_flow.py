"""The window's side of "Restart now" (the work is in `preflight.restart`, without Qt).

Restart now -> a confirmation that says what will happen -> save the state and register to
open once at the next login -> ask the system to restart, on a helper thread (polkit may ask
for a password). Every way it does not happen removes the entry and the state: Not now, an
autostart folder that cannot be written, a system that refuses or does not answer, and a
restart that has not come `GRACE_MS` after the system said yes (the person cancelled it in
the system's own dialog, or a program held it off). Closing the window while the restart is
on its way keeps them: that is the restart closing Preflight.

Only the patient's restart cards have the button; help-desk mode never restarts anything.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from preflight import restart
from preflight.gui.common import scale_font
from preflight.gui.widgets import RestartCard, label
from preflight.i18n import tr
from preflight.restart import reboot

if TYPE_CHECKING:
    from preflight.gui.session import CheckSession

logger = logging.getLogger(__name__)

# How long after the system said yes Preflight waits for the restart before it says it did
# not happen and removes the entry. Windows' and macOS' restarts close programs within
# seconds; polkit's prompt comes before the yes, not after.
GRACE_MS = 120_000


class RestartConfirmDialog(QDialog):
    """"Restart now?" with what will happen; Not now is the default (Enter never restarts)."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restart now?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(18)
        self.text = label(tr(restart.CONFIRM), factor=1.4, bold=True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.restart_now = QPushButton(self.tr("Restart now"))
        self.not_now = QPushButton(self.tr("Not now"))
        for button, answer in ((self.restart_now, True), (self.not_now, False)):
            scale_font(button, 1.3, bold=True)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.text.text())
            button.clicked.connect(lambda _=False, a=answer: self._answer(a))
            row.addWidget(button)
        layout.addLayout(row)
        self.not_now.setDefault(True)
        self.setAccessibleName(self.tr("Restart now?"))
        self.setAccessibleDescription(self.text.text())
        self._sent = False

    def _answer(self, value: bool) -> None:
        if not self._sent:
            self._sent = True
            self.answered.emit(value)
        self.accept()

    def reject(self) -> None:  # Escape or the close box: Not now
        if not self._sent:
            self._sent = True
            self.answered.emit(False)
        super().reject()


class _Request(QObject):
    """`reboot.request_restart` on a helper thread; the outcome comes back as a signal."""

    done = Signal(object)  # reboot.Outcome

    def __init__(self, request: Callable[[], reboot.Outcome], parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._request = request
        # A daemon thread: a D-Bus call blocked in polkit's prompt must not hold up closing.
        self.worker = threading.Thread(target=self._run, name="preflight-restart",
                                       daemon=True)

    def _run(self) -> None:
        self.done.emit(self._request())


class RestartController(QObject):
    """Wires every restart card of the patient's pages to one restart flow."""

    state_changed = Signal(str)  # "asking", "preparing", "requested", "abandoned", ""

    def __init__(self, session: CheckSession, cards: Sequence[RestartCard],
                 window_args: Sequence[str] = (), parent: QObject | None = None,
                 *, request: Callable[[], reboot.Outcome] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.cards = list(cards)
        self.window_args = list(window_args)
        self._request = request or reboot.request_restart
        self.dialog: RestartConfirmDialog | None = None
        self.pending: _Request | None = None
        self.requested = False
        self.grace = QTimer(self)
        self.grace.setSingleShot(True)
        self.grace.setInterval(GRACE_MS)
        self.grace.timeout.connect(self._not_restarted)
        offered = reboot.supported()
        for card in self.cards:
            card.set_restart_offered(offered)
            card.restart_now.clicked.connect(self.ask)

    # -- the flow ----------------------------------------------------------------------------
    def ask(self) -> None:
        if self.dialog is not None or self.pending is not None or self.requested:
            return
        parent = self.cards[0].window() if self.cards else None
        self.dialog = RestartConfirmDialog(parent)
        self.dialog.answered.connect(self._answered)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.open()
        self.dialog.not_now.setFocus()
        self.state_changed.emit("asking")

    def _answered(self, yes: bool) -> None:
        if not yes:
            logger.info("restart: not now")
            restart.abandon()  # nothing was registered; said so, in case of a stale one
            self._say("")
            self.state_changed.emit("")
            return
        results = list(self.session.results.values())
        try:
            restart.prepare(results, self.window_args)
        except restart.PrepareError as exc:
            self._say(exc.words())
            self.state_changed.emit("abandoned")
            return
        self._set_enabled(False)
        self._say(self.tr("Asking your computer to restart…"))
        self.pending = _Request(self._request, self)
        self.pending.done.connect(self._outcome)
        self.state_changed.emit("preparing")
        self.pending.worker.start()

    def _outcome(self, outcome: reboot.Outcome) -> None:
        self.pending = None
        if outcome.ok:
            self.requested = True
            self.grace.start()
            self._say(outcome.words())
            self.state_changed.emit("requested")
            return
        restart.abandon()
        self._set_enabled(True)
        self._say(outcome.words())
        self.state_changed.emit("abandoned")

    def _not_restarted(self) -> None:
        """The system said yes, but the computer is still on: cancelled or held off."""
        logger.info("restart: still running %d s after the request", GRACE_MS // 1000)
        self.requested = False
        restart.abandon()
        self._set_enabled(True)
        self._say(tr(restart.NOT_RESTARTED))
        self.state_changed.emit("abandoned")

    # -- the window ----------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window is closing. If the restart is on its way, that is the restart: keep the
        entry and the state for the next start. Otherwise there is nothing to keep."""
        if self.dialog is not None:
            self.dialog.reject()
        if self.requested or self.pending is not None:
            logger.info("closing while the restart is on its way")
            return

    def _set_enabled(self, on: bool) -> None:
        for card in self.cards:
            card.restart_now.setEnabled(on)

    def _say(self, text: str) -> None:
        for card in self.cards:
            card.show_message(text)
