"""Controllers: connect the views to the session. No layout here, no engine work on the UI
thread (checks run in RunWorkers; device scans in DeviceScan)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread
from PySide6.QtWidgets import QStackedWidget, QTableWidgetItem, QWidget

from preflight.engine.result import CheckResult, Status
from preflight.gui.ask_dialog import AskDialog
from preflight.gui.checklist_store import ChecklistStore
from preflight.gui.common import PENDING, RUNNING, status_icon, status_word
from preflight.gui.devices_scan import DeviceScan, names_for
from preflight.gui.live import (
    CAMERA_PREVIEW_KEY,
    MIC_RECORDING_KEY,
    CameraPreview,
    LiveLevel,
    VoicePlayback,
)
from preflight.gui.views import (
    ChecklistView,
    CheckStepView,
    HelpDeskView,
    HelpView,
    ResultsView,
    WelcomeView,
)
from preflight.gui.widgets import ResultCard, StepList
from preflight.i18n import localize

if TYPE_CHECKING:
    from preflight.engine.report import RunReport
    from preflight.gui.session import CheckSession

logger = logging.getLogger(__name__)

DEVICE_CHECKS = ("camera", "microphone", "speaker")  # run one after another, as the person goes
BACKGROUND_CHECKS = ("network", "bandwidth", "system")  # start at Start, run while the person goes


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


@dataclass
class Step:
    key: str
    title: str
    intro: str
    checks: list[str]
    picker: str = ""  # label of the device picker, "" for none
    device_kind: str = ""  # "camera", "input" or "output"
    option: str = ""  # ctx.options key the picker sets
    view: CheckStepView | None = field(default=None, repr=False)


def build_steps(available: list[str]) -> list[Step]:
    """The guided steps whose checks exist in this build."""
    steps = [
        Step("camera", _t("Camera"), _t(
            "We will look at your camera picture for a few seconds. Sit where you will sit "
            "for your visit, facing a light if you can."), ["camera"],
            _t("Camera:"), "camera", "camera"),
        Step("microphone", _t("Microphone"), _t(
            "We will listen to your microphone while you speak for a few seconds."),
            ["microphone"], _t("Microphone:"), "input", "mic"),
        Step("speaker", _t("Speakers"), _t(
            "We will play a short sound. Turn your volume up so you can hear it."),
            ["speaker"], _t("Speaker:"), "output", "speaker"),
        Step("connection", _t("Connection"), _t(
            "We are measuring your internet connection. This started when you pressed Start."),
            ["network", "bandwidth"]),
        Step("computer", _t("Computer"), _t(
            "We are checking that your computer has enough free memory and processor time "
            "for video."), ["system"]),
    ]
    result = []
    for step in steps:
        step.checks = [c for c in step.checks if c in available]
        if step.checks:
            result.append(step)
    return result


def step_status(step_checks: list[str], session: CheckSession) -> str:
    if any(session.is_running(c) for c in step_checks):
        return RUNNING
    results = [session.results[c] for c in step_checks if c in session.results]
    if not results:
        return PENDING
    order = {Status.ERROR: 5, Status.FAIL: 4, Status.WARN: 3, Status.SKIP: 2, Status.PASS: 1}
    if len(results) < len(step_checks):  # some of the step still to do
        return PENDING if all(r.status == Status.PASS for r in results) else max(
            results, key=lambda r: order[r.status]).status.value
    return max(results, key=lambda r: order[r.status]).status.value


def verdict_for(report: RunReport, expected: list[str], running: set[str]) -> tuple[str, str, int]:
    """(status for the badge, verdict sentence, number of things to fix).

    Never "ready" while anything is running, missing, skipped or warned about.
    """
    problems = [r for r in report.results if r.status != Status.PASS]
    missing = [c for c in expected if report.result(c) is None and c not in running]
    count = len(problems) + len(missing)
    if running:
        return RUNNING, _t("Almost done: still checking…"), count
    if report.needs_help:
        return "fail", _t("Let's get you some help"), count
    if count == 0:
        return "pass", _t("You're ready for your visit"), 0
    if count == 1:
        return "warn", _t("Almost ready: 1 thing to fix"), 1
    return "warn", _t("Almost ready: %1 things to fix").replace("%1", str(count)), count


class PatientController(QObject):
    """Welcome -> guided steps -> results -> checklist / help."""

    def __init__(self, session: CheckSession, stack: QStackedWidget, step_list_host: QWidget,
                 on_helpdesk: Callable[[], None], on_contrast: Callable[[bool], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.stack = stack
        config = session.config
        self.steps = build_steps(session.check_ids)
        self.step_list = StepList([(s.key, s.title) for s in self.steps]
                                  + [("results", _t("Results"))])
        step_list_host.layout().addWidget(self.step_list)
        self.step_list_host = step_list_host

        self.welcome = WelcomeView(config.organisation_name)
        # The profile's shipped sentences in the window's language; an organisation's own
        # wording (and every phone number) stays as written.
        hotline = localize(config.hotline)
        self.results = ResultsView(hotline)
        self.checklist = ChecklistView(
            localize(list(config.get("checklist.items", []))),
            localize(str(config.get("organisation.visit_eligibility_note", ""))),
            config.section("portal"))
        self.help = HelpView(hotline, localize(list(config.get("help.numbers", []))),
                             localize(list(config.get("help.faq", []))), config.section("portal"))
        self.store = ChecklistStore()
        self._dialogs: dict[int, AskDialog] = {}
        self._device_queue: list[str] = []
        self._scan: DeviceScan | None = None
        self.extras: dict[str, Any] = {}
        self.preview: CameraPreview | None = None
        self.live_level: LiveLevel | None = None
        self._opening_camera = False
        self._camera_stopped = False
        self._playback: VoicePlayback | None = None

        stack.addWidget(self.welcome)
        for step in self.steps:
            step.view = CheckStepView(
                step.key, step.title, step.intro,
                [(c, session.title(c)) for c in step.checks], step.picker)
            stack.addWidget(step.view)
            self._connect_step(step)
            self._connect_live(step)
        for view in (self.results, self.checklist, self.help):
            stack.addWidget(view)
        self._connect(on_helpdesk, on_contrast)
        self.show_page(self.welcome)

    # -- wiring ----------------------------------------------------------------------------
    def _connect(self, on_helpdesk: Callable[[], None], on_contrast: Callable[[bool], None]):
        self.welcome.start.clicked.connect(self.start)
        self.welcome.helpdesk.clicked.connect(on_helpdesk)
        self.welcome.contrast.toggled.connect(on_contrast)
        self.results.checklist.clicked.connect(lambda: self.show_page(self.checklist))
        self.results.help.clicked.connect(lambda: self._show_help(self.results))
        self.results.again.clicked.connect(self.start_over)
        self.results.save.clicked.connect(self.save_report)
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

    def _connect_step(self, step: Step) -> None:
        view = step.view
        assert view is not None
        index = self.steps.index(step)
        view.back.clicked.connect(lambda: self.go_to_step(index - 1) if index else
                                  self.show_page(self.welcome))
        view.next.clicked.connect(lambda: self.go_to_step(index + 1))
        view.stop.clicked.connect(lambda: self.cancel_step(step))
        for card in view.cards.values():
            card.check_again.connect(self.check_again)
        if view.picker is not None:
            view.picker.addItem(_t("Automatic (your computer's usual device)"), "")
            view.picker.currentIndexChanged.connect(lambda _i, st=step: self._picked(st))

    def _connect_live(self, step: Step) -> None:
        view = step.view
        assert view is not None
        if view.picture is not None and view.tip is not None and self.session.real_checks:
            self.preview = CameraPreview(view.picture, view.tip,
                                         self.session.config.section("camera"), self)
            self.preview.opened.connect(self._camera_opened)
            self.extras["camera preview"] = self.preview
        if view.meter is not None and self.session.real_checks:
            self.live_level = LiveLevel(self)
            self.live_level.level.connect(view.meter.set_level)
            self.live_level.level.connect(lambda _l: view.meter.setVisible(True))
            self.extras["live level"] = self.live_level
        if view.play_voice is not None:
            view.play_voice.clicked.connect(lambda: self.play_voice(view))
            self.session.shared_changed.connect(lambda: self._voice_ready(view))
        if view.play_test is not None:
            view.play_test.clicked.connect(lambda: self.check_again("speaker"))

    def _voice_ready(self, view: CheckStepView) -> None:
        assert view.play_voice is not None
        view.play_voice.setEnabled(MIC_RECORDING_KEY in self.session.shared)

    def play_voice(self, view: CheckStepView) -> None:
        recording = self.session.shared.get(MIC_RECORDING_KEY)
        if recording is None or (self._playback is not None and self._playback.isRunning()):
            return
        assert view.play_voice is not None
        view.play_voice.setEnabled(False)
        view.live_message.setText(_t("Playing your recording…"))
        self._playback = VoicePlayback(self.session.shared, self.session.options.get("speaker"),
                                       self)
        self._playback.problem.connect(view.live_message.setText)
        self._playback.finished.connect(lambda: self._voice_done(view))
        self.extras["voice playback"] = self._playback
        self._playback.start()

    def _voice_done(self, view: CheckStepView) -> None:
        if view.live_message.text() == _t("Playing your recording…"):
            view.live_message.setText("")
        self._voice_ready(view)

    # -- navigation ------------------------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        camera_view = next((s.view for s in self.steps if s.key == "camera"), None)
        if (self.preview is not None and page is not camera_view
                and not self.session.is_running("camera")):
            self.preview.stop(wait=False)  # release the camera as soon as the person moves on
        self.stack.setCurrentWidget(page)
        in_flow = page is not self.welcome
        self.step_list_host.setVisible(in_flow)
        current = next((s.key for s in self.steps if s.view is page), None)
        if page is self.results:
            current = "results"
        self.step_list.set_current(current)
        focus = {self.welcome: self.welcome.start, self.results: self.results.checklist,
                 self.help: self.help.back}.get(page)
        if page is self.checklist and self.checklist.boxes:
            focus = self.checklist.boxes[0]
        if isinstance(page, CheckStepView):
            focus = page.next
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        """Start: background checks now, then the first guided step."""
        self.session.run([c for c in BACKGROUND_CHECKS if c in self.session.check_ids])
        self._refresh_all()
        self.go_to_step(0)

    def start_over(self) -> None:
        self.session.clear()
        for step in self.steps:
            for card in step.view.cards.values():  # type: ignore[union-attr]
                card.show_result(None)
        self.start()

    def go_to_step(self, index: int) -> None:
        if index >= len(self.steps):
            self.show_results()
            return
        step = self.steps[max(0, index)]
        self.show_page(step.view)
        self._refresh_step(step)
        if step.picker and self._scan is None:
            self._scan_devices()
        for check_id in step.checks:
            if check_id in DEVICE_CHECKS and check_id not in self.session.results:
                self._queue_device_check(check_id)

    def show_results(self) -> None:
        self.render_results()
        self.show_page(self.results)

    def _show_help(self, came_from: QWidget) -> None:
        self._help_return = came_from
        self.show_page(self.help)

    # -- running ---------------------------------------------------------------------------
    def _queue_device_check(self, check_id: str) -> None:
        """Device checks share the audio device (and the person's attention): one at a time."""
        if self.session.is_running(check_id) or check_id in self._device_queue:
            return
        self._device_queue.append(check_id)
        self._pump_device_queue()

    def _pump_device_queue(self) -> None:
        if (any(self.session.is_running(c) for c in DEVICE_CHECKS) or self._opening_camera
                or not self._device_queue):
            return
        check_id = self._device_queue.pop(0)
        if check_id == "camera" and self.preview is not None:
            # The preview opens the camera (off the UI thread); the check then takes its
            # verdict from the same source (most cameras allow one user at a time).
            self._opening_camera = True
            self.preview.start_async(self.session.options.get("camera"))
            self._refresh_all()  # Stop works while the camera opens, too
            return
        self.session.run([check_id])
        self._refresh_all()

    def _camera_opened(self, source: Any) -> None:
        self._opening_camera = False
        if self._camera_stopped:  # Stop was pressed while the camera was opening
            self._camera_stopped = False
            if self.preview is not None:
                self.preview.stop()
            self._pump_device_queue()
            self._refresh_all()
            return
        # Without a preview (no camera module, or it failed), the check opens the camera itself.
        shared = {CAMERA_PREVIEW_KEY: source} if source is not None else None
        self.session.run(["camera"], shared=shared)
        self._refresh_all()

    def check_again(self, check_id: str) -> None:
        logger.info("check again: %s", check_id)
        self.session.results.pop(check_id, None)
        if check_id in DEVICE_CHECKS:
            self._queue_device_check(check_id)
        else:
            self.session.run([check_id])
        self._refresh_all()

    def cancel_step(self, step: Step) -> None:
        self._device_queue = [c for c in self._device_queue if c not in step.checks]
        self.session.cancel(step.checks)
        if "camera" in step.checks and self.preview is not None:
            self._camera_stopped = self._opening_camera
            self.preview.stop(wait=False)

    def _picked(self, step: Step) -> None:
        assert step.view is not None and step.view.picker is not None
        name = step.view.picker.currentData() or ""
        if name:
            self.session.options[step.option] = name
        else:
            self.session.options.pop(step.option, None)

    def _scan_devices(self) -> None:
        self._scan = DeviceScan(self)
        self._scan.found.connect(self._on_devices)
        self._scan.start()

    def _on_devices(self, found: dict[str, Any]) -> None:
        for step in self.steps:
            if step.view is None or step.view.picker is None:
                continue
            picker = step.view.picker
            for name in names_for(found.get("devices", []), step.device_kind):
                if picker.findData(name) < 0:
                    picker.addItem(name, name)

    # -- session events --------------------------------------------------------------------
    def _step_of(self, check_id: str) -> Step | None:
        return next((s for s in self.steps if check_id in s.checks), None)

    def _on_started(self, check_id: str) -> None:
        if check_id == "microphone" and self.live_level is not None:
            self.live_level.start(self.session.options.get("mic"))
        step = self._step_of(check_id)
        if step is not None and step.view is not None:
            step.view.cards[check_id].show_running()
            step.view.progress.setVisible(True)
            step.view.progress.setRange(0, 0)  # busy until the check reports a fraction
        self._refresh_all()

    def _on_progress(self, check_id: str, fraction: float | None, message: str) -> None:
        step = self._step_of(check_id)
        if step is None or step.view is None:
            return
        view = step.view
        if fraction is None:
            view.progress.setRange(0, 0)
        else:
            view.progress.setRange(0, 100)
            view.progress.setValue(int(max(0.0, min(1.0, fraction)) * 100))
        if message:
            view.progress_text.setText(message)

    def _on_instruction(self, check_id: str, message: str) -> None:
        step = self._step_of(check_id)
        if step is not None and step.view is not None:
            step.view.instruction.setText(message)
            step.view.instruction.setVisible(bool(message))

    def _on_finished(self, check_id: str, result: CheckResult) -> None:
        step = self._step_of(check_id)
        if step is not None and step.view is not None:
            step.view.cards[check_id].show_result(result)
            if not any(self.session.is_running(c) for c in step.checks):
                step.view.progress.setVisible(False)
                step.view.progress_text.setText("")
                step.view.instruction.setVisible(False)
        if check_id == "camera" and self.preview is not None and (
                step is None or self.stack.currentWidget() is not step.view):
            self.preview.stop(wait=False)
        if step is not None and step.view is not None:
            self._show_step_details(step.view, check_id, result)
        if check_id == "microphone" and self.live_level is not None:
            self.live_level.stop()
        if check_id == "microphone" and step is not None and step.view is not None:
            level = result.metrics.get("rms_dbfs")
            meter = step.view.meter
            if meter is not None and isinstance(level, (int, float)):
                meter.set_level(float(level))
                meter.setVisible(True)
        self._refresh_all()
        if check_id in DEVICE_CHECKS:
            self._pump_device_queue()
        if self.stack.currentWidget() is self.results:
            self.render_results()

    def _show_step_details(self, view: CheckStepView, check_id: str,
                           result: CheckResult) -> None:
        """Numbers in simple words on the connection step; restart and programs on the
        computer step."""
        m = result.metrics
        if check_id == "bandwidth" and view.numbers is not None:
            lines = []
            for key, text in (("download_mbps", _t("Download (the doctor's video to you)")),
                              ("upload_mbps", _t("Upload (your video to the doctor)"))):
                if isinstance(m.get(key), (int, float)):
                    lines.append(f"{text}: {m[key]:.1f} Mbit/s")
            if isinstance(m.get("ping_ms"), (int, float)):
                lines.append(_t("Delay: %1 ms").replace("%1", f"{m['ping_ms']:.0f}"))
            view.numbers.setText("\n".join(lines))
            view.numbers.setVisible(bool(lines))
        if check_id == "system" and view.restart is not None and view.programs is not None:
            reasons = [str(r) for r in m.get("restart_reasons", []) or []]
            view.restart.set_reasons(reasons)
            view.restart.setVisible(bool(reasons))
            programs = [str(p) for p in m.get("programs_to_close", []) or []]
            view.programs.setText(_t("Programs you could close during the visit: %1")
                                  .replace("%1", ", ".join(programs)))
            view.programs.setVisible(bool(programs))

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
        """Release live devices (camera preview, voice playback) the pages hold."""
        for name, extra in list(self.extras.items()):
            stop = getattr(extra, "stop", None)
            if callable(stop):
                try:
                    stop()
                    if isinstance(extra, CameraPreview):
                        extra.wait_released()
                except Exception:  # releasing must go on for the others
                    logger.exception("could not stop %s", name)
            if isinstance(extra, QThread):
                extra.wait(2000)
        self.extras.clear()

    def stop_scans(self) -> None:
        if self._scan is not None:
            self._scan.wait(3000)

    def close_dialogs(self) -> None:
        for dialog in list(self._dialogs.values()):
            dialog.withdraw()
        self._dialogs.clear()

    def save_report(self, path: str | None = None) -> None:
        """Save the results (the help desk may ask for them); `path` skips the file dialog."""
        try:
            from preflight.support.reports import ReportError
            from preflight.support.reports import save_report as save
        except ImportError:
            self.results.save_message.setText(_t("Saving reports is not available in this "
                                                 "version."))
            return
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
            return
        self.results.save_message.setText(_t("Report saved: %1").replace("%1", str(saved)))

    # -- rendering -------------------------------------------------------------------------
    def _refresh_step(self, step: Step) -> None:
        self.step_list.set_status(step.key, step_status(step.checks, self.session))
        view = step.view
        assert view is not None
        view.stop.setEnabled(any(self.session.is_running(c) for c in step.checks)
                             or ("camera" in step.checks and self._opening_camera))

    def _refresh_all(self) -> None:
        for step in self.steps:
            self._refresh_step(step)
        report = self.session.report()
        status, _text, _n = verdict_for(report, self.session.check_ids, self.session.running)
        self.step_list.set_status("results", status if self.session.results else PENDING)

    def render_results(self) -> None:
        view = self.results
        report = self.session.report()
        expected = [c for s in self.steps for c in s.checks]
        status, text, _count = verdict_for(report, expected, self.session.running)
        view.verdict_badge.set_status(status)
        view.verdict.setText(text)
        view.verdict.setAccessibleName(text)
        view.detail.setText({
            "pass": _t("Everything we checked is working. See you at your visit."),
            "warn": _t("Your visit can probably go ahead. Fixing these makes it go better."),
            "fail": _t("Something needs fixing before your visit. Try the steps below, or "
                       "call us: we can help."),
            RUNNING: _t("Some checks are still running. This page updates by itself."),
        }[status])
        view.hotline.setVisible(report.needs_help)
        code = support_code(report) if report.needs_help and status != RUNNING else ""
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


class HelpDeskController(QObject):
    """All checks in a table, details, live log and pasted reports for an agent."""

    def __init__(self, session: CheckSession, view: HelpDeskView, on_back: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.rows: dict[str, int] = {}
        self.pasted: RunReport | None = None
        self._scan: DeviceScan | None = None
        view.table.setRowCount(len(session.check_ids))
        for row, check_id in enumerate(session.check_ids):
            self.rows[check_id] = row
            view.table.setItem(row, 0, QTableWidgetItem(session.title(check_id)))
            self._set_row(check_id, None)
        for combo in view.pickers.values():
            combo.addItem(_t("Automatic"), "")
        view.run_all.clicked.connect(self.run_all)
        view.run_selected.clicked.connect(self.run_selected)
        view.cancel.clicked.connect(lambda: session.cancel())
        view.back.clicked.connect(on_back)
        view.table.itemSelectionChanged.connect(self.show_metrics)
        view.table.itemActivated.connect(lambda _item: self.run_selected())
        view.refresh_devices.clicked.connect(self.scan_devices)
        view.open_report.clicked.connect(self.open_pasted)
        view.back_to_live.clicked.connect(self.show_live)
        view.back_to_live.setEnabled(False)
        for key, combo in view.pickers.items():
            combo.currentIndexChanged.connect(lambda _i, k=key, c=combo: self._picked(k, c))
        session.started.connect(lambda cid: self._live_row(cid))
        session.finished.connect(lambda cid, _r: self._live_row(cid))
        session.busy_changed.connect(lambda _busy: self._update_buttons())
        self._update_buttons()

    def run_all(self) -> None:
        self.show_live()
        self.session.run(self.session.check_ids)
        self._update_buttons()

    def run_selected(self) -> None:
        check_id = self.selected_id()
        if check_id is not None:
            self.show_live()
            self.session.results.pop(check_id, None)
            self.session.run([check_id])
            self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.view.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return next((c for c, r in self.rows.items() if r == row), None)

    def _update_buttons(self) -> None:
        self.view.cancel.setEnabled(self.session.busy)

    def _picked(self, key: str, combo: Any) -> None:
        name = combo.currentData() or ""
        if name:
            self.session.options[key] = name
        else:
            self.session.options.pop(key, None)

    def scan_devices(self) -> None:
        if self._scan is not None and self._scan.isRunning():
            return
        self.view.refresh_devices.setEnabled(False)
        self._scan = DeviceScan(self)
        self._scan.found.connect(self._on_devices)
        self._scan.start()

    def _on_devices(self, found: dict[str, Any]) -> None:
        self.view.refresh_devices.setEnabled(True)
        kinds = {"camera": "camera", "mic": "input", "speaker": "output"}
        for key, combo in self.view.pickers.items():
            for name in names_for(found.get("devices", []), kinds[key]):
                if combo.findData(name) < 0:
                    combo.addItem(name, name)
        problems = found.get("problems", [])
        count = len(found.get("devices", []))
        self.view.paste_message.setText(
            " ".join(problems) or _t("Found %1 devices.").replace("%1", str(count)))

    # -- table -----------------------------------------------------------------------------
    def _live_row(self, check_id: str) -> None:
        if self.pasted is None and check_id in self.rows:
            self._set_row(check_id, self.session.results.get(check_id))
            if self.selected_id() == check_id:
                self.show_metrics()

    def _set_row(self, check_id: str, result: CheckResult | None) -> None:
        row = self.rows[check_id]
        if self.pasted is None and self.session.is_running(check_id):
            status, summary, duration = RUNNING, "", ""
        elif result is None:
            status, summary, duration = PENDING, "", ""
        else:
            status, summary = result.status.value, result.summary
            duration = f"{result.duration_s:.1f} s"
        item = QTableWidgetItem(status_icon(status), status_word(status))
        self.view.table.setItem(row, 1, item)
        self.view.table.setItem(row, 2, QTableWidgetItem(summary))
        self.view.table.setItem(row, 3, QTableWidgetItem(duration))
        self.view.table.resizeRowToContents(row)

    def current_results(self) -> dict[str, CheckResult]:
        if self.pasted is not None:
            return {r.id: r for r in self.pasted.results}
        return self.session.results

    def show_metrics(self) -> None:
        check_id = self.selected_id()
        result = self.current_results().get(check_id or "")
        table = self.view.metrics
        rows: list[tuple[str, str]] = []
        if result is not None:
            rows.append((_t("Summary"), result.summary))
            rows.extend((_t("Advice"), tip) for tip in result.advice)
            rows.extend((key, _format_value(value)) for key, value in result.metrics.items())
            rows.append(("duration_s", f"{result.duration_s:.2f}"))
        table.setRowCount(len(rows))
        for n, (key, value) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(key))
            table.setItem(n, 1, QTableWidgetItem(value))
        table.resizeRowsToContents()

    # -- pasted reports --------------------------------------------------------------------
    def open_pasted(self) -> None:
        text = self.view.paste.toPlainText().strip()
        if not text:
            self.view.paste_message.setText(_t("Paste a report or a support code first."))
            return
        try:
            report = self._parse(text)
        except ValueError as exc:
            self.view.paste_message.setText(str(exc))
            return
        self.pasted = report
        for check_id in self.rows:
            self._set_row(check_id, report.result(check_id))
        extra = [r for r in report.results if r.id not in self.rows]
        for result in extra:  # a check this version does not have
            row = self.view.table.rowCount()
            self.view.table.insertRow(row)
            self.rows[result.id] = row
            self.view.table.setItem(row, 0, QTableWidgetItem(result.id))
            self._set_row(result.id, result)
        self.view.back_to_live.setEnabled(True)
        if report.results and report.results[0].summary == _t("Read from a support code."):
            self.view.paste_message.setText(
                _t("Showing the patient's support code. Overall: %1.")
                .replace("%1", status_word(report.overall)))
            self.show_metrics()
            return
        self.view.paste_message.setText(
            _t("Showing the patient's report from %1. Overall: %2.")
            .replace("%1", report.started_at.strftime("%Y-%m-%d %H:%M"))
            .replace("%2", status_word(report.overall)))
        self.show_metrics()

    def _parse(self, text: str) -> RunReport:
        from preflight.engine.report import RunReport

        if text.startswith("{"):
            try:
                return RunReport.from_dict(json.loads(text), self.session.config)
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(_t("This is not a Preflight report (%1).")
                                 .replace("%1", type(exc).__name__)) from None
        try:
            from preflight.support.code import decode_code
        except ImportError:
            raise ValueError(_t("Support codes cannot be read in this version: paste the "
                                "report instead.")) from None
        try:
            decoded = decode_code(text)
        except Exception as exc:
            raise ValueError(_t("This support code could not be read (%1). Ask the caller to "
                                "read it again.").replace("%1", str(exc) or type(exc).__name__)
                             ) from None
        return _report_from_decoded(decoded, self.session.config)

    def show_live(self) -> None:
        if self.pasted is None:
            return
        self.pasted = None
        for check_id in list(self.rows):
            if check_id not in self.session.check_ids:
                self.view.table.removeRow(self.rows.pop(check_id))
        for check_id in self.rows:
            self._set_row(check_id, self.session.results.get(check_id))
        self.view.back_to_live.setEnabled(False)
        self.view.paste_message.setText(_t("Showing this computer."))
        self.show_metrics()

    def stop_scans(self) -> None:
        if self._scan is not None:
            self._scan.wait(3000)


def _report_from_decoded(decoded: Any, config: Any) -> RunReport:
    """A RunReport built from preflight.support.code's DecodedCode (statuses and coarse
    buckets only: a support code carries no sentences), so the table can show it."""
    from datetime import datetime

    from preflight.engine.report import RunReport

    if isinstance(decoded, RunReport):
        return decoded
    statuses = getattr(decoded, "statuses", None)
    if not isinstance(statuses, Mapping):
        raise ValueError(_t("This support code could not be shown in this version."))
    try:
        from preflight.support.code import BUCKETS_BY_CHECK
    except ImportError:
        BUCKETS_BY_CHECK = {}
    buckets = dict(getattr(decoded, "buckets", {}) or {})
    fixes = tuple(decoded.likely_fixes()) if hasattr(decoded, "likely_fixes") else ()
    results = []
    for check_id, status in statuses.items():
        if status not in {s.value for s in Status}:
            continue  # "not_run": the caller's Preflight did not have or run this check
        metrics = {name: buckets[name] for name in BUCKETS_BY_CHECK.get(check_id, ())
                   if name in buckets}
        results.append(CheckResult(check_id, Status(status), _t("Read from a support code."),
                                   fixes if Status(status).is_problem else (), metrics))
    return RunReport(datetime.now(UTC), results, config,
                     cancelled=bool(getattr(decoded, "cancelled", False)))


def support_code(report: RunReport) -> str:
    """The report's support code, or "" when this version has no support codes."""
    try:
        from preflight.support.code import encode_report
    except ImportError:
        return ""
    try:
        return str(encode_report(report))
    except Exception:  # a code is a convenience: never let it break the results page
        logger.exception("could not make a support code")
        return ""


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
