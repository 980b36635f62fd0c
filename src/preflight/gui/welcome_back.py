""""Welcome back": the first page after a restart that "Restart now" asked for.

Shown instead of the welcome page when `preflight.restart.state.take_pending` found a saved
state. The background checks start at once; the page shows before / after for what the
restart was meant to fix (the descriptors' `restart_measures`: time since the last restart,
free memory, processor load) with a word for each and one sentence: did the restart help?
Continue goes on to the guided steps. Layout here; the words come from `preflight.restart`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from preflight.gui.views import Page, _button
from preflight.gui.widgets import Card, label
from preflight.i18n import tr
from preflight.restart import state as restart_state

if TYPE_CHECKING:
    from preflight.engine.result import CheckResult
    from preflight.gui.session import CheckSession


class WelcomeBackView(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = self.heading(tr(restart_state.WELCOME_BACK))
        self.intro = label(tr(restart_state.INTRO), factor=1.2)
        self.content.addWidget(self.intro)
        self.not_restarted = label(tr(restart_state.NOT_RESTARTED_SINCE), factor=1.1, bold=True)
        self.not_restarted.setVisible(False)
        self.content.addWidget(self.not_restarted)
        self.card = Card("card")
        self.card.setAccessibleName(self.tr("Before and after the restart"))
        self.summary = label(factor=1.3, bold=True)
        self.summary.setAccessibleName(self.tr("Did the restart help?"))
        self.card.body.addWidget(self.summary)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        for col, text in enumerate((self.tr("What"), self.tr("Before"), self.tr("Now"),
                                    self.tr("Did it help?"))):
            self.grid.addWidget(label(text, bold=True, wrap=False), 0, col)
        self.card.body.addLayout(self.grid)
        self.content.addWidget(self.card)
        self.rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        self.content.addStretch(1)
        nav = QHBoxLayout()
        nav.addStretch(1)
        self.next = _button(self.tr("Continue"),
                            self.tr("Goes on to check your camera, microphone and speakers."),
                            primary=True)
        nav.addWidget(self.next)
        self.content.addLayout(nav)

    def show_comparison(self, comparison: restart_state.Comparison) -> None:
        self.not_restarted.setVisible(comparison.restarted is False)
        self.summary.setText(comparison.summary)
        while len(self.rows) < len(comparison.rows):
            n = len(self.rows) + 1
            cells = (label(), label(selectable=True), label(selectable=True), label(bold=True))
            for col, cell in enumerate(cells):
                self.grid.addWidget(cell, n, col, Qt.AlignmentFlag.AlignTop)
            self.rows.append(cells)
        for cells, row in zip(self.rows, comparison.rows, strict=False):
            what, before, after, word = cells
            what.setText(row.label)
            before.setText(row.before or "–")
            after.setText(row.after or "…")
            word.setText(row.words)
            spoken = self.tr("%1: before %2, now %3. %4").replace("%1", row.label).replace(
                "%2", row.before or "–").replace("%3", row.after or "…").replace(
                "%4", row.words)
            for cell in cells:
                cell.setAccessibleName(spoken)
        self.card.setAccessibleDescription(comparison.summary)


class WelcomeBack(QObject):
    """Runs the checks again at once and keeps the before / after up to date."""

    def __init__(self, saved: restart_state.SavedState, session: CheckSession,
                 view: WelcomeBackView, on_continue: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self.session = session
        self.view = view
        view.next.clicked.connect(on_continue)
        session.finished.connect(self._on_finished)
        session.started.connect(lambda _id: self.refresh())
        self.comparison: restart_state.Comparison | None = None
        self.refresh()

    def _on_finished(self, _check_id: str, _result: CheckResult) -> None:
        self.refresh()

    def refresh(self) -> None:
        results = list(self.session.results.values())
        self.comparison = restart_state.compare(self.saved, results,
                                                running=self.session.running)
        self.view.show_comparison(self.comparison)
