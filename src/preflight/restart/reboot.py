"""Ask the system to restart the computer, the way it expects for a person (no Qt).

* Linux: logind over the system D-Bus (jeepney, pure Python): `CanReboot()` first, then
  `org.freedesktop.login1.Manager.Reboot(interactive=true)`, which lets polkit ask for a
  password where the policy wants one, and respects inhibitors (a program that holds off a
  restart). "no" or "na", or an error, is a clear refusal; nothing else is tried.
* Windows: `shutdown /r /t 0` (see `WINDOWS_COMMAND` for why not a longer time-out).
* macOS: `osascript -e 'tell application "System Events" to restart'`, the menu's restart:
  programs are asked to quit and may ask to save (or cancel the restart).

`request_restart` returns an `Outcome`, never raises, and has a deadline on every call. The
window calls it on a helper thread (the polkit password prompt may keep it waiting).
"""

from __future__ import annotations

import enum
import logging
import os
import subprocess
import sys
from dataclasses import dataclass

from preflight.i18n import tr, tr_noop

logger = logging.getLogger(__name__)

LOGIND_NAME = "org.freedesktop.login1"
LOGIND_PATH = "/org/freedesktop/login1"
LOGIND_MANAGER = "org.freedesktop.login1.Manager"
# CanReboot answers quickly; Reboot(interactive) waits while polkit's agent asks for a password,
# which a person may take a while to type.
CAN_REBOOT_TIMEOUT_S = 10.0
REBOOT_TIMEOUT_S = 300.0
COMMAND_TIMEOUT_S = 30.0

# Windows' own help (`shutdown /?`): "/t xxx ... If the timeout period is greater than 0, the /f
# parameter is implied" and /f "Force[s] running applications to close without forewarning
# users": a time-out would close the person's programs without letting them save. With /t 0
# and no /f, Windows asks each program to close and shows the programs that need to close.
WINDOWS_COMMAND = ("shutdown.exe", "/r", "/t", "0")
MACOS_COMMAND = ("/usr/bin/osascript", "-e", 'tell application "System Events" to restart')


class Kind(enum.Enum):
    REQUESTED = "requested"  # the system took the request; the restart is on its way
    REFUSED = "refused"  # the system said no: no permission, a policy, cancelled password
    UNAVAILABLE = "unavailable"  # nothing to ask here (no logind, no D-Bus, unknown system)
    FAILED = "failed"  # it was asked but did not answer in time or failed otherwise


REFUSED_WORDS = tr_noop(
    "Your computer did not let Preflight restart it (it may need an administrator). Save "
    "your work, restart your computer the usual way, then open Preflight again."
)
UNAVAILABLE_WORDS = tr_noop(
    "Preflight could not ask your computer to restart. Save your work, restart your "
    "computer the usual way, then open Preflight again."
)
REQUESTED_WORDS = tr_noop(
    "Your computer is restarting. Preflight will open again by itself when you are back."
)


@dataclass(frozen=True)
class Outcome:
    kind: Kind
    detail: str = ""  # for the log: the D-Bus error name or the exit code (no personal data)

    @property
    def ok(self) -> bool:
        return self.kind is Kind.REQUESTED

    def words(self) -> str:
        """What the person reads, in the current language."""
        if self.kind is Kind.REQUESTED:
            return tr(REQUESTED_WORDS)
        if self.kind is Kind.REFUSED:
            return tr(REFUSED_WORDS)
        return tr(UNAVAILABLE_WORDS)


def supported(platform: str | None = None) -> bool:
    """Whether Preflight knows how to ask this kind of system for a restart."""
    platform = platform or sys.platform
    return platform in ("win32", "darwin") or platform.startswith("linux")


def restart_command(platform: str | None = None,
                    environ: dict[str, str] | None = None) -> list[str] | None:
    """The command that asks for the restart on Windows and macOS (None elsewhere: Linux is
    asked over D-Bus)."""
    platform = platform or sys.platform
    if platform == "win32":
        env = os.environ if environ is None else environ
        root = env.get("SystemRoot", r"C:\Windows")
        return [root + r"\System32\shutdown.exe", *WINDOWS_COMMAND[1:]]
    if platform == "darwin":
        return list(MACOS_COMMAND)
    return None


def request_restart(platform: str | None = None) -> Outcome:
    """Ask the system to restart now. Never raises."""
    platform = platform or sys.platform
    try:
        if platform.startswith("linux"):
            outcome = _logind_reboot()
        else:
            command = restart_command(platform)
            outcome = (_run(command) if command is not None
                       else Outcome(Kind.UNAVAILABLE, f"unknown system {platform}"))
    except Exception as exc:  # a restart request must never crash the window
        logger.exception("restart request failed")
        outcome = Outcome(Kind.FAILED, type(exc).__name__)
    logger.info("restart request: %s %s", outcome.kind.value, outcome.detail)
    return outcome


def _run(command: list[str]) -> Outcome:
    try:
        done = subprocess.run(command, capture_output=True, timeout=COMMAND_TIMEOUT_S,
                              check=False)
    except FileNotFoundError:
        return Outcome(Kind.UNAVAILABLE, "command not found")
    except subprocess.TimeoutExpired:
        return Outcome(Kind.FAILED, "no answer")
    except OSError as exc:
        return Outcome(Kind.REFUSED, type(exc).__name__)
    if done.returncode == 0:
        return Outcome(Kind.REQUESTED)
    return Outcome(Kind.REFUSED, f"exit code {done.returncode}")


# D-Bus errors that mean "no": the caller may not restart (polkit), or cancelled the prompt.
_REFUSALS = {
    "org.freedesktop.DBus.Error.AccessDenied",
    "org.freedesktop.DBus.Error.InteractiveAuthorizationRequired",
    "org.freedesktop.DBus.Error.AuthFailed",
}
_NOT_THERE = {
    "org.freedesktop.DBus.Error.ServiceUnknown",
    "org.freedesktop.DBus.Error.NameHasNoOwner",
    "org.freedesktop.DBus.Error.UnknownMethod",
    "org.freedesktop.DBus.Error.UnknownObject",
}


def _logind_reboot() -> Outcome:
    """CanReboot, then Reboot(true), on the system bus ($DBUS_SYSTEM_BUS_ADDRESS if set)."""
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse, unwrap_msg
    except ImportError:
        return Outcome(Kind.UNAVAILABLE, "no D-Bus library")
    manager = DBusAddress(LOGIND_PATH, bus_name=LOGIND_NAME, interface=LOGIND_MANAGER)
    try:
        connection = open_dbus_connection(bus="SYSTEM")
    except (OSError, ValueError, KeyError) as exc:  # no socket, refused, bad address
        return Outcome(Kind.UNAVAILABLE, f"no system bus ({type(exc).__name__})")
    try:
        with connection:
            reply = connection.send_and_get_reply(new_method_call(manager, "CanReboot"),
                                                  timeout=CAN_REBOOT_TIMEOUT_S)
            (answer,) = unwrap_msg(reply)
            if answer in ("no", "na"):
                return Outcome(Kind.REFUSED, f"CanReboot {answer}")
            reply = connection.send_and_get_reply(
                new_method_call(manager, "Reboot", "b", (True,)), timeout=REBOOT_TIMEOUT_S)
            unwrap_msg(reply)
            return Outcome(Kind.REQUESTED, f"CanReboot {answer}")
    except DBusErrorResponse as exc:
        name = str(exc.name or "")
        if name in _NOT_THERE:
            return Outcome(Kind.UNAVAILABLE, name)
        if name in _REFUSALS or name.endswith((".AccessDenied", ".NotAuthorized")):
            return Outcome(Kind.REFUSED, name)
        return Outcome(Kind.FAILED, name)
    except TimeoutError:
        return Outcome(Kind.FAILED, "no answer")
    except (OSError, ValueError) as exc:
        return Outcome(Kind.FAILED, type(exc).__name__)
