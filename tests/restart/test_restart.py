"""Restart and come back, without the window: the open-at-login entry on each system, the
restart request (the stand-in logind on a private bus: CI cannot restart), the saved state
and the before / after."""

from __future__ import annotations

import json
import plistlib
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from preflight import restart
from preflight.checks.system import DESCRIPTOR as SYSTEM
from preflight.engine.result import CheckResult
from preflight.restart import autostart, reboot, state


def system_result(*findings: str, **metrics: float) -> CheckResult:
    made = [SYSTEM.finding(name, **_values(name)) for name in findings] or [
        SYSTEM.finding("ready")]
    return SYSTEM.result(made, **metrics)


def _values(name: str) -> dict:
    return {"uptime_long": {"days": 9}, "memory_low": {"gb": "0.8"},
            "cpu_busy": {"others_cpu": 85}}.get(name, {})


# -- the command and the entries ---------------------------------------------------------------

def test_command_is_this_python_or_the_bundles_window():
    assert autostart.launch_command(["--config", "/c/org.toml"]) == [
        sys.executable, "-m", "preflight", "--config", "/c/org.toml"]
    frozen = autostart.launch_command(frozen=True, executable="/opt/Preflight/preflight-cli",
                                      platform="linux")
    assert frozen == ["/opt/Preflight/Preflight"]


def test_windows_command_and_runonce_value_pure():
    """Windows cannot run here: the command and the RunOnce value are checked as text."""
    argv = autostart.launch_command(["--config", r"C:\Org Files\org.toml"], frozen=False,
                                    executable=r"C:\Python311\python.exe", platform="win32")
    assert argv[0] == r"C:\Python311\pythonw.exe"  # no terminal window at login
    key, name, line = autostart.runonce_value(argv)
    assert key == r"Software\Microsoft\Windows\CurrentVersion\RunOnce"
    assert name == "PreflightAfterRestart"
    assert line == r'C:\Python311\pythonw.exe -m preflight --config "C:\Org Files\org.toml"'
    frozen = autostart.launch_command(frozen=True, platform="win32",
                                      executable=r"C:\Program Files\Preflight\preflight-cli.exe")
    assert frozen == [r"C:\Program Files\Preflight\Preflight.exe"]
    with pytest.raises(autostart.AutostartError):
        autostart.runonce_value(["C:\\" + "x" * 300])
    assert reboot.restart_command("win32", {"SystemRoot": r"C:\Windows"}) == [
        r"C:\Windows\System32\shutdown.exe", "/r", "/t", "0"]  # no /t N: it implies /f


def test_macos_launch_agent_and_restart_command_pure():
    """macOS cannot run here: the LaunchAgent's property list and the command, as data."""
    argv = ["/Applications/Preflight.app/Contents/MacOS/Preflight"]
    agent = plistlib.loads(autostart.launch_agent_plist(argv))
    assert agent == {"Label": "org.preflight.after-restart", "ProgramArguments": argv,
                     "RunAtLoad": True, "LaunchOnlyOnce": True, "ProcessType": "Interactive"}
    assert autostart.launch_agent_path(Path("/Users/x")) == Path(
        "/Users/x/Library/LaunchAgents/org.preflight.after-restart.plist")
    assert reboot.restart_command("darwin") == [
        "/usr/bin/osascript", "-e", 'tell application "System Events" to restart']


@pytest.mark.skipif(shutil.which("gio") is None, reason="gio (libglib2.0-bin) is missing")
def test_desktop_entry_runs_the_exact_command_through_glib(tmp_path):
    """The entry's Exec line, launched by GLib as a desktop session would, gives the program
    exactly our arguments: spaces, quotes, $, backslashes and % in a path survive."""
    folder = tmp_path / "a folder $HOME"
    folder.mkdir()
    program = folder / "prog"
    out = tmp_path / "argv.json"
    program.write_text(f"#!{sys.executable}\nimport json, sys\n"
                       f"open({str(out)!r}, 'w').write(json.dumps(sys.argv[1:]))\n")
    program.chmod(0o755)
    args = ["--config", str(folder / 'o"r\\g 100%.toml'), "--high-contrast"]
    entry = tmp_path / "entry.desktop"
    entry.write_text(autostart.desktop_entry([str(program), *args]))
    subprocess.run(["gio", "launch", str(entry)], check=True, timeout=20)
    deadline = time.monotonic() + 20
    while not out.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert json.loads(out.read_text()) == args


def test_register_writes_the_entry_with_our_command_and_unregister_removes_it(home):
    restart.prepare([system_result("uptime_long", uptime_days=9.2)], ["--config", "/o.toml"])
    entry = home / "config" / "autostart" / "preflight-after-restart.desktop"
    text = entry.read_text()
    command = [sys.executable, "-m", "preflight", "--config", "/o.toml"]
    assert f"Exec={autostart.desktop_exec(command)}\n" in text
    assert "Type=Application" in text and "Terminal=false" in text
    assert autostart.is_registered()
    assert state.default_path().exists()
    restart.abandon()  # cancelled or failed: nothing left behind
    assert not entry.exists() and not state.default_path().exists()
    assert not list((home / "config" / "autostart").iterdir())


def test_autostart_folder_not_writable_leaves_nothing(home):
    (home / "config").mkdir()
    (home / "config" / "autostart").write_text("a file where the folder should be")
    with pytest.raises(restart.PrepareError) as caught:
        restart.prepare([system_result("uptime_long", uptime_days=9.2)])
    assert "could not set itself to open again" in caught.value.words()
    assert not state.default_path().exists()  # the state it had saved is gone again


# -- the restart request: logind on a private bus ----------------------------------------------

def test_linux_asks_logind_to_reboot_interactively(logind):
    outcome = reboot.request_restart("linux")
    assert outcome.ok, outcome
    assert [c[2] for c in logind.calls] == ["CanReboot", "Reboot"]
    assert logind.reboots == [("/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "Reboot", "b", (True,))]  # interactive: polkit may ask


@pytest.mark.parametrize("answer", ["no", "na"])
def test_canreboot_no_is_a_refusal_and_reboot_is_never_called(logind, answer):
    logind.can_reboot = answer
    outcome = reboot.request_restart("linux")
    assert outcome.kind is reboot.Kind.REFUSED
    assert logind.reboots == []
    assert "did not let Preflight restart it" in outcome.words()


def test_policy_refusal_from_reboot(logind):
    logind.can_reboot = "challenge"
    logind.reboot_error = "org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"
    outcome = reboot.request_restart("linux")
    assert outcome.kind is reboot.Kind.REFUSED
    assert outcome.detail == logind.reboot_error


def test_no_system_bus_is_said_clearly(home):
    outcome = reboot.request_restart("linux")  # `home` points the system bus at nothing
    assert outcome.kind is reboot.Kind.UNAVAILABLE
    assert "could not ask your computer to restart" in outcome.words()


# -- the saved state and the comparison --------------------------------------------------------

def test_state_keeps_numbers_and_finding_ids_only(home):
    before = system_result("uptime_long", "memory_low", uptime_days=9.2,
                           memory_available_gb=0.8, cpu_percent=12.0, memory_total_gb=8.0)
    saved = state.state_from_results([before])
    assert set(saved.findings) == {"system.memory_low", "system.uptime_long"}
    assert saved.metrics == {"system": {"uptime_days": 9.2, "memory_available_gb": 0.8,
                                        "cpu_percent": 12.0}}
    state.save(saved)
    data = json.loads(state.default_path().read_text())
    assert set(data) == {"format", "saved_at", "boot_time", "findings", "metrics"}


def test_take_pending_removes_a_stale_entry_and_reads_the_state_once(home):
    """Preflight closed between registering and restarting: the next start finds the entry,
    removes it, and says the computer did not restart."""
    restart.prepare([system_result("uptime_long", uptime_days=9.2)])
    assert autostart.is_registered()
    saved = state.take_pending()
    assert saved is not None and not autostart.is_registered()
    assert state.take_pending() is None  # once
    assert saved.restarted(state.boot_time()) is False  # this computer did not restart
    assert saved.restarted(time.time()) is True


def test_old_or_broken_state_is_dropped(home):
    path = state.default_path()
    state.save(state.SavedState(time.time() - state.MAX_AGE_S - 60, 0.0, (), {}))
    assert state.take_pending() is None and not path.exists()
    path.write_text("{not json")
    assert state.take_pending() is None and not path.exists()


def test_compare_says_whether_the_restart_helped():
    saved = state.SavedState(time.time() - 300, time.time() - 9 * 86400,
                             ("system.uptime_long", "system.cpu_busy"),
                             {"system": {"uptime_days": 9.2, "memory_available_gb": 3.0,
                                         "cpu_percent": 85.0}})
    waiting = state.compare(saved, [], now_boot_time=time.time())
    assert [r.state for r in waiting.rows] == [state.WAITING] * 3
    assert waiting.summary == "Checking your computer again…"
    after = system_result(uptime_days=0.01, memory_available_gb=3.2, cpu_percent=8.0)
    helped = state.compare(saved, [after], now_boot_time=time.time())
    assert [(r.label, r.before, r.after, r.words) for r in helped.rows] == [
        ("Time since last restart", "9.2 days", "0 days", "Better now"),
        ("Free memory", "3 GB", "3.2 GB", "Fine"),
        ("Processor used by other programs", "85%", "8%", "Better now")]
    assert helped.summary.startswith("The restart helped:") and helped.restarted
    busy = system_result("cpu_busy", uptime_days=0.01, memory_available_gb=3.2,
                         cpu_percent=81.0)
    some = state.compare(saved, [busy], now_boot_time=time.time())
    assert [r.words for r in some.rows] == ["Better now", "Fine", "Still a problem"]
    assert some.summary.startswith("The restart helped with some of it")
