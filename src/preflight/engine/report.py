"""The outcome of a run: overall verdict, restart recommendation, exit code and the
`preflight.report/2` JSON document (`preflight.report/1` documents are still read)."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from preflight import __version__
from preflight.engine.result import CheckResult, Finding, Status

if TYPE_CHECKING:
    from preflight.config import Config

SCHEMA = "preflight.report/2"
# Older documents this version still opens (help-desk mode's "open a report"). /1 results
# have no findings: their summary, advice and restart reasons are kept as written.
READABLE_SCHEMAS = ("preflight.report/1", SCHEMA)


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


def restart_findings(results: Sequence[CheckResult]) -> list[Finding]:
    """Every finding whose descriptor calls it a reason to restart, in report order."""
    from preflight.engine.registry import UnknownCheckError, default_registry

    found: list[Finding] = []
    registry = default_registry()
    for r in results:
        try:
            descriptor = registry.descriptor(r.id)
        except UnknownCheckError:
            continue
        for f in r.findings:
            try:
                if descriptor.spec(f.id).restart:
                    found.append(f)
            except KeyError:  # a finding this version does not know (a newer report)
                continue
    return found


def restart_reasons(results: Sequence[CheckResult]) -> list[str]:
    """The reasons to restart, in the reader's language, each once. A result read from a
    preflight.report/1 document keeps the sentences it was saved with."""
    from preflight.engine.registry import UnknownCheckError, default_registry

    registry = default_registry()
    reasons: list[str] = []
    for r in results:
        if r.findings:
            try:
                descriptor = registry.descriptor(r.id)
                lines = descriptor.restart_reasons(
                    [f for f in r.findings if _known(descriptor, f.id)]
                )
            except UnknownCheckError:
                lines = ()
        else:
            lines = tuple(str(x) for x in (r.metrics.get("restart_reasons", ()) or ()))
        for line in lines:
            if line not in reasons:
                reasons.append(line)
    return reasons


def _known(descriptor: Any, finding_id: str) -> bool:
    try:
        descriptor.spec(finding_id)
    except KeyError:
        return False
    return True


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
        return bool(self.restart_reasons) or bool(restart_findings(self.results))

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
            "cancelled": self.cancelled,
            "restart_recommended": self.restart_recommended,
            "restart_reasons": self.restart_reasons,
            "restart_findings": [f.id for f in restart_findings(self.results)],
            "hotline": {k: hotline[k] for k in ("label", "phone", "option")},
            "checks": [r.to_dict() for r in self.results],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], config: Config) -> RunReport:
        """Rebuild a report from its JSON (help-desk mode's "open a report")."""
        if data.get("schema") not in READABLE_SCHEMAS:
            raise ValueError(f"not a {SCHEMA} document")
        return cls(
            started_at=datetime.fromisoformat(data["started_at"]),
            results=[CheckResult.from_dict(c) for c in data["checks"]],
            config=config,
            app_version=str(data.get("app_version", "")),
            cancelled=bool(data.get("cancelled", False)),
        )
