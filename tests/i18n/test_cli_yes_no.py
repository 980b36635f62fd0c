"""The terminal's yes/no question in every language: the prompt shows the language's own words
("[sim/não]"), and its words are understood whatever their case or accents, beside English's.

Through the real CLI on a real pseudo-terminal (the prompt is asked only when stdin is a
terminal): `tests/i18n/ask_cli.py` runs `preflight.cli.main` with one stand-in check that asks
the speaker's question once per answer typed here (the speaker itself needs a sound card)."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time

import pytest

from preflight import cli, i18n
from tests.conftest import REPO, cli_env

# What a person may type for yes and for no in each language (the catalogues' words, with
# the case and accents people type them in), and the prompt that shows them.
WORDS = {
    "en": (["y", "yes", "Y", "Yes"], ["n", "no", "NO"], "[y/n]"),
    "es": (["sí", "si", "s", "SÍ", "Si"], ["no", "n", "NO"], "[sí/no]"),
    "pt_BR": (["sim", "s", "SIM"], ["não", "nao", "n", "NÃO"], "[sim/não]"),
    "ht": (["wi", "w", "Wi"], ["non", "n", "NON"], "[wi/non]"),
    "zh_CN": (["是", "y"], ["否", "n"], "[是/否]"),
    "vi": (["có", "c", "co", "CÓ"], ["không", "khong", "k", "KHÔNG"], "[có/không]"),
    "ar": (["نعم", "y"], ["لا", "n"], "[نعم/لا]"),
}
# Understood in every language, and what is neither (Enter alone, another word).
EVERYWHERE = (["yes"], ["no"], ["maybe", ""])


def test_every_language_has_its_words():
    assert set(WORDS) == set(i18n.available_languages())


def _ask(language: str, answers: list[str]) -> tuple[list[str], list[str]]:
    """Type `answers` one by one at the CLI's prompts in `language`: (how each was read,
    every prompt line shown)."""
    master, slave = pty.openpty()
    env = cli_env(**{i18n.LANG_ENV: language, "ASK_TIMES": str(len(answers)),
                     "LC_ALL": "C.UTF-8",
                     "PYTHONPATH": os.pathsep.join((str(REPO / "src"), str(REPO)))})
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.i18n.ask_cli", "check", "--only", "asked", "--json"],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO, env=env)
    os.close(slave)
    err = b""
    deadline = time.monotonic() + 60
    try:
        for n, answer in enumerate(answers, 1):
            # Wait for the n-th prompt (it ends "] " with no newline), then answer it.
            while err.count(b"??? ") < n or not err.endswith(b"] "):
                left = deadline - time.monotonic()
                assert left > 0, f"no prompt {n}: {err.decode(errors='replace')}"
                ready, _, _ = select.select([proc.stderr], [], [], left)
                chunk = os.read(proc.stderr.fileno(), 4096) if ready else b""
                assert chunk or ready == [], f"ended early: {err.decode(errors='replace')}"
                err += chunk
            os.write(master, answer.encode() + b"\n")
        out, rest = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    err += rest
    text = err.decode()
    assert proc.returncode in (cli.EXIT_OK, cli.EXIT_WARN), text
    result = next(r for r in json.loads(out)["checks"] if r["id"] == "asked")
    prompts = [line for line in text.splitlines() if "??? " in line]
    return list(result["metrics"]["answers"]), prompts


@pytest.mark.parametrize("language", list(WORDS))
def test_the_cli_prompt_shows_and_reads_the_language_s_own_words(language):
    yes, no, prompt = WORDS[language]
    also_yes, also_no, neither = EVERYWHERE
    answers = [*yes, *also_yes, *no, *also_no, *neither]
    expected = (["yes"] * (len(yes) + len(also_yes)) + ["no"] * (len(no) + len(also_no))
                + ["none"] * len(neither))
    read, prompts = _ask(language, answers)
    assert read == expected, list(zip(answers, read, strict=True))
    i18n.set_language(language)
    question = i18n.tr("Did you hear the test sound?")
    assert prompts and all(f"??? {question} {prompt}" in line for line in prompts), prompts


@pytest.mark.parametrize("language", i18n.available_languages())
def test_no_word_means_both_yes_and_no(language):
    """After case and accents are set aside, a language's yes words and its no words (with
    English's beside them) never meet: the prompt could not tell what was meant."""
    i18n.set_language(language)
    yes, no = cli.yes_no_words()
    assert len(yes) >= 2 and len(no) >= 2
    both = {cli._plain_word(w) for w in yes} & {cli._plain_word(w) for w in no}
    assert not both, (yes, no)
    assert all(cli.read_yes_no(w) is True for w in yes)
    assert all(cli.read_yes_no(w) is False for w in no)
