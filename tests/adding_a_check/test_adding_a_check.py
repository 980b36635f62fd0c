"""docs/adding-a-check.md, proved: a check added as one module (tests/adding_a_check/clock.py),
one registry line and its config section appears everywhere Preflight shows checks -- the CLI
summary, the JSON, HTML and PDF reports, the window's step list, results page and help-desk
table, and a decoded support code -- with no other file touched.

Everything here is real: the CLI's main(), the report writers (Qt's PDF writer), the window
offscreen, the support-code encoder and decoder. Only the six built-in checks are stood in for
in the window (tests/gui/fakes.py: real descriptors and findings, no camera or sound card here).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from preflight.engine import registry as registry_module
from preflight.engine.registry import BUILTIN_CHECKS, Registry

pytestmark = pytest.mark.timeout(120)

LOCAL_OFFSET = time.localtime().tm_gmtoff / 3600
SUMMARY_WARN = "Your computer's clock is set to another time zone."


@pytest.fixture
def clock_registered(monkeypatch):
    """The one registry line, as BUILTIN_CHECKS would carry it; the default registry is built
    afresh from it (and the original restored after the test)."""
    monkeypatch.setitem(BUILTIN_CHECKS, "clock", "tests.adding_a_check.clock")
    monkeypatch.setattr(registry_module, "_default", None)
    yield


@pytest.fixture
def org_config(tmp_path, clock_registered):
    """An organisation whose care team is six hours off this computer: the clock check warns.
    Its [clock] section exists only because the check's descriptor declares it."""
    from preflight.config import load_config

    path = tmp_path / "org.toml"
    path.write_text(f"[clock]\nutc_offset_hours = {LOCAL_OFFSET + 6:.1f}\n", encoding="utf-8")
    return path, load_config(path)


def test_its_config_section_is_validated_like_any_other(tmp_path, clock_registered):
    from preflight.config import ConfigError, load_config

    assert load_config().get("clock.tolerance_hours") == 1.0  # from the descriptor
    bad = tmp_path / "bad.toml"
    bad.write_text("[clock]\nutc_offset_hours = \"minus five\"\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(bad)
    assert "clock.utc_offset_hours" in str(err.value) and "line 2" in str(err.value)


def test_cli_json_html_pdf_and_support_code(tmp_path, capsys, qapp, org_config):
    from preflight.cli import main
    from preflight.support.code import decode_code

    path, config = org_config
    html = tmp_path / "visit.html"
    assert main(["check", "--config", str(path), "--only", "clock", "--non-interactive",
                 "--report", str(html)]) == 1  # a warning
    out = capsys.readouterr().out
    assert re.search(rf"\[ *Check this\] Clock: {re.escape(SUMMARY_WARN)}", out)
    assert "Almost ready: 1 thing to fix" in out
    assert "go by the time in your visit reminder" in out

    assert main(["check", "--config", str(path), "--only", "clock", "--non-interactive",
                 "--json"]) == 1
    document = json.loads(capsys.readouterr().out)
    (check,) = document["checks"]
    assert check["id"] == "clock" and check["status"] == "warn"
    assert check["summary"] == SUMMARY_WARN
    assert [f["id"] for f in check["findings"]] == ["clock.other_time_zone"]
    assert check["findings"][0]["limits"]["utc_offset_hours"] == pytest.approx(LOCAL_OFFSET + 6)

    page = html.read_text(encoding="utf-8")
    assert "Clock" in page and SUMMARY_WARN.replace("'", "&#x27;") in page
    assert "clock.other_time_zone" in page

    pdf = tmp_path / "visit.pdf"
    assert main(["check", "--config", str(path), "--only", "clock", "--non-interactive",
                 "--report", str(pdf)]) == 1
    capsys.readouterr()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Clock" in text and "another time zone" in " ".join(text.split())

    # The support code carries the clock's finding; the agent's advice names the care team's
    # offset from the organisation's configuration.
    decoded = decode_code(document["support_code"], config)
    assert decoded.statuses["clock"] == "warn"
    assert decoded.findings["clock"] == ("clock.other_time_zone",)
    offset = f"UTC{LOCAL_OFFSET + 6:+g}"
    assert any(offset in fix and "confirm the visit time" in fix
               for fix in decoded.likely_fixes())
    assert "Clock" in decoded.render()


def test_window_step_list_results_and_helpdesk(qtbot, org_config):
    from preflight.gui.main_window import MainWindow
    from tests.adding_a_check.clock import ClockCheck
    from tests.gui.fakes import make_registry, walk_to_results

    _path, config = org_config
    registry, _plans = make_registry()  # the six built-in descriptors, fake hardware
    registry.add(ClockCheck)  # ... and the new check, for real
    assert isinstance(registry, Registry)
    window = MainWindow(config, registry=registry)
    qtbot.addWidget(window)
    window.show()
    try:
        p = window.patient
        names = {key: name.text() for key, (name, _badge) in p.step_list.rows.items()}
        assert names.get("clock") == "Clock"
        walk_to_results(qtbot, window)
        results = p.results
        assert results.verdict.text() == "Almost ready: 1 thing to fix"
        assert [c.check_id for c in results.problem_cards] == ["clock"]
        assert p.step_list.rows["clock"][1].status == "warn"

        window.show_helpdesk()  # as the welcome page's "For the help desk" button does
        view = window.helpdesk_view
        rows = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
        assert "Clock" in rows
        clock_row = rows.index("Clock")
        assert view.table.item(clock_row, 1).text() == "Check this"
    finally:
        assert window.shutdown()
