"""The one result type every check returns, and the findings it is made of (after Django's
CheckMessage: a stable id, a level, and the numbers behind it)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any


class Status(enum.StrEnum):
    """Outcome of one check, ordered from best to worst by `severity`."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIP = "skip"
    ERROR = "error"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @property
    def is_problem(self) -> bool:
        """True for statuses that put the hotline on screen."""
        return self in (Status.FAIL, Status.ERROR)


_SEVERITY = {Status.SKIP: 0, Status.PASS: 1, Status.WARN: 2, Status.FAIL: 3, Status.ERROR: 3}


@dataclass(frozen=True)
class Finding:
    """One thing a check found. `id` is "<check>.<name>" (or "engine.<name>" for what the
    runner itself finds: a check that overran its deadline, crashed or was stopped)."""

    id: str
    level: Status
    values: Mapping[str, Any] = field(default_factory=dict)
    limits: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "level", Status(self.level))
        object.__setattr__(self, "values", MappingProxyType(dict(self.values)))
        object.__setattr__(self, "limits", MappingProxyType(dict(self.limits)))

    @property
    def name(self) -> str:
        return self.id.partition(".")[2]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "level": self.level.value,
            "values": _plain(self.values),
            "limits": _plain(self.limits),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            id=str(data["id"]),
            level=Status(data["level"]),
            values=dict(data.get("values") or {}),
            limits=dict(data.get("limits") or {}),
        )


@dataclass(frozen=True)
class CheckResult:
    """What one check found, in words a patient understands and numbers an agent can read.

    `metrics` holds only JSON-compatible scalars, lists and dicts; it is frozen
    (a read-only mapping) so a result can be shared between threads.
    """

    id: str
    status: Status
    summary: str
    advice: tuple[str, ...] = ()
    metrics: Mapping[str, Any] = field(default_factory=dict)
    duration_s: float = 0.0
    # What the summary and advice were derived from (preflight.engine.findings); empty in
    # results read from a preflight.report/1 document.
    findings: tuple[Finding, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        if isinstance(self.advice, str) or not isinstance(self.advice, Sequence):
            raise TypeError("advice must be a sequence of strings")
        object.__setattr__(self, "advice", tuple(str(a) for a in self.advice))
        object.__setattr__(self, "metrics", MappingProxyType(dict(self.metrics)))
        object.__setattr__(self, "findings", tuple(self.findings))

    def with_duration(self, duration_s: float) -> CheckResult:
        return CheckResult(
            self.id, self.status, self.summary, self.advice, self.metrics, duration_s,
            self.findings,
        )

    @property
    def finding_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.findings)

    def has(self, finding_id: str) -> bool:
        return any(f.id == finding_id for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "summary": self.summary,
            "advice": list(self.advice),
            "metrics": _plain(self.metrics),
            "findings": [f.to_dict() for f in self.findings],
            "duration_s": round(self.duration_s, 3),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CheckResult:
        return cls(
            id=str(data["id"]),
            status=Status(data["status"]),
            summary=str(data["summary"]),
            advice=tuple(data.get("advice", ())),
            metrics=dict(data.get("metrics", {})),
            duration_s=float(data.get("duration_s", 0.0)),
            findings=tuple(Finding.from_dict(f) for f in data.get("findings") or ()),
        )


def _plain(value: Any) -> Any:
    """Turn read-only mappings and tuples back into plain JSON types."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, float) and value != value:  # NaN is not valid JSON
        return None
    return value
