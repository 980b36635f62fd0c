"""Renders every screen on a real X display (Xvfb) at a given text scale and style, saves the
screenshots, and reports text that does not fit its widget. Run by test_text_scale.py as
`python -m tests.a11y.render_screens --scale 2 --out DIR` with DISPLAY set; prints JSON.

Why a separate process: Qt picks its platform (xcb here, offscreen for the other tests) once per
process, and the 2x text size must be set before any widget is built (the window derives every
font from the application font when it builds its pages).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

WINDOW_SIZE = (1000, 720)  # MainWindow's own starting size


def _wait(app):
    def wait(condition, timeout_ms):
        deadline = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("screen did not reach its state")
            app.processEvents()
            time.sleep(0.01)

    return wait


def text_problems(page, window) -> list[str]:
    """Labels and buttons whose text does not fit their widget (1 px tolerance)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea

    problems = []
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window) or not widget.text().strip():
            continue
        if widget.parentWidget() is not None and isinstance(widget.parentWidget(), QScrollArea):
            continue
        what = f"{type(widget).__name__} {widget.text()[:50]!r}"
        size, hint = widget.size(), widget.sizeHint()
        if (isinstance(widget, QLabel) and widget.wordWrap()) or widget.hasHeightForWidth():
            need = widget.heightForWidth(size.width())
            if size.height() + 1 < need:
                problems.append(f"{what}: {size.height()} px high, its text needs {need}")
            # The longest word must fit: a wrapped label cannot break inside a word.
            least = widget.minimumSizeHint().width()
            if size.width() + 1 < least:
                problems.append(f"{what}: {size.width()} px wide, its longest word needs {least}")
        elif size.width() + 1 < hint.width() or size.height() + 1 < hint.height():
            problems.append(f"{what}: {size.width()}x{size.height()} px, its text needs "
                            f"{hint.width()}x{hint.height()}")
    return problems


def combo_problems(page, window) -> list[str]:
    """Combo boxes whose chosen entry is cut off ('…') in the box."""
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    problems = []
    for combo in page.findChildren(QComboBox):
        if not combo.isVisibleTo(window) or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if need > field.width() + 1:
            problems.append(f"QComboBox {combo.currentText()[:50]!r}: {field.width()} px for "
                            f"text {need} px wide")
    return problems


def table_problems(table) -> list[str]:
    """Table cells whose text needs more room than the cell has (Qt would elide it with '…').
    The room each cell needs is asked of the table's own delegate, laid out at the cell's width
    with word wrap on, as the table paints it."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    problems = []
    delegate = table.itemDelegate()
    for row in range(table.rowCount()):
        for col in range(table.columnCount()):
            item = table.item(row, col)
            if item is None or not item.text():
                continue
            index = table.indexFromItem(item)
            rect = table.visualRect(index)
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.font = table.font()
            option.rect = rect
            if table.iconSize().isValid():
                option.decorationSize = table.iconSize()
            if table.wordWrap():
                option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
            need = delegate.sizeHint(option, index)
            if need.height() > rect.height() + 1 or need.width() > rect.width() + 1:
                problems.append(f"table cell ({row},{col}) {item.text()[:40]!r}: "
                                f"{rect.width()}x{rect.height()} px for {need.width()}x"
                                f"{need.height()}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0, help="application font factor")
    parser.add_argument("--high-contrast", action="store_true")
    parser.add_argument("--out", required=True)
    parser.add_argument("--lang", default="en", help="window language, e.g. es")
    args = parser.parse_args(argv)

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from preflight.config import load_config
    from preflight.gui.common import apply_base_font
    from preflight.gui.main_window import MainWindow, load_style
    from tests.a11y.screens import PLANS, screens
    from tests.gui.fakes import make_registry

    app = QApplication([sys.argv[0]])
    if args.lang != "en":
        from preflight.gui.i18n_qt import install_language

        install_language(args.lang)
    apply_base_font(app)
    font = QFont(app.font())
    font.setPointSizeF(font.pointSizeF() * args.scale)
    app.setFont(font)
    app.setStyleSheet(load_style(args.high_contrast))
    registry, _plans = make_registry(dict(PLANS))
    window = MainWindow(load_config(), registry=registry)
    window.resize(*WINDOW_SIZE)
    window.show()
    wait = _wait(app)
    wait(window.isVisible, 5000)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    style = ("-high-contrast" if args.high_contrast else "") + (
        f"-{args.lang}" if args.lang != "en" else "")
    report = {"platform": app.platformName(), "font_pt": font.pointSizeF(), "screens": {}}
    for name, page in screens(window, wait):
        for _ in range(10):
            app.processEvents()
        path = out / f"{args.scale:g}x{style}-{name}.png"
        window.grab().save(str(path))
        problems = text_problems(page, window) + combo_problems(page, window)
        if window.step_list_host.isVisible():
            problems += [f"step list: {p}" for p in text_problems(window.step_list_host, window)]
        if name == "helpdesk":
            problems += table_problems(page.table)
        report["screens"][name] = {
            "screenshot": path.name,
            "problems": problems,
            "sideways_scroll_px": page.horizontalScrollBar().maximum(),
            "content_height_px": page.widget().height(),
            "viewport_height_px": page.viewport().height(),
        }
    window.shutdown()
    window.close()
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
