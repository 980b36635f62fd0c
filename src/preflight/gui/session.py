"""The app's model of one sitting: which checks exist, which are running, their latest
results, and the device choices. It starts RunWorkers and turns their events into signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from preflight.engine.registry import Registry, default_registry
from preflight.engine.report import RunReport
from preflight.engine.result import CheckResult
from preflight.gui.live import CAMERA_PREVIEW_KEY
from preflight.gui.worker import START_DELAY_MS, AskBridge, RunWorker
from preflight.i18n import tr

if TYPE_CHECKING:
    from preflight.config import Config
    from preflight.engine.check import RunEvent
    from preflight.engine.findings import Descriptor

logger = logging.getLogger(__name__)


class CheckSession(QObject):
    started = Signal(str)
    progressed = Signal(str, object, str)  # check id, fraction or None, message
    instructed = Signal(str, str)  # check id, what the person should do now
    finished = Signal(str, object)  # check id, CheckResult
    busy_changed = Signal(bool)
    shared_changed = Signal()  # a run left data for the app (e.g. the microphone recording)

    def __init__(
        self,
        config: Config,
        registry: Registry | None = None,
        check_ids: Iterable[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.config = config
        self.registry = registry  # None: the built-in checks (the runner's default registry)
        self._registry = registry if registry is not None else default_registry()
        # Every registered check, unless the caller chose some. Descriptors are cheap: OpenCV,
        # PortAudio and speedtest-cli load on the checks' threads when the checks run.
        ids = self._registry.ids()
        chosen = None if check_ids is None else set(check_ids)
        self.check_ids = [c for c in ids if chosen is None or c in chosen]
        # The built-in checks (not test fakes): only then do pages open real devices for
        # previews and meters.
        self.real_checks = registry is None or registry is default_registry()
        self._warm: threading.Thread | None = None
        self.results: dict[str, CheckResult] = {}
        self.running: set[str] = set()
        self.options: dict[str, Any] = {}
        self.shared: dict[str, Any] = {}
        self.interactive = True
        self.ask_bridge = AskBridge(self)
        self.started_at = datetime.now(UTC)
        self._workers: list[RunWorker] = []
        self._closed = False

    def warm_up(self) -> None:
        """Import numpy on a helper thread while the welcome page is read.

        numpy's C start-up holds the GIL for ~60 ms in one piece: imported by a check after
        Start, it would freeze the window that long mid-flow (bench/gui_bench.py); imported
        before the window is shown it would cost ~150 ms of start-up. On the static welcome
        page the hiccup is invisible. OpenCV, PortAudio and speedtest-cli still load when
        their checks start.
        """
        if not self.real_checks or self._warm is not None:
            return

        def load() -> None:
            import numpy  # noqa: F401

        self._warm = threading.Thread(target=load, name="preflight-warm-up", daemon=True)
        self._warm.start()

    # -- running ---------------------------------------------------------------------------
    def run(self, check_ids: Iterable[str], shared: dict[str, Any] | None = None) -> list[str]:
        """Start the given checks (skipping unknown and already running ones); returns the ids
        actually started. `shared` seeds the run's ctx.shared (in memory only)."""
        if self._closed:
            return []
        ids = self._with_dependents(check_ids)
        ids = [c for c in ids if c in self.check_ids and c not in self.running]
        if not ids:
            return []
        was_busy = self.busy
        worker = RunWorker(
            self.config,
            ids,
            registry=self.registry,
            options=dict(self.options),
            ask=self.ask_bridge,
            interactive=self.interactive,
            shared=shared,
            prior=dict(self.results),
            parent=self,
        )
        worker.run_event.connect(self._on_event)
        worker.done.connect(lambda report, w=worker: self._on_done(w, report))
        worker.failed.connect(lambda kind, w=worker: self._on_failed(w, kind))
        worker.finished.connect(lambda w=worker: self._forget(w))
        self.running.update(ids)
        self._workers.append(worker)
        logger.info("starting checks %s", ",".join(ids))
        # The thread starts START_DELAY_MS later, once the page that asked for it has been
        # painted. `running` and `busy` say "running" from now on; a cancel before the start
        # is honoured by the runner (its checks are skipped).
        QTimer.singleShot(START_DELAY_MS, self, lambda w=worker: self._start(w))
        if not was_busy:
            self.busy_changed.emit(True)
        return ids

    def _with_dependents(self, check_ids: Iterable[str]) -> list[str]:
        """`check_ids` and the checks that read their results (Descriptor.needs), in registry
        order: checking the connection again also estimates the call quality again."""
        asked = list(check_ids)
        wanted = set(asked)
        for cid in self.check_ids:
            if set(self._registry.descriptor(cid).needs) & wanted:
                wanted.add(cid)
        return [c for c in self.check_ids if c in wanted]

    def _start(self, worker: RunWorker) -> None:
        if self._closed:  # the window closed first: nothing to start, nothing to release
            self._end(worker)
            return
        worker.start()

    def cancel(self, check_ids: Iterable[str] | None = None) -> None:
        """Stop the runs that include any of `check_ids` (all runs when None)."""
        wanted = None if check_ids is None else set(check_ids)
        for worker in self._workers:
            if wanted is None or wanted & set(worker.check_ids):
                worker.cancel()
        self.ask_bridge.withdraw_all()

    def shutdown(self, timeout_s: float = 3.0) -> bool:
        """Cancel everything and wait for the worker threads; True when none is left running."""
        self._closed = True
        if self._warm is not None:
            self._warm.join(5.0)
        self.shared.clear()
        self.ask_bridge.close()
        for worker in self._workers:
            worker.cancel()
        ok = True
        for worker in list(self._workers):
            if not worker.wait(int(timeout_s * 1000)):
                logger.error("a check run did not stop within %.1f s", timeout_s)
                ok = False
        return ok

    @property
    def busy(self) -> bool:
        return bool(self.running)

    def is_running(self, check_id: str) -> bool:
        return check_id in self.running

    def descriptor(self, check_id: str) -> Descriptor:
        return self._registry.descriptor(check_id)

    def descriptors(self) -> list[Descriptor]:
        """The descriptors of this session's checks, in presentation order."""
        return self._registry.descriptors(self.check_ids)

    def title(self, check_id: str) -> str:
        """A check's patient-facing name from its descriptor, in the window's language."""
        return tr(self._registry.title(check_id))

    def report(self) -> RunReport:
        """A report of the latest result of every check that has one, in presentation order."""
        results = [self.results[c] for c in self.check_ids if c in self.results]
        return RunReport(started_at=self.started_at, results=results, config=self.config)

    def clear(self) -> None:
        self.results.clear()
        self.shared.clear()
        self.started_at = datetime.now(UTC)

    # -- worker callbacks (UI thread) ------------------------------------------------------
    def _on_event(self, event: RunEvent) -> None:
        if event.kind == "started":
            self.started.emit(event.check_id)
        elif event.kind == "progress":
            self.progressed.emit(event.check_id, event.fraction, event.message)
        elif event.kind == "instruction":
            self.instructed.emit(event.check_id, event.message)
        elif event.kind == "finished" and event.result is not None:
            self.results[event.check_id] = event.result
            self.running.discard(event.check_id)
            logger.info("check %s: %s", event.check_id, event.result.status.value)
            self.finished.emit(event.check_id, event.result)

    def _on_done(self, worker: RunWorker, report: RunReport) -> None:
        left = {k: v for k, v in worker.shared.items() if k != CAMERA_PREVIEW_KEY}
        worker.shared.clear()  # the app's copy is the only one (frames, audio: memory only)
        if left:
            self.shared.update(left)
            self.shared_changed.emit()
        self._end(worker)

    def _on_failed(self, worker: RunWorker, kind: str) -> None:
        logger.error("a check run stopped unexpectedly (%s)", kind)
        self._end(worker)

    def _end(self, worker: RunWorker) -> None:
        was_busy = self.busy
        self.running.difference_update(worker.check_ids)
        if was_busy and not self.busy:
            self.busy_changed.emit(False)

    def _forget(self, worker: RunWorker) -> None:
        if worker in self._workers and not self._closed:
            self._workers.remove(worker)
            worker.deleteLater()
