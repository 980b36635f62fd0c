"""Keyboard focus is visible: every control Tab reaches is drawn differently when it has focus
(grab() with and without focus, pixels compared), in the default and high-contrast styles."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.a11y.screens import PLANS, screens
from tests.a11y.widgets_util import accepts_tab, interactive_widgets

pytestmark = pytest.mark.timeout(120)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = np.frombuffer(image.constBits(), dtype=np.uint8)
    return data.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 4].copy()


def changed_pixels(a: QImage, b: QImage) -> int:
    pa, pb = _pixels(a), _pixels(b)
    if pa.shape != pb.shape:
        return pa.size // 4
    return int(np.any((pa != pb).reshape(pa.shape[0], -1, 4), axis=2).sum())


def test_changed_pixels_counts_a_drawn_ring():
    """The measure itself: a 1-pixel frame round a 10x10 image is 36 changed pixels."""
    a = QImage(10, 10, QImage.Format.Format_RGB32)
    a.fill(0xFFFFFFFF)
    b = a.copy()
    for i in range(10):
        for x, y in ((i, 0), (i, 9), (0, i), (9, i)):
            b.setPixel(x, y, 0xFF000000)
    assert changed_pixels(a, a.copy()) == 0
    assert changed_pixels(a, b) == 36


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_focus_is_drawn_on_every_control(qtbot, make_window, screen_wait, high_contrast):
    from preflight.gui.main_window import load_style

    app = QApplication.instance()
    app.setStyleSheet(load_style(high_contrast))
    window = make_window(dict(PLANS))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    faint, seen = [], 0
    try:
        for name, page in screens(window, screen_wait):
            controls = [w for w in interactive_widgets(page) if w.isEnabled() and accepts_tab(w)]
            for widget in controls:
                other = next(w for w in controls if w is not widget)
                other.setFocus()
                qtbot.waitUntil(lambda w=widget: not w.hasFocus(), timeout=2000)
                without = widget.grab().toImage()
                widget.setFocus()
                qtbot.waitUntil(widget.hasFocus, timeout=2000)
                with_focus = widget.grab().toImage()
                changed = changed_pixels(with_focus, without)
                # At least a 1-pixel ring round the control: a focus mark you can see.
                ring = 2 * (widget.width() + widget.height())
                seen += 1
                if changed < ring:
                    faint.append(f"{name}: {type(widget).__name__} "
                                 f"{widget.accessibleName()!r}: {changed} px changed, "
                                 f"less than a {ring} px ring")
    finally:
        app.setStyleSheet("")
    assert seen >= 40
    assert not faint, "\n".join(faint)


@pytest.mark.parametrize("high_contrast", [False, True], ids=["default", "high-contrast"])
def test_scroll_bar_handle_stands_out(qtbot, high_contrast):
    """A long page shows that there is more below: the rendered scroll-bar handle against its
    track is at least 3:1 (WCAG 1.4.11, non-text contrast)."""
    from PySide6.QtWidgets import QLabel, QScrollArea, QStyle, QStyleOptionSlider

    from preflight.gui.main_window import load_style
    from tests.a11y.contrast import contrast

    app = QApplication.instance()
    app.setStyleSheet(load_style(high_contrast))
    try:
        area = QScrollArea()
        qtbot.addWidget(area)
        area.setWidget(QLabel("\n".join(f"Line {i}" for i in range(200))))
        area.resize(300, 300)
        area.show()
        qtbot.waitUntil(area.isVisible)
        bar = area.verticalScrollBar()
        assert bar.maximum() > 0
        option = QStyleOptionSlider()
        bar.initStyleOption(option)
        handle = bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option,
                                            QStyle.SubControl.SC_ScrollBarSlider, bar)
        image = bar.grab().toImage()
        centre = handle.center()
        inside = image.pixelColor(centre).name()
        below = image.pixelColor(centre.x(), min(image.height() - 4, handle.bottom() + 30))
        assert handle.bottom() + 30 < image.height()
        ratio = contrast(inside, below.name())
        assert ratio >= 3.0, f"handle {inside} on track {below.name()}: {ratio:.2f}:1"
    finally:
        app.setStyleSheet("")
