"""Fake checks for GUI tests. They stand in for hardware this machine does not have (or for
speed); they go through the real engine Runner, registry and result types."""

from __future__ import annotations

from dataclasses import dataclass, field

from preflight.engine.check import Check, CheckContext
from preflight.engine.registry import Registry
from preflight.engine.result import CheckResult, Status

IDS = ("camera", "microphone", "speaker", "network", "bandwidth", "system")
TITLES = {"camera": "Camera", "microphone": "Microphone", "speaker": "Speakers",
          "network": "Internet connection", "bandwidth": "Internet speed", "system": "Computer"}


@dataclass
class Plan:
    status: Status = Status.PASS
    seconds: float = 0.05  # how long the check "works" (cancellable sleep)
    ask: str = ""  # a yes/no question to ask first
    restart: bool = False  # add a restart reason
    raises: bool = False
    metrics: dict = field(default_factory=dict)  # extra metrics to report


def make_registry(
    plans: dict[str, Plan] | None = None, ids=IDS
) -> tuple[Registry, dict[str, Plan]]:
    """A registry of fake checks whose behaviour the test can change between runs via `plans`."""
    plans = {cid: Plan() for cid in ids} | (plans or {})
    registry = Registry({})
    calls: dict[str, int] = {}
    for cid in ids:
        registry.add(_fake(cid, plans, calls))
    registry.calls = calls  # type: ignore[attr-defined]
    return registry, plans


def _fake(check_id: str, plans: dict[str, Plan], calls: dict[str, int]) -> type[Check]:
    class Fake(Check):
        id = check_id
        title = TITLES[check_id]
        resources = frozenset({"audio"} if check_id in ("microphone", "speaker") else {check_id})
        deadline_s = 60.0

        def run(self, ctx: CheckContext) -> CheckResult:
            calls[check_id] = calls.get(check_id, 0) + 1
            plan = plans[check_id]
            ctx.progress(0.1, "Starting")
            ctx.instruct(f"Please wait for the {check_id} check.")
            answer = ctx.ask(plan.ask) if plan.ask else None
            ctx.sleep(plan.seconds / 2)
            ctx.progress(0.5, "Half way")
            ctx.sleep(plan.seconds / 2)
            if plan.raises:
                raise RuntimeError("fake failure")
            metrics = {"answer": answer, "fake_ms": plan.seconds * 1000, **plan.metrics}
            if plan.restart:
                metrics["restart_reasons"] = ["Your computer has been on for 12 days."]
            advice = [] if plan.status == Status.PASS else [f"Fix the {check_id}."]
            return self.result(plan.status, f"The {check_id} is {plan.status.value}.", advice,
                               **metrics)

    Fake.__name__ = Fake.__qualname__ = f"Fake_{check_id}"
    return Fake
