"""Colour contrast (WCAG AA) of both style sheets, and status shown by icon AND word."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.a11y.contrast import contrast, focus_ring, load, parse_qss, text_pairs

STYLES = ["default.qss", "high-contrast.qss"]


def test_contrast_formula_matches_wcag_examples():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the famous grey
    assert contrast("#0b4a9e", "#0b4a9e") == pytest.approx(1.0)


def test_parser_applies_later_rules_and_each_selector():
    sheet = parse_qss("/* x { color: #111111 } */ A, B { color: #000000; background: #fff000 }"
                      "\nB { color: #ffffff; }")
    assert sheet["A"] == {"color": "#000000", "background": "#fff000"}
    assert sheet["B"]["color"] == "#ffffff" and sheet["B"]["background"] == "#fff000"


@pytest.mark.parametrize("name", STYLES)
def test_text_meets_wcag_aa(name):
    low = [f"{what}: {fg} on {bg} is {contrast(fg, bg):.2f}:1"
           for what, fg, bg, required in text_pairs(load(name))
           if required and contrast(fg, bg) < 4.5]
    assert not low, "\n".join(low)


def test_high_contrast_is_at_least_aaa_for_text():
    """The high-contrast option is for low vision: 7:1 (WCAG AAA) for every text colour."""
    low = [f"{what}: {contrast(fg, bg):.2f}:1" for what, fg, bg, required
           in text_pairs(load("high-contrast.qss")) if required and contrast(fg, bg) < 7.0]
    assert not low, "\n".join(low)


@pytest.mark.parametrize("name", STYLES)
def test_focus_ring_stands_out_from_the_page(name):
    ring, page = focus_ring(load(name))
    assert contrast(ring, page) >= 3.0, f"focus ring {ring} on {page}"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_style_sheet_loads_and_applies(qtbot, high_contrast):
    """Qt accepts the sheet (an invalid sheet is silently dropped: the label would keep the
    platform's colour) and the text colour it sets is what gets used."""
    from preflight.gui.main_window import load_style

    text = load_style(high_contrast)
    assert text.strip()
    app = QApplication.instance()
    app.setStyleSheet(text)
    try:
        widget = QLabel("Hello")
        widget.setObjectName("muted")
        qtbot.addWidget(widget)
        widget.ensurePolished()
        expected = "#000000" if high_contrast else "#44474e"
        assert widget.palette().color(widget.foregroundRole()).name() == expected
    finally:
        app.setStyleSheet("")


def test_high_contrast_link_on_the_welcome_page_switches_style(qtbot, make_window):
    from preflight.gui.main_window import load_style

    app = QApplication.instance()
    app.setStyleSheet(load_style())
    window = make_window()
    try:
        window.patient.welcome.contrast.click()
        assert app.styleSheet() == load_style(True)
        window.patient.welcome.contrast.click()
        assert app.styleSheet() == load_style(False)
    finally:
        app.setStyleSheet("")
