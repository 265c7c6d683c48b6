"""What SQLite reports, made clear: a full disk, a read-only or damaged library, another program's lock;
and the decorators that make it so for every store method (:func:`writes`, :func:`reads`)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from newsreader.errors import DiskFull, LibraryBusy, LibraryCorrupt, ReadOnlyLibrary, StoreError
from newsreader.store.connection import Connection


def _disk_full(exc: sqlite3.Error, path: Path | None) -> bool:
    """An I/O error on a disk with no room left: SQLite says "disk I/O error" when it cannot grow its
    -shm or temporary files, but the cause the user can act on is the full disk."""
    io_error = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_IOERR or "I/O error" in str(exc)
    if path is None or not io_error:
        return False
    import shutil

    try:
        return shutil.disk_usage(path.parent if path.parent != Path("") else Path(".")).free < _LOW_SPACE
    except OSError:
        return False


#: Free bytes under which an I/O error is taken for a full disk.
_LOW_SPACE = 1 << 20


def store_error(exc: sqlite3.Error, path: Path | None) -> StoreError:
    """A clear message for what SQLite reported (disk full, read-only, not a library…)."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    if _disk_full(exc, path):
        return DiskFull(
            f"the disk holding {path} is full, so the library cannot be read or changed (nothing "
            "was lost). Free some space and try again.",
            path,
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull(
            f"the disk holding {path} is full; nothing of the last change was written "
            "and the library is intact. Free some space and try again.",
            path,
        )
    if code == sqlite3.SQLITE_READONLY or "readonly" in text:
        return ReadOnlyLibrary(f"the library {path} is read-only; changes cannot be saved", path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return LibraryCorrupt(f"the library {path} is damaged or is not a newsreader library ({text})", path)
    if code == sqlite3.SQLITE_BUSY or "locked" in text:
        return LibraryBusy(f"the library {path} is busy in another program; try again in a moment", path)
    return StoreError(f"cannot use library {path}: {text}", path)


class _Library(Protocol):
    db: Connection
    path: Path | None
    read_only: bool


_F = TypeVar("_F", bound=Callable[..., Any])


def writes(method: _F) -> _F:
    """For :class:`~newsreader.store.core.Store` methods that write: refused on a read-only library, SQLite errors made clear."""

    @functools.wraps(method)
    def wrapper(self: _Library, *args: Any, **kwargs: Any) -> Any:
        if self.read_only:
            raise ReadOnlyLibrary(f"the library {self.path} is open read-only; changes cannot be saved", self.path)
        outer = self.db.conn.in_transaction
        try:
            result = method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        if self.db.conn.in_transaction and not outer:
            # a write ran outside Connection.atomic(): SQLite's implicit transaction would stay open, take
            # the writes after it in, and be rolled back when the library closes. Say so now.
            self.db.conn.rollback()
            raise StoreError(f"{method.__name__} wrote outside a transaction; nothing of it was kept", self.path)
        return result

    return wrapper  # type: ignore[return-value]


def reads(method: _F) -> _F:
    """For :class:`~newsreader.store.core.Store` methods that read: what SQLite reports (a damaged page
    anywhere, a full disk…) made clear."""

    @functools.wraps(method)
    def wrapper(self: _Library, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc

    return wrapper  # type: ignore[return-value]
