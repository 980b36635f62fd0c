"""Translations for the engine, the checks and the CLI, without Qt.

There is ONE catalogue per language: the Qt Linguist source `resources/i18n/preflight_<lang>.ts`.
The window loads the same file through Qt (compiled to `.qm`, see `preflight.gui.i18n_qt`);
this module reads it with the standard library, because checks and the CLI must not import Qt.

Checks write messages as

    tr("Only {gb} GB of memory is free.", gb=f"{free:.1f}")

`tr` looks the English text up in the context "preflight" of the current language and then
fills the `{fields}` with `str.format`. Plurals: code picks the English singular or plural
sentence and each is a message of its own (Arabic's translations are worded to suit any
number, docs/i18n.md). Strings defined before a language is known (class titles, tables) are
marked with `tr_noop` and translated where they are shown: `tr(title)`.

The language follows PREFLIGHT_LANG, then the POSIX locale variables (LC_ALL, LC_MESSAGES,
LANG), then the system locale; the window calls `set_language` with Qt's system locale or the
person's choice. Locale names map to the catalogue that serves them (`normalize`: pt_PT ->
pt_BR, zh_SG -> zh_CN, ar_EG -> ar). Unknown languages fall back to English (the source
text); an unknown PREFLIGHT_LANG is logged. In right-to-left languages (Arabic) filled-in
values and digit groups are kept in their own direction with Unicode isolates.
"""

from __future__ import annotations

import locale
import logging
import os
import re
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
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ht": "Kreyòl ayisyen",
    "zh_CN": "中文（简体）",
    "vi": "Tiếng Việt",
    "ar": "العربية",
}
# The word "language" in each language: the Language menu's title lists those of the
# languages there are ("Language / Idioma / Lang / 语言 / Ngôn ngữ / اللغة"), so someone who
# reads only one of them finds the menu whatever language the window is in.
LANGUAGE_WORDS = {"en": "Language", "es": "Idioma", "pt_BR": "Idioma", "ht": "Lang",
                  "zh_CN": "语言", "vi": "Ngôn ngữ", "ar": "اللغة"}
# Written right to left: the window mirrors, the reports say dir="rtl" (docs/i18n.md).
RTL_LANGUAGES = frozenset({"ar"})
# A language with one catalogue for all its regions: the locale's language part picks it.
# Portuguese: the Brazilian catalogue for every region (pt_PT too: closer than English for a
# reader of European Portuguese). Chinese: Simplified for zh, zh_CN, zh_SG and the Hans script;
# zh_TW, zh_HK, zh_MO and the Hant script are Traditional, which has no catalogue yet, so they
# stay "zh_TW" (not available: English, see docs/i18n.md).
_ONE_CATALOGUE = {"pt": "pt_BR", "ar": "ar", "ht": "ht", "vi": "vi", "es": "es", "en": "en"}
_TRADITIONAL = {"tw", "hk", "mo", "hant"}
# Windows' locale.getlocale() names ("Portuguese_Brazil", "Chinese (Simplified)_China").
_WINDOWS_NAMES = {"spanish": "es", "english": "en", "portuguese": "pt", "haitian": "ht",
                  "vietnamese": "vi", "arabic": "ar"}

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
    order = list(LANGUAGE_NAMES)
    return sorted(found, key=lambda code: (order.index(code) if code in order else len(order),
                                           code))


def normalize(tag: str | None) -> str | None:
    """A locale name as the code of its catalogue: 'es_ES.UTF-8', 'es-MX', 'Spanish_Spain' ->
    'es'; 'pt_PT', 'pt' -> 'pt_BR'; 'zh', 'zh_Hans', 'zh_SG' -> 'zh_CN'; 'ar_EG' -> 'ar';
    'ht_HT' -> 'ht'; 'vi_VN' -> 'vi'; 'fr_FR' -> 'fr' (no catalogue: the caller says English);
    'C'/'POSIX'/'' -> None."""
    if not tag:
        return None
    tag = tag.strip().split(".")[0].split("@")[0].replace("-", "_")
    if not tag or tag.upper() in ("C", "POSIX"):
        return None
    lowered = tag.lower()
    if lowered.startswith("chinese"):  # Windows: "Chinese (Simplified)_China"
        return "zh_TW" if "traditional" in lowered or lowered.endswith(
            ("taiwan", "hong kong sar", "macao sar")) else "zh_CN"
    for name, code in _WINDOWS_NAMES.items():
        if lowered.startswith(name):
            return _ONE_CATALOGUE.get(code, code)
    parts = [p for p in lowered.split("_") if p]
    if not parts:
        return None
    language = parts[0]
    if language == "zh":
        return "zh_TW" if _TRADITIONAL & set(parts[1:]) else "zh_CN"
    return _ONE_CATALOGUE.get(language, language)


def language_menu_title() -> str:
    """ "Language / Idioma / ..." for the languages there are, each word once, in menu order."""
    words: list[str] = []
    for code in available_languages():
        word = LANGUAGE_WORDS.get(code)
        if word and word not in words:
            words.append(word)
    return " / ".join(words)


def bcp47(code: str) -> str:
    """A catalogue code as an HTML/BCP 47 language tag: 'pt_BR' -> 'pt-BR'."""
    return code.replace("_", "-")


def is_rtl(code: str | None = None) -> bool:
    """Whether `code` (default: the current language) is written right to left."""
    return (current_language() if code is None else code) in RTL_LANGUAGES


def detect_language(environ: Any = None) -> str:
    """The language the person's system asks for, if we have it; else English."""
    env = os.environ if environ is None else environ
    supported = available_languages()
    override = normalize(env.get(LANG_ENV))
    if override:
        if override in supported:
            return override
        # Said, not silent: someone set it on purpose (the CLI also prints this; the window
        # logs it): the person then knows English is not their choice being ignored by mistake.
        logger.warning("%s=%s: no messages in that language; using English (available: %s)",
                       LANG_ENV, env.get(LANG_ENV), ", ".join(supported))
        return SOURCE_LANGUAGE
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
        logger.warning("no catalogue for language %r; using English", language)
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
    language = current_language()
    found = _catalogue(language).get((context, text))
    translated = text if found is None else found
    if found is not None and language in RTL_LANGUAGES:
        # Only the catalogue's sentences: text it does not know (a phone number on its own,
        # an organisation's words) comes back exactly as written.
        translated = _groups_left_to_right(translated)
    if not fields:
        return translated
    if language in RTL_LANGUAGES:
        # Each filled-in value keeps its own direction inside the right-to-left sentence
        # (FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, UAX #9): "(617) 555-0100", "0.6",
        # a program's Latin name stay as written instead of being reordered by the Arabic
        # around them.
        fields = {key: _isolate(value) for key, value in fields.items()}
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder (the tests forbid it) must not lose the
        # message: fall back to the English sentence.
        logger.warning("bad placeholders in translation of %r", text)
        return text.format(**fields)


def isolate(text: str) -> str:
    """`text` in its own direction inside a sentence or cell of a right-to-left language (FIRST
    STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, UAX #9): "23.5 GB" stays "23.5 GB", "0.1 أيام"
    stays Arabic. Elsewhere the text comes back unchanged."""
    if not text or not is_rtl():
        return text
    return f"\u2068{text}\u2069"


# Digits in groups ("617-632-3795", "555 0100") inside a right-to-left sentence: after an
# Arabic letter the bidi algorithm makes them Arabic numbers, the hyphen between them stays
# neutral, and the groups come out in reverse order (UAX #9, rules W2 and W4). A
# LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE around the whole run keeps it as written.
_DIGIT_GROUPS = re.compile(r"(?<![\d\u2066])\+?\d+(?:[-\u2010\u2011 ]\d+)+(?![\d\u2069])")


def _groups_left_to_right(text: str) -> str:
    return _DIGIT_GROUPS.sub(lambda m: f"\u2066{m[0]}\u2069", text)


def _isolate(value: Any) -> Any:
    text = value if isinstance(value, str) else None
    if text is None and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value  # a number formatted by the sentence ({n:.1f}) stays a number
    if text is None:
        text = str(value)
    return f"\u2068{text}\u2069" if text else text


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
