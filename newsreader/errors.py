"""Exception types raised by newsreader's core."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class NewsReaderError(Exception):
    """Base class for errors the user should see as a clear message."""


class StoreError(NewsReaderError):
    """The library file cannot be used (locked, corrupt, too new, read-only…).

    The message (English: logs, the command line) names the library; ``path`` is that library,
    when there is one, so that the window can say the same in the interface language."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class LibraryTooNew(StoreError):
    """The library was written by a newer version of newsreader."""


class LibraryCorrupt(StoreError):
    """The library file is damaged or is not a newsreader library."""


class NoLibrary(StoreError):
    """A command that only reads was pointed at a library that does not exist (nothing was created)."""


class NotALibrary(StoreError):
    """The file is another program's SQLite database (or not ours in some other way); it was left unchanged."""


class ReadOnlyLibrary(StoreError):
    """The library can only be read (file or folder permissions, read-only medium); ``needs_upgrade``:
    and this version would have to upgrade it first, so it cannot be opened at all."""

    def __init__(self, message: str, path: Path | None = None, *, needs_upgrade: bool = False) -> None:
        super().__init__(message, path)
        self.needs_upgrade = needs_upgrade


class UnreadableChanges(ReadOnlyLibrary):
    """A library that can only be read, whose ``-wal`` file (``wal``) holds changes SQLite cannot read
    without writing an index file beside it: opening the file alone would show old data as current."""

    def __init__(self, message: str, path: Path | None = None, *, wal: Path | None = None) -> None:
        super().__init__(message, path)
        self.wal = wal


class LibraryBusy(StoreError):
    """Another program holds the library's lock; trying again in a moment may work."""


class DiskFull(StoreError):
    """A write failed because the disk is full; the library is unchanged."""


class AmbiguousId(NewsReaderError):
    """An id prefix given on the command line matches more than one article."""


class ExportFailed(NewsReaderError):
    """An export file could not be written; the message names it and says why."""


class ImportFailed(NewsReaderError):
    """One file could not be imported; the message says why."""


class QueryError(NewsReaderError):
    """A search query cannot be used; the message is meant for the user. ``kind`` names the
    problem and ``values`` the parts of the query it quotes, so the window can say it in the
    interface language (``newsreader.ui.messages``)."""

    def __init__(self, message: str, kind: str = "", *values: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.values = values
