"""The real Preflight window for the AT-SPI test (test_atspi.py), driven one screen at a time
from stdin, on a real X display with Qt's Linux accessibility bridge on.

The checks are the fakes of tests/gui/fakes.py (this machine has no camera, sound card or
internet), with the mixed outcome of tests/a11y/screens.py, through the real engine, session
and controllers. Commands (one line each; each answered with one JSON line on stdout):
  next    show the next screen            -> {"screen": name} or {"screen": null} at the end
  tab     press Tab once per Tab stop of the screen, and once more -> {"tabbed": n}
  ping    announce "preflight-ping" (the test waits until the reader hears it: Qt's bridge
          sends events only once it knows a listener is registered) -> {"pinged": true}
  plant   take the name off the screen's first visible push button (the text and the
          accessible name: an icon-only button), to show the checker finds it -> {"planted": ..}
  quit
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time


def main() -> int:
    from PySide6.QtCore import QObject, Qt, Signal
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    from preflight.config import load_config
    from preflight.gui.common import announce, apply_base_font
    from preflight.gui.main_window import MainWindow, load_style
    from tests.a11y.screens import PLANS, screens
    from tests.gui.fakes import make_registry

    app = QApplication([sys.argv[0]])
    apply_base_font(app)
    app.setStyleSheet(load_style(False))
    registry, _plans = make_registry(dict(PLANS))
    window = MainWindow(load_config(), registry=registry)
    window.show()
    window.activateWindow()

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.005)

    def wait(condition, timeout_ms: int) -> None:
        deadline = time.monotonic() + timeout_ms / 1000
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("screen did not reach its state")
            pump(0.01)

    class Commands(QObject):
        line = Signal(str)

    commands = Commands()  # lives on this (the UI) thread: lines arrive queued, waking exec()

    def say(reply: dict) -> None:
        print(json.dumps(reply), flush=True)

    wait(window.isVisible, 5000)
    pump(0.3)
    walk = screens(window, wait)
    current: list[QWidget | None] = [None]

    def run(command: str) -> None:
        page = current[0]
        command = command.strip()
        if command == "next":
            name, current[0] = next(walk, (None, None))
            pump(0.3)  # layout, painting and the bridge's events settle
            say({"screen": name})
        elif command == "tab" and page is not None:
            stops = [w for w in page.findChildren(QWidget)
                     if w.isVisibleTo(window) and w.isEnabled()
                     and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            for _ in range(len(stops) + 1):
                target = app.focusWidget() or window
                QTest.keyClick(target, Qt.Key.Key_Tab)
                pump(0.03)
            pump(0.2)
            say({"tabbed": len(stops) + 1})
        elif command == "ping":
            announce(window, "preflight-ping")
            pump(0.05)
            say({"pinged": True})
        elif command == "plant" and page is not None:
            button = next(b for b in page.findChildren(QPushButton) if b.isVisibleTo(window))
            was = button.accessibleName()
            button.setText("")
            button.setAccessibleName("")
            pump(0.3)
            say({"planted": was})
        elif command == "quit" or not command:
            app.quit()

    commands.line.connect(run)
    threading.Thread(target=lambda: [commands.line.emit(line) for line in sys.stdin],
                     daemon=True).start()
    say({"pid": os.getpid()})
    # Between commands the event loop waits for events, so the reader's D-Bus calls are
    # answered at once (a sleep-and-poll loop made each of them wait up to its sleep).
    app.exec()
    window.shutdown()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
