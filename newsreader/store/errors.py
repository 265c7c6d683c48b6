"""What SQLite reports, made clear: a full disk, a read-only or damaged library, another program's lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsreader.errors import DiskFull, LibraryBusy, LibraryCorrupt, ReadOnlyLibrary, StoreError


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
