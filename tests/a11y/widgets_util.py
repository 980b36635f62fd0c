"""Finding the interactive widgets of a page, and their reading order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSlider,
               QTextEdit, QPlainTextEdit)


def is_interactive(widget: QWidget) -> bool:
    if isinstance(widget, INTERACTIVE):
        return True
    if isinstance(widget, QLabel):
        # A label with a link the person can follow.
        return widget.openExternalLinks() or bool(
            widget.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            and "<a " in widget.text())
    return False


def interactive_widgets(page: QWidget) -> list[QWidget]:
    """The visible interactive widgets of a page (scroll bars and item-view internals excluded:
    Qt gives them to the keyboard through their owner)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page) or not is_interactive(widget):
            continue
        if _inside_item_view_or_scrollbar(widget, page):
            continue
        found.append(widget)
    return found


def _inside_item_view_or_scrollbar(widget: QWidget, page: QWidget) -> bool:
    from PySide6.QtWidgets import QScrollBar

    if isinstance(widget, QScrollBar):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractItemView | QComboBox) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return False


def accepts_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def page_pos(widget: QWidget, page: QWidget) -> tuple[int, int, int, int]:
    """(top, left, bottom, right) of the widget in the page's content coordinates."""
    content = page.widget() if hasattr(page, "widget") and callable(page.widget) else page
    top_left = widget.mapTo(content, QPoint(0, 0))
    return (top_left.y(), top_left.x(), top_left.y() + widget.height(),
            top_left.x() + widget.width())


def reading_order(widgets: list[QWidget], page: QWidget) -> list[QWidget]:
    """Top-to-bottom, then left-to-right within a row. Widgets whose vertical extents overlap
    by more than half of the smaller one's height share a row."""
    boxes = sorted(((page_pos(w, page), w) for w in widgets), key=lambda b: (b[0][0], b[0][1]))
    rows: list[list[tuple[tuple[int, int, int, int], QWidget]]] = []
    for box in boxes:
        (top, _l, bottom, _r), _w = box
        if rows:
            row_top = min(b[0][0] for b in rows[-1])
            row_bottom = max(b[0][2] for b in rows[-1])
            overlap = min(bottom, row_bottom) - max(top, row_top)
            smaller = min(bottom - top, row_bottom - row_top)
            if smaller > 0 and overlap > smaller / 2:
                rows[-1].append(box)
                continue
        rows.append([box])
    return [w for row in rows for _pos, w in sorted(row, key=lambda b: b[0][1])]


def focus_chain(page: QWidget, members: list[QWidget]) -> list[QWidget]:
    """The members in the order Tab visits them: QWidget.nextInFocusChain() from the first
    member in the chain, once round."""
    wanted = set(members)
    start = page.window()
    order: list[QWidget] = []
    widget = start.nextInFocusChain()
    for _ in range(5000):
        if widget in wanted and widget not in order:
            order.append(widget)
        if widget is start:
            break
        widget = widget.nextInFocusChain()
    return order
