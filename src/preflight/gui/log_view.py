"""Feeds Preflight's log records into the help-desk log view, across threads, via a signal."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from preflight.support.logs import RedactFilter


class LogSignal(QObject):
    record = Signal(str)


class QtLogHandler(logging.Handler):
    """A logging handler whose records arrive in the UI thread through `signal.record(str)`."""

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.signal = LogSignal()
        self.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%H:%M:%S")
        )
        # The same privacy redaction as the log file (addresses, user names).
        self.addFilter(RedactFilter())

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.signal.record.emit(self.format(record))
        except RuntimeError:  # the view is gone (window closing)
            pass
