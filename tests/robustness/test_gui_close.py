"""The window closed during every step of the patient flow (docs/robustness.md).

Checks are the GUI tests' fake checks (tests/gui/fakes.py: the devices do not exist here, and
a fake check can be made to run for as long as the test needs); the engine Runner, the worker
threads, the ask bridge and Qt (offscreen) are real. After each close: nothing is left running
(`no_thread_left`), the session stopped within the shutdown's promise, and a new window
checks everything again from start to results.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from preflight.engine.result import Status
from tests.gui.fakes import IDS, Plan
from tests.gui.test_flow import _walk_to_results

pytestmark = pytest.mark.timeout(120)

LONG = 30.0  # a fake check "works" this long: it is surely running when the window closes


def _slow_plans(**changes: Plan) -> dict[str, Plan]:
    plans = {cid: Plan(seconds=LONG) for cid in IDS}
    plans.update(changes)
    return plans


def _close_and_check(qtbot, window) -> None:
    start = time.monotonic()
    window.close()
    took = time.monotonic() - start
    assert window.shutdown()  # already shut down by closeEvent: every worker thread ended
    assert took < 4.0, f"closing took {took:.1f} s"
    # The stopped checks' last events are queued signals: once delivered, nothing is running.
    qtbot.waitUntil(lambda: not window.session.busy, timeout=2000)


def _run_again(qtbot, make_window) -> None:
    """A fresh window in the same process runs every check to the results page."""
    window = make_window()
    _walk_to_results(qtbot, window)
    assert window.patient.results.verdict.text() == "You're ready for your visit"


def _step_index(window, key: str) -> int:
    return next(i for i, s in enumerate(window.patient.steps) if s.key == key)


def _turn_ms(config, step_index: int, window) -> int:
    """How long a step's check may wait for its turn: guided checks share the devices and run
    one at a time, so a later step's starts once each slow one before it is abandoned at its
    deadline (`[deadlines]`), plus a margin for the worker to start."""
    before = [c for s in window.patient.steps[:step_index] if s.guided for c in s.checks]
    return int(1000 * (5.0 + sum(float(config["deadlines"][f"{c}_s"]) for c in before)))


@pytest.mark.parametrize("step", ["camera", "microphone", "speaker", "connection", "computer"])
def test_window_closed_while_a_step_checks(qtbot, no_thread_left, make_window, config, step):
    window = make_window(_slow_plans())
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    index = _step_index(window, step)
    window.patient.go_to_step(index)
    checks = window.patient.steps[index].checks
    # A later step's check waits its turn (the microphone: for the slow camera's deadline).
    qtbot.waitUntil(lambda: any(window.session.is_running(c) for c in checks),
                    timeout=_turn_ms(config, index, window))
    assert window.stack.currentWidget() is window.patient.steps[index].view
    _close_and_check(qtbot, window)
    _run_again(qtbot, make_window)


def test_window_closed_on_the_welcome_page(qtbot, no_thread_left, make_window):
    window = make_window(_slow_plans())
    _close_and_check(qtbot, window)
    _run_again(qtbot, make_window)


def test_window_closed_while_a_question_is_open(qtbot, no_thread_left, make_window, config):
    """The speaker check asks "Did you hear it?": the window closes with the question open."""
    window = make_window(_slow_plans(speaker=Plan(seconds=LONG, ask="Did you hear the sound?")))
    qtbot.mouseClick(window.patient.welcome.start, Qt.MouseButton.LeftButton)
    index = _step_index(window, "speaker")
    window.patient.go_to_step(index)
    qtbot.waitUntil(lambda: window.session.is_running("speaker"),
                    timeout=_turn_ms(config, index, window))
    qtbot.wait(300)  # the question reaches the UI thread
    _close_and_check(qtbot, window)
    _run_again(qtbot, make_window)


def test_window_closed_on_the_results_page_while_checking_again(
    qtbot, no_thread_left, make_window
):
    window = make_window({"bandwidth": Plan(status=Status.FAIL)})
    _walk_to_results(qtbot, window)
    assert window.patient.results.hotline.isVisible()
    window.plans["bandwidth"] = Plan(seconds=LONG)
    window.patient.check_again("bandwidth")
    qtbot.waitUntil(lambda: window.session.is_running("bandwidth"), timeout=10_000)
    _close_and_check(qtbot, window)
    _run_again(qtbot, make_window)


def test_window_closed_while_a_check_raises(qtbot, no_thread_left, make_window):
    """A check that crashes, then the window closed: the hotline showed, nothing left behind."""
    window = make_window({"camera": Plan(raises=True)})
    _walk_to_results(qtbot, window)
    assert window.patient.results.hotline.isVisible()
    _close_and_check(qtbot, window)
    _run_again(qtbot, make_window)
