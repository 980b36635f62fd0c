"""How results are said to people: status words, check titles and the overall verdict.

The one place for these words and rules. The CLI, the saved reports and the window all call
it, so the patient, the report and the help desk never disagree. No Qt: sentences come from
the same catalogue as the checks' (`preflight.i18n.tr`), in the language in use.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from preflight.engine.report import overall_status
from preflight.engine.result import CheckResult, Status
from preflight.i18n import tr, tr_noop

# Display states besides the engine's statuses (the window's step list and result cards).
RUNNING = "running"
PENDING = "pending"

# The word shown beside every status (status is never conveyed by colour or icon alone).
STATUS_WORDS: dict[str, str] = {
    Status.PASS.value: tr_noop("Ready"),  # TRANSLATORS: SAFETY: a status word, distinct
    Status.WARN.value: tr_noop("Check this"),
    Status.FAIL.value: tr_noop("Problem"),  # TRANSLATORS: SAFETY: a status word, distinct
    Status.ERROR.value: tr_noop("Could not check"),
    Status.SKIP.value: tr_noop("Not checked"),
    RUNNING: tr_noop("Checking…"),
    PENDING: tr_noop("Not started"),
}


# Said instead of a finding's own summary when that cannot be filled: a value it names is
# missing, empty or None (a check that could not measure it, a result read back without its
# numbers, a plug-in's slip), or a translation's braces are broken. A raw "{resolution}" or
# "None" must never reach a patient; these name only the check, which every result has.
# (A TRANSLATORS comment is one line, right above its message: scripts/i18n_extract.py.)
PLAIN_SUMMARIES: dict[str, str] = {
    # TRANSLATORS: SAFETY: never more certain than the English; {check}: e.g. "video calls".
    Status.PASS.value: tr_noop("We found no problem with your {check}."),
    # TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "video calls".
    Status.WARN.value: tr_noop("We found something to improve with your {check}."),
    # TRANSLATORS: SAFETY: plainly a problem; {check}: a check's name, e.g. "camera".
    Status.FAIL.value: tr_noop("We found a problem with your {check}."),
    # TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "video calls".
    Status.ERROR.value: tr_noop("We could not finish checking your {check}."),
    # TRANSLATORS: {check} is a check's name in lower case, e.g. "camera", "video calls".
    Status.SKIP.value: tr_noop("We did not check your {check}."),
}


def summary_sentence(check_id: str, text: str, fields: Mapping[str, Any],
                     level: Status | str) -> str:
    """A finding's summary (`text`, English source) in the current language with its fields
    filled; the plain sentence for its `level` when a field it names is missing or empty, or
    its braces are broken. `fields` may give the check's name ("check"); else its title."""
    from preflight.engine.findings import fill_if_complete

    line = fill_if_complete(tr(text), fields)
    if line is not None:
        return line
    key = level.value if isinstance(level, Status) else str(level)
    check = fields.get("check")
    if not isinstance(check, str) or not check:
        check = check_title(check_id).lower()
    return tr(PLAIN_SUMMARIES.get(key, PLAIN_SUMMARIES[Status.WARN.value]), check=check)


def status_word(status: str | Status) -> str:
    """The translated word for a status or display state."""
    key = status.value if isinstance(status, Status) else str(status)
    return tr(STATUS_WORDS[key]) if key in STATUS_WORDS else key


def check_title(check_id: str) -> str:
    """A check's translated patient-facing name, from its descriptor."""
    from preflight.engine.registry import default_registry

    return tr(default_registry().title(check_id))


def worst_status(statuses: Sequence[Status]) -> Status:
    """The worst of several statuses by `Status.severity` (an empty list passes)."""
    worst = Status.PASS
    for status in statuses:
        if status.severity > worst.severity or (
            # an error is as bad as a failure, and says more: it wins a tie
            status is Status.ERROR and worst is Status.FAIL
        ):
            worst = status
    return worst


@dataclass(frozen=True)
class Verdict:
    """The overall verdict: a state for the badge, one sentence, a line of detail, and how
    many things the patient could fix or finish."""

    status: str  # "pass", "warn", "fail" or RUNNING
    sentence: str
    detail: str
    count: int


def verdict(
    results: Sequence[CheckResult],
    expected: Collection[str] = (),
    running: Collection[str] = (),
    cancelled: bool = False,
) -> Verdict:
    """The verdict over these results. Never "ready" while a check is running, missing,
    skipped or warned about, nor when the run was stopped.

    `expected` names the checks that should have a result (missing ones count as things to
    finish); `running` those still under way.
    """
    have = {r.id for r in results}
    missing = [c for c in expected if c not in have and c not in running]
    to_do = [r for r in results if r.status in (Status.WARN, Status.SKIP)]
    count = len(to_do) + len(missing)
    if running:
        status = RUNNING
        sentence = tr("Almost done: still checking…")
    else:
        status = overall_status(results, cancelled)
        if status == "pass" and count:  # a skipped or missing check is not "ready"
            status = "warn"
        if status == "fail":
            # TRANSLATORS: SAFETY (verdict): never more certain than the English (docs/i18n.md).
            sentence = tr("Let's get you some help")
        elif status == "pass":
            # TRANSLATORS: SAFETY (verdict): never more certain than the English (docs/i18n.md).
            sentence = tr("You're ready for your visit")
        elif not any(r.status is Status.WARN for r in results):
            # Nothing to fix, but something was stopped, skipped or did not run.
            # TRANSLATORS: SAFETY (verdict): never more certain than the English (docs/i18n.md).
            sentence = tr("Not every check finished: please check again")
        elif count == 1:
            # TRANSLATORS: SAFETY (verdict): never more certain than the English (docs/i18n.md).
            sentence = tr("Almost ready: 1 thing to fix")
        else:
            # TRANSLATORS: SAFETY (verdict): never more certain than the English (docs/i18n.md).
            sentence = tr("Almost ready: {count} things to fix", count=count)
    return Verdict(status, sentence, _DETAIL[status](), count)


_DETAIL = {
    "pass": lambda: tr("Everything we checked is working. See you at your visit."),
    "warn": lambda: tr("Your visit can probably go ahead. Fixing these makes it go better."),
    "fail": lambda: tr(
        "Something needs fixing before your visit. Try the steps below, or call us: we can help."
    ),
    RUNNING: lambda: tr("Some checks are still running. This page updates by itself."),
}


def device_rows(result: CheckResult) -> list[tuple[str, str, str]]:
    """(device, status word, sentence) for each device a camera, microphone or speaker result
    tried (its `devices` metric, preflight.checks.other_devices), the chosen one first and
    marked so; the sentence is its trial's main finding in the check's own words. Empty when
    no other device was tried."""
    from preflight.engine.findings import fill_if_complete
    from preflight.engine.registry import UnknownCheckError, default_registry
    from preflight.engine.result import Finding

    entries = result.metrics.get("devices") or ()
    try:
        descriptor = default_registry().descriptor(result.id)
    except UnknownCheckError:
        descriptor = None
    rows: list[tuple[str, str, str]] = []
    for entry in entries:
        if not isinstance(entry, dict) and not hasattr(entry, "get"):
            continue
        name = str(entry.get("name", "")) or "?"
        if entry.get("chosen"):
            # TRANSLATORS: {device} is a device's name, e.g. "USB headset".
            name = tr("{device} (the one chosen)", device=name)
        sentence = ""
        finding_id = f"{result.id}.{entry.get('finding', '')}"
        if descriptor is not None:
            try:
                spec = descriptor.spec(finding_id)
            except KeyError:
                spec = None
            if spec is not None:
                fields = descriptor.fields(Finding(finding_id, spec.level))
                sentence = fill_if_complete(tr(spec.summary), fields) or ""
        rows.append((name, status_word(str(entry.get("status", ""))), sentence))
    return rows
