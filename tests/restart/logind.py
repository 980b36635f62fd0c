"""A private D-Bus bus (a real dbus-daemon) with a stand-in for logind on it.

CI cannot restart the computer, so logind is the one stand-in of the restart tests: a small
jeepney service that owns `org.freedesktop.login1` on a bus this test starts itself, answers
`CanReboot` as the test says and records every `Reboot` call (method, signature, arguments)
instead of restarting anything. Preflight's real D-Bus code talks to it through
$DBUS_SYSTEM_BUS_ADDRESS, as it would to the system bus.
"""

from __future__ import annotations

import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

from jeepney import HeaderFields, MessageType, message_bus, new_error, new_method_return
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.login1"
PATH = "/org/freedesktop/login1"
MANAGER = "org.freedesktop.login1.Manager"


@dataclass
class FakeLogind:
    address: str
    can_reboot: str = "yes"  # what CanReboot answers: yes, no, challenge, na
    reboot_error: str = ""  # a D-Bus error name Reboot answers with ("" = success)
    calls: list[tuple[str, str, str, str, tuple]] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _ready: threading.Event = field(default_factory=threading.Event)

    def reset(self) -> None:
        self.can_reboot, self.reboot_error = "yes", ""
        self.calls.clear()

    @property
    def reboots(self) -> list[tuple[str, str, str, str, tuple]]:
        return [c for c in self.calls if c[2] == "Reboot"]

    def serve(self) -> None:
        with open_dbus_connection(bus=self.address) as conn:
            reply = conn.send_and_get_reply(message_bus.RequestName(NAME), timeout=5)
            assert reply.body[0] == 1, "could not own org.freedesktop.login1 on the test bus"
            self._ready.set()
            while not self._stop.is_set():
                try:
                    msg = conn.receive(timeout=0.1)
                except TimeoutError:
                    continue
                if msg.header.message_type != MessageType.method_call:
                    continue
                fields = msg.header.fields
                call = (str(fields.get(HeaderFields.path)), str(fields.get(HeaderFields.interface)),
                        str(fields.get(HeaderFields.member)),
                        str(fields.get(HeaderFields.signature, "")), tuple(msg.body))
                self.calls.append(call)
                member = call[2]
                if call[0] != PATH or call[1] != MANAGER:
                    conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownObject"))
                elif member == "CanReboot":
                    conn.send(new_method_return(msg, "s", (self.can_reboot,)))
                elif member == "Reboot" and self.reboot_error:
                    conn.send(new_error(msg, self.reboot_error, "s", ("refused by the test",)))
                elif member == "Reboot":
                    conn.send(new_method_return(msg))  # recorded; nothing restarts
                else:
                    conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


class PrivateBus:
    """`dbus-daemon --session` on a socket in `folder`: a bus of this test's own."""

    def __init__(self, folder: Path) -> None:
        daemon = shutil.which("dbus-daemon")
        if daemon is None:
            raise RuntimeError("dbus-daemon is missing (Debian package dbus-daemon; "
                               "scripts/setup-system.sh test installs it)")
        self.address = f"unix:path={folder / 'bus'}"
        self.process = subprocess.Popen(
            [daemon, "--session", "--nofork", "--nopidfile", f"--address={self.address}",
             "--print-address=1"], stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        printed = self.process.stdout.readline().strip()  # printed once it listens
        if not printed:
            raise RuntimeError("dbus-daemon did not start")
        self.address = printed

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(5)


def start_logind(address: str) -> tuple[FakeLogind, threading.Thread]:
    fake = FakeLogind(address)
    thread = threading.Thread(target=fake.serve, name="fake-logind", daemon=True)
    thread.start()
    if not fake._ready.wait(5):
        raise RuntimeError("the stand-in logind did not start")
    return fake, thread


def stop_logind(fake: FakeLogind, thread: threading.Thread) -> None:
    fake._stop.set()
    thread.join(5)
