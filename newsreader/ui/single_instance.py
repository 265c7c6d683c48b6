"""One window per library: a second launch hands its files to the running one (QLocalServer).

QtNetwork is imported only when it is needed: for the check on a platform where a running
server cannot be seen in the file system, or when its socket file is there, and for the server,
which the window starts once it has painted (``MainWindow.after_first_paint``).
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import sys
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)
TIMEOUT_MS = 1500


def server_name(db_path: Path) -> str:
    """One name per user and library file (a checksum: hashlib would load OpenSSL at start-up)."""
    key = f"{getpass.getuser()}:{db_path.resolve()}".encode()
    return f"newsreader-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


def socket_file(name: str) -> Path | None:
    """Where QLocalServer puts the socket of ``name`` (QDir::tempPath()), or None where a server
    is not a file (Windows named pipes)."""
    if sys.platform == "win32":
        return None
    return Path(os.environ.get("TMPDIR") or "/tmp") / name


def may_be_running(db_path: Path) -> bool:
    """False when no window can have this library open (no socket file); True means: ask it."""
    path = socket_file(server_name(db_path))
    return path is None or path.exists()


def hand_off(db_path: Path, files: Sequence[str]) -> bool:
    """If a window already has this library open, send it ``files`` and return True."""
    if not may_be_running(db_path):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    message = json.dumps({"files": [str(Path(f).resolve()) for f in files]}).encode("utf-8") + b"\n"
    socket.write(message)
    while socket.bytesToWrite() > 0:
        if not socket.waitForBytesWritten(TIMEOUT_MS):
            return False
    socket.waitForReadyRead(TIMEOUT_MS)  # the running window answers "ok"
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the same library; calls ``on_files(paths)`` for each."""

    def __init__(self, db_path: Path, on_files: Callable[[list[str]], None], parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.on_files = on_files
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(db_path)
        if not self.server.listen(name):
            QLocalServer.removeServer(name)  # a stale socket left by a crash
            if not self.server.listen(name):
                log.warning("single-instance server not available: %s", self.server.errorString())
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        try:
            data = json.loads(bytes(socket.readLine().data()).decode("utf-8"))
            files = [str(f) for f in data.get("files", [])]
        except (ValueError, AttributeError):
            files = []
        socket.write(b"ok\n")
        socket.flush()
        socket.disconnectFromServer()
        self.on_files(files)

    def close(self) -> None:
        self.server.close()
