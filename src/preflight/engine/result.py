"""The one result type every check returns (after Django's CheckMessage)."""

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

    def __post_init__(self) -> None:
        object.__setattr__(self, "status", Status(self.status))
        if isinstance(self.advice, str) or not isinstance(self.advice, Sequence):
            raise TypeError("advice must be a sequence of strings")
        object.__setattr__(self, "advice", tuple(str(a) for a in self.advice))
        object.__setattr__(self, "metrics", MappingProxyType(dict(self.metrics)))

    def with_duration(self, duration_s: float) -> CheckResult:
        return CheckResult(
            self.id, self.status, self.summary, self.advice, self.metrics, duration_s
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "summary": self.summary,
            "advice": list(self.advice),
            "metrics": _plain(self.metrics),
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
