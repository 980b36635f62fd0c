"""Arabic is written right to left: the whole window mirrors (real Qt, offscreen; widget
positions measured, not only a picture), arrows that point turn round, phone numbers and
numbers stay left to right, and the saved reports say dir="rtl".

Checks are the GUI tests' fakes (tests/gui/fakes.py) with the real descriptors' words."""

from __future__ import annotations

import html
import os
from datetime import UTC, datetime

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QStyle, QWidget

from preflight import i18n
from preflight.gui import i18n_qt
from tests.a11y.screens import PLANS

SIZE = (1000, 720)


def _box(widget: QWidget, window: QWidget) -> tuple[int, int]:
    """(left, right) of a widget in window coordinates."""
    left = widget.mapTo(window, QPoint(0, 0)).x()
    return left, left + widget.width()


def _walk(window, qtbot):
    """Welcome, then the camera step with its check finished, then results: the boxes of
    the widgets whose side tells the direction."""
    p, s = window.patient, window.session
    boxes = {"start": _box(p.welcome.start, window)}
    p.start()
    step = p.steps[0]
    p.go_to_step(0)
    qtbot.waitUntil(lambda: all(c in s.results for c in step.checks), timeout=10_000)
    qtbot.waitUntil(lambda: not any(s.is_running(c) for c in step.checks), timeout=5_000)
    boxes |= {"back": _box(step.view.back, window), "next": _box(step.view.next, window),
              "steps": _box(window.step_list_host, window),
              "page": _box(step.view, window)}
    qtbot.waitUntil(lambda: not s.busy, timeout=15_000)
    p.show_results()
    return boxes


@pytest.fixture
def built(qtbot, config):
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import make_registry

    windows = []

    def build(language: str):
        i18n_qt.install_language(language)
        registry, _ = make_registry(dict(PLANS))
        window = MainWindow(config, registry=registry)
        qtbot.addWidget(window)
        window.resize(*SIZE)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield build
    for window in windows:
        assert window.shutdown()
    i18n_qt.install_language("en")


def _image(icon) -> QImage:
    return icon.pixmap(16, 16).toImage()


def test_arabic_mirrors_the_window(built, qtbot):
    english = built("en")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    en = _walk(english, qtbot)
    arabic = built("ar")
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    ar = _walk(arabic, qtbot)
    width = arabic.width()
    assert english.width() == width

    def mirrored(box: tuple[int, int]) -> tuple[int, int]:
        return width - box[1], width - box[0]

    # The step list and the page swap sides, each anchored to the mirrored edge (their widths
    # follow their words, which differ between the languages).
    assert en["steps"][1] <= en["page"][0] + 1 and ar["page"][1] <= ar["steps"][0] + 1
    assert ar["steps"][1] == mirrored(en["steps"])[1]
    assert ar["page"][0] == mirrored(en["page"])[0]
    # Back is on the reading side's start, Next at its end: left/right in English, right/left
    # in Arabic.
    assert en["back"][1] < en["next"][0]
    assert ar["next"][1] < ar["back"][0]
    # ...at the same distance from the page's edge on its side.
    assert ar["page"][1] - ar["back"][1] == pytest.approx(en["back"][0] - en["page"][0], abs=2)
    assert ar["next"][0] - ar["page"][0] == pytest.approx(en["page"][1] - en["next"][1], abs=2)
    # The welcome page's Start button sits on the reading side.
    assert en["start"][0] < width / 2 < ar["start"][1]
    assert ar["start"][1] == pytest.approx(mirrored(en["start"])[1], abs=2)


def test_arrows_turn_round_in_arabic(built):
    style = QWidget().style()
    left = _image(style.standardIcon(QStyle.StandardPixmap.SP_ArrowLeft))
    right = _image(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight))
    assert left != right
    english = built("en").patient.steps[0].view
    assert _image(english.back.icon()) == left and _image(english.next.icon()) == right
    arabic = built("ar").patient.steps[0].view
    assert _image(arabic.back.icon()) == right and _image(arabic.next.icon()) == left
    # Next's arrow comes after its word, in either direction.
    assert english.next.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.next.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_phone_numbers_stay_left_to_right_on_the_reading_side(built, qtbot, config):
    from preflight.gui.widgets import HotlineCard

    window = built("ar")
    help_page = window.patient.help
    window.patient.show_page(help_page)
    cards = help_page.findChildren(HotlineCard)
    assert cards
    phone = cards[0].phone
    assert phone.text() == config.hotline["phone"]  # exactly as written: no marks to copy
    assert phone.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert phone.alignment() & Qt.AlignmentFlag.AlignRight
    assert phone.alignment() & Qt.AlignmentFlag.AlignAbsolute
    # Drawn on the reading side: its text ends at the card's right edge.
    qtbot.waitUntil(lambda: phone.isVisible(), timeout=5000)
    text_width = phone.fontMetrics().horizontalAdvance(phone.text())
    assert phone.width() > text_width
    english = built("en").patient.help.findChildren(HotlineCard)[0].phone
    assert english.alignment() & Qt.AlignmentFlag.AlignLeft


def test_numbers_in_arabic_sentences_are_isolated(config):
    """Filled-in values keep their own direction (FSI ... PDI), so "(617) 555-0100" is not
    reordered by the Arabic around it; in other languages nothing is added."""
    i18n.set_language("ar")
    try:
        text = i18n.tr("Call {label}: {phone}, {option}.", label="Help", phone="(617) 555-0100",
                       option="1")
        assert "\u2068(617) 555-0100\u2069" in text
        assert i18n.isolate("23.5 GB") == "\u206823.5 GB\u2069"
    finally:
        i18n.set_language("es")
    assert "\u2068" not in i18n.tr("Call {label}: {phone}, {option}.", label="a", phone="1",
                                   option="2")
    assert i18n.isolate("23.5 GB") == "23.5 GB"


def test_reports_are_right_to_left_in_arabic(config):
    from preflight.engine import CheckResult, RunReport, Status
    from preflight.support.reports import metric_rows, render_html

    i18n.set_language("ar")
    try:
        result = CheckResult("system", Status.WARN, i18n.tr("Computer"),
                             metrics={"memory_available_gb": 23.5})
        report = RunReport(datetime(2026, 12, 2, tzinfo=UTC), [result], config)
        page = render_html(report)
        rows = metric_rows(result)
    finally:
        i18n.set_language("en")
    assert '<html lang="ar" dir="rtl">' in page
    assert '<body dir="rtl">' in page
    assert "'Noto Sans Arabic'" in page  # the right fonts first
    assert 'class="code" dir="ltr"' in page or "support_code" not in page
    value = dict(rows)[i18n.load_catalogue(i18n.catalogue_path("ar"))[
        ("preflight", "Free memory")]]
    assert value.startswith("\u2068") and value.endswith("\u2069")  # "23.5 GB" stays LTR
    assert "23.5" in html.unescape(page)
    english = render_html(RunReport(datetime(2026, 12, 2, tzinfo=UTC), [result], config))
    assert '<html lang="en" dir="ltr">' in english


def test_phone_numbers_inside_arabic_sentences_keep_their_order():
    """After an Arabic letter the bidi algorithm turns digits into Arabic numbers and leaves the
    hyphens between the groups neutral, so "617-632-3795" would show as "3795-632-617": the
    profile's sentences (and any translation) keep such runs in a left-to-right isolate."""
    sentence = "Call customer service (billing) at 617-632-3795."
    i18n.set_language("ar")
    try:
        arabic = i18n.localize(sentence)
        assert "\u2066617-632-3795\u2069" in arabic
        assert arabic.count("\u2066") == 1  # once, not nested
        assert "\u2066" not in i18n.tr("Only {gb} GB of memory is free.", gb="0.6")
    finally:
        i18n.set_language("en")
    assert i18n.localize(sentence) == sentence


@pytest.mark.parametrize("language", [c for c in i18n.available_languages() if c != "en"])
def test_qt_own_words_where_qt_has_them(qapp, language):
    """Qt's standard buttons (the save-report dialog) in the language from PySide6's qtbase
    catalogue where Qt ships one (ar, es, pt_BR, zh_CN); Haitian Creole and Vietnamese have
    none, and those few words stay English."""
    from PySide6.QtCore import QCoreApplication

    ships = language in ("ar", "es", "pt_BR", "zh_CN")
    assert (i18n_qt.qt_translator(language) is not None) == ships
    i18n_qt.install_language(language)
    try:
        cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    finally:
        i18n_qt.install_language("en")
    assert (cancel != "Cancel") == ships, cancel
