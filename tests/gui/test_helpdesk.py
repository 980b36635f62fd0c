"""Help-desk mode: the table, run one / all, metrics, pasted reports and support codes."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from preflight.engine.result import Status
from tests.gui.fakes import Plan

pytestmark = pytest.mark.timeout(60)


def _status_cells(view):
    return [view.table.item(r, 1).text() for r in range(view.table.rowCount())]


def test_run_all_fills_the_table(qtbot, make_window):
    window = make_window({"speaker": Plan(status=Status.FAIL)})
    qtbot.mouseClick(window.patient.welcome.helpdesk, Qt.MouseButton.LeftButton)
    view = window.helpdesk_view
    assert window.stack.currentWidget() is view
    qtbot.mouseClick(view.run_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.session.results) == 6 and not window.session.busy,
                    timeout=10_000)
    assert _status_cells(view) == ["Ready", "Ready", "Problem", "Ready", "Ready", "Ready"]
    view.table.selectRow(2)
    keys = [view.metrics.item(r, 0).text() for r in range(view.metrics.rowCount())]
    values = [view.metrics.item(r, 1).text() for r in range(view.metrics.rowCount())]
    assert "fake_ms" in keys and "duration_s" in keys
    # The real check's words for its finding: the patient's advice and the agent's.
    speaker = window.session.results["speaker"]
    assert speaker.summary in values
    assert speaker.advice and set(speaker.advice) <= set(values)
    helpdesk = window.registry.descriptor("speaker").helpdesk(speaker.findings)
    assert helpdesk and set(helpdesk) <= set(values)
    assert ", ".join(speaker.finding_ids) in values
    # The live log shows what happened, as it happened.
    qtbot.waitUntil(lambda: "check speaker: fail" in view.log.toPlainText(), timeout=3000)


def test_run_selected_reruns_only_that_check(qtbot, make_window):
    window = make_window()
    window.show_helpdesk()
    view = window.helpdesk_view
    view.table.selectRow(5)
    qtbot.mouseClick(view.run_selected, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "system" in window.session.results, timeout=5000)
    qtbot.mouseClick(view.run_selected, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.registry.calls.get("system") == 2, timeout=5000)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    assert set(window.registry.calls) == {"system"}


def test_stop_cancels_everything(qtbot, make_window):
    window = make_window({cid: Plan(seconds=30) for cid in ("camera", "network", "system")})
    window.show_helpdesk()
    view = window.helpdesk_view
    qtbot.mouseClick(view.run_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.cancel.isEnabled, timeout=3000)
    qtbot.mouseClick(view.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=2000)
    assert window.session.results["camera"].status == Status.SKIP


def test_pasted_report_is_shown_then_live_again(qtbot, make_window, config):
    from preflight.engine.report import RunReport
    from preflight.engine.result import CheckResult

    window = make_window()
    window.show_helpdesk()
    view = window.helpdesk_view
    from datetime import UTC, datetime

    report = RunReport(datetime(2026, 11, 27, 9, 30, tzinfo=UTC), [
        CheckResult("camera", Status.FAIL, "No camera found.", ("Plug it in.",),
                    {"width_px": 0}),
        CheckResult("bandwidth", Status.PASS, "Fast enough.", (), {"download_mbps": 25.0}),
    ], config)
    view.paste.setPlainText(json.dumps(report.to_dict()))
    qtbot.mouseClick(view.open_report, Qt.MouseButton.LeftButton)
    assert "2026-11-27 09:30" in view.paste_message.text()
    cells = _status_cells(view)
    assert cells[0] == "Problem" and cells[4] == "Ready" and cells[5] == "Not started"
    view.table.selectRow(0)
    assert view.metrics.item(0, 1).text() == "No camera found."
    qtbot.mouseClick(view.back_to_live, Qt.MouseButton.LeftButton)
    assert _status_cells(view)[0] == "Not started"


def test_garbage_paste_is_explained(qtbot, make_window):
    window = make_window()
    view = window.helpdesk_view
    view.paste.setPlainText('{"schema": "something else"}')
    qtbot.mouseClick(view.open_report, Qt.MouseButton.LeftButton)
    assert "not a Preflight report" in view.paste_message.text()
    view.paste.setPlainText("")
    qtbot.mouseClick(view.open_report, Qt.MouseButton.LeftButton)
    assert "Paste a report" in view.paste_message.text()


def test_support_code_round_trip(qtbot, make_window, config):
    from datetime import UTC, datetime

    from preflight.engine.report import RunReport
    from preflight.support.code import encode_report
    from tests.gui.fakes import DESCRIPTORS, Plan, planned_finding

    def result(check_id, status, **metrics):
        finding = planned_finding(DESCRIPTORS[check_id], Plan(status=status), config)
        return DESCRIPTORS[check_id].result([finding], **metrics)

    report = RunReport(datetime.now(UTC), [
        result("microphone", Status.FAIL),
        result("system", Status.PASS, cpu_percent=10.0),
    ], config)
    code = encode_report(report)
    window = make_window()
    view = window.helpdesk_view
    view.paste.setPlainText(code)
    qtbot.mouseClick(view.open_report, Qt.MouseButton.LeftButton)
    assert "support code" in view.paste_message.text()
    cells = _status_cells(view)
    assert cells[1] == "Problem" and cells[5] == "Ready"
    # The decoded findings, and the agent's advice for them in the check's own words.
    view.table.selectRow(1)
    values = [view.metrics.item(r, 1).text() for r in range(view.metrics.rowCount())]
    microphone = report.result("microphone")
    assert ", ".join(microphone.finding_ids) in values
    helpdesk = DESCRIPTORS["microphone"].helpdesk(microphone.findings)
    assert helpdesk and set(helpdesk) <= set(values)
    # A mistyped code is refused with the support module's own sentence.
    view.paste.setPlainText(code[:-1] + ("0" if code[-1] != "0" else "1"))
    qtbot.mouseClick(view.open_report, Qt.MouseButton.LeftButton)
    assert "could not be read" in view.paste_message.text()
