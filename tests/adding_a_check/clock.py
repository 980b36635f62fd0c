"""The example check of docs/adding-a-check.md: is the computer's clock on the care team's
time? A visit reminder says "10:30"; a computer set to another time zone shows the portal's
times shifted, and patients join an hour early or late.

Everything Preflight needs to know about the check is in this one module: its descriptor
(title, findings with the patient's and the help desk's words, its step in the window) and its
config section (`config_defaults`). The test registers it with one line, as BUILTIN_CHECKS
would, and touches no other file.
"""

from __future__ import annotations

import time

from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Descriptor, FindingSpec, StepSpec
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr_noop

DESCRIPTOR = Descriptor(
    id="clock",
    title=tr_noop("Clock"),
    check="tests.adding_a_check.clock:ClockCheck",
    resources=frozenset({"clock"}),
    deadline_s=2.0,
    findings=(
        FindingSpec(
            "ok", Status.PASS, tr_noop("Your computer's clock is on your care team's time.")
        ),
        FindingSpec(
            "other_time_zone",
            Status.WARN,
            tr_noop("Your computer's clock is set to another time zone."),
            (tr_noop("Times on this computer are {difference_hours} hours off your care team's: "
                     "go by the time in your visit reminder."),),
            tr_noop("The caller's computer is not on UTC{utc_offset_hours:+g} (the care team's "
                    "time): confirm the visit time in the caller's own time."),
        ),
    ),
    step=StepSpec("clock", tr_noop("Clock"), tr_noop("We are checking your computer's clock."),
                  guided=False),
    config_defaults="""
# The care team's offset from UTC in hours, and how far off still counts as the same time
# (1 hour: summer time changes on different dates in different places).
utc_offset_hours = -5.0
tolerance_hours = 1.0
""",
)


def assess(local_offset_hours: float, utc_offset_hours: float, tolerance_hours: float
           ) -> CheckResult:
    difference = abs(local_offset_hours - utc_offset_hours)
    limits = {"utc_offset_hours": utc_offset_hours, "tolerance_hours": tolerance_hours}
    if difference > tolerance_hours:
        found = DESCRIPTOR.finding("other_time_zone", limits=limits,
                                   difference_hours=round(difference, 1))
    else:
        found = DESCRIPTOR.finding("ok", limits=limits)
    return DESCRIPTOR.result([found], local_utc_offset_hours=local_offset_hours)


class ClockCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        cfg = ctx.config.section("clock")
        offset = time.localtime().tm_gmtoff / 3600
        return assess(offset, float(cfg["utc_offset_hours"]), float(cfg["tolerance_hours"]))
