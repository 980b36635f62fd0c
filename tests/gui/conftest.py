"""GUI tests run on Qt's offscreen platform; this must be set before any QApplication exists."""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

# The PulseAudio lab's fixtures (tests/audio_lab.py), for the audio steps' tests.
from tests.audio.conftest import audio_lab, lab  # noqa: F401


def _native_threads() -> set[str]:
    """This process's operating-system threads (QThreads included), as "id:name".

    Idle threads of Qt's global QThreadPool ("Thread (pooled)", started by Qt itself and
    expiring after 30 s) are left out: Preflight does not use that pool.
    """
    threads = set()
    for tid in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{tid}/comm", encoding="utf-8") as f:
                name = f.read().strip()
        except OSError:  # ended while we looked
            continue
        if name != "Thread (pooled)":
            threads.add(f"{tid}:{name}")
    return threads


def _python_threads() -> set[threading.Thread]:
    # threading lists a QThread that ran Python code as a "dummy" thread forever; the native
    # thread list below is the truth for those.
    return {t for t in threading.enumerate() if not isinstance(t, threading._DummyThread)}


def _start_blas_pool() -> None:
    """Start numpy's OpenBLAS worker threads now. OpenBLAS (0.3.31 here) adds them on the
    first matrix product big enough to share, from whichever thread makes it, and keeps them
    for the life of the process; native threads take their creator's name. Issue 17: a native
    "RunWorker" thread outlived the microphone/speaker window test in the full suite only; a
    BLAS thread started on a RunWorker is such a thread (seen with gdb: blas_thread_server,
    a process whose first big product ran on a thread named RunWorker). Should another kind
    show up, the failure prints its C stack (`_native_stack`)."""
    import numpy as np

    square = np.ones((768, 768))
    square @ square


def _native_stack(entry: str) -> str:
    """What a left-over native thread ("id:name") is doing: its kernel wait channel and, when
    gdb is installed, its C stack (a native thread takes its creator's name, so the name alone
    does not say whose it is)."""
    import shutil
    import subprocess

    tid = entry.partition(":")[0]
    try:
        with open(f"/proc/self/task/{tid}/wchan", encoding="utf-8") as f:
            wchan = f.read().strip()
    except OSError:
        wchan = "?"
    text = f"thread {entry}: waiting in {wchan}"
    if shutil.which("gdb"):
        try:
            out = subprocess.run(
                ["gdb", "-p", str(os.getpid()), "-batch", "-ex", "thread apply all bt 12"],
                capture_output=True, text=True, timeout=30).stdout
        except (OSError, subprocess.TimeoutExpired):
            return text
        blocks = out.split("\nThread ")
        mine = [b for b in blocks if f"(LWP {tid})" in b.splitlines()[0]] if blocks else []
        if mine:
            text += "\n  " + "\n  ".join(mine[0].splitlines()[1:13])
    return text


@pytest.fixture
def no_thread_left():
    """Fails the test if it leaves a thread running (napari's idea). List it BEFORE the
    window fixture so it checks after the window has been shut down."""
    _start_blas_pool()
    before_py, before_native = _python_threads(), _native_threads()
    yield
    import time

    deadline = time.monotonic() + 3.0
    while True:
        extra_py = [t.name for t in _python_threads() - before_py if t.is_alive()]
        extra_native = _native_threads() - before_native
        if not extra_py and not extra_native:
            return
        if time.monotonic() > deadline:
            described = "\n".join(_native_stack(entry) for entry in sorted(extra_native))
            pytest.fail(f"threads left running: {extra_py} / native {sorted(extra_native)}"
                        f"\n{described}")
        time.sleep(0.05)


@pytest.fixture
def make_window(qtbot, config):
    """Builds a MainWindow on fake checks; closes it (and checks its threads stopped) after."""
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import make_registry

    windows = []

    def build(plans=None, ids=None, cfg=None, registry=None):
        from tests.gui.fakes import IDS

        if registry is None:
            registry, plans_out = make_registry(plans, ids or IDS)
        else:
            plans_out = plans
        window = MainWindow(cfg or config, registry=registry)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        window.plans = plans_out
        window.registry = registry
        return window

    yield build
    for window in windows:
        assert window.shutdown(), "a check run did not stop"
