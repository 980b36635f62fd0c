"""The whole patient flow, and help-desk mode, with the keyboard alone: only Tab, Shift+Tab,
Space and Enter are pressed (QTest key events to the focused widget; no mouse, no direct calls
into the window). The checks are the fast fakes of tests/gui/fakes.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from preflight.engine.result import Status
from tests.gui.fakes import Plan

pytestmark = pytest.mark.timeout(90)

TAB, SPACE, ENTER = Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Return


def _focus():
    return QApplication.focusWidget()


def _key(qtbot, key):
    widget = _focus()
    assert widget is not None, "nothing has keyboard focus"
    qtbot.keyClick(widget, key)


def _tab_to(qtbot, target, limit=40) -> int:
    """Presses Tab until `target` has focus; returns how many presses it took."""
    for presses in range(limit + 1):
        if _focus() is target:
            return presses
        _key(qtbot, TAB)
    pytest.fail(f"Tab never reached {target.text() if hasattr(target, 'text') else target!r}")


def _activate(qtbot, target, key):
    _tab_to(qtbot, target)
    _key(qtbot, key)


@pytest.mark.parametrize("key", [SPACE, ENTER], ids=["space", "enter"])
def test_patient_flow_by_keyboard_alone(qtbot, make_window, key):
    from preflight.gui.main_window import load_style

    QApplication.instance().setStyleSheet(load_style())
    plans = {"speaker": Plan(ask="Did you hear the test sound?"),
             "bandwidth": Plan(status=Status.FAIL)}
    window = make_window(plans)
    window.activateWindow()
    p, s = window.patient, window.session
    qtbot.waitUntil(lambda: _focus() is not None, timeout=3000)
    _activate(qtbot, p.welcome.start, key)
    for step in p.steps:
        qtbot.waitUntil(lambda st=step: window.stack.currentWidget() is st.view, timeout=3000)
        if step.key == "speaker":
            # The check's question: answered with the keyboard in its dialog.
            qtbot.waitUntil(lambda: bool(p._dialogs), timeout=5000)
            dialog = next(iter(p._dialogs.values()))
            qtbot.waitUntil(lambda d=dialog: _focus() in (d.yes, d.no), timeout=3000)
            _activate(qtbot, dialog.yes, key)
            # The offscreen platform has no window manager to give the window back its
            # activation when the dialog closes; do what one does. Qt then restores the focus.
            qtbot.waitUntil(lambda d=dialog: not d.isVisible(), timeout=3000)
            window.activateWindow()
            qtbot.waitUntil(lambda: _focus() is not None, timeout=3000)
            assert _focus().window() is window
        qtbot.waitUntil(lambda st=step: all(c in s.results for c in st.checks), timeout=10_000)
        _activate(qtbot, step.view.next, key)
    assert s.results["speaker"].metrics["answer"] is True  # the keyboard's "Yes" arrived
    assert window.stack.currentWidget() is p.results
    qtbot.waitUntil(lambda: not s.busy, timeout=5000)
    # The failed check's "Check again", by keyboard, runs it once more.
    card = next(c for c in p.results.problem_cards if c.check_id == "bandwidth")
    before = window.registry.calls["bandwidth"]
    _activate(qtbot, card.button, key)
    qtbot.waitUntil(lambda: window.registry.calls["bandwidth"] == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: not s.busy, timeout=5000)
    # On to the checklist; tick every item with Space (a check box's key).
    p.show_results()
    _activate(qtbot, p.results.checklist, key)
    assert window.stack.currentWidget() is p.checklist
    for box in p.checklist.boxes:
        _activate(qtbot, box, SPACE)
        assert box.isChecked()
    # Help and back, by keyboard.
    _activate(qtbot, p.checklist.help, key)
    assert window.stack.currentWidget() is p.help
    _activate(qtbot, p.help.back, key)
    assert window.stack.currentWidget() is p.checklist
    QApplication.instance().setStyleSheet("")


def test_shift_tab_walks_back(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    welcome = window.patient.welcome
    qtbot.waitUntil(lambda: _focus() is welcome.start, timeout=3000)
    forward = []
    for _ in range(3):
        _key(qtbot, TAB)
        forward.append(_focus())
    backward = []
    for _ in range(3):
        qtbot.keyClick(_focus(), TAB, Qt.KeyboardModifier.ShiftModifier)
        backward.append(_focus())
    assert backward[:2] == forward[:2][::-1]


def test_helpdesk_by_keyboard_alone(qtbot, make_window):
    window = make_window()
    window.activateWindow()
    p, view = window.patient, window.helpdesk_view
    qtbot.waitUntil(lambda: _focus() is p.welcome.start, timeout=3000)
    _activate(qtbot, p.welcome.helpdesk, SPACE)
    assert window.stack.currentWidget() is view
    assert _focus() is view.run_all
    _key(qtbot, SPACE)
    qtbot.waitUntil(lambda: len(window.session.results) == 6, timeout=10_000)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    # Into the table, down to the second row, Enter runs that check alone.
    _tab_to(qtbot, view.table)
    qtbot.keyClick(view.table, Qt.Key.Key_Home)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert window.helpdesk.selected_id() == "microphone"
    calls = dict(window.registry.calls)
    qtbot.keyClick(view.table, ENTER)
    qtbot.waitUntil(lambda: window.registry.calls["microphone"] == calls["microphone"] + 1,
                    timeout=5000)
    assert window.registry.calls["camera"] == calls["camera"]
    qtbot.waitUntil(lambda: not window.session.busy, timeout=5000)
    # One Tab leaves the table (arrow keys move inside it; Tab does not walk every cell).
    _key(qtbot, TAB)
    assert _focus() is not view.table
    # Tab leaves the paste box (it does not swallow Tab) and reaches the way back.
    _tab_to(qtbot, view.paste)
    _key(qtbot, TAB)
    assert _focus() is not view.paste
    _activate(qtbot, view.back, SPACE)
    assert window.stack.currentWidget() is p.welcome
    assert isinstance(_focus(), QPushButton)
