"""Open Preflight once at the next login, the way each system expects it (no Qt).

* Linux (and other XDG desktops): a desktop entry in `$XDG_CONFIG_HOME/autostart` (the XDG
  Autostart specification; `~/.config/autostart` when the variable is unset).
* Windows: a value under the user's `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\RunOnce`
  key; Windows deletes the value itself before it runs the command.
* macOS: a LaunchAgent in `~/Library/LaunchAgents` with RunAtLoad, which Preflight deletes on
  its next start (`unregister`), so it runs once.

Preflight deletes the entry on every start, when the person cancels and when the restart
request fails: nothing is left behind. The text of each entry is made by a pure function
(`desktop_entry`, `runonce_value`, `launch_agent_plist`), so the Windows and macOS forms are
tested on Linux too.
"""

from __future__ import annotations

import importlib
import logging
import os
import plistlib
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath
from typing import Any

logger = logging.getLogger(__name__)

# One name for the entry on every system: unregister finds exactly what register wrote.
ENTRY_NAME = "preflight-after-restart"
DESKTOP_FILE = f"{ENTRY_NAME}.desktop"
AGENT_LABEL = "org.preflight.after-restart"
RUNONCE_KEY = r"Software\Microsoft\Windows\CurrentVersion\RunOnce"
RUNONCE_VALUE = "PreflightAfterRestart"
# Microsoft's "Run and RunOnce Registry Keys" page: a command line longer than 260 characters
# is not supported there, so a longer one is refused rather than silently not run.
RUNONCE_MAX_CHARS = 260
# The windowed executable of the bundle (build.spec's APP_NAME), next to the terminal one.
BUNDLE_APP_NAME = "Preflight"


class AutostartError(Exception):
    """The entry could not be written (a folder that cannot be written, no registry...)."""


def launch_command(args: Sequence[str] = (), *, frozen: bool | None = None,
                   executable: str | None = None, platform: str | None = None) -> list[str]:
    """The command that opens the Preflight window, as the running copy was started.

    A bundle (PyInstaller) runs its windowed executable, also when the terminal one
    (preflight-cli) opened the window; a Python install runs `python -m preflight` with the
    same interpreter (pythonw.exe on Windows, so no terminal window opens). `args` are the
    window's own options to keep (--config FILE, --high-contrast)."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    exe = executable or sys.executable
    platform = platform or sys.platform
    path: PurePath = PureWindowsPath(exe) if platform == "win32" else PurePosixPath(exe)
    if frozen:
        suffix = ".exe" if platform == "win32" else ""
        return [str(path.with_name(BUNDLE_APP_NAME + suffix)), *args]
    if platform == "win32" and path.name.lower() == "python.exe":
        exe = str(path.with_name("pythonw.exe"))
    return [exe, "-m", "preflight", *args]


# -- Linux: an XDG autostart desktop entry ---------------------------------------------------

def autostart_dir(environ: Mapping[str, str] | None = None) -> Path:
    """`$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` (XDG Base Directory spec: a
    relative XDG_CONFIG_HOME is invalid and ignored)."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "autostart"


# Characters that make an Exec argument need quoting (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _exec_arg(arg: str) -> str:
    if any(c in arg for c in "\n\r\x00"):
        raise AutostartError("a path in the command holds a line break")
    arg = arg.replace("%", "%%")  # a literal percent sign (not a field code)
    if arg and not (set(arg) & _RESERVED):
        return arg
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{quoted}"'


def desktop_exec(argv: Sequence[str]) -> str:
    """The Exec value for `argv`: each argument quoted by the spec's rules, then escaped as a
    desktop-entry string (a backslash is written twice)."""
    line = " ".join(_exec_arg(a) for a in argv)
    return line.replace("\\", "\\\\")


def desktop_entry(argv: Sequence[str]) -> str:
    """The autostart entry's text. Names no person, host or file other than the command."""
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        "Name=Preflight",
        "Comment=Checks your computer again after the restart (opens once)",
        f"Exec={desktop_exec(argv)}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ))


# -- Windows: the user's RunOnce key ---------------------------------------------------------

def runonce_value(argv: Sequence[str]) -> tuple[str, str, str]:
    """(key under HKEY_CURRENT_USER, value name, command line) for `argv`. The command line is
    quoted by the Microsoft C runtime's rules (what CreateProcess' programs parse)."""
    line = subprocess.list2cmdline(list(argv))
    if len(line) > RUNONCE_MAX_CHARS:
        raise AutostartError(f"the command is {len(line)} characters; RunOnce takes "
                             f"{RUNONCE_MAX_CHARS}")
    return RUNONCE_KEY, RUNONCE_VALUE, line


# -- macOS: a LaunchAgent ----------------------------------------------------------------------

def launch_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"


def launch_agent_plist(argv: Sequence[str]) -> bytes:
    """The LaunchAgent's property list: run `argv` once when the person logs in. Preflight
    deletes the file when it starts, so the agent is not loaded again at the login after."""
    return plistlib.dumps({
        "Label": AGENT_LABEL,
        "ProgramArguments": list(argv),
        "RunAtLoad": True,
        "LaunchOnlyOnce": True,
        "ProcessType": "Interactive",
    })


# -- writing and removing --------------------------------------------------------------------

def _winreg() -> Any:
    """Windows' registry module (imported by name: it exists on Windows only, and the typing
    stubs hide it on other systems)."""
    return importlib.import_module("winreg")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder: a half-written entry never runs."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".preflight-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise AutostartError(f"cannot write {path.parent}: {exc.strerror or exc}") from exc


def entry_path(platform: str | None = None, environ: Mapping[str, str] | None = None
               ) -> Path | None:
    """Where the entry's file is (None on Windows: it is a registry value)."""
    platform = platform or sys.platform
    if platform == "win32":
        return None
    if platform == "darwin":
        return launch_agent_path()
    return autostart_dir(environ) / DESKTOP_FILE


def register(argv: Sequence[str], *, platform: str | None = None) -> None:
    """Open `argv` once at the next login. Raises AutostartError when it cannot."""
    platform = platform or sys.platform
    if platform == "win32":
        key, name, line = runonce_value(argv)
        try:
            winreg = _winreg()
            with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
                winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, line)
        except OSError as exc:
            raise AutostartError(f"cannot write the RunOnce key: {exc}") from exc
    else:
        path = entry_path(platform)
        assert path is not None
        data = (launch_agent_plist(argv) if platform == "darwin"
                else desktop_entry(argv).encode("utf-8"))
        _write_atomically(path, data)
    logger.info("set to open once at the next login (%s)", platform)


def unregister(*, platform: str | None = None) -> bool:
    """Remove the entry; True when there was one. Never raises (logs what it could not do)."""
    platform = platform or sys.platform
    if platform == "win32":
        try:
            winreg = _winreg()
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUNONCE_KEY, 0,
                                winreg.KEY_SET_VALUE) as handle:
                winreg.DeleteValue(handle, RUNONCE_VALUE)
            removed = True
        except FileNotFoundError:
            removed = False
        except OSError as exc:
            logger.warning("could not remove the RunOnce value: %s", exc)
            return False
    else:
        path = entry_path(platform)
        assert path is not None
        try:
            path.unlink()
            removed = True
        except FileNotFoundError:
            removed = False
        except OSError as exc:
            logger.warning("could not remove the autostart entry: %s", exc.strerror or exc)
            return False
    if removed:
        logger.info("the open-at-next-login entry was removed")
    return removed


def is_registered(*, platform: str | None = None) -> bool:
    platform = platform or sys.platform
    if platform == "win32":
        try:
            winreg = _winreg()
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUNONCE_KEY) as handle:
                winreg.QueryValueEx(handle, RUNONCE_VALUE)
            return True
        except OSError:
            return False
    path = entry_path(platform)
    return path is not None and path.exists()
