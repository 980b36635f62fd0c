"""`preflight check` (the real CLI, `preflight.cli.main`) with one more check that asks the
terminal's yes/no question once per answer the test will type, and reports how each was read.

The stand-in is the check only: the question a real check asks at the terminal is the
speaker's "Did you hear the test sound?", which needs a sound card and a person; here it is
asked by this check instead, in the same words, through the same `CheckContext.ask`.
Run as `python -m tests.i18n.ask_cli check --only asked --json` with ASK_TIMES=<n>."""

from __future__ import annotations

import os
import sys

from preflight.engine.check import Check, CheckContext
from preflight.engine.findings import Descriptor, FindingSpec
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr

DESCRIPTOR = Descriptor(
    id="asked",
    title="Asked",
    check="tests.i18n.ask_cli:AskedCheck",
    findings=(FindingSpec("answers", Status.PASS, "Answers: {answers}."),),
    deadline_s=120.0,
)
READ = {True: "yes", False: "no", None: "none"}


class AskedCheck(Check):
    descriptor = DESCRIPTOR

    def run(self, ctx: CheckContext) -> CheckResult:
        answers = [READ[ctx.ask(tr("Did you hear the test sound?"), timeout_s=30.0)]
                   for _ in range(int(os.environ.get("ASK_TIMES", "1")))]
        return DESCRIPTOR.result([DESCRIPTOR.finding("answers", answers=answers)],
                                 answers=answers)


if __name__ == "__main__":
    from preflight import cli
    from preflight.engine.registry import default_registry

    default_registry().add(AskedCheck)
    sys.exit(cli.main(sys.argv[1:]))
