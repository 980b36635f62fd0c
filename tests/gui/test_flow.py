"""The patient flow end to end on fake checks (through the real engine Runner and Qt)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from preflight.engine.result import Status
from tests.gui.fakes import Plan

pytestmark = pytest.mark.timeout(60)


def _wait_idle(qtbot, window, timeout=10_000):
    qtbot.waitUntil(lambda: not window.session.busy, timeout=timeout)


def _walk_to_results(qtbot, window):
    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    for step in p.steps:
        assert window.stack.currentWidget() is step.view
        qtbot.waitUntil(lambda s=step: all(c in window.session.results for c in s.checks),
                        timeout=10_000)
        qtbot.mouseClick(step.view.next, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is p.results
    _wait_idle(qtbot, window)


def test_full_flow_all_pass(qtbot, no_thread_left, make_window):
    window = make_window()
    _walk_to_results(qtbot, window)
    results = window.patient.results
    assert results.verdict.text() == "You're ready for your visit"
    assert results.verdict_badge.status == "pass"
    assert not results.hotline.isVisible()
    assert not results.restart.isVisible()
    assert results.problem_cards == []
    assert set(window.registry.calls) == {
        "camera", "microphone", "speaker", "network", "bandwidth", "system"}
    # Every step in the side list shows its status as a word, not only a colour.
    for key, (_name, badge) in window.patient.step_list.rows.items():
        assert badge.status == "pass", key
        assert badge._word.text() == "Ready"


def test_background_checks_start_at_start(qtbot, make_window):
    window = make_window({"network": Plan(seconds=0.5), "system": Plan(seconds=0.5)})
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    # Camera (first step) and the background checks run at the same time.
    qtbot.waitUntil(lambda: {"network", "system"} <= window.session.running, timeout=3000)
    assert window.stack.currentWidget() is window.patient.steps[0].view
    _wait_idle(qtbot, window)


@pytest.mark.parametrize(
    ("status", "hotline"),
    [(Status.PASS, False), (Status.WARN, False), (Status.SKIP, False),
     (Status.FAIL, True), (Status.ERROR, True)],
)
def test_hotline_card_exactly_when_a_check_fails(qtbot, make_window, status, hotline):
    window = make_window({"bandwidth": Plan(status=status)})
    _walk_to_results(qtbot, window)
    view = window.patient.results
    assert view.hotline.isVisible() is hotline
    if status == Status.PASS:
        assert view.verdict.text() == "You're ready for your visit"
    elif hotline:
        assert view.verdict.text() == "Let's get you some help"
        assert "800-745-9683" in view.hotline.phone.text()
    elif status == Status.WARN:
        assert view.verdict.text() == "Almost ready: 1 thing to fix"
    else:  # skipped: nothing to fix, but not ready either (engine.present, as the CLI says)
        assert view.verdict.text() == "Not every check finished: please check again"
    if status != Status.PASS:
        assert [c.check_id for c in view.problem_cards] == ["bandwidth"]


def test_a_check_that_raises_shows_the_hotline(qtbot, make_window):
    window = make_window({"camera": Plan(raises=True)})
    _walk_to_results(qtbot, window)
    assert window.patient.results.hotline.isVisible()
    assert window.session.results["camera"].status == Status.ERROR


def test_two_problems_are_counted(qtbot, make_window):
    window = make_window({"camera": Plan(status=Status.WARN), "system": Plan(status=Status.WARN)})
    _walk_to_results(qtbot, window)
    assert window.patient.results.verdict.text() == "Almost ready: 2 things to fix"


def test_restart_card_when_recommended(qtbot, make_window):
    window = make_window({"system": Plan(status=Status.WARN, restart=True)})
    _walk_to_results(qtbot, window)
    view = window.patient.results
    assert view.restart.isVisible()
    assert "12 days" in view.restart.reasons.text()
    assert not view.hotline.isVisible()


def test_check_again_fixes_the_verdict(qtbot, make_window):
    window = make_window({"microphone": Plan(status=Status.FAIL)})
    _walk_to_results(qtbot, window)
    view = window.patient.results
    assert view.hotline.isVisible()
    window.plans["microphone"].status = Status.PASS
    (card,) = view.problem_cards
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: view.verdict.text() == "You're ready for your visit", timeout=3000)
    assert not view.hotline.isVisible()
    assert window.registry.calls["microphone"] == 2


def test_checking_the_connection_again_does_not_measure_the_speed_again(qtbot, make_window):
    """The speed test reads the network check's loss to measure a lossy link longer
    (Descriptor.reads), but what it concludes does not depend on it: Check again on the
    connection re-runs only that check (test_bandwidth has the hand-over itself)."""
    window = make_window({"network": Plan(status=Status.WARN, metrics={"udp_loss_pct": 3.0})})
    _walk_to_results(qtbot, window)
    calls = dict(window.registry.calls)
    assert window.session.run(["network"]) == ["network"]
    _wait_idle(qtbot, window)
    assert window.registry.calls["network"] == calls["network"] + 1
    assert window.registry.calls["bandwidth"] == calls["bandwidth"]


def test_stop_takes_effect_within_one_second(qtbot, make_window):
    window = make_window({"camera": Plan(seconds=30)})
    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    step = p.steps[0]
    qtbot.waitUntil(lambda: window.session.is_running("camera"), timeout=3000)
    qtbot.waitUntil(step.view.stop.isEnabled, timeout=3000)
    start = time.monotonic()
    qtbot.mouseClick(step.view.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=3000)
    assert time.monotonic() - start < 1.5  # generous hang guard; the promise is 1 s
    assert window.session.results["camera"].status == Status.SKIP
    assert step.view.cards["camera"].badge.status == "skip"
    # Not checked is never "ready".
    for _ in p.steps:
        pass
    p.show_results()
    _wait_idle(qtbot, window)
    p.render_results()
    assert p.results.verdict.text() != "You're ready for your visit"


def test_closing_the_window_mid_check_leaves_no_thread(qtbot, no_thread_left, make_window):
    window = make_window({"camera": Plan(seconds=30), "bandwidth": Plan(seconds=30)})
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {"camera", "bandwidth"} <= window.session.running, timeout=3000)
    start = time.monotonic()
    window.close()
    assert time.monotonic() - start < 3.0
    assert all(not w.isRunning() for w in window.session._workers)


def test_start_shows_the_first_step_before_its_checks_begin(qtbot, make_window):
    # The checks' threads begin a moment after the page is painted (gui/worker.py
    # START_DELAY_MS), but the window says "running" at once, and they do begin.
    window = make_window()
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.patient.steps[0].view
    assert {"camera", "network", "system"} <= window.session.running
    assert window.session.busy
    assert window.registry.calls == {}
    qtbot.waitUntil(lambda: {"camera", "network", "system"} <= set(window.registry.calls),
                    timeout=3000)


def test_closing_the_window_right_after_start_begins_no_check(qtbot, no_thread_left,
                                                              make_window):
    window = make_window()
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    window.close()  # before the checks' threads were due to begin
    qtbot.wait(300)  # past the moment they would have begun
    assert window.registry.calls == {}
    assert all(not w.isRunning() and not w.isFinished() for w in window.session._workers)
    assert not window.session.busy


def test_stop_before_the_check_begins_skips_it(qtbot, make_window):
    window = make_window({"camera": Plan(seconds=5)})
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.patient.steps[0].view.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=3000)
    assert window.session.results["camera"].status == Status.SKIP
    assert "camera" not in window.registry.calls


def test_question_dialog_answers_the_check(qtbot, make_window):
    window = make_window({"camera": Plan(ask="Did you hear the sound?")})
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.patient._dialogs), timeout=3000)
    (dialog,) = window.patient._dialogs.values()
    assert dialog.question.text() == "Did you hear the sound?"
    assert window.isEnabled()  # the window keeps painting: only the check's thread waits
    qtbot.mouseClick(dialog.no, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=3000)
    assert window.session.results["camera"].metrics["answer"] is False


def test_question_withdrawn_when_stopped(qtbot, make_window):
    window = make_window({"camera": Plan(ask="Did you hear the sound?")})
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.patient._dialogs), timeout=3000)
    qtbot.mouseClick(window.patient.steps[0].view.stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "camera" in window.session.results, timeout=3000)
    qtbot.waitUntil(lambda: not window.patient._dialogs, timeout=3000)
    assert window.session.results["camera"].metrics.get("answer") is None


def test_connection_and_computer_steps_explain_the_numbers(qtbot, make_window):
    window = make_window({
        "bandwidth": Plan(metrics={"download_mbps": 24.56, "upload_mbps": 3.2, "ping_ms": 41.0}),
        "system": Plan(status=Status.WARN, restart=True,
                       metrics={"programs_to_close": ["chrome", "Teams"]}),
    })
    _walk_to_results(qtbot, window)
    steps = {s.key: s.view for s in window.patient.steps}
    numbers = steps["connection"].numbers.text()
    assert "24.6 Mbit/s" in numbers and "3.2 Mbit/s" in numbers and "41 ms" in numbers
    computer = steps["computer"]
    assert not computer.restart.isHidden()
    assert "12 days" in computer.restart.reasons.text()
    assert computer.programs.text().endswith("chrome, Teams")


def test_results_give_a_support_code_and_save_a_report(qtbot, make_window, tmp_path):
    import json

    from preflight.support.code import decode_code

    window = make_window({"network": Plan(status=Status.FAIL)})
    _walk_to_results(qtbot, window)
    view = window.patient.results
    assert not view.support_code.isHidden()
    code = view.support_code.text().rsplit(": ", 1)[1]
    config = window.session.config
    decoded = decode_code(code, config).to_report(config)
    assert decoded.result("network").status == Status.FAIL
    assert decoded.result("network").finding_ids == window.session.results["network"].finding_ids
    target = tmp_path / "report.json"
    window.patient.save_report(str(target))
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["schema"] == "preflight.report/2"
    assert [c["id"] for c in document["checks"]][:2] == ["camera", "microphone"]
    assert str(target) in view.save_message.text()
    window.patient.save_report(str(tmp_path / "report.docx"))
    assert ".pdf" in view.save_message.text()  # the support module's plain sentence


def test_no_support_code_when_nothing_failed(qtbot, make_window):
    window = make_window({"network": Plan(status=Status.WARN)})
    _walk_to_results(qtbot, window)
    assert window.patient.results.support_code.isHidden()


def test_a_check_that_cannot_load_is_a_failure_not_a_missing_step(qtbot, make_window):
    """A check whose module is missing is not quietly left out: it runs with the background
    checks, reports it could not start, and the results page offers the hotline."""
    from preflight.engine.registry import Registry
    from tests.gui.fakes import DESCRIPTORS, Plan, _fake

    registry = Registry({"camera": "preflight.checks.no_such_module"})
    registry.calls = {}
    registry.add(_fake(DESCRIPTORS["system"], {"system": Plan()}, registry.calls))
    window = make_window(registry=registry)
    p = window.patient
    assert [s.key for s in p.steps] == ["computer"]
    assert p.plan.background_checks == ("camera", "system")
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: {"camera", "system"} <= set(window.session.results), timeout=5000)
    camera = window.session.results["camera"]
    assert camera.status == Status.ERROR and camera.finding_ids == ("engine.not_loaded",)
    qtbot.mouseClick(p.steps[0].view.next, Qt.MouseButton.LeftButton)
    _wait_idle(qtbot, window)
    view = p.results
    assert view.verdict.text() == "Let's get you some help"
    assert view.hotline.isVisible()
    (card,) = view.problem_cards
    assert card.check_id == "camera" and card.summary.text() == camera.summary
