"""Every interactive widget on every screen has a screen-reader name and takes Tab, and Tab
walks each screen in reading order (top to bottom, left to right, as drawn)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from tests.a11y.screens import PLANS, screens
from tests.a11y.widgets_util import (
    accepts_tab,
    focus_chain,
    interactive_widgets,
    page_pos,
    reading_order,
)

pytestmark = pytest.mark.timeout(90)

# The action each screen exists for: it must be in the Tab order.
MAIN_ACTION = {
    "welcome": lambda w: w.patient.welcome.start,
    "results": lambda w: w.patient.results.checklist,
    "help": lambda w: w.patient.help.back,
    "helpdesk": lambda w: w.helpdesk_view.run_all,
}


def _describe(widget) -> str:
    text = widget.text() if hasattr(widget, "text") else ""
    return f"{type(widget).__name__}({text!r}, name={widget.accessibleName()!r})"


def _walk(window, wait, high_contrast=False):
    from preflight.gui.main_window import load_style

    QApplication.instance().setStyleSheet(load_style(high_contrast))
    try:
        for name, page in screens(window, wait):
            QApplication.processEvents()
            yield name, page
    finally:
        QApplication.instance().setStyleSheet("")


def test_every_interactive_widget_is_named_and_takes_tab(make_window, screen_wait):
    window = make_window(dict(PLANS))
    problems, counted = [], {}
    for name, page in _walk(window, screen_wait):
        widgets = interactive_widgets(page)
        counted[name] = len(widgets)
        names: dict[str, list] = {}
        for widget in widgets:
            if not widget.accessibleName().strip():
                problems.append(f"{name}: {_describe(widget)} has no accessible name")
            if not accepts_tab(widget):
                problems.append(f"{name}: {_describe(widget)} cannot be reached with Tab "
                                f"(focus policy {widget.focusPolicy()})")
            names.setdefault(widget.accessibleName(), []).append(widget)
        for accessible, same in names.items():
            # Two controls with one name are told apart by their descriptions, or not at all.
            descriptions = {w.accessibleDescription() for w in same}
            if len(same) > 1 and len(descriptions) < len(same):
                problems.append(f"{name}: {len(same)} controls are all called {accessible!r}")
    assert not problems, "\n".join(problems)
    # The walk really saw every screen and its controls (a broken walk would pass vacuously).
    assert set(counted) >= {"welcome", "step-camera", "step-microphone", "step-speaker",
                            "step-connection", "step-computer", "results", "checklist",
                            "help", "helpdesk"}
    assert counted["welcome"] == 3 and counted["helpdesk"] >= 12
    assert counted["results"] >= 7  # 4 buttons + Check again on 3 problem cards


def test_tab_follows_reading_order(make_window, screen_wait):
    window = make_window(dict(PLANS))
    problems = []
    for name, page in _walk(window, screen_wait):
        members = [w for w in interactive_widgets(page) if w.isEnabled() and accepts_tab(w)]
        chain = focus_chain(page, members)
        expected = reading_order(members, page)
        if set(chain) != set(expected):
            missing = [_describe(w) for w in expected if w not in chain]
            problems.append(f"{name}: not in the Tab chain: {missing}")
        elif chain != expected:
            problems.append(
                f"{name}: Tab goes\n    " + "\n    ".join(
                    f"{_describe(w)} at {page_pos(w, page)[:2]}" for w in chain)
                + "\n  but reading order is\n    "
                + "\n    ".join(_describe(w) for w in expected))
        main = MAIN_ACTION.get(name)
        if main is None and name.startswith("step-"):
            main = lambda w, p=page: p.next  # noqa: E731
        if main is not None and main(window) not in chain:
            problems.append(f"{name}: the main action {_describe(main(window))} is not in Tab")
    assert not problems, "\n".join(problems)


def test_main_action_is_a_button_with_a_plain_name(make_window, screen_wait):
    window = make_window(dict(PLANS))
    for name, page in _walk(window, screen_wait):
        main = MAIN_ACTION.get(name) or (lambda w, p=page: getattr(p, "next", None))
        button = main(window)
        if button is None:
            continue
        assert isinstance(button, QPushButton), name
        assert button.accessibleName() == button.text().replace("&", ""), name


def test_screen_readers_get_the_names_and_roles(make_window, screen_wait):
    """What a screen reader reads comes from Qt's accessibility interface (AT-SPI on Linux,
    UIA on Windows, NSAccessibility on macOS): every control has its name and a role there."""
    from PySide6.QtGui import QAccessible

    roles = QAccessible.Role
    # A checkable button (the "High contrast" switch) is rightly a check box: its state is read.
    expected = {"QPushButton": {roles.Button, roles.PushButton, roles.Link, roles.CheckBox},
                "WrapCheckBox": {roles.CheckBox}, "QComboBox": {roles.ComboBox},
                "QTableWidget": {roles.Table}, "QPlainTextEdit": {roles.EditableText},
                "QLabel": {roles.StaticText, roles.Link}}
    window = make_window(dict(PLANS))
    problems, checked = [], 0
    for name, page in _walk(window, screen_wait):
        for widget in interactive_widgets(page):
            iface = QAccessible.queryAccessibleInterface(widget)
            assert iface is not None and iface.isValid(), _describe(widget)
            spoken = iface.text(QAccessible.Text.Name)
            if isinstance(widget, QComboBox) and sys.platform.startswith("linux"):
                # Qt on Linux reads a combo box's value as its name and its label through the
                # "labelled by" relation (the label's buddy): Orca says "Camera:, Automatic".
                labels = [rel[0].text(QAccessible.Text.Name) for rel
                          in iface.relations(QAccessible.Relation.Label)]
                if spoken != widget.currentText() or not any(
                        widget.accessibleName().rstrip(":") in t for t in labels):
                    problems.append(f"{name}: {_describe(widget)} is read as {spoken!r}, "
                                    f"labelled by {labels!r}")
            elif spoken != widget.accessibleName():
                problems.append(f"{name}: {_describe(widget)} is read as {spoken!r}")
            role = iface.role()
            allowed = expected.get(type(widget).__name__)
            if allowed is not None and role not in allowed:
                problems.append(f"{name}: {_describe(widget)} has role {role}")
            checked += 1
    assert checked >= 40
    assert not problems, "\n".join(problems)


def test_question_dialog_is_named_and_keyboard_ready(qtbot):
    from preflight.gui.ask_dialog import AskDialog

    dialog = AskDialog("Did you hear the test sound?")
    qtbot.addWidget(dialog)
    assert dialog.accessibleName() == "Did you hear the test sound?"
    for button in (dialog.yes, dialog.no):
        assert button.accessibleName() in ("Yes", "No")
        assert button.accessibleDescription() == "Did you hear the test sound?"
        assert accepts_tab(button)
    assert dialog.yes.isDefault()  # Enter answers "Yes" from anywhere in the dialog
