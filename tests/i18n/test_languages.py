"""Every language Preflight ships, one by one: each catalogue in resources/i18n/ is complete,
consistent with the source code, keeps placeholders and numbers, and really is in its language.

Parametrized over the catalogues present (`i18n.available_languages()`), so a language added
later is covered the day its `.ts` lands. The Spanish-only checks (register, profile) stay in
test_catalogue.py."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from preflight import i18n
from tests.i18n.conftest import load_extractor

LANGUAGES = [code for code in i18n.available_languages() if code != i18n.SOURCE_LANGUAGE]
QT_ARG = re.compile(r"%(\d+|n)")
DIGITS = re.compile(r"\d[\d-]*")
# The same in every language on purpose: the program's name, the surface's own words
# ("{Check_again}." is filled from engine/surface.py, translated there), and a plain
# "No"/"no" where a language shares the word. (The terminal's yes/no words are each
# language's own: tests/i18n/test_cli_yes_no.py.)
SAME_EVERYWHERE = {"Preflight", "{Check_again}.",
                   "speedtest.net", "Cloudflare"}  # speed-test providers' names
SAME_ALLOWED: dict[str, set[str]] = {
    "es": {"No", "no"},
    # Brazilian Portuguese uses these English words as its own (as Windows and macOS do).
    "pt_BR": {"pixels", "download", "upload"},
    # Vietnamese writes "camera" as Windows' Vietnamese does.
    "vi": {"Camera", "Camera:"},
}
# Letters each language's sentences must use (a sentence left in English has none of them).
# Latin-script languages (es, pt_BR, ht, vi) cannot be told from English this way: "Tai nghe
# Bluetooth" is Vietnamese without a diacritic; for them the copy check is what can be said.
SCRIPT = {
    "zh_CN": re.compile(r"[\u4e00-\u9fff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
}


@pytest.fixture(scope="module")
def extracted():
    return load_extractor().extract()


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(i18n.catalogue_path(language)).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def _live(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message still in use."""
    out = []
    for context, m in _messages(language):
        t = m.find("translation")
        if t is None or t.get("type") in ("vanished", "obsolete", "unfinished"):
            continue  # unfinished ones fail test_catalogue_is_complete_and_follows_the_source
        out.append((context, m.findtext("source") or "", (t.text if t is not None else "") or ""))
    return out


def _is_a_name(text: str) -> bool:
    """A product name or a figure with its unit ("Cisco AnyConnect", "WireGuard", "5 GHz"):
    every word capitalised or a number. The source's sentences and labels are sentence case
    ("Show details", "Bluetooth headset"), so they are never taken for names."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words) and (
        len(words) > 1 or any(c.isupper() for c in text[1:]) or text[:1].isdigit())


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def test_every_shipped_language_is_tested():
    """The list above is what ships: the five languages of issue 20 once their catalogues land,
    plus Spanish (catalogues committed by other work appear here automatically)."""
    assert "es" in LANGUAGES and "ar" in LANGUAGES
    for code in LANGUAGES:
        assert code in i18n.LANGUAGE_NAMES, f"{code} needs its own name in LANGUAGE_NAMES"


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_well_formed(language):
    root = ET.parse(i18n.catalogue_path(language)).getroot()
    assert root.tag == "TS" and root.get("language") == language
    assert root.get("sourcelanguage") == "en"
    keys = [(c, m.findtext("source")) for c, m in _messages(language)]
    assert len(keys) == len(set(keys)), "a message appears twice in one context"
    assert len(keys) > 250


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete_and_follows_the_source(language, extracted):
    messages, problems = extracted
    assert not [str(p) for p in problems]
    table = i18n.load_catalogue(i18n.catalogue_path(language))
    missing = [f"{msg.locations[0][0]}:{msg.locations[0][1]} [{ctx}] {src!r}"
               for (ctx, src), msg in messages.items() if (ctx, src) not in table]
    assert not missing, (f"translate in resources/i18n/preflight_{language}.ts "
                         f"({len(missing)} missing):\n" + "\n".join(missing[:40]))
    empty = [src for _, src, text in _live(language) if not text.strip()]
    assert not empty, empty[:20]
    unfinished = [m.findtext("source") for _, m in _messages(language)
                  if (m.find("translation") is None
                      or m.find("translation").get("type") == "unfinished")]
    assert not unfinished, unfinished[:20]


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_and_numbers_are_kept(language):
    bad = []
    for context, source, text in _live(language):
        if _fields(source) != _fields(text):
            bad.append(f"[{context}] {source!r} -> {text!r}: fields")
        elif sorted(QT_ARG.findall(source)) != sorted(QT_ARG.findall(text)):
            bad.append(f"[{context}] {source!r} -> {text!r}: %N")
        elif sorted(DIGITS.findall(source)) != sorted(DIGITS.findall(text)):
            # A phone number or a figure must never change (and stays in Western digits:
            # the CLI, the reports and the help desk read the same numbers).
            bad.append(f"[{context}] {source!r} -> {text!r}: numbers")
        else:
            try:
                text.format(**{f: "1" for f in _fields(source)})
            except (ValueError, KeyError, IndexError) as exc:
                bad.append(f"[{context}] {text!r}: {exc}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_patient_facing_string_is_left_in_english(language):
    allowed = SAME_EVERYWHERE | SAME_ALLOWED.get(language, set())
    same = [source for _, source, text in _live(language)
            if source == text and source not in allowed and not _is_a_name(source)
            and re.search(r"[A-Za-z]", re.sub(r"\{\w+\}|%\d", "", source))]
    assert not same, same
    script = SCRIPT.get(language)
    if script is None:  # Latin-script languages: the copy check above is what we can say
        return
    # A sentence (letters, more than one word) must use the language's own letters.
    english = [f"{source!r} -> {text!r}" for _, source, text in _live(language)
               if re.search(r"[A-Za-z]{3,} [a-z]{2,}", source) and not script.search(text)]
    assert not english, "\n".join(english[:20])


def test_language_names_are_each_in_their_own_language():
    names = i18n.LANGUAGE_NAMES
    assert names["pt_BR"] == "Português (Brasil)"
    assert names["ht"] == "Kreyòl ayisyen"
    assert names["zh_CN"] == "中文（简体）"
    assert names["vi"] == "Tiếng Việt"
    assert names["ar"] == "العربية"
    assert all(unicodedata.bidirectional(c) == "AL" for c in names["ar"])
    assert len(set(names.values())) == len(names)


@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_compiles_every_message(language, tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    qm = tmp_path / f"preflight_{language}.qm"
    out = subprocess.run([str(lrelease), str(i18n.catalogue_path(language)), "-qm", str(qm)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    counts = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished",
                       out.stdout)
    assert counts, out.stdout
    assert int(counts.group(3)) == 0, out.stdout


@pytest.mark.parametrize("language", LANGUAGES)
def test_tr_speaks_the_language(language):
    """A sentence with a field comes back in the language, the field filled in."""
    i18n.set_language(language)
    table = i18n.load_catalogue(i18n.catalogue_path(language))
    sentence = "Only {gb} GB of memory is free."
    expected = table[(i18n.CONTEXT, sentence)]
    text = i18n.tr(sentence, gb="0.6")
    assert "0.6" in text and text != sentence.format(gb="0.6")
    if i18n.is_rtl(language):
        # The number keeps its own direction inside the Arabic sentence (FSI ... PDI).
        assert "\u20680.6\u2069" in text
        assert text == expected.format(gb="\u20680.6\u2069")
    else:
        assert text == expected.format(gb="0.6")


def test_the_language_menu_is_found_in_every_language():
    """The menu's title says "language" in each language there is, so a patient who reads
    only Chinese or only Arabic finds it in an English window."""
    title = i18n.language_menu_title()
    for code in i18n.available_languages():
        assert code in i18n.LANGUAGE_WORDS, f"{code} needs its word for 'language'"
        assert i18n.LANGUAGE_WORDS[code] in title.split(" / "), code
    assert title.startswith("Language / Idioma")
