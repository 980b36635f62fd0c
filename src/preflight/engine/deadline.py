"""Run a function in a daemon thread and wait for it no longer than a deadline.

The one helper for a pattern the runner, the CLI and the network checks all need: a call that
may block in a library (a device driver, the system resolver, speedtest-cli's sockets) must
never hold a check past its deadline. Python cannot interrupt a thread, so a call still running
at the deadline is abandoned: it is a daemon thread and ends on its own or with the process.
Waiting is done in short joins so that a cancel event, and Ctrl-C on the main thread, are
noticed within `POLL_S`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")

POLL_S = 0.05  # how often a wait looks at its cancel event (the GUI promises cancel in 1 s)


class DeadlineExceeded(TimeoutError):
    """The call was still running when its deadline came; it was left to finish on its own."""


class Task(Generic[T]):
    """`fn` running in a daemon thread, with what it returned or raised once it is done."""

    def __init__(self, fn: Callable[[], T], *, name: str) -> None:
        self._fn = fn
        self.value: T | None = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._call, name=name, daemon=True)
        self._thread.start()

    def _call(self) -> None:
        try:
            self.value = self._fn()
        except BaseException as exc:  # handed back to the waiting thread
            self.error = exc
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def wait(self, until: float = float("inf"), cancel: threading.Event | None = None) -> bool:
        """Wait until the call is done, `time.monotonic()` passes `until`, or `cancel` is set.
        True when the call is done."""
        while not self._done.is_set():
            if cancel is not None and cancel.is_set():
                break
            left = until - time.monotonic()
            if left <= 0:
                break
            self._done.wait(min(left, POLL_S))
        return self._done.is_set()

    def result(self) -> T:
        """What the call returned; re-raises what it raised; DeadlineExceeded if still running."""
        if not self._done.is_set():
            raise DeadlineExceeded(self._thread.name)
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]


def start(fn: Callable[[], T], *, name: str) -> Task[T]:
    """Start `fn` in a daemon thread named `name`."""
    return Task(fn, name=name)


def call_with_deadline(
    fn: Callable[[], T],
    budget_s: float,
    *,
    name: str,
    cancel: threading.Event | None = None,
) -> Task[T]:
    """Run `fn` for at most `budget_s` seconds (or until `cancel` is set) and return its Task:
    `task.done` says whether it finished, `task.result()` gives its value or raises."""
    task = start(fn, name=name)
    task.wait(time.monotonic() + max(0.0, budget_s), cancel)
    return task
