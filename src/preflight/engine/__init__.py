"""The check engine: plain Python, no Qt (enforced by tests/test_architecture.py)."""

from preflight.engine.check import Cancelled, Check, CheckContext, RunEvent
from preflight.engine.report import SCHEMA, ExitCode, RunReport, overall_status
from preflight.engine.result import CheckResult, Status

__all__ = [
    "SCHEMA",
    "Cancelled",
    "Check",
    "CheckContext",
    "CheckResult",
    "ExitCode",
    "RunEvent",
    "RunReport",
    "Status",
    "overall_status",
]
