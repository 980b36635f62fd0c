"""The patient's steps come from the checks' descriptors (plain Python, no window)."""

from __future__ import annotations

import pytest

from preflight.engine.findings import Descriptor, FindingSpec, StepSpec
from preflight.engine.present import PENDING, RUNNING
from preflight.engine.registry import Registry
from preflight.engine.result import CheckResult, Status
from preflight.gui.steps import build_plan, step_status


def test_the_built_in_checks_make_the_five_steps():
    plan = build_plan(Registry().descriptors())
    assert [(s.key, s.checks, s.guided, s.device_kind, s.option) for s in plan.steps] == [
        ("camera", ("camera",), True, "camera", "camera"),
        ("microphone", ("microphone",), True, "input", "mic"),
        ("speaker", ("speaker",), True, "output", "speaker"),
        ("connection", ("network", "bandwidth", "call"), False, "", ""),
        ("computer", ("system",), False, "", ""),
    ]
    assert [s.title for s in plan.steps] == [
        "Camera", "Microphone", "Speakers", "Connection", "Computer"]
    assert plan.steps[0].picker == "Camera:"
    assert plan.guided_checks == ("camera", "microphone", "speaker")
    assert plan.background_checks == ("network", "bandwidth", "call", "system")
    # Only the computer step can find a reason to restart: only it gets the restart card.
    assert [s.key for s in plan.steps if s.restart] == ["computer"]
    assert plan.stepless == ()


def _descriptor(check_id: str, step: StepSpec | None) -> Descriptor:
    return Descriptor(check_id, check_id.title(), f"tests:{check_id}",
                      (FindingSpec("ok", Status.PASS, "Fine."),), step=step)


def test_checks_sharing_a_key_share_a_step_and_a_check_without_one_runs_in_the_background():
    first = StepSpec("both", "First's title", "First's intro", guided=True)
    second = StepSpec("both", "Second's title", "Second's intro", guided=False)
    plan = build_plan([_descriptor("a", first), _descriptor("plugin", None),
                       _descriptor("b", second)])
    (step,) = plan.steps
    assert step.checks == ("a", "b") and step.title == "First's title" and step.guided
    assert plan.stepless == ("plugin",)
    assert plan.background_checks == ("plugin",)
    assert plan.order == ("a", "b", "plugin")


def _results(**statuses: Status) -> dict[str, CheckResult]:
    return {cid: CheckResult(cid, status, "") for cid, status in statuses.items()}


@pytest.mark.parametrize(("statuses", "expected"), [
    ({}, PENDING),
    ({"network": Status.PASS}, PENDING),  # the other check still to do, nothing wrong yet
    ({"network": Status.WARN}, "warn"),
    ({"network": Status.SKIP}, "skip"),
    ({"network": Status.PASS, "bandwidth": Status.PASS}, "pass"),
    ({"network": Status.PASS, "bandwidth": Status.SKIP}, "skip"),  # never Ready if skipped
    ({"network": Status.SKIP, "bandwidth": Status.SKIP}, "skip"),
    ({"network": Status.WARN, "bandwidth": Status.SKIP}, "warn"),
    ({"network": Status.FAIL, "bandwidth": Status.WARN}, "fail"),
    ({"network": Status.FAIL, "bandwidth": Status.ERROR}, "error"),  # error says more
])
def test_step_status(statuses, expected):
    assert step_status(("network", "bandwidth"), _results(**statuses), set()) == expected


def test_a_running_check_makes_its_step_running():
    done = _results(network=Status.FAIL)
    assert step_status(("network", "bandwidth"), done, {"bandwidth"}) == RUNNING
