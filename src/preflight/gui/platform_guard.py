"""Starting Qt's platform plugin without an abort: one plain line and exit 2 instead.

When no platform plugin can start (nothing answers at DISPLAY, or the plugin's libraries do
not load), Qt reports a fatal message and calls abort(): the process dies with SIGABRT after
telling the person to reinstall the application, and blaming xcb-cursor0 even when it is
installed (docs/field-notes: the real cause was a missing libxcb-icccm4). Qt passes every
message, the fatal one included, to the installed message handler before it aborts, so
`exit_if_window_cannot_open` catches it there: the log gets Qt's own lines, the person gets
preflight.display's sentence, and the process exits with EXIT_NO_WINDOW before Qt can abort.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from preflight.display import EXIT_NO_WINDOW, NO_DISPLAY, NO_PLATFORM
from preflight.i18n import tr

logger = logging.getLogger(__name__)

# Qt's xcb plugin says this when nothing answers at DISPLAY (or no DISPLAY is set).
_NO_CONNECTION = "could not connect to display"


@contextlib.contextmanager
def exit_if_window_cannot_open() -> Iterator[None]:
    """Around the creation of the QApplication (where the platform plugin loads).

    Qt's other messages while it starts are held back and written to stderr afterwards, as Qt
    would have; if the start fails they go to the log only (they are what misled people)."""
    held: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "default"
        line = message if category == "default" else f"{category}: {message}"
        if kind != QtMsgType.QtFatalMsg:
            held.append(line)
            return
        for earlier in held:
            logger.warning("Qt: %s", earlier)
        logger.error("Qt could not start its platform plugin: %s", line)
        no_connection = any(_NO_CONNECTION in earlier for earlier in held)
        print(tr(NO_DISPLAY if no_connection else NO_PLATFORM), file=sys.stderr, flush=True)
        logging.shutdown()
        os._exit(EXIT_NO_WINDOW)  # Qt calls abort() as soon as this handler returns

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        for line in held:
            print(line, file=sys.stderr)
