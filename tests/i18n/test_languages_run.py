"""The real system check and the real CLI in every language Preflight ships (real psutil, real
subprocesses): what the patient reads comes out of the catalogue, filled in, in the language
asked for by --lang, PREFLIGHT_LANG or the system locale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from preflight import i18n
from tests.conftest import cli_env

LANGUAGES = [code for code in i18n.available_languages() if code != i18n.SOURCE_LANGUAGE]
ISOLATES = re.compile("[\u2066-\u2069]")


def _table(language: str) -> dict[tuple[str, str], str]:
    return i18n.load_catalogue(i18n.catalogue_path(language))


def _pattern(template: str) -> re.Pattern[str]:
    """A translation with its {fields} as wildcards."""
    parts = re.split(r"\{\w+\}", template)
    return re.compile(".+?".join(re.escape(p) for p in parts) + r"\Z", re.S)


def _is_translation(text: str, language: str, context: str = i18n.CONTEXT) -> bool:
    plain = ISOLATES.sub("", text)
    return any(_pattern(t).match(plain) for (c, _), t in _table(language).items()
               if c == context)


@pytest.fixture(scope="module")
def fast_config(tmp_path_factory):
    from preflight.config import load_config

    path = tmp_path_factory.mktemp("config") / "fast.toml"
    path.write_text("[system]\ncpu_sample_s = 0.2\n", encoding="utf-8")
    return load_config(str(path))


@pytest.mark.parametrize("language", LANGUAGES)
def test_real_system_check_reports_in_each_language(fast_config, language):
    from preflight.engine.runner import Runner

    i18n.set_language(language)
    result = Runner(fast_config).run(["system"]).results[0]
    assert result.status.value in ("pass", "warn"), result
    assert _is_translation(result.summary, language), result.summary
    english = {s for (_, s) in _table(language)}
    for tip in result.advice:
        assert _is_translation(tip, language), tip
        assert tip not in english, tip


def _run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "fast.toml"
    cfg.write_text("[system]\ncpu_sample_s = 0.2\n", encoding="utf-8")
    base = {"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", i18n.LANG_ENV: ""}
    return subprocess.run([sys.executable, "-m", "preflight", *args, "--config", str(cfg)],
                          capture_output=True, text=True, timeout=60,
                          env=cli_env(**(base | env)), stdin=subprocess.DEVNULL)


def _summary(stdout: str, language: str) -> str:
    title = _table(language)[(i18n.CONTEXT, "Computer")]
    line = next(ln for ln in stdout.splitlines() if f"{title}:" in ISOLATES.sub("", ln))
    return ISOLATES.sub("", line).split(f"{title}:", 1)[1].strip()


@pytest.mark.parametrize("language", LANGUAGES)
def test_cli_check_speaks_each_language(tmp_path, language):
    out = _run(tmp_path, "--lang", language, "check", "--only", "system", LANG="en_US.UTF-8")
    assert out.returncode in (0, 1), out.stderr
    assert _is_translation(_summary(out.stdout, language), language)
    table = _table(language)
    verdicts = {table[(i18n.CONTEXT, v)] for v in (
        "You're ready for your visit", "Almost ready: 1 thing to fix")}
    assert verdicts & {ISOLATES.sub("", ln) for ln in out.stdout.splitlines()}, out.stdout
    progress = table[(i18n.CONTEXT, "Checking {check}…")].split("{check}")[0]
    assert progress in out.stderr
    assert "Your computer" not in out.stdout and "ready" not in out.stdout.lower()


# Portugal's locale gives the Brazilian catalogue (issue 20); the other locale names are
# normalize()'s table (test_language.py, without a subprocess each).
@pytest.mark.parametrize(("locale_name", "language"), [("pt_PT.UTF-8", "pt_BR")])
def test_the_system_locale_picks_the_language(tmp_path, locale_name, language):
    if language not in LANGUAGES:
        pytest.skip(f"no {language} catalogue in this checkout yet")
    out = _run(tmp_path, "check", "--only", "system", LANG=locale_name)
    assert out.returncode in (0, 1), out.stderr
    assert _is_translation(_summary(out.stdout, language), language)


def test_an_unknown_preflight_lang_is_said_not_silent(tmp_path):
    out = _run(tmp_path, "check", "--only", "system", PREFLIGHT_LANG="tlh", LANG="en_US.UTF-8")
    assert out.returncode in (0, 1), out.stderr
    assert "PREFLIGHT_LANG=tlh: no messages in that language; using English" in out.stderr
    assert "Computer:" in out.stdout  # and English it is
    # --lang is stricter: a usage error naming the languages there are.
    bad = _run(tmp_path, "--lang", "tlh", "check", "--only", "system")
    assert bad.returncode == 2 and "العربية" in bad.stderr


def test_an_unknown_preflight_lang_is_logged(caplog):
    with caplog.at_level("WARNING", logger="preflight.i18n"):
        assert i18n.detect_language({i18n.LANG_ENV: "tlh"}) == i18n.SOURCE_LANGUAGE
    assert "PREFLIGHT_LANG=tlh" in caplog.text
