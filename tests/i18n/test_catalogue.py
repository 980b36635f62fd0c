"""The Spanish catalogue is complete, well-formed and consistent with the source code.

These tests read the real source tree: adding a patient-facing sentence without a Spanish
translation (or without tr()) fails here, with the file and line to fix."""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from preflight import i18n
from tests.i18n.conftest import load_extractor

TS = i18n.catalogue_path("es")
QT_ARG = re.compile(r"%(\d+|n)")
# Identical in both languages on purpose (names, symbols and words Spanish shares).
# The same in both languages: "{Check_again}." is only the surface's own words
# (engine/surface.py), translated there.
SAME_IN_SPANISH = {"No", "no", "Preflight", "{Check_again}."}
# Product names and Wi-Fi bands, written alike in every language (the link diagnosis).
SAME_IN_SPANISH |= {"WireGuard", "OpenVPN", "Cisco AnyConnect", "GlobalProtect", "5 GHz",
                    "6 GHz"}
# The speed-test services' names, and patterns that only order fields and punctuation (a
# language that needs another order translates them; Spanish keeps the English one).
SAME_IN_SPANISH |= {"speedtest.net", "Cloudflare", "{provider}: {reason}", "%1: %2. %3"}


@pytest.fixture(scope="module")
def x():
    return load_extractor()


@pytest.fixture(scope="module")
def extracted(x):
    return x.extract()


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


def _ts_messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(c.findtext("name") or "", m) for c in root.iter("context") for m in c.iter("message")]


def test_catalogue_is_well_formed_qt_linguist_xml():
    root = ET.parse(TS).getroot()  # raises on malformed XML
    assert root.tag == "TS" and root.get("language") == "es" and root.get("sourcelanguage") == "en"
    messages = _ts_messages()
    assert len(messages) > 250  # the window and every check: a near-empty file is a mistake
    keys = [(c, m.findtext("source")) for c, m in messages]
    assert len(keys) == len(set(keys)), "a message appears twice in one context"


def test_no_unfinished_or_empty_translation():
    bad = []
    for context, m in _ts_messages():
        t = m.find("translation")
        if t is None or t.get("type") in ("unfinished", "obsolete") or not (t.text or "").strip():
            bad.append(f"{context}: {m.findtext('source')!r}")
    assert not bad, "untranslated: " + "; ".join(bad[:20])


def test_every_string_in_the_source_has_a_spanish_translation(extracted):
    messages, problems = extracted
    assert not [str(p) for p in problems]
    table = i18n.load_catalogue(TS)
    missing = [
        f"{msg.locations[0][0]}:{msg.locations[0][1]} [{ctx}] {src!r}"
        for (ctx, src), msg in messages.items()
        if (ctx, src) not in table
    ]
    assert not missing, (
        "run `python scripts/i18n_extract.py` and translate in resources/i18n/preflight_es.ts:\n"
        + "\n".join(missing)
    )
    # The scan really covered the checks, the CLI and the window.
    files = {loc[0] for msg in messages.values() for loc in msg.locations}
    for part in ("checks/system.py", "checks/camera/descriptor.py", "checks/audio/microphone.py",
                 "checks/network/bandwidth.py", "gui/views.py", "cli.py"):
        assert any(f.endswith(part) for f in files), part


def test_no_patient_facing_sentence_escapes_the_catalogue(x):
    """Every sentence in the checks and the window goes through tr()/translate()."""
    problems = x.untranslated()
    assert not problems, "wrap these in tr(...):\n" + "\n".join(map(str, problems))


def test_the_untranslated_scan_finds_a_bare_sentence(x, tmp_path, monkeypatch):
    """The scan itself works: a bare f-string and a bare literal are found, tr() is not."""
    pkg = tmp_path / "src" / "preflight" / "checks"
    pkg.mkdir(parents=True)
    (pkg / "demo.py").write_text(
        "from preflight.i18n import tr\n"
        "def run(n):\n"
        "    a = f'Your camera sends only {n} pictures a second.'\n"
        "    b = 'Please close other programs.'\n"
        "    c = tr('This one is fine.')\n"
        "    logger.info('Logged sentences are not shown.')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(x, "ROOT", tmp_path)
    monkeypatch.setattr(x, "SRC", tmp_path / "src" / "preflight")
    found = sorted(p.line for p in x.untranslated())
    assert found == [3, 4]
    messages, _ = x.extract()
    assert ("preflight", "This one is fine.") in messages


def test_placeholders_are_the_same_in_source_and_translation():
    bad = []
    for context, m in _ts_messages():
        source, translation = m.findtext("source") or "", m.findtext("translation") or ""
        if _fields(source) != _fields(translation):
            bad.append(f"{context}: {source!r} -> {translation!r}")
        if sorted(QT_ARG.findall(source)) != sorted(QT_ARG.findall(translation)):
            bad.append(f"{context}: {source!r} -> {translation!r} (%N)")
        fields = {f: "1" for f in _fields(source)}
        if fields:
            translation.format(**fields)  # raises on a broken brace
    assert not bad, "\n".join(bad)


def test_numbers_in_a_sentence_survive_translation():
    """A phone number or a figure inside a sentence must never change in translation."""
    digits = re.compile(r"\d[\d-]*")
    bad = [
        m.findtext("source")
        for _, m in _ts_messages()
        if sorted(digits.findall(m.findtext("source") or ""))
        != sorted(digits.findall(m.findtext("translation") or ""))
    ]
    assert not bad, bad


def test_the_default_profile_is_translated_but_an_organisations_own_words_are_not():
    i18n.set_language("es")
    profile = {"label": "Patient Gateway technical support", "phone": "800-745-9683",
               "option": "press 5 for the Spanish line"}
    assert i18n.localize(profile) == {"label": "Soporte técnico de Patient Gateway",
                                      "phone": "800-745-9683",
                                      "option": "press 5 for the Spanish line"}
    assert i18n.localize(["Pick a private, quiet place for your visit."]) == [
        "Elija un lugar privado y tranquilo para su consulta."]
    i18n.set_language("en")
    assert i18n.localize(profile) == profile


def test_translations_are_spanish_not_copies():
    same = [
        m.findtext("source")
        for _, m in _ts_messages()
        if m.findtext("source") == m.findtext("translation")
        and m.findtext("source") not in SAME_IN_SPANISH
    ]
    assert not same, same
    # The register is "usted": the informal "tú" forms must not slip in.
    informal = re.compile(r"\b(tú|tu|tus|te|tienes|puedes|haz|pulsa|comprueba)\b", re.I)
    tuteo = [m.findtext("translation") for _, m in _ts_messages()
             if informal.search(m.findtext("translation") or "")]
    assert not tuteo, tuteo


def test_catalogue_is_up_to_date(x):
    """`scripts/i18n_extract.py --check` agrees (what CI can run on its own)."""
    out = subprocess.run([sys.executable, str(Path(x.__file__)), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr


def test_lrelease_compiles_every_message(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed next to this Python")
    qm = tmp_path / "preflight_es.qm"
    out = subprocess.run([str(lrelease), str(TS), "-qm", str(qm)],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    finished = re.search(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished",
                         out.stdout)
    assert finished, out.stdout
    assert int(finished.group(3)) == 0
    assert int(finished.group(1)) == len(_ts_messages())
    assert qm.stat().st_size > 1000
