"""Soak: many consecutive full runs in one process through the window's worker path
(`preflight.gui.worker.RunWorker`, a QThread driving the engine Runner), with fake-fast checks
(tests/gui/fakes.py: the devices do not exist here, and the soak is about the app's own
threads, file descriptors and memory, not the devices'). Prints JSON.

    python -m bench.soak_bench [--runs 50]

Measured after a few warm-up runs (imports, Qt's first-use allocations) and again after the
soak: operating-system threads (/proc/self/task), open file descriptors (/proc/self/fd) and
resident memory (VmRSS).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import threading
import time
from typing import Any

# Growth allowed over the soak before it counts as a leak. Threads and descriptors must not
# grow at all; memory may move by allocator noise (measured: within ~2 MB over 50 runs).
TARGETS = {"threads_growth": 0, "fds_growth": 0, "rss_growth_mb": 10.0}


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def sample() -> dict[str, Any]:
    return {
        "threads": len(os.listdir("/proc/self/task")),
        "python_threads": threading.active_count(),
        "fds": len(os.listdir("/proc/self/fd")),
        "rss_mb": round(_rss_mb(), 2),
    }


def _settle(baseline_threads: int | None = None, timeout_s: float = 3.0) -> None:
    """Let finished check threads exit and deferred Qt deletions run before sampling."""
    from PySide6.QtCore import QCoreApplication, QEvent

    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        if baseline_threads is None or len(os.listdir("/proc/self/task")) <= baseline_threads:
            break
        time.sleep(0.02)
    gc.collect()


class Soak:
    """Runs the full set of fake checks again and again through RunWorker."""

    def __init__(self, seconds_per_check: float = 0.01) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QCoreApplication
        from tests.gui.fakes import IDS, Plan, make_registry

        from preflight.config import load_config

        self.app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
        self.ids = list(IDS)
        self.registry, self.plans = make_registry(
            {cid: Plan(seconds=seconds_per_check) for cid in IDS}
        )
        self.config = load_config()

    def one_run(self) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        from preflight.gui.worker import RunWorker

        worker = RunWorker(self.config, self.ids, registry=self.registry, interactive=False)
        loop = QEventLoop()
        reports: list[Any] = []

        def on_done(report: Any) -> None:
            reports.append(report)
            loop.quit()

        def on_failed(kind: str) -> None:
            loop.quit()

        worker.done.connect(on_done)
        worker.failed.connect(on_failed)
        QTimer.singleShot(30_000, loop.quit)  # hang guard
        worker.start()
        loop.exec()
        if not worker.wait(5000):
            raise RuntimeError("a run's worker thread did not end")
        worker.deleteLater()
        if not reports:
            raise RuntimeError("a run ended without a report")
        statuses = {r.status.value for r in reports[0].results}
        if statuses != {"pass"} or len(reports[0].results) != len(self.ids):
            raise RuntimeError(f"unexpected results: {reports[0].results}")


def run_soak_bench(runs: int = 50, warmup: int = 3) -> dict[str, Any]:
    soak = Soak()
    for _ in range(warmup):
        soak.one_run()
    _settle()
    before = sample()
    series = []
    start = time.monotonic()
    for n in range(1, runs + 1):
        soak.one_run()
        if n % 10 == 0 or n == runs:
            _settle(before["threads"], timeout_s=0.5)
            series.append({"run": n, **sample()})
    elapsed = time.monotonic() - start
    _settle(before["threads"])
    after = sample()
    result = {
        "runs": runs,
        "checks_per_run": len(soak.ids),
        "seconds": round(elapsed, 2),
        "before": before,
        "after": after,
        "series": series,
        "threads_growth": after["threads"] - before["threads"],
        "python_threads_growth": after["python_threads"] - before["python_threads"],
        "fds_growth": after["fds"] - before["fds"],
        "rss_growth_mb": round(after["rss_mb"] - before["rss_mb"], 2),
        "targets": TARGETS,
    }
    result["met"] = {key: result[key] <= limit for key, limit in TARGETS.items()}
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.soak_bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args(argv)
    result = run_soak_bench(args.runs)
    print(json.dumps(result, indent=2))
    return 0 if all(result["met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
