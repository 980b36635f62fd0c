"""What Preflight keeps across the restart, and the before / after it shows ("Welcome back").

Before asking for the restart, Preflight saves a small JSON file in the user's state folder
(platformdirs): when it was saved, when the computer last started, the numbers that the
checks' descriptors name as what a restart is meant to fix (`Descriptor.restart_measures`:
time since the last restart, free memory, processor load) and which restart findings fired.
Numbers and finding ids only: no names, programs, addresses or devices.

On the next start `take_pending` removes the open-at-login entry whatever happens (a stale one
from a Preflight that was closed between registering and restarting too) and hands back the
saved state once, deleting the file. `compare` then says, for each measure, before and after
and whether it is still a problem, from the same findings the checks report.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from preflight.engine.findings import Descriptor
from preflight.engine.registry import Registry, UnknownCheckError, default_registry
from preflight.engine.report import restart_findings
from preflight.engine.result import CheckResult
from preflight.i18n import tr, tr_noop
from preflight.restart import autostart

logger = logging.getLogger(__name__)

FORMAT = "preflight.restart/1"
STATE_FILE = "after-restart.json"
# A saved state older than this is not about today's visit (the person restarted some other
# day, or never): it is dropped without a "Welcome back". A visit-day restart comes back
# within minutes; half a day leaves room for a restart the evening before a morning visit.
MAX_AGE_S = 12 * 3600


def default_path() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir("preflight", appauthor=False)) / STATE_FILE


def boot_time() -> float | None:
    """When the computer last started (seconds since the epoch), or None if unknown."""
    try:
        import psutil

        return float(psutil.boot_time())
    except Exception:  # psutil missing or the system does not tell
        return None


@dataclass(frozen=True)
class SavedState:
    saved_at: float  # time.time() when the restart was asked for
    boot_time: float | None  # when the computer had last started, then
    findings: tuple[str, ...]  # the restart findings that fired ("system.memory_low")
    metrics: dict[str, dict[str, float]] = field(default_factory=dict)  # check -> key -> value

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "saved_at": self.saved_at, "boot_time": self.boot_time,
                "findings": list(self.findings), "metrics": self.metrics}

    @classmethod
    def from_json(cls, data: Any) -> SavedState:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ValueError("not a saved restart state")
        saved_at = float(data["saved_at"])
        boot = data.get("boot_time")
        findings = tuple(str(f) for f in data.get("findings", ()))
        metrics: dict[str, dict[str, float]] = {}
        for check_id, values in dict(data.get("metrics", {})).items():
            metrics[str(check_id)] = {
                str(k): float(v) for k, v in dict(values).items()
                if isinstance(v, (int, float)) and not isinstance(v, bool)}
        return cls(saved_at, None if boot is None else float(boot), findings, metrics)

    def restarted(self, now_boot_time: float | None) -> bool | None:
        """Whether the computer started again after this was saved (None: cannot tell)."""
        if now_boot_time is None or self.boot_time is None:
            return None
        return now_boot_time > self.saved_at or now_boot_time > self.boot_time + 60


def _measured(results: Iterable[CheckResult], registry: Registry
              ) -> dict[str, dict[str, float]]:
    metrics: dict[str, dict[str, float]] = {}
    for result in results:
        try:
            descriptor = registry.descriptor(result.id)
        except UnknownCheckError:
            continue
        for measure in descriptor.restart_measures:
            value = result.metrics.get(measure.metric)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                metrics.setdefault(result.id, {})[measure.metric] = float(value)
    return metrics


def state_from_results(results: Sequence[CheckResult], registry: Registry | None = None,
                       now: float | None = None) -> SavedState:
    """What to keep across the restart, from the latest results."""
    registry = registry or default_registry()
    return SavedState(
        saved_at=time.time() if now is None else now,
        boot_time=boot_time(),
        findings=tuple(f.id for f in restart_findings(results)),
        metrics=_measured(results, registry),
    )


def save(state: SavedState, path: Path | None = None) -> None:
    """Raises OSError when the state folder cannot be written."""
    path = path or default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(state.to_json()), encoding="utf-8")
    tmp.replace(path)


def discard(path: Path | None = None) -> None:
    """Forget the saved state (the restart was cancelled or failed). Never raises."""
    try:
        (path or default_path()).unlink(missing_ok=True)
    except OSError as exc:
        logger.warning("could not remove the saved restart state: %s", exc.strerror or exc)


def take_pending(path: Path | None = None, now: float | None = None) -> SavedState | None:
    """On start: remove the open-at-login entry, then read the saved state once (and delete
    it). None when there is none, it is unreadable or too old. Never raises."""
    autostart.unregister()
    path = path or default_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        logger.warning("saved restart state unreadable: %s", exc.strerror or exc)
        discard(path)
        return None
    discard(path)
    try:
        state = SavedState.from_json(json.loads(text))
    except (ValueError, KeyError, TypeError) as exc:
        logger.warning("saved restart state ignored: %s", exc)
        return None
    age = (time.time() if now is None else now) - state.saved_at
    if not 0 <= age <= MAX_AGE_S:
        logger.info("saved restart state from %.1f h ago ignored", age / 3600)
        return None
    logger.info("back after a restart request (%.0f min ago)", age / 60)
    return state


# -- before / after ----------------------------------------------------------------------------

FIXED = "fixed"  # a restart finding fired before and not now
STILL = "still"  # a restart finding about it fires now
FINE = "fine"  # neither before nor now
WAITING = "waiting"  # not measured again yet

_ROW_WORDS = {
    FIXED: tr_noop("Better now"),
    STILL: tr_noop("Still a problem"),
    FINE: tr_noop("Fine"),
    WAITING: tr_noop("Checking…"),
}
WELCOME_BACK = tr_noop("Welcome back")
INTRO = tr_noop("Preflight opened again by itself. It is checking your computer once more, to "
                "see whether the restart helped.")
NOT_RESTARTED_SINCE = tr_noop("Your computer has not restarted since you pressed Restart now, so "
                        "these numbers are from before a restart. Preflight is checking again "
                        "anyway.")
_SUMMARIES = {
    "helped": tr_noop("The restart helped: what it was meant to fix is fine now."),
    "some": tr_noop("The restart helped with some of it. What is still a problem is "
                    "marked below."),
    "not": tr_noop("The restart did not fix this. The computer step shows what else you can "
                   "do."),
    "fine": tr_noop("Your computer is fine."),
    "waiting": tr_noop("Checking your computer again…"),
    "unknown": tr_noop("Preflight could not check your computer again. Press Continue to go "
                       "on."),
}


@dataclass(frozen=True)
class Row:
    check_id: str
    metric: str
    label: str  # in the current language
    before: str  # "9 days", "1.1 GB"; "" when it was not measured
    after: str  # "" until measured
    state: str  # FIXED, STILL, FINE or WAITING

    @property
    def words(self) -> str:
        return tr(_ROW_WORDS[self.state])


@dataclass(frozen=True)
class Comparison:
    rows: tuple[Row, ...]
    summary: str  # one sentence: did the restart help?
    restarted: bool | None

    @property
    def done(self) -> bool:
        return all(r.state != WAITING for r in self.rows)


def compare(state: SavedState, results: Sequence[CheckResult], *,
            registry: Registry | None = None, now_boot_time: float | None = None,
            running: Iterable[str] = ()) -> Comparison:
    """Before (the saved state) and after (the latest results) for every restart measure of
    the checks in the saved state. A check still `running`, or not run yet, is "Checking…"."""
    from preflight.support.reports import metric_text

    registry = registry or default_registry()
    by_id = {r.id: r for r in results}
    running = set(running)
    now_fired = {f.id for f in restart_findings(results)}
    before_fired = set(state.findings)
    rows: list[Row] = []
    unknown_after = False
    for check_id, before in state.metrics.items():
        try:
            descriptor: Descriptor = registry.descriptor(check_id)
        except UnknownCheckError:
            continue
        result = None if check_id in running else by_id.get(check_id)
        for measure in descriptor.restart_measures:
            spec = descriptor.metric(measure.metric)
            if spec is None:
                continue
            ids = {f"{check_id}.{name}" for name in measure.findings}
            after_value = None if result is None else result.metrics.get(measure.metric)
            if result is None:
                row_state = WAITING
            elif ids & now_fired:
                row_state = STILL
            elif ids & before_fired:
                row_state = FIXED
            else:
                row_state = FINE
            if result is not None and after_value is None:
                unknown_after = True
            rows.append(Row(
                check_id, measure.metric, tr(spec.label),
                metric_text(spec, before[measure.metric]) if measure.metric in before else "",
                "" if after_value is None else metric_text(spec, after_value),
                row_state))
    states = {r.state for r in rows}
    if WAITING in states:
        key = "waiting"
    elif unknown_after or not rows:
        key = "unknown"
    elif FIXED in states and STILL in states:
        key = "some"
    elif STILL in states:
        key = "not"
    elif FIXED in states:
        key = "helped"
    else:
        key = "fine"
    now = boot_time() if now_boot_time is None else now_boot_time
    return Comparison(tuple(rows), tr(_SUMMARIES[key]), state.restarted(now))
