"""What a support code says, as the help-desk agent sees it (`DecodedCode`).

Both formats decode into this one shape: each check's status, its finding ids, and its fields
in words. Everything said about a finding comes from the check's descriptor: the agent's
advice is the finding's `helpdesk` text, its `{placeholders}` filled from the *agent's*
configuration (a code carries finding ids, never numbers), so when an organisation changes a
threshold the patient's words, the report and the agent's advice name the same number.
Status words, check titles and the verdict come from `preflight.engine.present`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from preflight import __version__
from preflight.engine.findings import (
    ENGINE,
    ENGINE_FINDINGS,
    fill,
    fill_if_complete,
)
from preflight.engine.present import check_title, status_word, verdict
from preflight.engine.report import RunReport, overall_status
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr, tr_noop
from preflight.support.code_layout import NOT_RUN, UNKNOWN, DecodedField, app_family, app_index

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.findings import Descriptor, FindingSpec
    from preflight.engine.registry import Registry

logger = logging.getLogger(__name__)

READ_FROM_CODE = tr_noop("Read from a support code.")
# A check that failed, when the code names no finding the agent's Preflight can explain.
_FAILED_UNEXPLAINED = tr_noop(
    "{title}: a problem was found. Ask the caller what the screen says and follow its advice."
)
_STOPPED = ENGINE_FINDINGS["stopped"].helpdesk
_CRASHED = ENGINE_FINDINGS["crashed"].helpdesk


class SupportCodeError(ValueError):
    """A code that cannot be read; str() is a sentence for the help-desk agent."""


@dataclass(frozen=True)
class DecodedCode:
    """What a support code says: every check's status, findings and fields."""

    format_version: int
    app_family: str  # "0.1", "0.4 or later" or "unknown"
    cancelled: bool
    statuses: Mapping[str, str]  # check id -> Status value or "not_run", in code order
    findings: Mapping[str, tuple[str, ...]]  # check id -> finding ids, main finding first
    fields: tuple[DecodedField, ...] = ()
    code: str = field(default="", compare=False)
    # The agent's configuration and checks: they give the advice its words and numbers.
    config: Config | None = field(default=None, compare=False, repr=False)
    registry: Registry | None = field(default=None, compare=False, repr=False)

    # -- facts -------------------------------------------------------------------------------
    @property
    def overall(self) -> str:
        return overall_status(self._bare_results(), self.cancelled)

    @property
    def buckets(self) -> dict[str, str]:
        """Field name -> value in English ("1.2 to 3 Mbit/s", "loopback", "unknown")."""
        out: dict[str, str] = {}
        for f in self.fields:
            out[f.name if f.name not in out else f"{f.check_id}.{f.name}"] = f.value
        return out

    def restart_findings(self) -> list[str]:
        """The decoded findings that are reasons to restart, in code order."""
        found = []
        for cid, ids in self.findings.items():
            descriptor = self._descriptor(cid)
            for fid in ids:
                spec = _spec(descriptor, fid)
                if spec is not None and spec.restart:
                    found.append(fid)
        return found

    # -- advice ------------------------------------------------------------------------------
    def likely_fixes(self) -> list[str]:
        """The agent's advice, worst first, each once: the help-desk text of every decoded
        finding (placeholders from the agent's config), and "run stopped early" first when
        the caller stopped the run."""
        lines: list[tuple[int, str]] = []
        for cid in self.statuses:
            lines.extend(self._helpdesk(cid))
        lines.sort(key=lambda item: -item[0])  # stable: code order within a severity
        out = [tr(_STOPPED)] if self.cancelled else []
        for _, line in lines:
            if line not in out:
                out.append(line)
        return out

    def _helpdesk(self, cid: str) -> list[tuple[int, str]]:
        """(severity, line) for each of the check's findings, then a line for a failure the
        findings do not explain."""
        status = self.statuses.get(cid, NOT_RUN)
        if status == NOT_RUN:
            return []
        descriptor = self._descriptor(cid)
        fields: dict[str, Any] = {"check": self._title(cid).lower(), **self._section(cid)}
        lines: list[tuple[int, str]] = []
        for fid in self.findings.get(cid, ()):
            spec = _spec(descriptor, fid)
            if spec is None or not spec.helpdesk:
                continue
            line = fill_if_complete(tr(spec.helpdesk), fields)
            if line is not None:
                lines.append((spec.level.severity, line))
        if not lines and status == Status.ERROR.value:
            lines.append((Status.ERROR.severity, fill(tr(_CRASHED), fields)))
        elif not lines and status == Status.FAIL.value:
            lines.append(
                (Status.FAIL.severity, tr(_FAILED_UNEXPLAINED, title=self._title(cid)))
            )
        return lines

    # -- other shapes ------------------------------------------------------------------------
    def to_report(self, config: Config | None = None) -> RunReport:
        """A RunReport of what the code says, for the help-desk table: each check that ran,
        with its decoded status and findings, the agent's advice, and the fields as metrics
        (in words). A code carries no sentences or numbers, so the summary says where the
        result came from."""
        cfg = config if config is not None else self._config()
        results = []
        for cid, status in self.statuses.items():
            if status == NOT_RUN:
                continue
            findings = tuple(Finding(fid, self._level(cid, fid)) for fid in self.findings[cid])
            advice = tuple(dict.fromkeys(
                line for _, line in sorted(self._helpdesk(cid), key=lambda item: -item[0])
            ))
            metrics = {f.name: f.words for f in self.fields if f.check_id == cid and f.known}
            results.append(
                CheckResult(cid, Status(status), tr(READ_FROM_CODE), advice, metrics,
                            findings=findings)
            )
        return RunReport(
            datetime.now(UTC), results, cfg, cancelled=self.cancelled, app_version=self.app_family
        )

    def to_dict(self) -> dict[str, Any]:
        """The `preflight decode --json` shape."""
        return {
            "support_code": self.code,
            "format_version": self.format_version,
            "app_family": self.app_family,
            "overall": self.overall,
            "cancelled": self.cancelled,
            "checks": dict(self.statuses),
            "findings": {cid: list(ids) for cid, ids in self.findings.items()},
            "restart_findings": self.restart_findings(),
            "buckets": self.buckets,
            "likely_fixes": self.likely_fixes(),
        }

    def render(self) -> str:
        """The agent's view: what the caller saw, check by check, then the likely fixes."""
        report = self.to_report()
        code = self.code or "-"
        lines = [
            tr(tr_noop("Support code {code}"), code=code),
            tr(tr_noop("Preflight {version}, code format {format}"), version=self.app_family,
               format=self.format_version),
        ]
        ours = app_family(app_index(__version__))
        if self.format_version >= 2 and self.app_family not in (UNKNOWN, ours):
            lines.append(tr(tr_noop(
                "This is Preflight {ours}: if its checks differ from the caller's, ask the "
                "caller to send the report instead."), ours=ours))
        sentence = verdict(report.results, cancelled=self.cancelled).sentence
        lines.append(tr(tr_noop("Overall: {verdict}"), verdict=sentence))
        lines.append("")
        for cid, status in self.statuses.items():
            # A check the caller's run did not include reads as "not checked", as in the window.
            word = status_word(Status.SKIP if status == NOT_RUN else status)
            lines.append(f"{self._title(cid)}: {word}")
            if status == NOT_RUN:
                continue
            if self.findings.get(cid):
                lines.append("    " + tr(tr_noop("Findings: {ids}"),
                                            ids=", ".join(self.findings[cid])))
            for f in self.fields:
                if f.check_id == cid and f.known:
                    lines.append(f"    {tr(f.label)}: {f.words}")
        fixes = self.likely_fixes()
        lines.append("")
        if fixes:
            lines.append(tr(tr_noop("Likely fixes:")))
            lines.extend(f"  - {fix}" for fix in fixes)
        else:
            lines.append(tr(tr_noop("Nothing to fix.")))
        return "\n".join(lines)

    # -- helpers -----------------------------------------------------------------------------
    def _bare_results(self) -> list[CheckResult]:
        return [CheckResult(cid, Status(s), "") for cid, s in self.statuses.items()
                if s != NOT_RUN]

    def _registry(self) -> Registry:
        from preflight.engine.registry import default_registry

        return self.registry if self.registry is not None else default_registry()

    def _config(self) -> Config:
        if self.config is not None:
            return self.config
        from preflight.config import load_config

        return load_config()

    def _section(self, cid: str) -> dict[str, Any]:
        return {k: v for k, v in self._config().section(cid).items()
                if isinstance(v, (int, float, str)) and not isinstance(v, bool)}

    def _descriptor(self, cid: str) -> Descriptor | None:
        from preflight.engine.registry import UnknownCheckError

        try:
            return self._registry().descriptor(cid)
        except UnknownCheckError:
            return None

    def _title(self, cid: str) -> str:
        from preflight.engine.registry import default_registry

        registry = self._registry()
        if registry is default_registry():
            return check_title(cid)
        return tr(registry.title(cid))

    def _level(self, cid: str, fid: str) -> Status:
        spec = _spec(self._descriptor(cid), fid)
        if spec is not None:
            return spec.level
        status = self.statuses.get(cid, NOT_RUN)
        return Status(status) if status != NOT_RUN else Status.WARN


def _spec(descriptor: Descriptor | None, finding_id: str) -> FindingSpec | None:
    """The finding's spec (engine findings included), or None when this Preflight does not
    know it (a format-1 problem name, or a check it does not have)."""
    if finding_id.startswith(f"{ENGINE}."):
        return ENGINE_FINDINGS.get(finding_id.partition(".")[2])
    if descriptor is None:
        return None
    try:
        return descriptor.spec(finding_id)
    except KeyError:
        return None
