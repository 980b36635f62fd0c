"""Accessibility tests. The logic tests run on Qt's offscreen platform (set before any
QApplication exists); the rendering test runs its own process on a private Xvfb display."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from tests.gui.conftest import make_window, no_thread_left  # noqa: F401


@pytest.fixture
def screen_wait(qtbot):
    def wait(condition, timeout):
        qtbot.waitUntil(condition, timeout=timeout)

    return wait


def _free_display() -> int:
    for number in range(90, 190):
        if not Path(f"/tmp/.X{number}-lock").exists() and not Path(
                f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError("no free X display number between :90 and :189")


@pytest.fixture(scope="session")
def xvfb_display():
    """A private Xvfb server (1600x1200, 24 bit) for the whole session: ':NN'."""
    binary = shutil.which("Xvfb")
    if binary is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb); CI has it")
    number = _free_display()
    proc = subprocess.Popen([binary, f":{number}", "-screen", "0", "1600x1200x24",
                             "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{number}")
    deadline = time.monotonic() + 10
    while not socket.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.skip(f"Xvfb :{number} did not start")
        time.sleep(0.05)
    yield f":{number}"
    proc.terminate()
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
