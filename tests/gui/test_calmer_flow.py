"""A calmer flow (issue 19, item 2), offscreen on the fake checks: the welcome page says what
will be checked and how long it can take (from the descriptors and the deadlines), the
computer step says in words what it looked at, the patient sees words and the numbers only
under Details, and when everything passed the results page offers the organisation's next
step. The placement on screen at each window size is tests/a11y/test_verdict_in_view.py."""

from __future__ import annotations

import math
import re

import pytest
from PySide6.QtCore import Qt

from preflight.config import ConfigError, load_config
from preflight.engine.findings import LookedAt
from preflight.engine.result import Status
from preflight.gui.steps import build_plan, longest_run_s, looked_at_words
from tests.gui.fakes import DESCRIPTORS, Plan, walk_to_results

NUMBERS = re.compile(r"dBFS|Mbit/s|\bms\b|\d")


def test_welcome_lists_the_steps_and_the_longest_time_from_the_deadlines(make_window, config):
    window = make_window()
    welcome = window.patient.welcome
    plan = build_plan(list(DESCRIPTORS.values()))
    titles = [s.title for s in plan.steps]
    assert welcome.things is not None
    assert welcome.things.text().splitlines() == [f"•  {t}" for t in titles]
    longest = longest_run_s(plan, list(DESCRIPTORS.values()), config)
    # The guided checks take turns (camera + microphone + speaker deadlines); the background
    # ones run beside them.
    guided = sum(config.get(f"deadlines.{c}_s") for c in plan.guided_checks)
    assert longest == max(guided, max(config.get(f"deadlines.{c}_s")
                                      for c in plan.background_checks))
    assert welcome.duration.text() == f"It takes up to {math.ceil(longest / 60)} minutes."
    for title in titles:
        assert title in welcome.start.accessibleDescription()


def test_the_time_follows_the_organisations_deadlines(make_window, config):
    quick = config.with_overrides({"deadlines": {"camera_s": 5.0, "microphone_s": 5.0,
                                                 "speaker_s": 5.0, "bandwidth_s": 20.0}})
    window = make_window(cfg=quick)
    assert window.patient.welcome.duration.text() == "It takes about a minute."


def test_the_computer_step_says_what_it_looked_at(qtbot, make_window):
    window = make_window({"system": Plan(metrics={
        "memory_available_gb": 5.6, "uptime_days": 2.3, "on_battery": False,
        "battery_percent": 80.0, "cpu_percent": 12.0})})
    walk_to_results(qtbot, window)
    computer = next(s for s in window.patient.steps if s.key == "computer").view
    assert computer.looked_at.text() == (
        "We looked at: 6 GB of memory free · on for 2 days · other programs use 12% of the "
        "processor · plugged in")


@pytest.mark.parametrize(("metrics", "said"), [
    ({"uptime_days": 0.2}, "started today"),
    ({"uptime_days": 1.4}, "on for 1 day"),
    ({"memory_available_gb": 0.4}, "less than 1 GB of memory free"),
    ({"on_battery": True, "battery_percent": 35.0}, "on battery, 35% charged"),
    ({"on_battery": True}, ""),  # a phrase whose number is missing is left out
    ({}, ""),
])
def test_looked_at_phrases(metrics, said):
    from preflight.checks.system import DESCRIPTOR
    from preflight.engine.result import CheckResult

    step = next(s for s in build_plan([DESCRIPTOR]).steps)
    assert looked_at_words(step, [CheckResult("system", Status.PASS, "", metrics=metrics)]) \
        == said


def test_a_looked_at_phrase_never_shows_a_missing_number():
    phrase = LookedAt("x", "{value} things")
    assert phrase.say({"x": float("nan")}) is None
    assert phrase.say({"x": "n/a"}) is None
    assert phrase.say({"x": 3.0}) == "3 things"


def test_patients_see_words_and_the_numbers_only_under_details(qtbot, make_window):
    window = make_window({
        "bandwidth": Plan(metrics={"download_mbps": 24.56, "upload_mbps": 3.2, "ping_ms": 41.0}),
        "microphone": Plan(metrics={"rms_dbfs": -52.0}),
    })
    walk_to_results(qtbot, window)
    steps = {s.key: s.view for s in window.patient.steps}
    connection = steps["connection"]
    assert not connection.numbers.isVisibleTo(connection)
    assert not connection.details.isVisibleTo(connection)
    assert connection.details_toggle.isVisibleTo(connection)
    shown = [w.text() for w in connection.findChildren(type(connection.numbers))
             if w.isVisibleTo(connection) and w not in connection.cards["bandwidth"].findChildren(
                 type(connection.numbers))]
    assert not any("Mbit/s" in t for t in shown)
    qtbot.mouseClick(connection.details_toggle, Qt.MouseButton.LeftButton)
    assert connection.numbers.isVisibleTo(connection) and "24.6 Mbit/s" in connection.numbers.text()
    assert connection.details_toggle.text() == "Hide details"
    mic = steps["microphone"]
    assert mic.meter is not None and mic.meter_words is not None
    assert mic.meter.isVisibleTo(mic) and mic.meter_words.isVisibleTo(mic)
    # -52 dBFS is between the microphone's fail (-60) and warn (-45) limits: quiet, in words.
    assert mic.meter_words.text() == "We hear you, but quietly."
    assert not NUMBERS.search(mic.meter_words.text() + mic.meter.accessibleDescription())
    assert "-52" in mic.details.text() and "dBFS" in mic.details.text()


def test_everything_passed_offers_the_next_step_and_the_checklist(qtbot, make_window, config):
    visit = config.with_overrides({"visit": {"join_url": "https://visit.example.org/join"}})
    window = make_window(cfg=visit)
    walk_to_results(qtbot, window)
    results = window.patient.results
    assert results.verdict.text() == "You're ready for your visit"
    assert results.next_step.isVisibleTo(window)
    assert results.next_link is not None
    assert 'href="https://visit.example.org/join"' in results.next_link.text()
    assert "Join your visit" in results.next_link.accessibleName()
    qtbot.mouseClick(results.open_checklist, Qt.MouseButton.LeftButton)
    assert window.patient.stack.currentWidget() is window.patient.checklist


def test_no_next_step_while_something_is_to_fix(qtbot, make_window):
    window = make_window({"camera": Plan(status=Status.WARN)})
    walk_to_results(qtbot, window)
    assert not window.patient.results.next_step.isVisibleTo(window)


def test_without_a_join_link_the_next_step_is_the_portal(make_window):
    window = make_window()
    link = window.patient.results.next_link
    assert link is not None and "Patient Gateway" in link.accessibleName()


@pytest.mark.parametrize("url", ["visit.example.org", "javascript:alert(1)", "https://",
                                 "ftp://example.org/x", "https://exa mple.org"])
def test_a_join_link_must_be_a_web_address(tmp_path, url):
    profile = tmp_path / "org.toml"
    profile.write_text(f'[visit]\njoin_url = "{url}"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="web address"):
        load_config(profile)


def test_tab_never_leaves_the_focus_under_the_pinned_buttons(qtbot, make_window):
    """The steps' Back/Next stay at the bottom over the scrolled page; a control Tab reaches
    near the bottom is scrolled clear of them, so its focus ring is seen."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    # At 200% text the buttons are taller than the margin QScrollArea keeps on its own.
    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(large)
    try:
        window = make_window({"system": Plan(status=Status.WARN, restart=True,
                                             metrics={"programs_to_close": ["chrome"]})})
    finally:
        app.setFont(normal)
    walk_to_results(qtbot, window)
    p = window.patient
    index = next(i for i, s in enumerate(p.steps) if s.key == "computer")
    p.go_to_step(index)
    view = p.steps[index].view
    assert view.widget().height() > view.viewport().height() - view.footer_height()
    visible = view.viewport().height() - view.footer_height()
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is None or not view.widget().isAncestorOf(focused):
            continue
        top = focused.mapTo(view.viewport(), QPoint(0, 0)).y()
        seen.append(focused)
        assert 0 <= top and top + focused.height() <= visible, focused.accessibleName()
    assert view.details_toggle in seen  # the last control of the page, below the fold
