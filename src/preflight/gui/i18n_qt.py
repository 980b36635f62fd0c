"""The window's language: Qt translators from the one catalogue, the system locale, and the
person's choice (Language / Idioma menu), kept for the next start.

The catalogue is `resources/i18n/preflight_<lang>.ts`; `make` compiles it to `.qm` with
pyside6-lrelease. When the `.qm` is missing (a checkout without a build) the window still
speaks the language: `CatalogueTranslator` serves the `.ts` through the same Qt lookup.
The engine's messages follow through `preflight.i18n.set_language`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from preflight import i18n

logger = logging.getLogger(__name__)

SETTINGS_KEY = "language"


class CatalogueTranslator(QTranslator):
    """Qt's lookup served from the parsed `.ts` (fallback when the `.qm` was not built)."""

    def __init__(self, table: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self._table = table

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None (a null QString) lets Qt try the next translator, then keep the source text;
        # an empty string would replace the text with nothing.
        return self._table.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self._table


_installed: list[QTranslator] = []


def qt_translator(language: str) -> QTranslator | None:
    """Qt's own words (file dialog buttons, text-field context menus) from the qtbase catalogue
    PySide6 ships; None where Qt has none (Qt 6 ships qtbase_ar, qtbase_es, qtbase_pt_BR and
    qtbase_zh_CN; not Haitian Creole or Vietnamese: those few words stay English) or when the
    bundle left it out."""
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(f"qtbase_{language}", path) else None


def make_translator(language: str) -> QTranslator | None:
    """A translator for `language`: the compiled .qm if present, else the .ts; None for
    English or when neither can be read."""
    if language == i18n.SOURCE_LANGUAGE:
        return None
    ts = i18n.catalogue_path(language)
    qm = ts.with_suffix(".qm")
    if qm.is_file():
        translator = QTranslator()
        if translator.load(str(qm)):
            return translator
        logger.warning("could not load %s; reading %s instead", qm.name, ts.name)
    try:
        table = i18n.load_catalogue(ts)
    except (OSError, SyntaxError) as exc:  # ElementTree's ParseError is a SyntaxError
        # A missing or broken catalogue must not stop the window: English still helps.
        logger.warning("translations for %s unavailable: %s", language, exc)
        return None
    return CatalogueTranslator(table)


def install_language(language: str) -> str:
    """Use `language` for the window and the checks from now on; returns the language used.
    Widgets already built keep their text: the window is rebuilt after a switch."""
    code = i18n.set_language(language)
    app = QCoreApplication.instance()
    if app is None:
        return code
    while _installed:
        app.removeTranslator(_installed.pop())
    if code != i18n.SOURCE_LANGUAGE:
        for translator in (make_translator(code), qt_translator(code)):
            if translator is not None:
                app.installTranslator(translator)
                _installed.append(translator)
    if isinstance(app, QGuiApplication):
        # Right to left (Arabic): every layout mirrors, Qt's arrows (SP_ArrowBack/Forward) turn
        # round, and AlignLeft means the reading side. Set here, not left to qtbase_ar's
        # QT_LAYOUT_DIRECTION: the app's own catalogue decides, and English turns it back.
        direction = (Qt.LayoutDirection.RightToLeft if i18n.is_rtl(code)
                     else Qt.LayoutDirection.LeftToRight)
        app.setLayoutDirection(direction)
    logger.info("language: %s", code)
    return code


def startup_language() -> str:
    """PREFLIGHT_LANG, else the person's last choice, else the system's language."""
    override = i18n.normalize(os.environ.get(i18n.LANG_ENV))
    if override:
        if override not in i18n.available_languages():
            logger.warning("%s=%s: no messages in that language; using English (available: %s)",
                           i18n.LANG_ENV, os.environ.get(i18n.LANG_ENV),
                           ", ".join(i18n.available_languages()))
            return i18n.SOURCE_LANGUAGE
        return override
    saved = QSettings().value(SETTINGS_KEY, "")
    if isinstance(saved, str) and saved in i18n.available_languages():
        return saved
    return i18n.normalize(QLocale.system().name()) or i18n.SOURCE_LANGUAGE


def remember_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


# -- the Language / Idioma menu -------------------------------------------------------------

# "&Language / Idioma / Lang / 语言 / Ngôn ngữ / اللغة": the word in every language there is
# (i18n.language_menu_title), findable by someone who reads only one of them.
MENU_TITLE = "&" + i18n.language_menu_title()
_windows: list[QMainWindow] = []  # windows rebuilt after a switch, kept alive until quit


def add_language_menu(window: QMainWindow, on_choose: Callable[[str], None]) -> QMenu:
    """A menu with each language named in itself (English, Español, العربية...); the current
    one ticked. Each name is shown in its own direction (an Arabic name in an English menu)."""
    # Left to right in every window (an isolate): in the mirrored Arabic window the list would
    # otherwise start with its Arabic word on the far side.
    menu = window.menuBar().addMenu("\u2066&" + i18n.language_menu_title() + "\u2069")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = i18n.current_language()
    for code in i18n.available_languages():
        action = QAction(i18n.LANGUAGE_NAMES.get(code, code), menu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.triggered.connect(lambda _checked=False, c=code: on_choose(c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def switch_language(window: QMainWindow, language: str,
                    build: Callable[[], QMainWindow]) -> QMainWindow | None:
    """Switch to `language`, remember it, and replace `window` by a new one built in it.

    Pages are built with their words, so a new window is simpler and surer than retranslating
    every widget; the person starts again at the welcome page (checks take about a minute).
    Returns the new window, or None when nothing changed."""
    if i18n.normalize(language) == i18n.current_language():
        return None
    code = install_language(language)
    remember_language(code)
    new = build()
    new.setGeometry(window.geometry())
    if window.isMaximized():
        new.setWindowState(window.windowState())
    new.show()
    _windows.append(new)
    app = QApplication.instance()
    shutdown = getattr(new, "shutdown", None)
    if isinstance(app, QApplication) and callable(shutdown):
        app.aboutToQuit.connect(shutdown)
    window.close()  # its closeEvent stops its checks
    return new


def open_windows() -> list[QMainWindow]:
    """Windows built by `switch_language` (tests and the app's shutdown use this)."""
    return list(_windows)


def forget_windows() -> None:
    """Drop the rebuilt windows (tests, after shutting them down)."""
    app = QApplication.instance()
    for window in _windows:
        shutdown = getattr(window, "shutdown", None)
        if isinstance(app, QApplication) and callable(shutdown):
            try:
                app.aboutToQuit.disconnect(shutdown)
            except (RuntimeError, TypeError):  # already gone
                pass
    _windows.clear()
