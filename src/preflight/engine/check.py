"""The base class every check derives from, and the context a check runs in."""

from __future__ import annotations

import abc
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr

if TYPE_CHECKING:
    from preflight.config import Config


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
    """One independent check. Subclasses set the class attributes and implement `run`.

    `resources` names what the check holds exclusively (e.g. "audio", "camera", "network"):
    checks sharing a resource run one after another, others run at the same time.
    """

    id: ClassVar[str]
    title: ClassVar[str]  # patient-facing name, e.g. "Camera"
    resources: ClassVar[frozenset[str]] = frozenset()
    deadline_s: ClassVar[float] = 30.0

    def deadline(self, config: Config) -> float:
        """The hard deadline in seconds; `[deadlines]` in the config overrides the default."""
        return float(config.get(f"deadlines.{self.id}_s", self.deadline_s))

    @abc.abstractmethod
    def run(self, ctx: CheckContext) -> CheckResult:
        """Do the check. May raise; the runner turns exceptions into `error` results."""

    def result(
        self,
        status: Status,
        summary: str,
        advice: list[str] | tuple[str, ...] = (),
        **metrics: Any,
    ) -> CheckResult:
        """Shorthand for building this check's result.

        Sentences marked with `tr_noop` (module-level advice lists) are translated here; text
        already translated or filled with numbers by `tr(...)` passes through unchanged."""
        return CheckResult(self.id, status, tr(summary), tuple(tr(a) for a in advice), metrics)
