"""Restart now in the real window (Qt offscreen), and coming back after it.

The restart request is the one stand-in: logind on a private D-Bus bus of the test's own
(tests/restart/logind.py) records the Reboot call instead of restarting. Everything else is
real: the dialog, the autostart entry in the person's (temporary) config folder, the saved
state, the Welcome back page fed by the real engine, and two real Preflight processes for the
single-instance lock.
"""

# ruff: noqa: F811 -- the restart tests' fixtures are imported below and named as arguments
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from preflight import restart
from preflight.engine.result import Status
from preflight.i18n import tr
from preflight.restart import autostart, reboot, state
from tests.gui.fakes import Plan, walk_to_results
from tests.restart.conftest import _logind_module, home, logind  # noqa: F401

RESTART_PLAN = {"system": Plan(status=Status.WARN, restart=True,
                               metrics={"uptime_days": 12.3, "memory_available_gb": 2.5,
                                        "cpu_percent": 20.0})}


def entry_file():
    return autostart.entry_path()


def press_restart_now(qtbot, window):
    walk_to_results(qtbot, window)
    card = window.patient.results.restart
    assert card.isVisible() and card.restart_now.isVisible()
    qtbot.mouseClick(card.restart_now, Qt.MouseButton.LeftButton)
    dialog = window.patient.restart.dialog
    assert dialog is not None and dialog.isVisible()
    return card, dialog


def test_restart_now_confirms_registers_then_asks_logind(qtbot, make_window, logind):
    window = make_window(RESTART_PLAN)
    card, dialog = press_restart_now(qtbot, window)
    assert dialog.text.text() == ("Save your work. Your computer will restart, and Preflight "
                                  "will open again by itself to check once more.")
    assert not entry_file().exists() and logind.calls == []  # nothing before the yes
    qtbot.mouseClick(dialog.restart_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.patient.restart.requested, timeout=10_000)
    assert logind.reboots == [("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "Reboot", "b", (True,))]
    exec_line = autostart.desktop_exec([sys.executable, "-m", "preflight"])
    assert f"Exec={exec_line}\n" in entry_file().read_text()
    assert card.message.text() == tr(reboot.REQUESTED_WORDS)
    assert not card.restart_now.isEnabled()
    # The restart closes the window: the entry and the state stay for the next start...
    assert window.shutdown()
    assert entry_file().exists()
    # ...which removes the entry and reads the state once.
    saved = state.take_pending()
    assert saved is not None and "system.uptime_long" in saved.findings
    assert saved.metrics["system"]["uptime_days"] == 12.3
    assert not entry_file().exists()


def test_not_now_leaves_nothing(qtbot, make_window, logind):
    window = make_window(RESTART_PLAN)
    card, dialog = press_restart_now(qtbot, window)
    qtbot.mouseClick(dialog.not_now, Qt.MouseButton.LeftButton)
    assert window.patient.restart.dialog is None or not dialog.isVisible()
    assert logind.calls == [] and not entry_file().exists()
    assert not state.default_path().exists()
    assert card.restart_now.isEnabled()


@pytest.mark.parametrize("can_reboot, error", [
    ("no", ""),  # CanReboot: the user may not
    ("challenge", "org.freedesktop.DBus.Error.AccessDenied"),  # polkit said no
])
def test_refused_restart_says_so_and_removes_the_entry(qtbot, make_window, logind,
                                                      can_reboot, error):
    logind.can_reboot, logind.reboot_error = can_reboot, error
    window = make_window(RESTART_PLAN)
    card, dialog = press_restart_now(qtbot, window)
    qtbot.mouseClick(dialog.restart_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.message.text() == tr(reboot.REFUSED_WORDS), timeout=10_000)
    assert not entry_file().exists() and not state.default_path().exists()
    assert card.restart_now.isEnabled() and not window.patient.restart.requested


def test_autostart_folder_not_writable(qtbot, make_window, logind):
    folder = autostart.autostart_dir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    window = make_window(RESTART_PLAN)
    card, dialog = press_restart_now(qtbot, window)
    qtbot.mouseClick(dialog.restart_now, Qt.MouseButton.LeftButton)
    assert card.message.text() == tr(restart.NO_AUTOSTART)
    assert logind.calls == []  # never restarted without the way back
    assert not state.default_path().exists()


def test_restart_that_does_not_come_removes_the_entry(qtbot, make_window, logind):
    """The system said yes but the computer is still on (cancelled in the system's dialog)."""
    window = make_window(RESTART_PLAN)
    window.patient.restart.grace.setInterval(50)
    card, dialog = press_restart_now(qtbot, window)
    qtbot.mouseClick(dialog.restart_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.message.text() == tr(restart.NOT_RESTARTED), timeout=10_000)
    assert not entry_file().exists() and not state.default_path().exists()
    assert card.restart_now.isEnabled()


def test_helpdesk_never_restarts(make_window):
    window = make_window(RESTART_PLAN)
    buttons = window.helpdesk_view.findChildren(QPushButton)
    assert buttons and not [b for b in buttons if "Restart" in b.text()]


def test_welcome_back_shows_before_and_after(qtbot, config):
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import make_registry

    registry, _plans = make_registry({"system": Plan(
        seconds=0.3, metrics={"uptime_days": 0.02, "memory_available_gb": 5.1,
                              "cpu_percent": 6.0})})
    saved = state.SavedState(time.time() - 600, time.time() - 12 * 86400,
                             ("system.uptime_long",),
                             {"system": {"uptime_days": 12.3, "memory_available_gb": 2.5,
                                         "cpu_percent": 20.0}})
    window = MainWindow(config, registry=registry, comeback=saved)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.stack.currentWidget()
        assert page.title.text() == "Welcome back"
        assert window.session.is_running("system")  # checked again at once, no Start needed
        assert page.summary.text() == "Checking your computer again…"
        qtbot.waitUntil(lambda: window.patient.welcome_back.comparison.done, timeout=10_000)
        cells = [[c.text() for c in row] for row in page.rows]
        assert cells == [["Time since last restart", "12.3 days", "0 days", "Better now"],
                         ["Free memory", "2.5 GB", "5.1 GB", "Fine"],
                         ["Processor used by other programs", "20%", "6%", "Fine"]]
        assert page.summary.text() == ("The restart helped: what it was meant to fix is "
                                       "fine now.")
        assert page.not_restarted.isHidden()  # the boot time now is after the save
        qtbot.mouseClick(page.next, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.patient.steps[0].view
    finally:
        assert window.shutdown()


def test_welcome_back_says_when_the_computer_did_not_restart(qtbot, config):
    """Preflight was closed between registering and restarting (or the restart was cancelled):
    the next start says so instead of "the restart helped"."""
    from preflight.gui.main_window import MainWindow
    from tests.gui.fakes import make_registry

    registry, _plans = make_registry()
    saved = state.SavedState(time.time() - 60, state.boot_time(), ("system.uptime_long",),
                             {"system": {"uptime_days": 12.3}})
    window = MainWindow(config, registry=registry, comeback=saved)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.stack.currentWidget()
        qtbot.waitUntil(lambda: window.patient.welcome_back.comparison.done, timeout=10_000)
        assert page.not_restarted.isVisible()
        assert page.not_restarted.text().startswith("Your computer has not restarted since")
    finally:
        assert window.shutdown()


# -- one Preflight at a time -------------------------------------------------------------------

def test_second_instance_in_process_brings_the_first_forward(qtbot, tmp_path):
    from preflight.gui.single_instance import SingleInstance

    first, second = SingleInstance(tmp_path / "w.lock"), SingleInstance(tmp_path / "w.lock")
    try:
        assert first.acquire()
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert not second.acquire()
        assert second.other_answered
    finally:
        first.release()
    third = SingleInstance(tmp_path / "w.lock")
    assert third.acquire()  # released: the next start is the first again
    third.release()


def _app_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PREFLIGHT_QUIT_AFTER_SHOWN", None)
    return env


def test_two_real_processes_one_window(tmp_path):
    """A running Preflight, then a second start as the autostart entry would do it: the
    second says so and exits 0, the first comes forward, and no entry is left."""
    env = _app_env()
    first = subprocess.Popen([sys.executable, "-m", "preflight", "-v"], env=env,
                             stderr=subprocess.PIPE, text=True)
    try:
        lock = state.default_path().with_name("window.lock")
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.05)
        assert lock.exists(), "the first Preflight did not start"
        autostart.register([sys.executable, "-m", "preflight"])  # as after "Restart now"
        second = subprocess.run([sys.executable, "-m", "preflight"], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0
        assert "Preflight is already open: its window has been brought to the front." in (
            second.stderr)
        assert not autostart.is_registered()
        assert first.poll() is None  # still running: one window, not two, not none
    finally:
        first.terminate()
        _out, err = first.communicate(timeout=30)
    assert "another start of Preflight: bringing this window forward" in err


def test_real_start_removes_a_stale_entry(tmp_path):
    """Preflight closed between registering and restarting: the next start removes the
    entry (and reads the saved state once)."""
    restart_state = state.SavedState(time.time() - 60, state.boot_time(), (), {})
    state.save(restart_state)
    autostart.register([sys.executable, "-m", "preflight"])
    env = _app_env() | {"PREFLIGHT_QUIT_AFTER_SHOWN": "1"}
    done = subprocess.run([sys.executable, "-m", "preflight"], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "preflight-window-shown" in done.stderr
    assert not autostart.is_registered() and not state.default_path().exists()
