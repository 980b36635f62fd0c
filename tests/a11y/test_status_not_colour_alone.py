"""Status is never shown by colour alone: every step-list entry, result card and help-desk row
shows an icon AND a word, and each status has its own icon shape and its own word."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.a11y.screens import PLANS, screens

STATUSES = ["pending", "running", "pass", "warn", "fail", "error", "skip"]

pytestmark = pytest.mark.timeout(90)


def _badge_parts(badge):
    pixmap = badge._icon.pixmap()
    return pixmap, badge._word.text()


def _grey(pixmap) -> QImage:
    """The icon without its colour: if two statuses differ only by hue, these are equal."""
    return pixmap.toImage().convertToFormat(QImage.Format.Format_Grayscale8)


def test_each_status_has_its_own_icon_shape_and_word(qtbot):
    from preflight.gui.widgets import StatusBadge

    shapes, words = {}, {}
    for status in STATUSES:
        badge = StatusBadge(status)
        qtbot.addWidget(badge)
        pixmap, word = _badge_parts(badge)
        assert not pixmap.isNull(), f"{status}: no icon"
        assert word.strip(), f"{status}: no word"
        assert badge.accessibleName() == word
        shapes[status], words[status] = _grey(pixmap), word
    assert len(set(words.values())) == len(STATUSES)
    for a in STATUSES:
        for b in STATUSES:
            if a < b:
                assert shapes[a] != shapes[b], f"{a} and {b} icons differ only by colour"


def test_every_status_on_screen_has_icon_and_word(make_window, screen_wait):
    window = make_window(dict(PLANS))
    p = window.patient
    seen = 0
    for name, page in screens(window, screen_wait):
        badges = []
        if name.startswith("step-"):
            badges += [(f"step list {key}", badge) for key, (_n, badge)
                       in p.step_list.rows.items()]
            badges += [(f"{name} card {cid}", card.badge) for cid, card in page.cards.items()]
        if name == "results":
            badges.append(("verdict", page.verdict_badge))
            badges += [(f"problem card {c.check_id}", c.badge) for c in page.problem_cards]
        for where, badge in badges:
            pixmap, word = _badge_parts(badge)
            assert badge.isVisibleTo(page.window()), where
            assert not pixmap.isNull() and word.strip(), f"{name} {where}: icon or word missing"
            seen += 1
        if name == "helpdesk":
            table = page.table
            for row in range(table.rowCount()):
                item = table.item(row, 1)
                assert not item.icon().isNull() and item.text().strip(), f"help-desk row {row}"
                seen += 1
    assert seen >= 5 * (5 + 1) + 4 + 6


@pytest.mark.parametrize("high_contrast", [False, True])
def test_link_colour_meets_contrast(qtbot, high_contrast):
    """Rich-text links take the palette's Link colour (Qt style sheets cannot colour <a>)."""
    from preflight.gui.main_window import load_style
    from preflight.gui.views import _portal_label
    from tests.a11y.contrast import contrast, load, lookup

    app = QApplication.instance()
    app.setStyleSheet(load_style(high_contrast))
    try:
        portal = _portal_label({"url": "https://portal.example.org", "name": "Portal"})
        qtbot.addWidget(portal)
        portal.ensurePolished()
        link = portal.palette().color(QPalette.ColorRole.Link).name()
        sheet = load("high-contrast.qss" if high_contrast else "default.qss")
        page = lookup(sheet, "background", "QWidget#page", "QMainWindow")
        assert contrast(link, page) >= (7.0 if high_contrast else 4.5), (link, page)
    finally:
        app.setStyleSheet("")
