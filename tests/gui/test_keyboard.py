"""Keyboard only: the whole patient flow with Tab and Space, every stop named for screen
readers, and focus visibly drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton

pytestmark = pytest.mark.timeout(60)


def _focus():
    return QApplication.focusWidget()


def _press(qtbot, key):
    qtbot.keyClick(_focus(), key)


def _tab_cycle(qtbot, limit=60):
    """Every widget Tab reaches on the current page, in order, until it wraps around."""
    seen = [_focus()]
    for _ in range(limit):
        _press(qtbot, Qt.Key.Key_Tab)
        widget = _focus()
        if widget in seen:
            break
        seen.append(widget)
    return seen


def test_keyboard_only_walk_through(qtbot, make_window):
    from preflight.gui.main_window import load_style

    QApplication.instance().setStyleSheet(load_style())
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: _focus() is window.patient.welcome.start, timeout=3000)
    _press(qtbot, Qt.Key.Key_Space)
    p = window.patient
    for step in p.steps:
        qtbot.waitUntil(lambda s=step: window.stack.currentWidget() is s.view, timeout=3000)
        qtbot.waitUntil(lambda s=step: all(c in window.session.results for c in s.checks),
                        timeout=10_000)
        assert _focus() is step.view.next
        _press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is p.results
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    reachable = _tab_cycle(qtbot)
    buttons = {w.text() for w in reachable if isinstance(w, QPushButton)}
    assert {"Start over", "Help and phone numbers", "Before your visit: checklist"} <= buttons
    for widget in reachable:
        assert widget.accessibleName(), f"{widget!r} has no accessible name"
    while _focus() is not p.results.checklist:
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is p.checklist
    boxes = [w for w in _tab_cycle(qtbot) if isinstance(w, QCheckBox)]
    assert len(boxes) == len(p.checklist.boxes)
    while _focus() is not boxes[0]:
        _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Space)
    assert boxes[0].isChecked()
    QApplication.instance().setStyleSheet("")


def test_problem_cards_are_reachable_by_keyboard(qtbot, make_window):
    from preflight.engine.result import Status
    from tests.gui.fakes import Plan

    window = make_window({"camera": Plan(status=Status.FAIL)})
    p = window.patient
    window.activateWindow()
    p.start()
    qtbot.waitUntil(lambda: len(window.session.results) >= 4, timeout=5000)
    p.go_to_step(1)
    p.go_to_step(2)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    p.show_results()
    reachable = _tab_cycle(qtbot)
    again = [w for w in reachable if isinstance(w, QPushButton) and w.text() == "Check again"]
    assert len(again) == 1
    assert again[0].accessibleName() == "Check again: Camera"


def test_focus_is_visible(qtbot, make_window):
    """A focused button is drawn differently from an unfocused one (the QSS focus outline)."""
    from preflight.gui.main_window import load_style

    QApplication.instance().setStyleSheet(load_style())
    window = make_window()
    window.activateWindow()
    p = window.patient
    qtbot.waitUntil(lambda: _focus() is p.welcome.start, timeout=3000)
    focused = p.welcome.helpdesk
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus, timeout=2000)
    with_focus = focused.grab().toImage()
    p.welcome.start.setFocus()
    qtbot.waitUntil(lambda: not focused.hasFocus(), timeout=2000)
    without = focused.grab().toImage()
    assert with_focus != without
    QApplication.instance().setStyleSheet("")
