"""Layouts hold at 200% text: every screen rendered on a real X server (Xvfb) at the normal
application font and at twice it, in the default style, and at twice it in high contrast.
No label, button or check box has less room than its text needs, no device picker cuts off its
entry, no help-desk table cell elides, and no page needs sideways scrolling.

Screenshots go to a temporary folder; set PREFLIGHT_A11Y_SHOTS=docs/screenshots/a11y to refresh
the ones in the docs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem

from tests.a11y.render_screens import combo_problems, table_problems, text_problems

REPO = Path(__file__).resolve().parents[2]
SCREENS = {"welcome", "step-camera", "step-microphone", "step-speaker", "step-connection",
           "step-computer", "results", "checklist", "help", "helpdesk"}
# Spanish: its sentences run longer than English, so it is the harder case for the layout.
RUNS = [pytest.param(1, False, "en", id="1x"), pytest.param(2, False, "en", id="2x"),
        pytest.param(2, True, "en", id="2x-high-contrast"),
        pytest.param(2, False, "es", id="2x-es"),
        pytest.param(2, True, "es", id="2x-high-contrast-es")]


@pytest.fixture(scope="module")
def shots_dir(tmp_path_factory):
    wanted = os.environ.get("PREFLIGHT_A11Y_SHOTS")
    return Path(wanted).resolve() if wanted else tmp_path_factory.mktemp("a11y-shots")


@pytest.mark.timeout(180)
@pytest.mark.parametrize(("scale", "high_contrast", "lang"), RUNS)
def test_every_screen_fits_its_text(xvfb_display, shots_dir, scale, high_contrast, lang):
    env = dict(os.environ, DISPLAY=xvfb_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    command = [sys.executable, "-m", "tests.a11y.render_screens", "--scale", str(scale),
               "--out", str(shots_dir), "--lang", lang] + (
                   ["--high-contrast"] if high_contrast else [])
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=150)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["platform"] == "xcb"
    assert set(report["screens"]) == SCREENS
    problems = []
    for name, screen in report["screens"].items():
        assert (shots_dir / screen["screenshot"]).stat().st_size > 10_000, name
        problems += [f"{name}: {p}" for p in screen["problems"]]
        if screen["sideways_scroll_px"] > 0:
            problems.append(f"{name}: the page scrolls {screen['sideways_scroll_px']} px "
                            "sideways")
    assert not problems, "\n".join(problems)
    if scale == 2:
        # The text really is larger: long pages need vertical scrolling (not a no-op run).
        assert report["screens"]["results"]["content_height_px"] > 1.5 * report["screens"][
            "results"]["viewport_height_px"]


# The detectors themselves, on widgets built to fail them (offscreen).

def test_detects_a_label_too_short_for_its_wrapped_text(qtbot):
    page = QLabel()
    qtbot.addWidget(page)
    text = QLabel("A sentence long enough to wrap onto several lines in a narrow box.", page)
    text.setWordWrap(True)
    text.setGeometry(0, 0, 120, 20)
    page.show()
    assert any("high" in p for p in text_problems(page, page))
    text.setGeometry(0, 0, 120, text.heightForWidth(120))
    assert text_problems(page, page) == []


def test_detects_a_button_narrower_than_its_text(qtbot):
    page = QLabel()
    qtbot.addWidget(page)
    button = QPushButton("Before your visit: checklist", page)
    button.setGeometry(0, 0, 60, button.sizeHint().height())
    page.show()
    assert len(text_problems(page, page)) == 1
    button.resize(button.sizeHint())
    assert text_problems(page, page) == []


def test_detects_a_cut_off_combo_entry(qtbot):
    page = QLabel()
    qtbot.addWidget(page)
    combo = QComboBox(page)
    combo.addItem("Automatic (your computer's usual device)")
    combo.setGeometry(0, 0, 80, 30)
    page.show()
    assert len(combo_problems(page, page)) == 1
    combo.resize(combo.sizeHint())
    assert combo_problems(page, page) == []


def test_detects_an_elided_table_cell(qtbot):
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    table.setItem(0, 0, QTableWidgetItem("Internet connection is slow"))
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setColumnWidth(0, 40)
    table.show()
    assert len(table_problems(table)) == 1
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    assert table_problems(table) == []
