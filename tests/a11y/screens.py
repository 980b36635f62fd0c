"""Every screen of the window, in a state worth checking, for the accessibility tests.

Used in-process by the offscreen tests (with pytest-qt's waitUntil) and by render_screens.py
under Xvfb. The checks are the fakes of tests/gui/fakes.py (no camera, sound card or internet
here); they run through the real engine, session and controllers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QWidget

from preflight.engine.result import Status
from tests.gui.fakes import Plan

Wait = Callable[[Callable[[], bool], int], None]

# A mixed outcome: every kind of card appears (problem cards, hotline, support code, restart).
PLANS = {
    "microphone": Plan(status=Status.WARN),
    "bandwidth": Plan(status=Status.FAIL),
    "system": Plan(status=Status.WARN, restart=True),
}


def screens(window, wait: Wait) -> Iterator[tuple[str, QWidget]]:
    """Shows each screen in turn and yields (name, page). The window must be shown."""
    p, s = window.patient, window.session
    yield "welcome", p.welcome
    p.start()
    for index, step in enumerate(p.steps):
        p.go_to_step(index)
        wait(lambda st=step: all(c in s.results for c in st.checks), 10_000)
        wait(lambda st=step: not any(s.is_running(c) for c in st.checks), 5_000)
        yield f"step-{step.key}", step.view
    wait(lambda: not s.busy, 10_000)
    p.show_results()
    yield "results", p.results
    p.show_page(p.checklist)
    yield "checklist", p.checklist
    p.show_page(p.help)
    yield "help", p.help
    window.show_helpdesk()
    h = window.helpdesk
    h.view.table.selectRow(0)
    yield "helpdesk", window.helpdesk_view
