"""Building reports for the support tests from plain data (no hardware needed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from preflight.config import Config
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult, Finding, Status


def make_report(
    config: Config,
    checks: dict[str, tuple[str, dict[str, Any]]],
    *,
    cancelled: bool = False,
    app_version: str = "0.1.0",
    summary: str = "A summary for the patient.",
    advice: tuple[str, ...] = (),
    findings: dict[str, Sequence[Finding]] | None = None,
) -> RunReport:
    """A report whose results have the given statuses and metrics (and, for the checks named
    in `findings`, those findings)."""
    results = [
        CheckResult(cid, Status(status), summary, advice, metrics,
                    findings=tuple((findings or {}).get(cid, ())))
        for cid, (status, metrics) in checks.items()
    ]
    return report_of(results, config, cancelled=cancelled, app_version=app_version)


def report_of(
    results: Sequence[CheckResult],
    config: Config,
    *,
    cancelled: bool = False,
    app_version: str = "0.1.0",
) -> RunReport:
    return RunReport(
        started_at=datetime(2026, 11, 27, 18, 30, tzinfo=UTC),
        results=list(results),
        config=config,
        cancelled=cancelled,
        app_version=app_version,
    )


# A run with something to say in every check.
MIXED = {
    "camera": (
        "fail",
        {"width": 1280, "height": 720, "fps": 29.97, "problem": "busy", "face_found": False},
    ),
    "microphone": ("warn", {"rms_dbfs": -50.0, "clipping": False, "silent": False}),
    "speaker": ("pass", {"method": "loopback", "tone_detected": True, "echo": True}),
    "network": (
        "warn",
        {"udp_ok": True, "udp_loss_pct": 4.0, "udp_rtt_ms": 80.0, "https_ok": True, "dns_ok": True},
    ),
    "bandwidth": (
        "warn",
        {"download_mbps": 2.0, "upload_mbps": 0.7, "ping_ms": 35.0, "quality": "sd"},
    ),
    "system": (
        "warn",
        {
            "cpu_percent": 85.0,
            "memory_available_gb": 0.6,
            "memory_used_percent": 93.0,
            "uptime_days": 9.5,
            "battery_percent": 15.0,
            "on_battery": True,
            "restart_reasons": ["a", "b", "c"],
        },
    ),
}
# What the system check finds in MIXED (the real descriptor's finding ids).
MIXED_SYSTEM_FINDINGS = ("cpu_busy", "memory_low", "uptime_long", "battery_low")
