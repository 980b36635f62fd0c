"""Help-desk mode's controller: every check in a table (rows and titles from the checks'
descriptors), run one or all, the selected check's measurements and advice, the device
pickers, and a pasted report or support code shown in place of this computer's results."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QTableWidgetItem

from preflight.engine.present import PENDING, RUNNING, device_rows, status_word
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult
from preflight.gui.common import status_icon
from preflight.gui.devices_scan import DeviceScan, names_for
from preflight.gui.views import HelpDeskView
from preflight.i18n import tr
from preflight.support.code import decode_code

if TYPE_CHECKING:
    from preflight.gui.session import CheckSession

logger = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


def device_pickers(session: CheckSession) -> list[tuple[str, str, str]]:
    """(check option, device kind, label) of every device picker the checks' steps have, once
    each, in registry order."""
    pickers: dict[str, tuple[str, str, str]] = {}
    for descriptor in session.descriptors():
        spec = descriptor.step
        if spec is not None and spec.device_kind and spec.option not in pickers:
            pickers[spec.option] = (spec.option, spec.device_kind, tr(spec.picker))
    return list(pickers.values())


class HelpDeskController(QObject):
    """All checks in a table, details, live log and pasted reports for an agent."""

    def __init__(self, session: CheckSession, view: HelpDeskView, on_back: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view = view
        self.rows: dict[str, int] = {}
        self.pasted: RunReport | None = None
        self._from_code = False  # the pasted report was read from a support code
        self._scan: DeviceScan | None = None
        self._kinds = {option: kind for option, kind, _label in device_pickers(session)}
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
        for key, combo in self.view.pickers.items():
            for name in names_for(found.get("devices", []), self._kinds.get(key, "")):
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
            rows.extend((_t("For the help desk"), line) for line in self._helpdesk(result))
            if result.findings:
                rows.append((_t("Findings"), ", ".join(result.finding_ids)))
            # One row per device tried (the chosen one failed, or --all-devices).
            rows.extend((name, f"{word}: {sentence}" if sentence else word)
                        for name, word, sentence in device_rows(result))
            rows.extend((key, _format_value(value)) for key, value in result.metrics.items())
            rows.append(("duration_s", f"{result.duration_s:.2f}"))
        table.setRowCount(len(rows))
        for n, (key, value) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(key))
            table.setItem(n, 1, QTableWidgetItem(value))
        table.resizeRowsToContents()

    def _helpdesk(self, result: CheckResult) -> tuple[str, ...]:
        """The agent's advice for the result's findings, from the check's descriptor (a
        finding this version does not know says nothing). A support code's results already
        carry it as their advice."""
        if (self._from_code or result.id not in self.session.check_ids
                or not result.findings):
            return ()
        descriptor = self.session.descriptor(result.id)
        known = []
        for finding in result.findings:
            try:
                descriptor.spec(finding.id)
            except KeyError:
                continue
            known.append(finding)
        return descriptor.helpdesk(known)

    # -- pasted reports --------------------------------------------------------------------
    def open_pasted(self) -> None:
        text = self.view.paste.toPlainText().strip()
        if not text:
            self.view.paste_message.setText(_t("Paste a report or a support code first."))
            return
        try:
            report, from_code = self._parse(text)
        except ValueError as exc:
            self.view.paste_message.setText(str(exc))
            return
        self.pasted, self._from_code = report, from_code
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
        if from_code:
            self.view.paste_message.setText(
                _t("Showing the patient's support code. Overall: %1.")
                .replace("%1", status_word(report.overall)))
        else:
            self.view.paste_message.setText(
                _t("Showing the patient's report from %1. Overall: %2.")
                .replace("%1", report.started_at.strftime("%Y-%m-%d %H:%M"))
                .replace("%2", status_word(report.overall)))
        self.show_metrics()

    def _parse(self, text: str) -> tuple[RunReport, bool]:
        """(the report, whether it came from a support code); ValueError with the sentence
        for the agent when the text is neither."""
        config = self.session.config
        if text.startswith("{"):
            try:
                return RunReport.from_dict(json.loads(text), config), False
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(_t("This is not a Preflight report (%1).")
                                 .replace("%1", type(exc).__name__)) from None
        try:
            decoded = decode_code(text, config)
        except ValueError as exc:  # SupportCodeError: mistyped, incomplete or newer
            raise ValueError(_t("This support code could not be read (%1). Ask the caller to "
                                "read it again.").replace("%1", str(exc) or type(exc).__name__)
                             ) from None
        return decoded.to_report(config), True

    def show_live(self) -> None:
        if self.pasted is None:
            return
        self.pasted, self._from_code = None, False
        extra = [c for c in self.rows if c not in self.session.check_ids]
        for check_id in sorted(extra, key=self.rows.__getitem__, reverse=True):
            self.view.table.removeRow(self.rows.pop(check_id))  # last first: rows shift up
        for check_id in self.rows:
            self._set_row(check_id, self.session.results.get(check_id))
        self.view.back_to_live.setEnabled(False)
        self.view.paste_message.setText(_t("Showing this computer."))
        self.show_metrics()

    def stop_scans(self) -> None:
        if self._scan is not None:
            self._scan.wait(3000)


def _format_value(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
