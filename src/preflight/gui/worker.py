"""Runs the engine off the UI thread, and lets a running check ask the person a question.

The engine's Runner blocks and reports RunEvents on its own lane threads; everything reaches
the window only through Qt signals, which Qt queues over to the UI thread.
"""

from __future__ import annotations

import itertools
import logging
import os
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal

from preflight.engine.runner import Runner

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.registry import Registry
    from preflight.engine.result import CheckResult

logger = logging.getLogger(__name__)

# Check threads run this much "nicer" than the window's thread (Linux: per thread, inherited by
# the threads a check starts). On a busy 2-core computer the window then still gets the
# processor within a few ms, so it never looks frozen; checks lose almost nothing, because the
# window's thread is idle nearly all the time (bench/gui_bench.py measures both).
WORKER_NICENESS = 5
# How long after the window asks for a check its threads begin: long enough for the page that
# asked to be painted first (a timer cannot fire before an update posted earlier is handled).
# Started at once, a check's imports competed with that paint for the GIL, and Start froze the
# window about twice as long (19-31 ms against 8-20 ms idle, python -m bench.gui_bench).
START_DELAY_MS = 40


def lower_thread_priority() -> None:
    """Make the calling thread (and threads it starts later) yield to the window's thread."""
    if not hasattr(os, "setpriority") or not sys.platform.startswith("linux"):
        return  # macOS/Windows: per-process only; the window stays responsive there anyway
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid)
                       + WORKER_NICENESS)
    except OSError:
        pass


class AskBridge(QObject):
    """`ctx.ask` for the window: the worker thread waits, the UI thread shows the question.

    `asked(token, question)` goes to the UI, which calls `answer(token, value)`; `withdrawn`
    tells the UI to close a question nobody needs answered any more (timeout or cancel).
    """

    asked = Signal(int, str)
    withdrawn = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        self._lock = threading.Lock()
        self._pending: dict[int, tuple[threading.Event, list[bool]]] = {}
        self._closed = False

    def ask(self, question: str, timeout_s: float) -> bool | None:
        """Called on a check's thread; blocks that thread (never the UI) until answered."""
        with self._lock:
            if self._closed:
                return None
            token = next(self._tokens)
            done, box = threading.Event(), list[bool]()
            self._pending[token] = (done, box)
        self.asked.emit(token, question)
        done.wait(max(0.0, timeout_s))
        with self._lock:
            self._pending.pop(token, None)
        if not box:
            self.withdrawn.emit(token)
            return None
        return box[0]

    def answer(self, token: int, value: bool | None) -> None:
        with self._lock:
            entry = self._pending.get(token)
        if entry is None:
            return
        done, box = entry
        if value is not None:
            box.append(bool(value))
        done.set()

    def withdraw_all(self) -> None:
        """Wake every waiting check with "no answer" (cancel)."""
        with self._lock:
            entries = list(self._pending.values())
        for done, _box in entries:
            done.set()

    def close(self) -> None:
        """No more questions: the window is closing."""
        with self._lock:
            self._closed = True
        self.withdraw_all()


class RunWorker(QThread):
    """One engine run (one or more checks) on its own thread."""

    # An engine RunEvent, emitted from lane threads. (Not named `event`: that is QObject's
    # event handler, which a signal must not shadow.)
    run_event = Signal(object)
    done = Signal(object)  # RunReport
    failed = Signal(str)  # a bug in the engine itself: plain words for the log

    def __init__(
        self,
        config: Config,
        check_ids: Sequence[str],
        *,
        registry: Registry | None = None,
        options: Mapping[str, Any] | None = None,
        ask: AskBridge | None = None,
        interactive: bool = True,
        shared: Mapping[str, Any] | None = None,
        prior: Mapping[str, CheckResult] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.check_ids = list(check_ids)
        self.runner = Runner(
            config,
            options=options,
            interactive=interactive,
            on_event=self.run_event.emit,
            ask=ask.ask if ask is not None else None,
            registry=registry,
            prior=prior,
        )
        # Objects the app hands to a check (e.g. the camera preview's FrameSource).
        self.runner.shared.update(shared or {})

    @property
    def shared(self) -> dict[str, Any]:
        return self.runner.shared

    def cancel(self) -> None:
        self.runner.cancel()

    def run(self) -> None:  # on the worker thread
        lower_thread_priority()
        try:
            report = self.runner.run(self.check_ids)
        except Exception as exc:  # never an uncaught exception in a thread (picard's rule)
            logger.exception("run of %s failed", self.check_ids)
            self.failed.emit(type(exc).__name__)
            return
        self.done.emit(report)
