"""The library's SQLite connection, with sqlite-utils loaded only when first needed.

Reads and transactions go straight to :mod:`sqlite3`; sqlite-utils (migrations, table
creation, bulk inserts) is imported on first use. That keeps about 90 ms of imports (sqlite-utils
pulls in click, pluggy, dateutil…) off the window's startup path, and off the writer thread that
marks the first article read while the window paints.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from newsreader.errors import UnreadableChanges

if TYPE_CHECKING:
    from sqlite_utils import Database


_savepoints = itertools.count()

#: A write that has waited this long for another writer tells ``on_busy``.
NOTICE_SECONDS = 1.0


def uri(path: Path, **params: str) -> str:
    """The SQLite URI of ``path`` with query ``params``: the path percent-escaped, so that a ``#``, ``?``
    or ``%`` in a folder's name stays part of the name (pasted as it is, SQLite would read the rest as
    a query or a fragment and open another file)."""
    base = path.absolute().as_uri()
    return f"{base}?{urlencode(params)}" if params else base


class Connection:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None
        #: Called once when a write has waited :data:`NOTICE_SECONDS` for another writer's lock.
        self.on_busy: Callable[[], None] | None = None

    @property
    def utils(self) -> Database:
        """The sqlite-utils view of the same connection."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def execute(self, sql: str, parameters: Iterable[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)  # type: ignore[arg-type]

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction, a savepoint when nested: what sqlite-utils' ``Database.atomic`` does,
        without loading it."""
        conn = self.conn
        if conn.in_transaction:
            name = f"newsreader_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        self._begin()
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _begin(self) -> None:
        """``BEGIN IMMEDIATE``: take the write lock first, so that SQLite can wait for another writer (a
        transaction that read before its first write cannot wait: its snapshot would be stale). After
        :data:`NOTICE_SECONDS` of waiting, ``on_busy`` is called (the window says why nothing happens)
        and the wait goes on, up to the connection's timeout."""
        conn = self.conn
        if self.on_busy is None:
            conn.execute("BEGIN IMMEDIATE")
            return
        timeout = int(conn.execute("PRAGMA busy_timeout").fetchone()[0])
        conn.execute(f"PRAGMA busy_timeout = {min(timeout, int(NOTICE_SECONDS * 1000))}")
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or timeout <= NOTICE_SECONDS * 1000:
                raise
        finally:
            conn.execute(f"PRAGMA busy_timeout = {timeout}")
        self.on_busy()
        conn.execute(f"PRAGMA busy_timeout = {timeout - int(NOTICE_SECONDS * 1000)}")
        try:
            conn.execute("BEGIN IMMEDIATE")
        finally:
            conn.execute(f"PRAGMA busy_timeout = {timeout}")

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()


#: Seconds a write waits for another program (or another newsreader) to finish its own.
BUSY_TIMEOUT = 30.0

#: A ``-wal`` file no longer than its header holds no change.
_WAL_HEADER_BYTES = 32


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Read-only: see the latest commits (WAL included) when SQLite can; else read the file as it is
    (``immutable``: needs no -wal/-shm files in a folder we cannot write), unless a ``-wal`` file holds
    changes: SQLite cannot read them without its ``-shm`` index, and the file alone is old data."""
    conn = sqlite3.connect(uri(path, mode="ro"), uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = Path(f"{path}-wal")
        with contextlib.suppress(OSError):
            if wal.stat().st_size > _WAL_HEADER_BYTES:
                raise UnreadableChanges(
                    f"the library {path} has unsaved changes in {wal} that cannot be read from a read-only "
                    "folder; open it once where it can be written (or copy the folder) to see them",
                    path,
                    wal=wal,
                ) from None
        return sqlite3.connect(uri(path, mode="ro", immutable="1"), uri=True, check_same_thread=False)


def use_wal(db: Connection) -> None:
    """Switch the library to WAL (once, when it is new). The switch needs the file to itself, and SQLite
    answers "locked" at once, without waiting, while another process reads it (two first launches at
    once): try again until the other is done, or another process has switched it already."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = wal")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def writable(path: Path) -> bool:
    """Can we write the library file and the -wal/-shm files beside it?"""
    folder_ok = os.access(path.parent if path.parent != Path("") else Path("."), os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))
