"""Shared assertions of the fault-injection matrix (docs/robustness.md).

Every case asserts the same promises: the run ends within its checks' deadlines (no hang), the
faulty check reports a clear `fail`/`error` with advice in plain sentences, the hotline is
shown (report.needs_help and the CLI summary carries the phone number), the other checks still
complete, and the app can run again afterwards.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping
from typing import Any

from preflight.config import Config
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult, Status
from preflight.engine.runner import GRACE_S, Runner

# Seconds allowed on top of the checks' own deadlines before a run counts as hung: thread
# start-up and a loaded 2-core CI machine. Generous on purpose: this guards hangs, not speed.
HANG_MARGIN_S = 5.0


def run_budget(config: Config, check_ids: Iterable[str]) -> float:
    """The longest a run of these checks may take: every deadline in a row, plus slack."""
    return sum(float(config.get(f"deadlines.{cid}_s")) + GRACE_S for cid in check_ids) + (
        HANG_MARGIN_S
    )


def run_checks(
    config: Config,
    check_ids: list[str],
    options: Mapping[str, Any] | None = None,
    *,
    cancel_after_s: float | None = None,
) -> tuple[RunReport, float]:
    """One run through the real Runner; returns the report and how long it took."""
    runner = Runner(config, options=dict(options or {}))
    if cancel_after_s is not None:
        timer = threading.Timer(cancel_after_s, runner.cancel)
        timer.daemon = True
        timer.start()
    start = time.monotonic()
    report = runner.run(check_ids)
    took = time.monotonic() - start
    budget = run_budget(config, check_ids)
    assert took < budget, f"run of {check_ids} took {took:.1f} s (hang guard {budget:.1f} s)"
    return report, took


def assert_clear_problem(result: CheckResult, *, problem: str | None = None) -> None:
    """A failing check says what went wrong and what to do, in sentences, never a traceback."""
    assert result.status in (Status.FAIL, Status.ERROR), result
    assert result.summary.strip() and result.summary.rstrip().endswith((".", "?", "!")), result
    assert result.advice, f"{result.id}: a failure without advice"
    for tip in result.advice:
        assert tip.strip().endswith((".", "?", "!", ")")), tip
    text = " ".join([result.summary, *result.advice])
    for leak in ("Traceback", "Error:", "Errno", "0x", "PortAudio", "cv2", "<class"):
        assert leak not in text, f"{result.id} shows a technical message: {text!r}"
    if problem is not None:
        assert result.metrics.get("problem") == problem, result.metrics


def assert_hotline_shown(report: RunReport) -> None:
    """The help line is on screen: the report asks for help and the CLI summary names it."""
    from preflight.cli import render_summary, report_document

    assert report.needs_help
    text = render_summary(report, report_document(report))
    assert f"Need help? Call {report.config.hotline['label']}" in text
    assert str(report.config.hotline["phone"]) in text


def assert_others_completed(report: RunReport, faulty: Iterable[str]) -> None:
    """The checks that had no fault injected finished with a real verdict."""
    bad = set(faulty)
    for result in report.results:
        if result.id in bad:
            continue
        assert result.status in (Status.PASS, Status.WARN, Status.FAIL), result
        assert result.status is not Status.ERROR, result
        assert "took too long" not in result.summary, result


def assert_fault_case(
    report: RunReport, faulty: str | Iterable[str], *, problem: str | None = None
) -> None:
    ids = [faulty] if isinstance(faulty, str) else list(faulty)
    for cid in ids:
        result = report.result(cid)
        assert result is not None, cid
        assert_clear_problem(result, problem=problem)
    assert_hotline_shown(report)
    assert_others_completed(report, ids)
    assert int(report.exit_code) == 3
