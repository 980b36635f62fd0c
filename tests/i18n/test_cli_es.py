"""`preflight check` in Spanish: real subprocesses, the real system check; and the verdict
sentence, which the CLI, the saved reports and the window all take from engine.present."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the window part runs offscreen

from preflight import i18n
from tests.conftest import cli_env

PREFLIGHT = [sys.executable, "-m", "preflight"]

# Every sentence engine.present.verdict can end a finished run with.
VERDICTS = (
    "You're ready for your visit",
    "Almost ready: 1 thing to fix",
    "Almost ready: {count} things to fix",
    "Let's get you some help",
    "Not every check finished: please check again",
)


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "fast.toml"
    cfg.write_text("[system]\ncpu_sample_s = 0.2\n", encoding="utf-8")
    base = {"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", i18n.LANG_ENV: ""}
    return subprocess.run(
        [*PREFLIGHT, *args, "--config", str(cfg)],
        capture_output=True, text=True, timeout=60, env=cli_env(**(base | env)),
        stdin=subprocess.DEVNULL,
    )


def _catalogue() -> dict[tuple[str, str], str]:
    return i18n.load_catalogue(i18n.catalogue_path("es"))


def _spanish_system_summaries() -> set[str]:
    return {t for (c, s), t in _catalogue().items() if c == "preflight" and s.startswith("Your ")}


def _spanish(text: str, **fields: object) -> str:
    """The catalogue's Spanish for an engine/CLI sentence (a missing one fails the test)."""
    translated = _catalogue().get((i18n.CONTEXT, text))
    assert translated, f"no Spanish for {text!r}"
    return translated.format(**fields)


def _summary_line(stdout: str) -> str:
    line = next(ln for ln in stdout.splitlines() if "Computadora:" in ln)
    return line.split("Computadora:", 1)[1].strip()


def test_check_follows_lang_es(tmp_path):
    out = run(tmp_path, "check", "--only", "system", LANG="es_ES.UTF-8")
    assert out.returncode in (0, 1), out.stderr
    assert "Revisando computadora…" in out.stderr  # progress
    assert "Preflight para " in out.stdout
    assert _summary_line(out.stdout) in _spanish_system_summaries()
    assert "Your computer" not in out.stdout
    # The verdict: engine.present's sentence, in Spanish.
    english = "You're ready for your visit" if out.returncode == 0 else (
        "Almost ready: 1 thing to fix"
    )
    assert _spanish(english) in out.stdout.splitlines()
    assert "You're ready" not in out.stdout and "Almost ready" not in out.stdout


def test_preflight_lang_and_lang_option_override_the_locale(tmp_path):
    out = run(tmp_path, "check", "--only", "system", LANG="en_US.UTF-8", PREFLIGHT_LANG="es")
    assert out.returncode in (0, 1), out.stderr
    assert _summary_line(out.stdout) in _spanish_system_summaries()
    out = run(tmp_path, "--lang", "es", "check", "--only", "system", LANG="C")
    assert out.returncode in (0, 1), out.stderr
    assert _summary_line(out.stdout) in _spanish_system_summaries()
    out = run(tmp_path, "--lang", "en", "check", "--only", "system", LANG="es_ES.UTF-8")
    assert "Computer:" in out.stdout and "Computadora" not in out.stdout


def test_json_keeps_machine_words_and_carries_spanish_summaries(tmp_path):
    out = run(tmp_path, "check", "--only", "system", "--json", LANG="es_ES.UTF-8")
    assert out.returncode in (0, 1), out.stderr
    doc = json.loads(out.stdout)
    check = doc["checks"][0]
    assert check["id"] == "system" and check["status"] in ("pass", "warn")
    assert check["summary"] in _spanish_system_summaries()


# -- one verdict: the CLI summary, the text and HTML reports and the window agree ----------------

CASES = {
    "ready": (["pass", "pass"], "You're ready for your visit", {}),
    "one to fix": (["pass", "warn"], "Almost ready: 1 thing to fix", {}),
    "three to fix": (["warn", "warn", "skip"], "Almost ready: {count} things to fix",
                     {"count": 3}),
    "help": (["warn", "fail"], "Let's get you some help", {}),
    "error": (["pass", "error"], "Let's get you some help", {}),
    "skipped": (["pass", "skip"], "Not every check finished: please check again", {}),
}


def _window_verdict(qtbot, config, language: str, statuses: dict[str, str]) -> str:
    """The results page's verdict after a real window ran fake checks (real descriptors and
    findings, tests/gui/fakes.py) with these statuses, in `language`."""
    from preflight.engine import Status
    from preflight.gui import i18n_qt
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import Plan, make_registry, walk_to_results

    i18n_qt.install_language(language)
    registry, _ = make_registry({c: Plan(status=Status(s)) for c, s in statuses.items()},
                                ids=tuple(statuses))
    window = MainWindow(config, registry=registry)
    qtbot.addWidget(window)
    window.show()
    try:
        walk_to_results(qtbot, window)
        return window.patient.results.verdict.text()
    finally:
        assert window.shutdown()
        i18n_qt.install_language("en")
        i18n.set_language(language)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("case", list(CASES))
def test_cli_reports_and_window_give_one_verdict(qtbot, config, language, case):
    import html as html_module

    from preflight.cli import render_summary
    from preflight.engine import CheckResult, RunReport, Status
    from preflight.engine.present import STATUS_WORDS, check_title, status_word, verdict
    from preflight.support.reports import render_html, render_text

    statuses, english, fields = CASES[case]
    ids = ["system", "camera", "network"]
    i18n.set_language(language)
    results = [CheckResult(cid, s, "") for cid, s in zip(ids, statuses, strict=False)]
    report = RunReport(datetime.now(UTC), results, config)

    sentence = verdict(report.results).sentence
    summary = render_summary(report, report.to_dict()).splitlines()
    text = render_text(report)
    page = html_module.unescape(render_html(report))
    assert sentence in summary  # a line of its own in the terminal
    assert sentence in text
    assert sentence in page
    others = {i18n.tr(v, count=3) for v in VERDICTS} - {sentence}
    assert not [o for o in others if o in text or o in summary or o in page]
    # The window, run on the same statuses, says the same sentence in the same language.
    window_statuses = dict(zip(ids, statuses, strict=False))
    assert _window_verdict(qtbot, config, language, window_statuses) == sentence
    # Each check's line carries the window's status word and the check's title.
    width = max(len(status_word(s)) for s in Status)
    for r in results:
        head = f"[{status_word(r.status):>{width}}] {check_title(r.id)}: "
        assert [ln for ln in summary if ln.startswith(head)], (head, summary)

    if language == "en":
        assert sentence == english.format(**fields)
        return
    assert sentence == _spanish(english, **fields)
    for r in results:  # the status words on those lines are Spanish too
        assert status_word(r.status) == _spanish(STATUS_WORDS[r.status.value])
