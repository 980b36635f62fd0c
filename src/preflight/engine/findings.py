"""Findings and check descriptors: what a check can find, said once.

A check's result carries *findings* (after Django's `CheckMessage`): a stable id such as
`system.uptime_long`, a level, the numbers it was judged on and the thresholds it was judged
against. Everything people read about a finding -- the patient's summary and advice, the
help-desk agent's advice, whether it is a reason to restart -- is written once, in the check's
*descriptor* (`FindingSpec`), and derived from the id at the edge, in the reader's language.

The descriptor is the one place the CLI, the window, the reports and the support code learn
about a check: its title, its findings, the support-code fields it contributes (`Buckets`,
`Flags`, `Choice`, whose limits are keys of the check's own config section, never copied
numbers) and what its step in the window needs (`StepSpec`). Descriptors are cheap to import:
the check class itself (OpenCV, PortAudio, speedtest-cli) loads only when the check runs.

Sentences are English source text marked with `tr_noop` where they are written and translated
with `tr` when a result is made; `{fields}` are filled from the finding's values and limits
(plus `{check}`, the check's name in lower case). An advice line that names a field the finding
does not have, or has empty, is left out: "close these programs: {programs}" appears only when
there are programs to name.
"""

from __future__ import annotations

import importlib
import math
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from preflight.engine.result import CheckResult, Finding, Status
from preflight.engine.surface import action_fields
from preflight.i18n import tr, tr_noop

if TYPE_CHECKING:
    from preflight.engine.check import Check

_FORMATTER = string.Formatter()


@dataclass(frozen=True)
class FindingSpec:
    """What a finding means, in words. Strings are English source text marked with tr_noop."""

    name: str
    level: Status
    summary: str  # the patient's one-line verdict when this is the check's main finding
    advice: tuple[str, ...] = ()  # what the patient can do, most useful first
    helpdesk: str = ""  # what the help-desk agent tells the caller ("" = nothing to fix)
    restart: str = ""  # non-empty: this finding is a reason to restart, said this way

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", Status(self.level))
        if isinstance(self.advice, str):
            raise TypeError(f"{self.name}: advice must be a tuple of sentences")


# -- support-code fields a check contributes (packed by preflight.support.code) ----------------


@dataclass(frozen=True)
class Buckets:
    """A metric quantised into buckets. `edges` are numbers or keys of the check's config
    section (its thresholds), so a bucket always tells which side of each threshold the caller
    was on, whatever the organisation configured. Index 0 is "unknown"."""

    name: str  # field name in the code and in decoded output, e.g. "upload_mbps"
    metric: str  # the metrics key it reads
    label: str  # the agent's name for it (tr_noop), e.g. "upload"
    unit: str  # "Mbit/s", "ms", "%", ...
    edges: tuple[float | str, ...]

    def resolved_edges(self, section: Mapping[str, Any]) -> tuple[float, ...]:
        values = []
        for edge in self.edges:
            value = section.get(edge) if isinstance(edge, str) else edge
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise KeyError(f"{self.name}: config key {edge!r} is not a number")
            values.append(float(value))
        return tuple(sorted(values))

    @property
    def size(self) -> int:
        return len(self.edges) + 2  # unknown, below the first edge, ..., above the last


@dataclass(frozen=True)
class Flags:
    """One bit per finding: whether the result had it (e.g. each reason to restart)."""

    name: str
    findings: tuple[str, ...]  # finding names of this check


@dataclass(frozen=True)
class Choice:
    """A metric that takes one of a few words (e.g. how the speaker sound was confirmed).
    Index 0 is "unknown"; a word not listed decodes as "unknown" too."""

    name: str
    metric: str
    label: str  # tr_noop
    values: tuple[str, ...]
    words: Mapping[str, str] = field(default_factory=dict)  # value -> agent's words (tr_noop)


CodeField = Buckets | Flags | Choice


@dataclass(frozen=True)
class MetricSpec:
    """One metric a check reports, described once: the person's name for it and its unit (the
    HTML and PDF reports show "Free memory: 5.4 GB") and its meaning (docs/metrics.md is
    generated from these: `python -m preflight.support.metrics_doc`)."""

    key: str  # the metrics key, e.g. "memory_available_gb"
    label: str  # tr_noop; the person's name for it, e.g. "Free memory"
    unit: str = ""  # shown after a number: "GB", "%", "ms"; a word ("days") is marked tr_noop
    help: str = ""  # what it means and how it is measured (docs/metrics.md; English)
    doc_unit: str = ""  # docs/metrics.md's unit column when it is not `unit` ("GiB", "bool")
    scale: float = 1.0  # a number is shown multiplied by this (a 0-1 share as a percentage)
    digits: int = 1  # decimals shown at most
    item: str = ""  # how one entry of a list, or a table, reads: "{name} {cpu_percent}%"
    words: Mapping[str, str] = field(default_factory=dict)  # code -> words (tr_noop)
    shown: bool = True  # False: a code for the help desk that the findings already say

    @property
    def doc_units(self) -> str:
        return self.doc_unit or self.unit


@dataclass(frozen=True)
class LookedAt:
    """One thing a step looked at, said in words from one of its results' metrics, for the
    step's "what we looked at" line ("6 GB of memory free · on for 2 days · plugged in").

    Strings are English source text (tr_noop); {value} is the metric rounded to `digits`, and
    any other metric of the result may be named too ("{battery_percent}")."""

    metric: str
    text: str = ""  # e.g. "{value} GB of memory free"
    one: str = ""  # said instead when the rounded value is 1 ("on for 1 day")
    under_one: str = ""  # said instead when the value is below 1 ("started today")
    digits: int = 0
    words: Mapping[str, str] = field(default_factory=dict)  # "true"/"false"/a code -> words

    def say(self, metrics: Mapping[str, Any]) -> str | None:
        """The phrase in the current language, or None when the result lacks the metric (or a
        field the phrase names)."""
        value = metrics.get(self.metric)
        if isinstance(value, bool) or (isinstance(value, str) and value):
            text = self.words.get(str(value).lower(), "")
            return fill_if_complete(tr(text), metrics) if text else None
        if not isinstance(value, (int, float)) or not math.isfinite(value):
            return None
        rounded = round(float(value), self.digits)
        text = self.text
        if value < 1 and self.under_one:
            text = self.under_one
        elif rounded == 1 and self.one:
            text = self.one
        if not text:
            return None
        return fill_if_complete(tr(text), {**metrics, "value": rounded})


@dataclass(frozen=True)
class StepSpec:
    """What the window needs to give a check its place in the patient's flow.

    Checks with the same `key` share one step (the connection step shows `network` and
    `bandwidth`); the first descriptor of a step gives its title and introduction."""

    key: str
    title: str  # tr_noop
    intro: str  # tr_noop
    guided: bool  # True: the patient goes through it; False: it runs in the background
    device_kind: str = ""  # "camera", "input" or "output": the step has a device picker
    option: str = ""  # the check option the picker sets (CheckContext.options key)
    picker: str = ""  # the picker's label (tr_noop)
    # What the step looked at, in words from its results' metrics, in this order.
    looked_at: tuple[LookedAt, ...] = ()


@dataclass(frozen=True)
class RestartMeasure:
    """A measurement a restart is meant to improve. After "Restart now" the window compares it
    before and after the restart ("Welcome back", `preflight.restart`); its restart findings
    say whether it is still a problem."""

    metric: str  # one of the descriptor's metric keys, e.g. "uptime_days"
    findings: tuple[str, ...]  # names of the descriptor's restart findings about it


@dataclass(frozen=True)
class Descriptor:
    """Everything known about one check, in one place."""

    id: str
    title: str  # tr_noop; the patient-facing name, e.g. "Camera"
    check: str  # "module:Class", imported only when the check is run
    findings: tuple[FindingSpec, ...]
    resources: frozenset[str] = frozenset()
    deadline_s: float = 30.0
    step: StepSpec | None = None
    code_fields: tuple[CodeField, ...] = ()
    # The check's own config section as TOML, for a check whose section is not in
    # resources/preflight.toml (a plug-in or a test's check). Built-in checks leave it empty.
    config_defaults: str = ""
    # The metrics its results carry, each with its label and unit, in the order reports show
    # them (docs/metrics.md is generated from these).
    metrics: tuple[MetricSpec, ...] = ()
    # What a restart is meant to fix, compared before and after one (the window's "Welcome
    # back"); each names a metric above and restart findings of this descriptor.
    restart_measures: tuple[RestartMeasure, ...] = ()
    # Checks whose results this one reads (CheckContext.results), e.g. the call quality reads
    # `network` and `bandwidth`. It must share a resource with them, so that it runs after
    # them in the same lane (registry order); the window re-runs it when they run again.
    needs: tuple[str, ...] = ()
    # Checks whose results this one may read when they are there, to tune how it measures
    # (the bandwidth check measures longer on a link the network check found lossy), not
    # what it concludes: as `needs` (same lane, after them), but the window does not re-run
    # it when they run again.
    reads: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        names = [f.name for f in self.findings]
        if len(names) != len(set(names)):
            raise ValueError(f"{self.id}: two findings share a name")
        keys = [m.key for m in self.metrics]
        if len(keys) != len(set(keys)):
            raise ValueError(f"{self.id}: two metrics share a key")
        known = set(names)
        for cf in self.code_fields:
            if isinstance(cf, Flags) and not set(cf.findings) <= known:
                raise ValueError(f"{self.id}: flags {cf.name} name unknown findings")
        restart = {f.name for f in self.findings if f.restart}
        for rm in self.restart_measures:
            if rm.metric not in keys or not set(rm.findings) <= restart:
                raise ValueError(f"{self.id}: restart measure {rm.metric} names an unknown "
                                 "metric or a finding that is no reason to restart")

    def metric(self, key: str) -> MetricSpec | None:
        """The spec of one of this check's metrics, or of the engine's own (`error_type`,
        `deadline_s`); None for a key it does not describe."""
        for spec in self.metrics:
            if spec.key == key:
                return spec
        return ENGINE_METRICS.get(key)

    # -- finding specs ---------------------------------------------------------------------
    def spec(self, finding_id: str) -> FindingSpec:
        """The spec of a finding of this check (or of the engine's own findings)."""
        prefix, _, name = finding_id.partition(".")
        if prefix == ENGINE:
            return ENGINE_FINDINGS[name]
        if prefix != self.id:
            raise KeyError(finding_id)
        for spec in self.findings:
            if spec.name == name:
                return spec
        raise KeyError(finding_id)

    def finding(
        self,
        name: str,
        *,
        limits: Mapping[str, Any] | None = None,
        level: Status | None = None,
        **values: Any,
    ) -> Finding:
        """A finding of this check; `level` defaults to the spec's."""
        spec = self.spec(f"{self.id}.{name}")
        return Finding(f"{self.id}.{name}", level or spec.level, values, limits or {})

    # -- derived sentences -------------------------------------------------------------------
    def fields(self, finding: Finding) -> dict[str, Any]:
        """What a sentence may name: the check's name, the words for checking again on the
        surface in use (engine/surface.py), the finding's limits and values."""
        return {
            "check": tr(self.title).lower(),
            **action_fields(),
            **finding.limits,
            **finding.values,
        }

    def summary(self, findings: Sequence[Finding]) -> str:
        """The main finding's sentence; the plain sentence for its level when a value that
        sentence names is missing (never a raw "{field}": engine/present.py)."""
        # present.py reads descriptors; it is imported here, where a summary is said.
        from preflight.engine.present import summary_sentence

        main = main_finding(findings)
        if main is None:
            return ""
        return summary_sentence(self.id, self.spec(main.id).summary, self.fields(main),
                                main.level)

    def advice(self, findings: Sequence[Finding]) -> tuple[str, ...]:
        """Every finding's advice, worst finding first, each sentence once."""
        lines: list[str] = []
        for f in _by_severity(findings):
            spec = self.spec(f.id)
            for text in spec.advice:
                line = fill_if_complete(tr(text), self.fields(f))
                if line is not None and line not in lines:
                    lines.append(line)
        return tuple(lines)

    def restart_reasons(self, findings: Sequence[Finding]) -> tuple[str, ...]:
        """The patient's sentence for each reason to restart. A finding without the numbers
        its sentence names (one read back from a support code) gives no sentence; it is still
        a reason (`preflight.engine.report.restart_findings`)."""
        reasons: list[str] = []
        for f in findings:
            spec = self.spec(f.id)
            if spec.restart:
                line = fill_if_complete(tr(spec.restart), self.fields(f))
                if line is not None and line not in reasons:
                    reasons.append(line)
        return tuple(reasons)

    def helpdesk(self, findings: Sequence[Finding]) -> tuple[str, ...]:
        """The agent's advice for these findings, worst first, each once."""
        lines: list[str] = []
        for f in _by_severity(findings):
            text = self.spec(f.id).helpdesk
            if text:
                line = fill_if_complete(tr(text), self.fields(f))
                if line is not None and line not in lines:
                    lines.append(line)
        return tuple(lines)

    def result(self, findings: Iterable[Finding], **metrics: Any) -> CheckResult:
        """The check's result: status, summary and advice derived from its findings."""
        found = tuple(findings)
        if not found:
            raise ValueError(f"{self.id}: a result needs at least one finding")
        for f in found:
            self.spec(f.id)  # an unknown id is a bug in the check: fail loudly
        return CheckResult(
            self.id,
            status_of(found),
            self.summary(found),
            self.advice(found),
            metrics,
            findings=found,
        )

    def check_class(self) -> type[Check]:
        module_name, _, class_name = self.check.partition(":")
        cls: type[Check] = getattr(importlib.import_module(module_name), class_name)
        return cls


# -- the engine's own findings (any check) -----------------------------------------------------

ENGINE = "engine"
# Words the engine's findings share with checks' own error findings (import them, don't copy).
IF_IT_HAPPENS_AGAIN = tr_noop(
    "If it happens again, restart your computer, or call the support line."
)
# TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "speakers".
HD_COULD_NOT_FINISH = tr_noop(
    "The {check} check could not finish: ask the caller to run Preflight again; if it happens "
    "again, ask them to send the report and the log ('preflight logs' shows where it is)."
)
_HD_STOPPED = tr_noop("The run was stopped early: ask the caller to run Preflight again.")
ENGINE_FINDINGS: dict[str, FindingSpec] = {
    spec.name: spec
    for spec in (
        FindingSpec(
            "timed_out",
            Status.ERROR,
            # TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "speakers".
            tr_noop("The {check} check took too long and was stopped."),
            (
                tr_noop("Close other programs that may be using it, then {check_again}."),
                IF_IT_HAPPENS_AGAIN,
            ),
            HD_COULD_NOT_FINISH,
        ),
        FindingSpec(
            "crashed",
            Status.ERROR,
            # TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "speakers".
            tr_noop("Something went wrong while checking your {check}."),
            (
                tr_noop("{Check_again}."),
                IF_IT_HAPPENS_AGAIN,
            ),
            HD_COULD_NOT_FINISH,
        ),
        FindingSpec(
            "not_loaded",
            Status.ERROR,
            tr_noop("The {check} check could not start: part of Preflight is missing or damaged."),
            (tr_noop("Reinstall Preflight, or call the support line below."),),
            tr_noop("Part of Preflight is missing on the caller's computer: ask them to "
                    "reinstall it."),
        ),
        FindingSpec(
            "stopped",
            Status.SKIP,
            tr_noop("Not finished: the check was stopped."),
            helpdesk=_HD_STOPPED,
        ),
        FindingSpec(
            "not_started",
            Status.SKIP,
            tr_noop("Not checked: the check was stopped before it started."),
            helpdesk=_HD_STOPPED,
        ),
    )
}


# The metrics the engine itself gives a result it made (any check).
ENGINE_METRICS: dict[str, MetricSpec] = {
    spec.key: spec
    for spec in (
        MetricSpec(
            "error_type",
            tr_noop("Error type"),
            help="on an `error` the check raised: the exception's class name (never its "
                 "message, which may hold personal data)",
            doc_unit="text",
            shown=False,
        ),
        MetricSpec(
            "deadline_s",
            tr_noop("Time limit"),
            "s",
            help="on a check stopped by its deadline: the deadline it had",
            shown=False,
        ),
    )
}


def engine_finding(name: str, **values: Any) -> Finding:
    return Finding(f"{ENGINE}.{name}", ENGINE_FINDINGS[name].level, values)


# -- helpers -----------------------------------------------------------------------------------


def status_of(findings: Sequence[Finding]) -> Status:
    """The worst level among the findings (a check with nothing to report passes)."""
    main = main_finding(findings)
    return main.level if main is not None else Status.PASS


def main_finding(findings: Sequence[Finding]) -> Finding | None:
    """The finding that decides the summary: the first of the worst level."""
    best: Finding | None = None
    for f in findings:
        if best is None or f.level.severity > best.level.severity:
            best = f
    return best


def _by_severity(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: -f.level.severity)  # stable: check's order kept


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


def _present(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    return not (isinstance(value, (str, list, tuple, dict)) and not value)


def _show(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _format(text: str, fields: Mapping[str, Any]) -> str | None:
    """`text` with its {fields} filled (a missing one left as written); None when its braces
    do not parse or a field does not suit its format."""
    shown = {k: _show(v) for k, v in fields.items()}
    try:
        return text.format_map(_Missing(shown))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError):
        return None


def fill(text: str, fields: Mapping[str, Any]) -> str:
    """`text` with its {fields} filled; a missing field is left as it is written (for the
    help desk's and tests' own use: what a patient reads goes through `fill_if_complete` or
    `preflight.engine.present.summary_sentence`, which never show a raw field)."""
    filled = _format(text, fields)
    return text if filled is None else filled


def fill_if_complete(text: str, fields: Mapping[str, Any]) -> str | None:
    """`text` filled, or None when it names a field that is missing or empty (or None), or
    when its braces do not parse."""
    try:
        names = placeholders(text)
    except ValueError:
        return None
    if not all(_present(fields.get(name)) for name in names):
        return None
    return _format(text, fields)


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
