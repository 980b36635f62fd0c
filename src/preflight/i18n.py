"""Translations for the engine, the checks and the CLI, without Qt.

There is ONE catalogue per language: the Qt Linguist source `resources/i18n/preflight_<lang>.ts`.
The window loads the same file through Qt (compiled to `.qm`, see `preflight.gui.i18n_qt`);
this module reads it with the standard library, because checks and the CLI must not import Qt.

Checks write messages as

    tr("Only {gb} GB of memory is free.", gb=f"{free:.1f}")

`tr` looks the English text up in the context "preflight" of the current language and then
fills the `{fields}` with `str.format`. Plurals: Spanish and English both distinguish 1 from
everything else, so code picks the English singular or plural sentence and each is a message
of its own. Strings defined before a language is known (class titles, tables) are marked with
`tr_noop` and translated where they are shown: `tr(title)`.

The language follows PREFLIGHT_LANG, then the POSIX locale variables (LC_ALL, LC_MESSAGES,
LANG), then the system locale; the window calls `set_language` with Qt's system locale or the
person's choice. Unknown languages fall back to English (the source text).
"""

from __future__ import annotations

import locale
import logging
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from preflight.resources import resource_path

logger = logging.getLogger(__name__)

CONTEXT = "preflight"  # the context of every engine, check and CLI message
# The default organisation profile's sentences (resources/preflight.toml): translated only when
# they are exactly the shipped English, so an organisation's own words always stay as written.
CONFIG_CONTEXT = "config"
SOURCE_LANGUAGE = "en"
LANG_ENV = "PREFLIGHT_LANG"
# Shown in the language menu, each in its own language (someone who cannot read the current
# language must still find theirs).
LANGUAGE_NAMES = {"en": "English", "es": "Español"}

_lock = threading.Lock()
_language: str | None = None  # None until first use: then detected from the environment
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def catalogue_path(language: str) -> Path:
    return resource_path("i18n", f"preflight_{language}.ts")


def available_languages() -> list[str]:
    """English plus every language with a catalogue, in LANGUAGE_NAMES order."""
    found = {SOURCE_LANGUAGE}
    try:
        for path in resource_path("i18n").glob("preflight_*.ts"):
            found.add(path.stem.removeprefix("preflight_"))
    except OSError:
        pass
    return sorted(found, key=lambda code: (code not in LANGUAGE_NAMES, code))


def normalize(tag: str | None) -> str | None:
    """'es_ES.UTF-8', 'es-MX', 'Spanish_Spain' -> 'es'; 'C'/'POSIX'/'' -> None."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not tag or tag.upper() in ("C", "POSIX"):
        return None
    if tag.lower().startswith("spanish"):  # Windows' locale.getlocale() names
        return "es"
    if tag.lower().startswith("english"):
        return "en"
    return tag.split("_")[0].lower() or None


def detect_language(environ: Any = None) -> str:
    """The language the person's system asks for, if we have it; else English."""
    env = os.environ if environ is None else environ
    supported = available_languages()
    override = normalize(env.get(LANG_ENV))
    if override:
        return override if override in supported else SOURCE_LANGUAGE
    # POSIX precedence: the first non-empty of these decides, even if it is "C".
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name)
        if value:
            # LANGUAGE (GNU) may list several, e.g. "es:en"; honour it only with a real locale.
            for candidate in [*(env.get("LANGUAGE") or "").split(":"), value]:
                code = normalize(candidate)
                if code in supported:
                    return code
            return SOURCE_LANGUAGE
    if environ is None:  # Windows and macOS apps seldom have the variables: ask the system
        try:
            code = normalize(locale.getlocale()[0])
        except (ValueError, TypeError):
            code = None
        if code in supported:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    global _language
    with _lock:
        if _language is None:
            _language = detect_language()
        return _language


def set_language(language: str | None) -> str:
    """Use this language from now on (None: detect again); returns the language in use.

    Results already made keep their words; the window starts again after a switch."""
    global _language
    code = normalize(language) if language else detect_language()
    if code not in available_languages():
        logger.info("no catalogue for language %r; using English", language)
        code = SOURCE_LANGUAGE
    with _lock:
        _language = code
    return code


def load_catalogue(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished, non-empty message of a .ts file."""
    table: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == SOURCE_LANGUAGE:
        return {}
    with _lock:
        cached = _catalogues.get(language)
    if cached is not None:
        return cached
    try:
        table = load_catalogue(catalogue_path(language))
    except (OSError, ET.ParseError) as exc:
        # A missing or broken catalogue must never stop a check: English still helps.
        logger.warning("translations for %s unavailable: %s", language, exc)
        table = {}
    with _lock:
        _catalogues[language] = table
    return table


def translate(context: str, text: str, /, **fields: Any) -> str:
    """Look `text` up in `context` for the current language, then fill its `{fields}`."""
    translated = _catalogue(current_language()).get((context, text), text)
    if not fields:
        return translated
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder (the tests forbid it) must not lose the
        # message: fall back to the English sentence.
        logger.warning("bad placeholders in translation of %r", text)
        return text.format(**fields)


def tr(text: str, /, **fields: Any) -> str:
    """The current language's version of an engine, check or CLI message."""
    return translate(CONTEXT, text, **fields)


def localize(value: Any) -> Any:
    """Profile text (checklist, FAQ, hotline label...) in the current language where the
    catalogue has that exact sentence; anything else (phone numbers, an organisation's own
    wording) comes back unchanged. Mappings come back as plain dicts, sequences as lists."""
    if isinstance(value, str):
        return translate(CONFIG_CONTEXT, value)
    if isinstance(value, Mapping):
        return {key: localize(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [localize(item) for item in value]
    return value


def tr_noop(text: str) -> str:
    """Mark a string for the catalogue without translating it now (translate with `tr` later)."""
    return text


def clear_cache() -> None:
    """Forget loaded catalogues (tests and the extractor rewrite them)."""
    with _lock:
        _catalogues.clear()
