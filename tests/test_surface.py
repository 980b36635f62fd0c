"""Words for the surface they are shown on (issue "First contact", item 3): the window says
"press Check again" (it has the button), the terminal says "run 'preflight check' again". Both
come from the same findings (engine/surface.py fills `{check_again}`), never from replacing
strings in the output."""

from __future__ import annotations

import subprocess
import sys
import tempfile

import pytest

from preflight import i18n
from preflight.engine.findings import ENGINE_FINDINGS
from preflight.engine.registry import default_registry
from preflight.engine.surface import TERMINAL, WINDOW, current_surface, using_surface
from tests.conftest import cli_env

BUTTON_WORDS = ("press Check again", "Press Check again")


def _patient_texts():
    specs = [*ENGINE_FINDINGS.values()]
    for descriptor in default_registry().descriptors():
        specs.extend(descriptor.findings)
    for spec in specs:
        yield spec.name, (spec.summary, *spec.advice, spec.restart)


def test_no_finding_names_the_button_itself():
    """The button's words are the surface's to choose: a sentence that wrote them out would
    tell a terminal user to press a button that is not there."""
    used = 0
    for name, texts in _patient_texts():
        for text in texts:
            assert not any(w in text for w in BUTTON_WORDS), (name, text)
            used += "{check_again}" in text or "{Check_again}" in text
    assert used >= 15  # the sentences that once said "press Check again" now ask the surface


@pytest.mark.parametrize("language", ["en", "es"])
def test_one_finding_two_surfaces(language):
    i18n.set_language(language)
    try:
        speaker = default_registry().descriptor("speaker")
        finding = speaker.finding("not_heard")
        with using_surface(WINDOW):
            window = speaker.result([finding]).advice
        with using_surface(TERMINAL):
            terminal = speaker.result([finding]).advice
        assert current_surface() == WINDOW  # the window is the default, and comes back
    finally:
        i18n.set_language("en")
    if language == "en":
        assert "Then press Check again." in window
        assert "Then run 'preflight check' again." in terminal
    else:
        assert "Después pulse Revisar otra vez." in window
        assert "Después vuelva a ejecutar 'preflight check'." in terminal
    assert len(window) == len(terminal)  # the same advice, only the action differs


def test_the_terminal_never_says_press_check_again():
    """A real `preflight check` with no sound system: the device failures' advice tells the
    person to run the command again."""
    with tempfile.TemporaryDirectory() as runtime:
        out = subprocess.run(
            [sys.executable, "-m", "preflight", "check", "--only", "microphone,speaker",
             "--non-interactive"],
            capture_output=True, text=True, timeout=60,
            env=cli_env(XDG_RUNTIME_DIR=runtime, PULSE_SERVER=f"unix:{runtime}/nothing-here"),
        )
    assert out.returncode == 3, out.stdout + out.stderr
    assert "then run 'preflight check' again." in out.stdout
    assert not any(w in out.stdout for w in BUTTON_WORDS), out.stdout
