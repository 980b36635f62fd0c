"""The log file: a rotating file in the user's log folder, with no personal data in it.

It holds the app version, the operating system, device names, each check's metrics and
errors with tracebacks, so a help desk can read what happened. A filter on the handlers
(logger filters do not see records propagated from child loggers) replaces IP addresses,
MAC addresses, the home folder, the user name and the computer's name before anything is
written.
"""

from __future__ import annotations

import getpass
import ipaddress
import logging
import logging.handlers
import os
import platform
import re
import socket
import sys
from pathlib import Path

from preflight import __version__

logger = logging.getLogger(__name__)

LOG_FILE = "preflight.log"
MAX_BYTES = 1_000_000  # about a week of daily runs; small enough to e-mail
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
_MARK = "_preflight_handler"  # set on handlers we add, so setup_logging can run twice


def log_dir() -> Path:
    """Where the log lives (`preflight logs` prints it; help-desk mode opens it)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("preflight", appauthor=False))


_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d)")
# Candidates only; ipaddress decides (so times like 19:04:05 stay).
_IPV6 = re.compile(r"(?<![\w:])\[?[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%[\w.-]+)?\]?")
_MAC = re.compile(r"(?<![\w:-])[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}(?![\w:-])")


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


class RedactFilter(logging.Filter):
    """Rewrites each record's message, traceback and stack so no personal data is written."""

    def __init__(
        self,
        home: str | None = None,
        user: str | None = None,
        hostname: str | None = None,
    ) -> None:
        super().__init__()
        self._replacements: list[tuple[re.Pattern[str], str]] = []
        home = home if home is not None else _safe(lambda: str(Path.home()))
        user = user if user is not None else _safe(getpass.getuser)
        hostname = hostname if hostname is not None else _safe(socket.gethostname)
        if home and len(home) > 1:
            self._replacements.append((re.compile(re.escape(home), re.IGNORECASE), "~"))
        names: list[tuple[str, str]] = []
        if hostname:
            names.append((hostname, "<computer>"))
            short = hostname.split(".", 1)[0]
            if short != hostname:
                names.append((short, "<computer>"))
        if user:
            names.append((user, "<user>"))
        for name, token in names:
            if len(name) >= 2:  # a one-letter name would blank out every word containing it
                pattern = re.compile(rf"(?<![\w]){re.escape(name)}(?![\w])", re.IGNORECASE)
                self._replacements.append((pattern, token))

    def redact(self, text: str) -> str:
        for pattern, token in self._replacements[:1]:  # the home path before the user name
            text = pattern.sub(token, text)
        text = _MAC.sub("<mac>", text)
        text = _IPV4.sub(lambda m: "<ip>" if _is_ip(m.group(0)) else m.group(0), text)
        text = _IPV6.sub(lambda m: "<ip>" if _is_ip(m.group(0)) else m.group(0), text)
        for pattern, token in self._replacements[1:]:
            text = pattern.sub(token, text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _safe(fn) -> str:  # type: ignore[no-untyped-def]
    try:
        return str(fn())
    except Exception:
        return ""


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Rotating file handler whose files are readable by their owner only (mode 0o600)."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        try:
            os.chmod(self.baseFilename, 0o600)
        except OSError:
            pass
        return stream


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to the rotating file (DEBUG with --verbose, else INFO), and to stderr only with
    --verbose, so a patient's terminal never shows a traceback. Returns the log file, or None
    when the folder cannot be written (then warnings go to stderr instead). Safe to call twice.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    redact = RedactFilter()
    formatter = logging.Formatter(_FORMAT)
    handlers: list[logging.Handler] = []
    target = log_dir() / LOG_FILE
    path: Path | None = target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = _PrivateRotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=False
        )
        file_handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        handlers.append(file_handler)
    except OSError:
        path = None
    if verbose or path is None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        handlers.append(stream)
    for handler in handlers:
        handler.addFilter(redact)
        handler.setFormatter(formatter)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.captureWarnings(True)
    logger.info(
        "Preflight %s on %s %s (%s), Python %s",
        __version__,
        platform.system(),
        platform.release(),
        platform.machine(),
        platform.python_version(),
    )
    if path is None:
        logger.warning("the log folder cannot be written; logging to the terminal only")
    return path
