"""Runs selected checks: concurrently where they use different resources, each under a hard
deadline, with cooperative cancellation and progress events.

Threads, not processes: checks spend their time waiting on devices and sockets, and a check
that ignores its deadline is abandoned (its daemon thread is left to finish on its own) so the
run always ends on time.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from preflight.engine import deadline
from preflight.engine.check import AskFn, Cancelled, Check, CheckContext, RunEvent
from preflight.engine.findings import engine_finding
from preflight.engine.registry import Registry, default_registry
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult, Status

if TYPE_CHECKING:
    from preflight.config import Config

logger = logging.getLogger(__name__)

# How long a check that overran its deadline (or was cancelled) gets to wind down before it is
# abandoned; the GUI promises that cancel takes effect within 1 s.
GRACE_S = 0.8


def plan_lanes(checks: Sequence[Check]) -> list[list[Check]]:
    """Group checks that share a resource into lanes run one after another; lanes run at once."""
    lanes: list[list[Check]] = []
    lane_resources: list[set[str]] = []
    for check in checks:
        touching = [i for i, res in enumerate(lane_resources) if res & check.resources]
        if not touching:
            lanes.append([check])
            lane_resources.append(set(check.resources))
            continue
        # Merge every lane this check touches into the first one, keeping presentation order.
        first = touching[0]
        for i in reversed(touching[1:]):
            lanes[first].extend(lanes.pop(i))
            lane_resources[first] |= lane_resources.pop(i)
        lanes[first].append(check)
        lane_resources[first] |= set(check.resources)
    order = {id(c): n for n, c in enumerate(checks)}
    for lane in lanes:
        lane.sort(key=lambda c: order[id(c)])
    return lanes


class Runner:
    """Runs checks and collects a `RunReport`.

    `run` blocks: a GUI calls it from a worker thread.
    """

    def __init__(
        self,
        config: Config,
        *,
        options: Mapping[str, Any] | None = None,
        interactive: bool = False,
        on_event: Callable[[RunEvent], None] | None = None,
        ask: AskFn | None = None,
        registry: Registry | None = None,
        prior: Mapping[str, CheckResult] | None = None,
    ) -> None:
        self.config = config
        # Results from earlier runs that a check of this run may read (Descriptor.needs, reads).
        self.prior = dict(prior or {})
        self.options = dict(options or {})
        self.interactive = interactive
        self._on_event = on_event
        self._ask = ask
        self.registry = registry or default_registry()
        self._cancel = threading.Event()
        self._active: set[threading.Event] = set()
        self._lock = threading.Lock()
        self.shared: dict[str, Any] = {}

    # -- public -----------------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask every running check to stop; checks not started yet are skipped."""
        self._cancel.set()
        with self._lock:
            for event in self._active:
                event.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, check_ids: Sequence[str]) -> RunReport:
        started_at = datetime.now(UTC)
        checks = [self.registry.get(cid)() for cid in check_ids]
        results: dict[str, CheckResult] = {}
        lanes = plan_lanes(checks)
        threads = [
            threading.Thread(
                target=self._run_lane, args=(lane, results), name=f"preflight-lane-{n}", daemon=True
            )
            for n, lane in enumerate(lanes)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        ordered = [results[c.id] for c in checks]
        return RunReport(
            started_at=started_at,
            results=ordered,
            config=self.config,
            cancelled=self.cancelled,
        )

    # -- internals --------------------------------------------------------------------------
    def _emit(self, event: RunEvent) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:  # an observer's bug must not stop the checks
            logger.exception("progress observer failed")

    def _run_lane(self, lane: list[Check], results: dict[str, CheckResult]) -> None:
        # The lane's later checks start their light first step now (Check.prepare).
        preparing = {c.id: self._prepare(c) for c in lane[1:] if c.prepares()}
        for check in lane:
            if self._cancel.is_set():
                result = check.result([engine_finding("not_started")])
            else:
                result = self._run_one(check, results, preparing.get(check.id))
            results[check.id] = result
            self._emit(RunEvent("finished", check.id, result.summary, 1.0, result))

    def _prepare(self, check: Check) -> deadline.Task[None]:
        """Start `check.prepare` on its own thread, under its own deadline and cancel (the
        runner's cancel stops it too)."""
        cancel_event = threading.Event()
        ctx = CheckContext(
            config=self.config,
            check_id=check.id,
            options=self.options,
            deadline=time.monotonic() + check.deadline(self.config),
            cancel_event=cancel_event,
            shared=self.shared,
        )
        with self._lock:
            self._active.add(cancel_event)
            if self._cancel.is_set():
                cancel_event.set()

        def prepare() -> None:
            try:
                check.prepare(ctx)
            except Exception:  # `run` does the work itself then
                logger.warning("preparing check %s failed", check.id, exc_info=True)
            finally:
                with self._lock:
                    self._active.discard(cancel_event)

        return deadline.start(prepare, name=f"prepare-{check.id}")

    def _run_one(
        self, check: Check, done: Mapping[str, CheckResult],
        prepared: deadline.Task[None] | None = None,
    ) -> CheckResult:
        deadline_s = check.deadline(self.config)
        start = time.monotonic()
        cancel_event = threading.Event()
        ctx = CheckContext(
            config=self.config,
            check_id=check.id,
            options=self.options,
            interactive=self.interactive,
            deadline=start + deadline_s,
            cancel_event=cancel_event,
            emit=self._emit,
            ask_fn=self._ask,
            shared=self.shared,
            results=self._needed(check, done),
        )
        with self._lock:
            self._active.add(cancel_event)
            if self._cancel.is_set():
                cancel_event.set()
        self._emit(RunEvent("started", check.id, check.title, 0.0))
        task = deadline.start(lambda: self._call_check(check, ctx, prepared),
                              name=f"check-{check.id}")
        try:
            # Wait for the check, its deadline, or a cancel, whichever comes first.
            task.wait(start + deadline_s, cancel_event)
            timed_out = not task.done and not self._cancel.is_set()
            if not task.done:
                cancel_event.set()
                task.wait(time.monotonic() + GRACE_S)
        finally:
            with self._lock:
                self._active.discard(cancel_event)
        duration = time.monotonic() - start
        # A check that stopped because of its deadline (rather than a user's cancel) did not
        # finish: that is an error to report, not a skip.
        if task.done and task.value is not None:
            result = task.value
            if not (timed_out and result.status is Status.SKIP):
                return result.with_duration(duration)
        if self._cancel.is_set():
            return check.result([engine_finding("stopped")]).with_duration(duration)
        logger.error("check %s overran its %.1f s deadline and was abandoned", check.id, deadline_s)
        return check.result(
            [engine_finding("timed_out")], deadline_s=deadline_s
        ).with_duration(duration)

    def _needed(self, check: Check, done: Mapping[str, CheckResult]) -> dict[str, CheckResult]:
        """The results `check` reads: of its descriptor's `needs` and `reads`, this run's,
        else prior."""
        out: dict[str, CheckResult] = {}
        for cid in (*check.descriptor.needs, *check.descriptor.reads):
            result = done.get(cid, self.prior.get(cid))
            if result is not None:
                out[cid] = result
        return out

    def _call_check(
        self, check: Check, ctx: CheckContext, prepared: deadline.Task[None] | None = None
    ) -> CheckResult:
        try:
            if prepared is not None:  # still preparing: that is part of this check's time
                prepared.wait(ctx.deadline, ctx.cancel_event)
            result = check.run(ctx)
            if not isinstance(result, CheckResult) or result.id != check.id:
                raise TypeError(f"check {check.id} returned {result!r}")
        except Cancelled:
            result = check.result([engine_finding("stopped")])
        except Exception as exc:
            logger.exception("check %s raised", check.id)
            result = check.result([engine_finding("crashed")], error_type=type(exc).__name__)
        # A result that arrives within the grace period after a deadline is still the truth.
        return result
