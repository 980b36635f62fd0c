"""Every screen in every language Preflight ships, at 1x and 2x text, on a real X server
(Xvfb): no label, button or check box has less room than its text needs, no picker cuts off
its entry, no help-desk cell elides, no page scrolls sideways. English and Spanish are
test_text_scale.py's (with high contrast); here every other catalogue in resources/i18n/ gets
one process that renders both sizes (tests/a11y/render_languages.py), so a language added
later is covered the day its catalogue lands. Arabic renders right to left.

Screenshots go to a temporary folder; PREFLIGHT_A11Y_SHOTS=DIR keeps them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from preflight import i18n
from tests.a11y.test_text_scale import SCREENS

REPO = Path(__file__).resolve().parents[2]
# English and Spanish are test_text_scale.py's (1x, 2x, high contrast; Spanish at 2x).
LANGUAGES = [code for code in i18n.available_languages() if code not in ("en", "es")]


@pytest.fixture(scope="module")
def shots_dir(tmp_path_factory):
    wanted = os.environ.get("PREFLIGHT_A11Y_SHOTS")
    return Path(wanted).resolve() if wanted else tmp_path_factory.mktemp("a11y-languages")


@pytest.mark.timeout(240)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_fits_in_every_language(xvfb_display, shots_dir, language):
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env.pop(i18n.LANG_ENV, None)
    command = [sys.executable, "-m", "tests.a11y.render_languages", "--lang", language,
               "--out", str(shots_dir)]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=200)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    expected = "RightToLeft" if i18n.is_rtl(language) else "LeftToRight"
    assert report["direction"] == expected
    assert set(report["scales"]) == {"1", "2"}
    problems = []
    for scale, screens in report["scales"].items():
        assert set(screens) == SCREENS, scale
        for name, screen in screens.items():
            assert (shots_dir / screen["screenshot"]).stat().st_size > 10_000, name
            problems += [f"{scale}x {name}: {p}" for p in screen["problems"]]
            if screen["sideways_scroll_px"] > 0:
                problems.append(f"{scale}x {name}: the page scrolls "
                                f"{screen['sideways_scroll_px']} px sideways")
    assert not problems, "\n".join(problems)
    # The 2x run really is larger text: the results page needs more scrolling than at 1x.
    results = {s: report["scales"][s]["results"]["content_height_px"] for s in ("1", "2")}
    assert results["2"] > 1.4 * results["1"], results


def test_the_check_box_wraps_chinese_between_characters(qtbot):
    """A checklist item in Chinese (no spaces) can be as narrow as one character plus its
    box, so it wraps instead of pushing the page sideways."""
    from preflight.gui.widgets import WrapCheckBox

    sentence = "请把手机放在身边，并准备好医生诊所的电话号码，以防断线。"
    box = WrapCheckBox(sentence)
    qtbot.addWidget(box)
    whole = box.fontMetrics().horizontalAdvance(sentence)
    assert box.minimumSizeHint().width() < whole / 5
    english = WrapCheckBox("Keep a phone nearby in case you get disconnected.")
    qtbot.addWidget(english)
    word = english.fontMetrics().horizontalAdvance("disconnected.")
    assert english.minimumSizeHint().width() >= word
