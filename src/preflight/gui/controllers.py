"""The patient's flow: welcome, the steps, results, checklist and help. No layout here, no
engine work on the UI thread (checks run in RunWorkers; device scans in DeviceScan).

The steps come from the checks' descriptors (gui/steps.py) and each has its own controller
(gui/step_controllers.py); this one wires the pages together, runs the guided checks one at a
time as the patient goes, and renders the results with `preflight.engine.present`, the rule
the CLI and the saved reports use too.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QStackedWidget, QWidget

from preflight.engine.present import PENDING, RUNNING, verdict
from preflight.engine.result import CheckResult, Status
from preflight.gui.ask_dialog import AskDialog
from preflight.gui.checklist_store import ChecklistStore
from preflight.gui.common import announce
from preflight.gui.devices_scan import DeviceScan
from preflight.gui.live import CameraPreview, LiveLevel, VoicePlayback
from preflight.gui.restart_flow import RestartController
from preflight.gui.step_controllers import (
    CameraLive,
    DeviceStepController,
    InputLive,
    StepController,
    make_step_controller,
)
from preflight.gui.steps import build_plan, longest_run_s
from preflight.gui.views import (
    ChecklistView,
    CheckStepView,
    HelpView,
    ResultsView,
    WelcomeView,
)
from preflight.gui.welcome_back import WelcomeBack, WelcomeBackView
from preflight.gui.widgets import ResultCard, StepList
from preflight.i18n import localize
from preflight.support.code import encode_report

if TYPE_CHECKING:
    from preflight.engine.report import RunReport
    from preflight.gui.session import CheckSession
    from preflight.restart.state import SavedState

logger = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


class PatientController(QObject):
    """Welcome -> guided steps -> results -> checklist / help."""

    def __init__(self, session: CheckSession, stack: QStackedWidget, step_list_host: QWidget,
                 on_helpdesk: Callable[[], None], on_contrast: Callable[[bool], None],
                 parent: QObject | None = None, *, comeback: SavedState | None = None,
                 window_args: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        config = session.config
        self.plan = build_plan(session.descriptors())
        self.step_list = StepList([(s.key, s.title) for s in self.plan.steps]
                                  + [("results", _t("Results"))])
        host_layout = step_list_host.layout()
        if host_layout is None:  # the window builds the host with its column
            raise TypeError("step_list_host needs a layout to hold the step list")
        host_layout.addWidget(self.step_list)
        self.step_list_host = step_list_host

        # What will be checked and the longest it can take, from the descriptors and the
        # config's deadlines (never a list written here).
        longest = longest_run_s(self.plan, session.descriptors(), config)
        self.welcome = WelcomeView(config.organisation_name, [s.title for s in self.plan.steps],
                                   max(1, math.ceil(longest / 60)))
        # The profile's shipped sentences in the window's language; an organisation's own
        # wording (and every phone number) stays as written.
        hotline = localize(config.hotline)
        self.results = ResultsView(hotline, localize(dict(config.section("visit"))),
                                   config.section("portal"))
        self.checklist = ChecklistView(
            localize(list(config.get("checklist.items", []))),
            localize(str(config.get("organisation.visit_eligibility_note", ""))),
            config.section("portal"))
        self.help = HelpView(hotline, localize(list(config.get("help.numbers", []))),
                             localize(list(config.get("help.faq", []))), config.section("portal"))
        self.store = ChecklistStore()
        self._dialogs: dict[int, AskDialog] = {}
        self._queue: list[str] = []  # guided checks waiting for their turn
        self._scan: DeviceScan | None = None

        stack.addWidget(self.welcome)
        self.steps: list[StepController] = []
        for step in self.plan.steps:
            controller = make_step_controller(step, self)
            self.steps.append(controller)
            stack.addWidget(controller.view)
            self._connect_nav(controller, len(self.steps) - 1)
        self._by_check = {c: s for s in self.steps for c in s.checks}
        for view in (self.results, self.checklist, self.help):
            stack.addWidget(view)
        self._connect(on_helpdesk, on_contrast)
        # Restart now on every restart card of the patient's pages (gui/restart_flow.py).
        self.comeback = comeback
        self.window_args = list(window_args)
        cards = [s.view.restart for s in self.steps if s.view.restart is not None]
        self.restart = RestartController(session, [*cards, self.results.restart],
                                         self.window_args, self)
        self.welcome_back: WelcomeBack | None = None
        if comeback is not None:
            self._come_back(comeback)
        else:
            self.show_page(self.welcome)

    def _come_back(self, saved: SavedState) -> None:
        """Back after Restart now: "Welcome back", and the background checks run at once."""
        view = WelcomeBackView()
        self.stack.addWidget(view)
        self.welcome_back = WelcomeBack(saved, self.session, view, self.continue_after_restart,
                                        self)
        self.show_page(view)
        view.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session.run(self.plan.background_checks)
        self.refresh_all()

    def continue_after_restart(self) -> None:
        """Continue on the Welcome back page: the guided steps (the computer's checks already
        run)."""
        self.refresh_all()
        self.go_to_step(0)

    # -- wiring ----------------------------------------------------------------------------
    def _connect(self, on_helpdesk: Callable[[], None],
                 on_contrast: Callable[[bool], None]) -> None:
        self.welcome.start.clicked.connect(self.start)
        self.welcome.helpdesk.clicked.connect(on_helpdesk)
        self.welcome.contrast.toggled.connect(on_contrast)
        self.results.checklist.clicked.connect(lambda: self.show_page(self.checklist))
        self.results.open_checklist.clicked.connect(lambda: self.show_page(self.checklist))
        self.results.help.clicked.connect(lambda: self._show_help(self.results))
        self.results.again.clicked.connect(self.start_over)
        self.results.save.clicked.connect(lambda: self.save_report())
        self.checklist.back.clicked.connect(self.show_results)
        self.checklist.help.clicked.connect(lambda: self._show_help(self.checklist))
        self.help.back.clicked.connect(lambda: self.show_page(self._help_return))
        ticked = self.store.ticked()
        for box in self.checklist.boxes:
            item = box.text()
            box.setChecked(item in ticked)
            box.toggled.connect(lambda on, text=item: self.store.set_ticked(text, on))
        s = self.session
        s.started.connect(self._on_started)
        s.progressed.connect(self._on_progress)
        s.instructed.connect(self._on_instruction)
        s.finished.connect(self._on_finished)
        s.ask_bridge.asked.connect(self._on_asked)
        s.ask_bridge.withdrawn.connect(self._on_withdrawn)
        self._help_return: QWidget = self.results

    def _connect_nav(self, step: StepController, index: int) -> None:
        view = step.view
        view.back.clicked.connect(lambda: self.go_to_step(index - 1) if index else
                                  self.show_page(self.welcome))
        view.next.clicked.connect(lambda: self.go_to_step(index + 1))

    # -- what the steps ask ------------------------------------------------------------------
    def step_of(self, check_id: str) -> StepController | None:
        return self._by_check.get(check_id)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def option_for_kind(self, device_kind: str) -> str:
        """The check option the picker of `device_kind` sets ("" when no step has one)."""
        return next((s.step.option for s in self.steps if s.step.device_kind == device_kind),
                    "")

    def _live(self, kind: type[Any]) -> Any:
        return next((s.live for s in self.steps
                     if isinstance(s, DeviceStepController) and isinstance(s.live, kind)), None)

    @property
    def preview(self) -> CameraPreview | None:
        """The camera preview of the camera step (None without one, or on fake checks)."""
        live = self._live(CameraLive)
        return live.preview if live is not None else None

    @property
    def live_level(self) -> LiveLevel | None:
        live = self._live(InputLive)
        return live.live_level if live is not None else None

    @property
    def playback(self) -> VoicePlayback | None:
        live = self._live(InputLive)
        return live.playback if live is not None else None

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        for step in self.steps:
            step.page_shown(page)
        self.stack.setCurrentWidget(page)
        in_flow = page is not self.welcome
        self.step_list_host.setVisible(in_flow)
        current = next((s.key for s in self.steps if s.view is page), None)
        if page is self.results:
            current = "results"
        self.step_list.set_current(current)
        first: dict[QWidget, QWidget] = {self.welcome: self.welcome.start,
                                         self.results: self.results.checklist,
                                         self.help: self.help.back}
        focus = first.get(page)
        if page is self.checklist and self.checklist.boxes:
            focus = self.checklist.boxes[0]
        if isinstance(page, CheckStepView):
            focus = page.next
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        # Qt says nothing when a stacked page changes; a screen reader would only read the
        # focused button. Say where the person is now (the verdict, on the results page).
        shown = next((s for s in self.steps if s.view is page), None)
        if page is self.results:
            announce(self.results.verdict, self.verdict_words())
        else:
            announce(page, shown.page_words() if shown is not None else page.accessibleName())

    def start(self) -> None:
        """Start: the background checks now, then the first guided step."""
        self.session.run(self.plan.background_checks)
        self.refresh_all()
        self.go_to_step(0)

    def start_over(self) -> None:
        self.session.clear()
        for step in self.steps:
            step.reset()
        self.start()

    def go_to_step(self, index: int) -> None:
        if index >= len(self.steps):
            self.show_results()
            return
        step = self.steps[max(0, index)]
        self.show_page(step.view)
        step.refresh()
        step.entered()

    def show_results(self) -> None:
        self.render_results()
        self.show_page(self.results)

    def verdict_words(self) -> str:
        """The results page's verdict and its detail, as one announcement."""
        view = self.results
        return " ".join(t if t.endswith((".", "!", "?", ":")) else f"{t}."
                        for t in (view.verdict.text(), view.detail.text()) if t)

    def _show_help(self, came_from: QWidget) -> None:
        self._help_return = came_from
        self.show_page(self.help)

    # -- running ---------------------------------------------------------------------------
    def queue(self, check_id: str) -> None:
        """Guided checks share devices (and the person's attention): one at a time."""
        if self.session.is_running(check_id) or check_id in self._queue:
            return
        self._queue.append(check_id)
        self.pump()

    def unqueue(self, check_ids: Iterable[str]) -> None:
        dropped = set(check_ids)
        self._queue = [c for c in self._queue if c not in dropped]

    def pump(self) -> None:
        """Start the next queued guided check, unless one is running or opening its device."""
        if (any(self.session.is_running(c) for c in self.plan.guided_checks)
                or any(s.opening for s in self.steps) or not self._queue):
            return
        check_id = self._queue.pop(0)
        step = self.step_of(check_id)
        if step is None:
            self.session.run([check_id])
        else:
            step.launch(check_id)
        self.refresh_all()  # Stop works while a device opens, too

    def check_again(self, check_id: str) -> None:
        logger.info("check again: %s", check_id)
        self.session.results.pop(check_id, None)
        step = self.step_of(check_id)
        if step is None:
            self.session.run([check_id])
        else:
            step.run_again(check_id)
        self.refresh_all()

    def scan_devices(self) -> None:
        """List the devices for the pickers, once (off the UI thread)."""
        if self._scan is not None:
            return
        self._scan = DeviceScan(self)
        self._scan.found.connect(self._on_devices)
        self._scan.start()

    def _on_devices(self, found: dict[str, Any]) -> None:
        for step in self.steps:
            if isinstance(step, DeviceStepController):
                step.add_devices(found.get("devices", []))

    # -- session events --------------------------------------------------------------------
    def _on_started(self, check_id: str) -> None:
        step = self.step_of(check_id)
        if step is not None:
            step.on_started(check_id)
        self.refresh_all()

    def _on_progress(self, check_id: str, fraction: float | None, message: str) -> None:
        step = self.step_of(check_id)
        if step is not None:
            step.on_progress(check_id, fraction, message)

    def _on_instruction(self, check_id: str, message: str) -> None:
        step = self.step_of(check_id)
        if step is not None:
            step.on_instruction(check_id, message)

    def _on_finished(self, check_id: str, result: CheckResult) -> None:
        step = self.step_of(check_id)
        if step is not None:
            step.on_finished(check_id, result)
        self.refresh_all()
        if step is not None and step.guided:
            self.pump()
        if self.stack.currentWidget() is self.results:
            self.render_results()

    def _on_asked(self, token: int, question: str) -> None:
        dialog = AskDialog(question, self.stack.window())
        dialog.answered.connect(lambda value: self.session.ask_bridge.answer(token, value))
        dialog.finished.connect(lambda _r: self._dialogs.pop(token, None))
        self._dialogs[token] = dialog
        dialog.open()
        dialog.yes.setFocus()

    def _on_withdrawn(self, token: int) -> None:
        dialog = self._dialogs.pop(token, None)
        if dialog is not None:
            dialog.withdraw()

    def stop_extras(self) -> None:
        """Release the live devices (camera preview, live level, voice playback) the steps
        hold."""
        for step in self.steps:
            step.release()

    def stop_scans(self) -> None:
        if self._scan is not None:
            self._scan.wait(3000)

    def close_dialogs(self) -> None:
        for dialog in list(self._dialogs.values()):
            dialog.withdraw()
        self._dialogs.clear()

    def save_report(self, path: str | None = None) -> None:
        """Save the results (the help desk may ask for them); `path` skips the file dialog."""
        from preflight.support.reports import ReportError
        from preflight.support.reports import save_report as save

        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _filter = QFileDialog.getSaveFileName(
                self.stack.window(), _t("Save a report"), "preflight-report.pdf",
                _t("PDF document (*.pdf);;Web page (*.html);;JSON for the help desk (*.json)"))
            if not path:
                return
        try:
            saved = save(self.session.report(), path)
        except ReportError as exc:
            self.results.save_message.setText(str(exc))
            self.results.save_message.setVisible(True)
            return
        self.results.save_message.setText(_t("Report saved: %1").replace("%1", str(saved)))
        self.results.save_message.setVisible(True)

    # -- rendering -------------------------------------------------------------------------
    def refresh_all(self) -> None:
        for step in self.steps:
            step.refresh()
        report = self.session.report()
        status = verdict(report.results, self.session.check_ids, self.session.running).status
        self.step_list.set_status("results", status if self.session.results else PENDING)

    def render_results(self) -> None:
        view = self.results
        report = self.session.report()
        expected = list(self.plan.order)
        said = verdict(report.results, expected, self.session.running)
        view.verdict_badge.set_status(said.status)
        changed = (said.sentence, said.detail) != (view.verdict.text(), view.detail.text())
        view.verdict.setText(said.sentence)
        view.verdict.setAccessibleName(said.sentence)
        view.setAccessibleName(said.sentence)  # the page's name, as the steps have theirs
        view.detail.setText(said.detail)
        if changed and said.status != RUNNING and self.stack.currentWidget() is view:
            announce(view.verdict, self.verdict_words())
        view.next_step.setVisible(said.status == Status.PASS.value)
        view.hotline.setVisible(report.needs_help)
        code = support_code(report) if report.needs_help and said.status != RUNNING else ""
        view.support_code.setText(
            _t("Support code (read this to the help desk): %1").replace("%1", code))
        view.support_code.setVisible(bool(code) and report.needs_help)
        view.restart.setVisible(report.restart_recommended)
        view.restart.set_reasons(report.restart_reasons)
        for card in view.problem_cards:
            view.problems_box.removeWidget(card)
            card.deleteLater()
        view.problem_cards = []
        good = []
        for check_id in expected:
            result = report.result(check_id)
            if result is not None and result.status == Status.PASS:
                good.append(f"✓  {self.session.title(check_id)}: {result.summary}")
                continue
            card = ResultCard(check_id, self.session.title(check_id))
            card.check_again.connect(self.check_again)
            if self.session.is_running(check_id):
                card.show_running()
            elif result is None:
                card.show_result(CheckResult(check_id, Status.SKIP, _t("Not checked yet.")))
            else:
                card.show_result(result)
            view.problems_box.addWidget(card)
            view.problem_cards.append(card)
        # New cards join the END of the focus chain, after the page's buttons below them: put
        # their buttons back in reading order, so Tab goes down the page as it is drawn.
        chain = [c.button for c in view.problem_cards if c.button is not None]
        chain += [view.checklist, view.help, view.save, view.again]
        for i in range(len(chain) - 1):
            QWidget.setTabOrder(chain[i], chain[i + 1])
        view.good.setText("\n".join(good))
        view.good.setVisible(bool(good))


def support_code(report: RunReport) -> str:
    """The report's support code ("" if it could not be made: a code is a convenience, it
    must never break the results page)."""
    try:
        return str(encode_report(report))
    except Exception:
        logger.exception("could not make a support code")
        return ""
