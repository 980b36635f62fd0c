"""The window in Spanish (real Qt, offscreen): system language, the Language / Idioma menu,
and the fallback that reads the .ts when the compiled .qm is missing.

Checks are the GUI tests' fakes (tests/gui/fakes.py): this machine has no camera or sound
card, and these tests are about words on screen, not measurements."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from preflight import i18n

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from preflight.gui import i18n_qt


@pytest.fixture
def windows(qtbot, config):
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import make_registry

    built: list = []

    def build():
        registry, _ = make_registry()
        window = MainWindow(config, registry=registry)
        qtbot.addWidget(window)
        window.show()
        built.append(window)
        return window

    yield build
    for window in built + i18n_qt.open_windows():
        assert window.shutdown(), "a check run did not stop"
    i18n_qt.forget_windows()
    i18n_qt.install_language("en")


def _texts(window) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel)]
    texts += [w.text() for w in window.findChildren(QAbstractButton)]
    return [t for t in texts if t]


def _english_left(window) -> list[str]:
    """Texts on any page that the catalogue translates but that are still in English."""
    table = i18n.load_catalogue(i18n.catalogue_path("es"))
    english = {source for (_, source), target in table.items() if source != target}
    return [t for t in _texts(window) if t in english]


def test_welcome_screen_in_spanish(windows):
    i18n_qt.install_language("es")
    window = windows()
    welcome = window.patient.welcome
    assert welcome.start.text() == "Comenzar"
    assert "Le damos la bienvenida a Preflight" in _texts(window)
    assert window.windowTitle() == "Preflight: prepárese para su consulta virtual"
    assert _english_left(window) == []
    # The checks speak Spanish too.
    assert i18n.current_language() == "es"


def test_qt_standard_words_follow(qapp):
    """Qt's own buttons (the save-report file dialog) come from PySide6's qtbase catalogue."""
    i18n_qt.install_language("es")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        i18n_qt.install_language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_english_stays_english(windows):
    i18n_qt.install_language("en")
    window = windows()
    assert window.patient.welcome.start.text() == "Start"


def test_language_menu_switches_the_window_to_spanish(windows, qtbot):
    i18n_qt.install_language("en")
    window = windows()
    actions = {a.text(): a for a in window.language_menu.actions()}
    # Each in its own language, one entry per catalogue present (tests/i18n/test_languages.py
    # checks every name).
    assert set(actions) == {i18n.LANGUAGE_NAMES[c] for c in i18n.available_languages()}
    assert {"English", "Español"} <= set(actions)
    title = window.language_menu.title().replace("&", "").strip("\u2066\u2069")
    assert title == i18n.language_menu_title()
    assert actions["English"].isChecked()
    actions["Español"].trigger()
    qtbot.waitUntil(lambda: bool(i18n_qt.open_windows()), timeout=5000)
    new = i18n_qt.open_windows()[-1]
    assert new is not window and new.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert new.patient.welcome.start.text() == "Comenzar"
    assert {a.text(): a.isChecked() for a in new.language_menu.actions()}["Español"]
    assert i18n_qt.startup_language() == "es"  # remembered for next time


def _copy_catalogue(tmp_path: Path, monkeypatch) -> Path:
    ts = tmp_path / "preflight_es.ts"
    shutil.copy(i18n.catalogue_path("es"), ts)
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: ts)
    i18n.clear_cache()
    return ts


def test_without_a_compiled_qm_the_window_still_speaks_spanish(qapp, tmp_path, monkeypatch):
    _copy_catalogue(tmp_path, monkeypatch)
    translator = i18n_qt.make_translator("es")
    assert isinstance(translator, i18n_qt.CatalogueTranslator)
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("WelcomeView", "Start") == "Comenzar"
        assert QCoreApplication.translate("Nowhere", "Start") == "Start"  # unknown: unchanged
    finally:
        QCoreApplication.removeTranslator(translator)


def test_compiled_qm_is_used_and_agrees_with_the_catalogue(qapp, tmp_path, monkeypatch):
    ts = _copy_catalogue(tmp_path, monkeypatch)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, timeout=60)
    translator = i18n_qt.make_translator("es")
    assert translator is not None and not isinstance(translator, i18n_qt.CatalogueTranslator)
    table = i18n.load_catalogue(ts)
    QCoreApplication.installTranslator(translator)
    try:
        for (context, source), target in table.items():
            assert QCoreApplication.translate(context, source) == target
    finally:
        QCoreApplication.removeTranslator(translator)


def test_startup_language_follows_preflight_lang(qapp, monkeypatch):
    monkeypatch.setenv(i18n.LANG_ENV, "es")
    assert i18n_qt.startup_language() == "es"
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    assert i18n_qt.startup_language() == "en"


def test_a_broken_catalogue_leaves_the_window_in_english(qapp, tmp_path, monkeypatch):
    ts = tmp_path / "preflight_es.ts"
    ts.write_text("<TS><context>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: ts)
    assert i18n_qt.make_translator("es") is None
    assert isinstance(QApplication.instance(), QApplication)
