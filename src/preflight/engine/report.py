"""The outcome of a run: overall verdict, restart recommendation, exit code and the
`preflight.report/1` JSON document."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from preflight import __version__
from preflight.engine.result import CheckResult, Status

if TYPE_CHECKING:
    from preflight.config import Config

SCHEMA = "preflight.report/1"


class ExitCode(enum.IntEnum):
    OK = 0
    WARNINGS = 1
    USAGE = 2
    FAILED = 3
    INTERRUPTED = 130


def overall_status(results: Sequence[CheckResult], cancelled: bool = False) -> str:
    """`fail` if any check failed or errored, `warn` if any warned, else `pass`.

    A cancelled run, or one where nothing was actually checked, is never "pass": Preflight
    must not say "you're ready" about checks it did not finish.
    """
    statuses = {r.status for r in results}
    if statuses & {Status.FAIL, Status.ERROR}:
        return "fail"
    if Status.WARN in statuses or cancelled or not (statuses - {Status.SKIP}):
        return "warn"
    return "pass"


def restart_reasons(results: Sequence[CheckResult]) -> list[str]:
    """Every check may add reasons in `metrics["restart_reasons"]`; duplicates are dropped."""
    reasons: list[str] = []
    for r in results:
        for reason in r.metrics.get("restart_reasons", ()) or ():
            if reason not in reasons:
                reasons.append(str(reason))
    return reasons


@dataclass
class RunReport:
    started_at: datetime
    results: list[CheckResult]
    config: Config
    cancelled: bool = False
    app_version: str = __version__

    @property
    def overall(self) -> str:
        return overall_status(self.results, self.cancelled)

    @property
    def restart_reasons(self) -> list[str]:
        return restart_reasons(self.results)

    @property
    def restart_recommended(self) -> bool:
        return bool(self.restart_reasons)

    @property
    def needs_help(self) -> bool:
        """True when the hotline must be shown: a check failed or errored."""
        return any(r.status.is_problem for r in self.results)

    @property
    def exit_code(self) -> ExitCode:
        if self.cancelled:
            return ExitCode.INTERRUPTED
        return {"pass": ExitCode.OK, "warn": ExitCode.WARNINGS, "fail": ExitCode.FAILED}[
            self.overall
        ]

    def result(self, check_id: str) -> CheckResult | None:
        return next((r for r in self.results if r.id == check_id), None)

    def to_dict(self) -> dict[str, Any]:
        hotline = self.config.hotline
        return {
            "schema": SCHEMA,
            "app_version": self.app_version,
            "started_at": self.started_at.isoformat(timespec="seconds"),
            "overall": self.overall,
            "restart_recommended": self.restart_recommended,
            "restart_reasons": self.restart_reasons,
            "hotline": {k: hotline[k] for k in ("label", "phone", "option")},
            "checks": [r.to_dict() for r in self.results],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], config: Config) -> RunReport:
        """Rebuild a report from its JSON (help-desk mode's "open a report")."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} document")
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            results=[CheckResult.from_dict(c) for c in data["checks"]],
            config=config,
            app_version=str(data.get("app_version", "")),
        )
