"""`preflight check` in Spanish: real subprocesses, the real system check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from preflight import i18n
from tests.conftest import cli_env

PREFLIGHT = [sys.executable, "-m", "preflight"]


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    cfg = tmp_path / "fast.toml"
    cfg.write_text("[system]\ncpu_sample_s = 0.2\n", encoding="utf-8")
    base = {"LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "", i18n.LANG_ENV: ""}
    return subprocess.run(
        [*PREFLIGHT, *args, "--config", str(cfg)],
        capture_output=True, text=True, timeout=60, env=cli_env(**(base | env)),
        stdin=subprocess.DEVNULL,
    )


def _spanish_system_summaries() -> set[str]:
    table = i18n.load_catalogue(i18n.catalogue_path("es"))
    return {t for (c, s), t in table.items() if c == "preflight" and s.startswith("Your ")}


def _summary_line(stdout: str) -> str:
    line = next(ln for ln in stdout.splitlines() if "Computadora:" in ln)
    return line.split("Computadora:", 1)[1].strip()


def test_check_follows_lang_es(tmp_path):
    out = run(tmp_path, "check", "--only", "system", LANG="es_ES.UTF-8")
    assert out.returncode in (0, 1), out.stderr
    assert "Revisando computadora…" in out.stderr  # progress
    assert "Preflight para " in out.stdout
    assert _summary_line(out.stdout) in _spanish_system_summaries()
    assert any(v in out.stdout for v in ("Todo está listo para su consulta.",
                                         "Casi todo listo: queda 1 cosa por revisar."))
    assert "Your computer" not in out.stdout and "You're ready" not in out.stdout


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
