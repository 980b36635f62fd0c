"""The base class every check derives from, and the context a check runs in."""

from __future__ import annotations

import abc
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from preflight.engine.result import CheckResult, Finding

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.findings import Descriptor


class Cancelled(Exception):
    """Raised inside a check by `CheckContext.raise_if_cancelled` once the run is cancelled."""


@dataclass(frozen=True)
class RunEvent:
    """Something the runner tells its observers (CLI progress line, GUI step list).

    kind is one of: "started", "progress", "instruction", "finished".
    Events arrive on worker threads: a GUI must hop to its own thread (a Qt signal does).
    """

    kind: str
    check_id: str
    message: str = ""
    fraction: float | None = None
    result: CheckResult | None = None


# Ask the person at the computer a yes/no question; None means "no answer" (non-interactive,
# cancelled, or the question timed out).
AskFn = Callable[[str, float], "bool | None"]


@dataclass
class CheckContext:
    """Everything a running check may use: configuration, options, cancellation and the person."""

    config: Config
    check_id: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    interactive: bool = False
    deadline: float = float("inf")  # time.monotonic() by which the check must be done
    cancel_event: threading.Event = field(default_factory=threading.Event)
    emit: Callable[[RunEvent], None] = lambda event: None
    ask_fn: AskFn | None = None
    # Data one check leaves for the app (e.g. the microphone recording for "play back my voice").
    # It stays in memory only.
    shared: dict[str, Any] = field(default_factory=dict)
    # Results of the checks this one needs (its descriptor's `needs`) that finished before it:
    # this run's, else the ones the caller handed the runner (`Runner(prior=...)`).
    results: Mapping[str, CheckResult] = field(default_factory=dict)

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def raise_if_cancelled(self) -> None:
        if self.cancel_event.is_set():
            raise Cancelled()

    def remaining(self) -> float:
        """Seconds left before this check's deadline."""
        return max(0.0, self.deadline - time.monotonic())

    def sleep(self, seconds: float) -> None:
        """Wait, waking at once on cancellation."""
        if self.cancel_event.wait(max(0.0, seconds)):
            raise Cancelled()

    def progress(self, fraction: float | None, message: str = "") -> None:
        self.emit(RunEvent("progress", self.check_id, message, fraction))

    def instruct(self, message: str) -> None:
        """Tell the person what to do now (e.g. "Please say: testing one, two, three")."""
        self.emit(RunEvent("instruction", self.check_id, message))

    def ask(self, question: str, timeout_s: float = 30.0) -> bool | None:
        """A yes/no question to the person; None when nobody can or did answer."""
        if not self.interactive or self.ask_fn is None or self.cancelled:
            return None
        return self.ask_fn(question, min(timeout_s, self.remaining()))


class Check(abc.ABC):
    """One independent check. A subclass names its `descriptor` (preflight.engine.findings),
    which says everything else about it once: id, title, resources, deadline and findings.

    `resources` names what the check holds exclusively (e.g. "audio", "camera", "network"):
    checks sharing a resource run one after another, others run at the same time.
    """

    descriptor: ClassVar[Descriptor]
    id: ClassVar[str]
    title: ClassVar[str]  # patient-facing name (tr_noop'd English), e.g. "Camera"
    resources: ClassVar[frozenset[str]] = frozenset()
    deadline_s: ClassVar[float] = 30.0

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        d = cls.__dict__.get("descriptor")
        if d is not None:
            cls.id, cls.title = d.id, d.title
            cls.resources, cls.deadline_s = d.resources, d.deadline_s

    def deadline(self, config: Config) -> float:
        """The hard deadline in seconds; `[deadlines]` in the config overrides the default."""
        return deadline_for(self.id, self.deadline_s, config)

    @abc.abstractmethod
    def run(self, ctx: CheckContext) -> CheckResult:
        """Do the check. May raise; the runner turns exceptions into `error` results."""

    def prepare(self, ctx: CheckContext) -> None:
        """Light work ahead of `run`, while the checks before this one in its lane run: only
        what puts no load on the resource they share (a server found, an idle round trip),
        so that `run` starts further on. `run` must not depend on it: it may not have been
        called, may have failed, or may still be going (the runner waits for it, within
        `run`'s deadline). `ctx` has a cancel and deadline of its own and no results, and
        its progress is not shown (the check has not started). Nothing by default."""
        return None  # a hook, not an abstract method: most checks have nothing to prepare

    @classmethod
    def prepares(cls) -> bool:
        """Whether this check has work to do ahead (`prepare`)."""
        return cls.prepare is not Check.prepare

    def finding(self, name: str, **kwargs: Any) -> Finding:
        """A finding of this check (see `Descriptor.finding`)."""
        return self.descriptor.finding(name, **kwargs)

    def result(self, findings: Iterable[Finding], **metrics: Any) -> CheckResult:
        """This check's result; status, summary and advice come from the findings."""
        return self.descriptor.result(findings, **metrics)


def deadline_for(check_id: str, default_s: float, config: Config) -> float:
    """A check's hard deadline in seconds: `[deadlines].<id>_s` of the config, else the
    descriptor's default (the window's time estimate reads it too)."""
    return float(config.get(f"deadlines.{check_id}_s", default_s))
