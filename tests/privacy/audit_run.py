"""Runs Preflight's checks under an audit hook (PEP 578) and prints what they did.

Started as a subprocess by tests/privacy/test_privacy.py:

    python -m tests.privacy.audit_run CONFIG CAMERA_FILE CHECK_ID [CHECK_ID ...]

An audit hook cannot be removed once installed, so nothing in this process escapes it. For
each check (run alone through the real command line, `preflight.cli.main`) it records every
Python-level socket connect/sendto/getaddrinfo and every file opened for writing. C code
(PortAudio talking to PulseAudio over AF_UNIX, OpenCV's capture) is invisible to the hook; the
test also compares folder listings before and after for files written from C. The last line
of stdout is `AUDIT-JSON: {...}`.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from typing import Any

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
phase = "start-up"
recording = True
events: dict[str, list[dict[str, Any]]] = {}


def _family(sock: Any) -> str:
    try:
        return socket.AddressFamily(sock.family).name
    except Exception:
        return "unknown"


def hook(event: str, args: tuple[Any, ...]) -> None:
    if not recording:
        return
    entry: dict[str, Any] | None = None
    if event in ("socket.connect", "socket.sendto"):
        entry = {"event": event, "family": _family(args[0]), "address": repr(args[1])}
    elif event == "socket.getaddrinfo":
        entry = {"event": event, "host": repr(args[0])}
    elif event == "open":
        path, mode, flags = args
        writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & WRITE_FLAGS
        )
        if writing:
            entry = {"event": "open-for-writing", "path": str(path), "mode": str(mode)}
    if entry is not None:
        events.setdefault(phase, []).append(entry)


def main(argv: list[str]) -> int:
    global phase, recording
    config, camera, *check_ids = argv
    sys.addaudithook(hook)
    from preflight.cli import main as cli_main

    exit_codes = {}
    for check_id in check_ids:
        phase = check_id
        args = ["check", "--only", check_id, "--non-interactive", "--config", config]
        if check_id == "camera":
            args += ["--camera", camera]
        exit_codes[check_id] = cli_main(args)
    recording = False
    print("AUDIT-JSON: " + json.dumps({"events": events, "exit_codes": exit_codes}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
