"""The `preflight` command, run as a real subprocess: output streams, JSON, exit codes,
usage and configuration errors, and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC
from pathlib import Path

import pytest

from tests.conftest import cli_env

PREFLIGHT = [sys.executable, "-m", "preflight"]


def run(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PREFLIGHT, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(**env),
        stdin=subprocess.DEVNULL,
    )


def fast_config(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "fast.toml"
    path.write_text("[system]\ncpu_sample_s = 0.2\n" + extra, encoding="utf-8")
    return path


def test_version():
    out = run("--version")
    assert out.returncode == 0
    assert out.stdout.startswith("preflight ")


def test_check_system_json_is_a_valid_report(tmp_path):
    out = run("check", "--only", "system", "--json", "--config", str(fast_config(tmp_path)))
    assert out.returncode in (0, 1), out.stderr
    doc = json.loads(out.stdout)  # stdout holds only the JSON
    assert doc["schema"] == "preflight.report/1"
    assert [c["id"] for c in doc["checks"]] == ["system"]
    assert doc["overall"] in ("pass", "warn")
    assert out.returncode == {"pass": 0, "warn": 1}[doc["overall"]]
    assert "Checking computer" in out.stderr  # progress goes to stderr


def test_human_summary_with_restart_and_hotline(tmp_path):
    # Uptime over 0 days forces a restart reason; a 0.01 s deadline would be too tight to test
    # failure reliably, so force "fail" differently: none here, only the restart path.
    cfg = fast_config(tmp_path, "uptime_max_days = 0\n")
    out = run("check", "--only", "system", "--config", str(cfg))
    assert out.returncode == 1, out.stderr
    assert "We recommend restarting your computer shortly before your visit:" in out.stdout
    assert "Your computer has been on for" in out.stdout
    assert "800-745-9683" not in out.stdout  # a warning is not a failure: no hotline


def test_failure_shows_hotline_and_exit_3(tmp_path):
    cfg = tmp_path / "tight.toml"
    cfg.write_text("[system]\ncpu_sample_s = 5.0\n[deadlines]\nsystem_s = 0.3\n", encoding="utf-8")
    out = run("check", "--only", "system", "--config", str(cfg))
    assert out.returncode == 3, out.stderr
    assert "took too long" in out.stdout
    assert (
        "Need help? Call Patient Gateway technical support: 800-745-9683, select option 1."
        in out.stdout
    )
    assert "Let's get you some help." in out.stdout


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["check", "--only", "teleport"], "unknown check 'teleport'"),
        (["check", "--skip", "nope"], "unknown check 'nope'"),
        (["check", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["launch"], "invalid choice"),
        (["check", "--only", ","], "expected comma-separated check ids"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, fragment):
    out = run(*args)
    assert out.returncode == 2
    assert fragment in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert "Traceback" not in out.stderr
    assert out.stdout == ""


def test_bad_config_exit_2_and_nothing_runs(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[hotline]\nphone = 800\n", encoding="utf-8")
    out = run("check", "--only", "system", "--config", str(bad))
    assert out.returncode == 2
    assert out.stderr.strip() == (
        f"preflight: Configuration file {bad}, line 2: hotline.phone: "
        "must be text in quotes, not a number"
    )
    assert "Checking" not in out.stderr  # nothing else ran


def test_bad_config_from_environment(tmp_path):
    bad = tmp_path / "env.toml"
    bad.write_text("[[[", encoding="utf-8")
    out = run("check", "--only", "system", PREFLIGHT_CONFIG=str(bad))
    assert out.returncode == 2
    assert "not valid TOML" in out.stderr


def test_ctrl_c_exits_130_without_traceback(tmp_path):
    cfg = tmp_path / "slow.toml"
    cfg.write_text(
        "[system]\ncpu_sample_s = 20.0\n[deadlines]\nsystem_s = 60.0\n", encoding="utf-8"
    )
    proc = subprocess.Popen(
        [*PREFLIGHT, "check", "--only", "system", "--config", str(cfg)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        stdin=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    # Wait until the check is running, then press Ctrl-C.
    line = proc.stderr.readline()
    assert "Checking computer" in line
    assert time.monotonic() < deadline
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert "Traceback" not in err
    assert "Stopped." in err


def test_no_command_without_gui_says_what_to_do():
    """Until/unless the window exists in this build, `preflight` explains itself."""
    gui_built = (Path(__file__).resolve().parents[1] / "src" / "preflight" / "gui").exists()
    if gui_built:
        pytest.skip("the window exists in this build; tests/gui covers `preflight` with no command")
    out = run(timeout=60)
    assert out.returncode == 2
    assert "preflight check" in out.stderr


def test_config_path_command():
    out = run("config-path")
    assert out.returncode == 0
    assert out.stdout.strip().endswith(os.path.join("preflight", "config.toml"))


def test_summary_never_says_ready_when_a_check_did_not_run(config):
    from datetime import datetime

    from preflight.cli import render_summary
    from preflight.engine import CheckResult, RunReport

    results = [
        CheckResult("system", "pass", "Fine."),
        CheckResult("camera", "skip", "Not checked: the check was stopped before it started."),
    ]
    report = RunReport(datetime.now(UTC), results, config)
    assert report.overall == "pass"  # the schema's rule: a skip is neither a warning nor a failure
    text = render_summary(report, report.to_dict())
    assert "You're ready" not in text
    assert "Not every check finished: please run Preflight again." in text
    ready = RunReport(datetime.now(UTC), results[:1], config)
    assert "You're ready for your visit." in render_summary(ready, ready.to_dict())


def test_only_loads_the_named_checks():
    code = (
        "import sys\n"
        "from preflight.engine.registry import default_registry\n"
        "print(default_registry().select(['system']))\n"
        "print(sorted(m for m in sys.modules if m.startswith('preflight.checks.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["['system']", "['preflight.checks.system']"]
