"""One Preflight window per person: a second start brings the first window forward and exits.

A second Preflight can start while one runs: the autostart entry after a restart while the
person already opened it, or a double-click twice. Two windows would run the checks twice on
the same camera and microphone. The first Preflight holds a lock file (QLockFile, in the user's
state folder: a lock left by a Preflight that crashed is found stale by its process id and
taken over) and listens on a local socket (QLocalServer, named after the lock's path, so per
person); a second one cannot take the lock, tells the first to come forward, and exits.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

logger = logging.getLogger(__name__)

SHOW = b"show\n"
CONNECT_TIMEOUT_MS = 2000
# The first Preflight may be starting too (its lock taken, its server not listening yet).
CONNECT_TRIES = 5


def default_lock_path() -> Path:
    from platformdirs import user_state_dir

    return Path(user_state_dir("preflight", appauthor=False)) / "window.lock"


def server_name(lock_path: Path) -> str:
    digest = hashlib.sha256(str(lock_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"preflight-{digest}"


class SingleInstance(QObject):
    """`acquire()` True: this is the first Preflight (`show_requested` fires when another
    start asks it to come forward). False: another one runs and was asked to come forward."""

    show_requested = Signal()

    def __init__(self, lock_path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_path = lock_path or default_lock_path()
        self.name = server_name(self.lock_path)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []
        self.other_answered = False

    def acquire(self) -> bool:
        try:
            self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # no state folder: better two windows than none
            logger.warning("no single-instance lock (%s): going on", exc.strerror or exc)
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):
            if lock.error() == QLockFile.LockError.LockFailedError:
                self.other_answered = self._ask_other_to_show()
                return False
            logger.warning("single-instance lock unusable (%s): going on", lock.error())
            return True
        self._lock = lock
        # The lock is ours: a socket left by a Preflight that crashed is stale.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            logger.warning("single-instance server not listening: %s", server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def _ask_other_to_show(self) -> bool:
        for _ in range(CONNECT_TRIES):
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS // CONNECT_TRIES):
                socket.write(SHOW)
                socket.flush()
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return True
        logger.warning("another Preflight holds the lock but did not answer")
        return False

    def _on_connection(self) -> None:
        if self._server is None:
            return
        while (socket := self._server.nextPendingConnection()) is not None:
            # Kept here, not deleteLater'd: a queued readyRead must never reach a socket that
            # is gone. They are few (one per second start) and end with the server.
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_all)
        self._read_all()

    def _read_all(self) -> None:
        for socket in self._sockets:
            if socket.bytesAvailable() and bytes(socket.readAll().data()).startswith(
                    SHOW.strip()):
                logger.info("another start of Preflight: bringing this window forward")
                self.show_requested.emit()

    def release(self) -> None:
        for socket in self._sockets:
            socket.readyRead.disconnect(self._read_all)
            socket.abort()
        self._sockets.clear()
        if self._server is not None:
            self._server.newConnection.disconnect(self._on_connection)
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
