"""A calmer flow: on every step, at 1280x720, 1366x768 and 1000x720, at the normal text size
and at 200% text, with a camera picture and without a camera, the step's verdict (each result
card's status and sentence) and the Next button are on screen without scrolling: inside the
visible part of the page in the window's screenshot, and painted there (not covered, not cut).
The results page's verdict too. Rendered on a real X server (Xvfb) by render_fold.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from tests.a11y.render_fold import SIZES, outside, painted_as_itself, visible_rect

REPO = Path(__file__).resolve().parents[2]
STEPS = {"step-camera", "step-microphone", "step-speaker", "step-connection", "step-computer"}


@pytest.fixture(scope="module")
def fold_shots(tmp_path_factory):
    wanted = os.environ.get("PREFLIGHT_FOLD_SHOTS")
    return Path(wanted).resolve() if wanted else tmp_path_factory.mktemp("fold-shots")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("camera", ["yes", "no"], ids=["with-camera", "no-camera"])
@pytest.mark.parametrize("scale", [1, 2], ids=["1x", "2x"])
def test_verdict_and_next_are_in_view_on_every_step(xvfb_display, fold_shots, scale, camera):
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, "-m", "tests.a11y.render_fold", "--scale", str(scale),
               "--camera", camera, "--out", str(fold_shots)]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=100)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    seen = {(c["screen"], tuple(c["size"])) for c in report["checks"]}
    assert seen == {(s, size) for s in STEPS | {"results"} for size in SIZES}
    problems = [f"{c['screen']} at {c['size'][0]}x{c['size'][1]}: {p}"
                for c in report["checks"] for p in c["problems"]]
    assert not problems, "\n".join(problems)
    pictures = {c["picture"] for c in report["checks"] if c["screen"] == "step-camera"}
    # With a camera the preview is there (and shrinks to fit); without one it gives way.
    assert pictures == {camera == "yes"}
    for check in report["checks"]:
        assert (fold_shots / check["screenshot"]).stat().st_size > 5_000


# The detectors, on widgets built to fail them (offscreen).

def _page(qtbot, below: int):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    layout = QVBoxLayout(window)
    layout.setContentsMargins(0, below, 0, 0)
    text = QLabel("Ready: your camera works.")
    cover = QPushButton("Next", window)
    layout.addWidget(text)
    layout.addStretch(1)
    window.show()
    qtbot.waitExposed(window)
    return window, text, cover


def test_detects_a_verdict_below_the_visible_area(qtbot):
    window, text, _cover = _page(qtbot, below=280)

    class Area:  # a page whose visible part is the window's top 200 px
        @staticmethod
        def viewport():
            return window

        @staticmethod
        def footer_height():
            return 100

    area = visible_rect(Area, window)
    assert area.height() == 200
    assert outside(text, area, window).startswith("at ")
    window.layout().setContentsMargins(0, 10, 0, 0)
    window.layout().activate()
    assert outside(text, area, window) == ""


def test_detects_a_verdict_covered_in_the_picture(qtbot):
    window, text, cover = _page(qtbot, below=10)
    window.layout().activate()
    cover.setGeometry(text.geometry())
    cover.raise_()
    shot = window.grab().toImage()
    assert not painted_as_itself(text, shot, window)
    cover.move(0, 250)
    shot = window.grab().toImage()
    assert painted_as_itself(text, shot, window)
    assert painted_as_itself(cover, shot, window)
