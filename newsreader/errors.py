"""Exception types raised by newsreader's core."""

from __future__ import annotations


class NewsReaderError(Exception):
    """Base class for errors the user should see as a clear message."""


class StoreError(NewsReaderError):
    """The library file cannot be used (locked, corrupt, too new, read-only…)."""


class LibraryTooNew(StoreError):
    """The library was written by a newer version of newsreader."""


class LibraryCorrupt(StoreError):
    """The library file is damaged or is not a newsreader library."""


class ReadOnlyLibrary(StoreError):
    """The library can only be read (file or folder permissions, read-only medium)."""


class DiskFull(StoreError):
    """A write failed because the disk is full; the library is unchanged."""


class ImportFailed(NewsReaderError):
    """One file could not be imported; the message says why."""


class QueryError(NewsReaderError):
    """A search query cannot be used; the message is meant for the user."""
