"""The patient's steps, read from the checks' descriptors (`Descriptor.step`, a StepSpec).

The window knows no check by name: which steps there are, their words, their device pickers
and whether the patient goes through them (guided) or they run in the background from Start
all come from the registered descriptors, in registry order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from preflight.engine.check import deadline_for
from preflight.engine.findings import Descriptor, LookedAt
from preflight.engine.present import PENDING, RUNNING, worst_status
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr

if TYPE_CHECKING:
    from preflight.config import Config


@dataclass(frozen=True)
class Step:
    """One page of the patient's flow. Words are translated (the window's language)."""

    key: str
    title: str
    intro: str
    checks: tuple[str, ...]
    guided: bool  # the patient goes through it; False: its checks start at Start
    device_kind: str = ""  # "camera", "input" or "output": the step has a device picker
    option: str = ""  # the check option the picker sets (session.options key)
    picker: str = ""  # the picker's label
    restart: bool = False  # one of its checks can find a reason to restart the computer
    looked_at: tuple[LookedAt, ...] = ()  # what it looked at, in words (StepSpec.looked_at)


@dataclass(frozen=True)
class Plan:
    """The steps, and the checks that have none (they run in the background from Start and
    are listed on the results page)."""

    steps: tuple[Step, ...]
    stepless: tuple[str, ...]
    registered: tuple[str, ...]  # every check, in registry order

    @property
    def guided_checks(self) -> tuple[str, ...]:
        return tuple(c for s in self.steps if s.guided for c in s.checks)

    @property
    def background_checks(self) -> tuple[str, ...]:
        """Started at Start, in registry order."""
        background = {c for s in self.steps if not s.guided for c in s.checks}
        background.update(self.stepless)
        return tuple(c for c in self.registered if c in background)

    @property
    def order(self) -> tuple[str, ...]:
        """Every check of the flow: the steps' in step order, then those without a step."""
        return tuple(c for s in self.steps for c in s.checks) + self.stepless


def build_plan(descriptors: Sequence[Descriptor]) -> Plan:
    """Steps in the order of their first check; checks with the same `StepSpec.key` share one
    step, whose words come from the first of them."""
    grouped: dict[str, list[Descriptor]] = {}
    stepless: list[str] = []
    for descriptor in descriptors:
        if descriptor.step is None:
            stepless.append(descriptor.id)
        else:
            grouped.setdefault(descriptor.step.key, []).append(descriptor)
    steps = []
    for key, members in grouped.items():
        spec = members[0].step
        assert spec is not None
        steps.append(Step(
            key=key,
            title=tr(spec.title),
            intro=tr(spec.intro),
            checks=tuple(d.id for d in members),
            guided=spec.guided,
            device_kind=spec.device_kind,
            option=spec.option,
            picker=tr(spec.picker) if spec.picker else "",
            restart=any(f.restart for d in members for f in d.findings),
            looked_at=tuple(phrase for d in members if d.step is not None
                            for phrase in d.step.looked_at),
        ))
    return Plan(tuple(steps), tuple(stepless), tuple(d.id for d in descriptors))


def step_status(checks: Sequence[str], results: Mapping[str, CheckResult],
                running: Collection[str]) -> str:
    """The step list's state for a step: running, pending, or its checks' worst status.

    Problems rank by `present.worst_status`; a step is Ready only when every one of its checks
    passed (a skipped one makes it "Not checked"), and a step with checks still to do shows
    "Not started" until one of the done ones has something to say."""
    if any(c in running for c in checks):
        return RUNNING
    done = [results[c].status for c in checks if c in results]
    if not done:
        return PENDING
    worst = worst_status(done)
    if worst is Status.PASS and any(s is not Status.PASS for s in done):
        worst = Status.SKIP
    if len(done) < len(checks) and worst is Status.PASS:
        return PENDING
    return worst.value


def looked_at_words(step: Step, results: Sequence[CheckResult]) -> str:
    """What the step looked at, in words from its results' metrics: "6 GB of memory free ·
    on for 2 days · plugged in" ("" when nothing was measured)."""
    metrics: dict[str, Any] = {}
    for result in results:
        metrics.update(result.metrics)
    phrases = [p.say(metrics) for p in step.looked_at]
    said = [p for p in phrases if p]
    if not said:
        return ""
    return " · ".join(said)


def longest_run_s(plan: Plan, descriptors: Sequence[Descriptor], config: Config) -> float:
    """The longest the checks can take, from their deadlines: the guided steps' checks one
    after another (they take turns), the background ones alongside them."""
    deadline = {d.id: deadline_for(d.id, d.deadline_s, config) for d in descriptors}
    guided = sum(deadline.get(c, 0.0) for c in plan.guided_checks)
    background = max((deadline.get(c, 0.0) for c in plan.background_checks), default=0.0)
    return max(guided, background)
