"""Fake checks for GUI tests. They stand in for hardware this machine does not have (or for
speed), and go through the real engine Runner, registry and result types.

Each fake is described by the REAL descriptor of the built-in check it stands in for (id,
title, resources, its step in the window) and returns real findings of that check, at the
level the test plans, so the window is tested with the words the real checks produce.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from preflight.checks.audio.microphone import DESCRIPTOR as MICROPHONE
from preflight.checks.audio.speaker import DESCRIPTOR as SPEAKER
from preflight.checks.camera import DESCRIPTOR as CAMERA
from preflight.checks.network.bandwidth import DESCRIPTOR as BANDWIDTH
from preflight.checks.network.connectivity import DESCRIPTOR as NETWORK
from preflight.checks.system import DESCRIPTOR as SYSTEM
from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import (
    ENGINE_FINDINGS,
    Descriptor,
    FindingSpec,
    engine_finding,
    placeholders,
)
from preflight.engine.registry import Registry
from preflight.engine.result import CheckResult, Finding, Status

DESCRIPTORS: dict[str, Descriptor] = {
    d.id: d for d in (CAMERA, MICROPHONE, SPEAKER, NETWORK, BANDWIDTH, SYSTEM)
}
IDS = tuple(DESCRIPTORS)
# The reason to restart a restart plan reports: "Your computer has been on for 12 days."
RESTART_FINDING = "uptime_long"
EXAMPLE_VALUE = 12  # fills every number a planned finding's sentences name


@dataclass
class Plan:
    status: Status = Status.PASS
    seconds: float = 0.05  # how long the check "works" (cancellable sleep)
    ask: str = ""  # a yes/no question to ask first
    restart: bool = False  # report a reason to restart (a finding whose spec has `restart`)
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
        registry.add(_fake(DESCRIPTORS[cid], plans, calls))
    registry.calls = calls  # type: ignore[attr-defined]
    return registry, plans


def planned_spec(descriptor: Descriptor, plan: Plan) -> tuple[str, FindingSpec]:
    """(finding id, spec) the plan asks for: the check's first finding of the planned level
    (its restart finding for a restart plan); an engine finding when the check itself has
    no finding of that level (e.g. "stopped" for a skip)."""
    if plan.restart:
        specs = [s for s in descriptor.findings if s.restart]
        spec = next((s for s in specs if s.name == RESTART_FINDING), specs[0])
        return f"{descriptor.id}.{spec.name}", spec
    for spec in descriptor.findings:
        if spec.level is plan.status:
            return f"{descriptor.id}.{spec.name}", spec
    for name, spec in ENGINE_FINDINGS.items():
        if spec.level is plan.status:
            return f"engine.{name}", spec
    raise LookupError(f"{descriptor.id} has no {plan.status.value} finding to plan")


def planned_finding(descriptor: Descriptor, plan: Plan, config: Any) -> Finding:
    """That finding, with the fields its summary, restart reason and help-desk advice name:
    a threshold of the check's config section where the field is one, else EXAMPLE_VALUE.
    (Fields only the patient's advice names stay empty: those lines are left out.)"""
    finding_id, spec = planned_spec(descriptor, plan)
    section = config.section(descriptor.id)
    names = placeholders(spec.summary) | placeholders(spec.restart) | placeholders(spec.helpdesk)
    limits = {n: section[n] for n in names if n in section}
    values = {n: EXAMPLE_VALUE for n in names if n not in section and n != "check"}
    if finding_id.startswith("engine."):
        return engine_finding(finding_id.partition(".")[2], **values)
    return descriptor.finding(spec.name, limits=limits, **values)


def _fake(real: Descriptor, plans: dict[str, Plan], calls: dict[str, int]) -> type[Check]:
    check_id = real.id

    class Fake(Check):
        descriptor = real  # id, title, resources, deadline and findings of the real check

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
            finding = planned_finding(real, plan, ctx.config)
            return self.result([finding], answer=answer, fake_ms=plan.seconds * 1000,
                               **plan.metrics)

    Fake.__name__ = Fake.__qualname__ = f"Fake_{check_id}"
    return Fake


def walk_to_results(qtbot, window, timeout_ms: int = 10_000) -> None:
    """Start, go through every step as its checks finish, and wait on the results page until
    nothing runs any more (what a patient does, by mouse)."""
    from PySide6.QtCore import Qt

    p = window.patient
    qtbot.mouseClick(p.welcome.start, Qt.MouseButton.LeftButton)
    for step in p.steps:
        qtbot.waitUntil(lambda s=step: all(c in window.session.results for c in s.checks),
                        timeout=timeout_ms)
        qtbot.mouseClick(step.view.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.session.busy, timeout=timeout_ms)
