"""Trying the other devices of a kind when the chosen one fails (issue 17, item 5).

When the chosen microphone, camera or speakers fail (missing, busy, silent, black, frozen ...),
the check tries each other device of that kind briefly, and when one works it says so: "Your
'Logitech webcam' microphone works." (the `other_works` finding, its device in the
`working_device` metric; the window offers "Use this one"). With the `all_devices` option
(`preflight check --all-devices`) every device is tried whatever the chosen one did, and each
is listed in the `devices` metric.

This module holds what the three checks share: the words of `other_works` in each check's
terms, the metric specs, when to try, and how the trials join the chosen device's result. How a
device is tried is each check's own business (checks/audio/others.py, the camera check).
Device names are the ones the pickers and `preflight devices` already show; nothing else about
a device is recorded.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from preflight.engine.findings import Descriptor, FindingSpec, MetricSpec, main_finding
from preflight.engine.result import CheckResult, Finding, Status
from preflight.i18n import tr_noop

# The check option that asks for every device to be tried (the CLI's --all-devices).
ALL_DEVICES = "all_devices"
FINDING = "other_works"
# The `devices` metric's `result` codes.
WORKS, FAILS = "works", "fails"


def other_works_finding(check_id: str) -> FindingSpec:
    """`<check>.other_works`, in the words of the camera, microphone or speaker check. WARN:
    there is something to do (choose it), and it is only added to a failed result, whose
    failure stays the status and the summary. The help desk's words name no device: a support
    code carries no names (the window's help-desk table lists each device tried)."""
    # TRANSLATORS: {device} is a device's name as the computer shows it, e.g. "USB headset".
    words = {
        "microphone": (
            tr_noop("Your '{device}' microphone works."),
            tr_noop("Choose '{device}' as your microphone, then {check_again}."),
            tr_noop("Another microphone works: ask the caller to choose it in the list, then "
                    "check again."),
        ),
        "camera": (
            tr_noop("Your '{device}' camera works."),
            tr_noop("Choose '{device}' as your camera, then {check_again}."),
            tr_noop("Another camera works: ask the caller to choose it in the list, then check "
                    "again."),
        ),
        "speaker": (
            tr_noop("Your computer can play sound on '{device}'."),
            tr_noop("Choose '{device}' as your speakers, then {check_again}."),
            tr_noop("Sound can play on another output: ask the caller to choose it in the list, "
                    "then check again."),
        ),
    }[check_id]
    summary, advice, helpdesk = words
    return FindingSpec(FINDING, Status.WARN, summary, (advice,), helpdesk)


def metric_specs(kind_label: str) -> tuple[MetricSpec, ...]:
    """The `working_device` and `devices` metrics (`kind_label`: "microphone", "camera" ...,
    for docs/metrics.md)."""
    return (
        MetricSpec("working_device", tr_noop("Another device that works"),
                   help=f"the first other {kind_label} that worked when the chosen one failed "
                        "(its name as the picker shows it)", doc_unit="text"),
        MetricSpec("devices", tr_noop("Devices tried"),
                   help=f"every {kind_label} tried, when others were tried: `name`, `chosen`, "
                        "`result` (`works`/`fails`), `status` and `finding` (the main finding "
                        "of its trial)",
                   doc_unit="list", item="{name}: {result}",
                   words={WORKS: tr_noop("works"), FAILS: tr_noop("does not work")}),
    )


def wants_all(options: Mapping[str, Any]) -> bool:
    return bool(options.get(ALL_DEVICES))


def should_try(result: CheckResult, options: Mapping[str, Any],
               failures: Collection[str]) -> bool:
    """Try the other devices: always with `all_devices`; else when the chosen device's result
    fails with one of `failures` (finding names: the ones another device could fix)."""
    if wants_all(options):
        return True
    main = main_finding(result.findings)
    return (result.status is Status.FAIL and main is not None
            and main.name in failures)


def works(result: CheckResult) -> bool:
    """A trial that worked: nothing in it fails (a warning, such as a quiet voice, still
    works)."""
    return result.status in (Status.PASS, Status.WARN)


@dataclass(frozen=True)
class Trial:
    """One device tried: its name, and the check's result for it (judged like the chosen one,
    on a shorter sample)."""

    name: str
    result: CheckResult


def _entry(name: str, result: CheckResult, chosen: bool) -> dict[str, Any]:
    main = main_finding(result.findings)
    return {
        "name": name,
        "chosen": chosen,
        "result": WORKS if works(result) else FAILS,
        "status": result.status.value,
        "finding": main.name if main is not None else "",
    }


def with_trials(descriptor: Descriptor, result: CheckResult, chosen: str,
                trials: Sequence[Trial], options: Mapping[str, Any]) -> CheckResult:
    """The chosen device's `result` and what trying the others found: when it failed and
    another works, the `other_works` finding (the first that works) and `working_device`;
    the `devices` metric lists each device tried (the chosen one first)."""
    if not trials and (not wants_all(options) or not chosen):
        return result  # nothing was tried (no device at all): nothing to list
    findings: list[Finding] = list(result.findings)
    metrics = dict(result.metrics)
    working = next((t for t in trials if works(t.result)), None)
    if result.status is Status.FAIL and working is not None:
        findings.append(descriptor.finding(FINDING, device=working.name))
        metrics["working_device"] = working.name
    metrics["devices"] = [*([_entry(chosen, result, True)] if chosen else []),
                          *(_entry(t.name, t.result, False) for t in trials)]
    new = descriptor.result(findings, **metrics)
    return new.with_duration(result.duration_s)


def better_device(result: CheckResult) -> str:
    """The device the result recommends instead of the chosen one ("" when none)."""
    for finding in result.findings:
        if finding.name == FINDING and finding.id.startswith(f"{result.id}."):
            return str(finding.values.get("device", ""))
    return ""
