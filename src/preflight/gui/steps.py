"""The patient's steps, read from the checks' descriptors (`Descriptor.step`, a StepSpec).

The window knows no check by name: which steps there are, their words, their device pickers
and whether the patient goes through them (guided) or they run in the background from Start
all come from the registered descriptors, in registry order.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from preflight.engine.findings import Descriptor
from preflight.engine.present import PENDING, RUNNING, worst_status
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr


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
