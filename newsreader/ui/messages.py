"""The library and search errors the window shows, in the interface language.

The core's errors are English sentences (the log, the command line); the ones about the library
itself carry its ``path``, and search errors their ``kind`` and the parts of the query they quote,
so the window can say the same thing in the user's language, with paths and quoted text isolated so
that they keep their own direction inside Arabic text. Anything else is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsreader.errors import (
    DiskFull,
    LibraryBusy,
    LibraryCorrupt,
    LibraryTooNew,
    NotALibrary,
    QueryError,
    ReadOnlyLibrary,
    StoreError,
    UnreadableChanges,
)
from newsreader.text.bidi import isolate


def describe(exc: BaseException) -> str:
    """What to tell the user about ``exc``."""
    translate = QCoreApplication.translate
    if isinstance(exc, QueryError):
        return _query_error(exc)
    path = exc.path if isinstance(exc, StoreError) else None
    if path is None:
        return str(exc) or type(exc).__name__
    if isinstance(exc, DiskFull):
        text = translate(
            "messages",
            "The disk holding %1 is full. Nothing of the last change was written "
            "and the library is intact. Free some space and try again.",
        )
    elif isinstance(exc, UnreadableChanges):
        text = translate(
            "messages",
            "The library %1 has unsaved changes in %2 that cannot be read from a "
            "read-only folder. Open it once where it can be written, or copy the "
            "folder, to see them.",
        )
        text = text.replace("%2", isolate(str(exc.wal or "")))
    elif isinstance(exc, ReadOnlyLibrary) and exc.needs_upgrade:
        text = translate(
            "messages",
            "The library %1 is read-only, and this version has to upgrade it "
            "before it can open it. Open it once with permission to write.",
        )
    elif isinstance(exc, ReadOnlyLibrary):
        text = translate("messages", "The library %1 is read-only: changes cannot be saved.")
    elif isinstance(exc, NotALibrary):
        text = translate("messages", "%1 is not a News Reader library: it is another program's database. It was left unchanged.")
    elif isinstance(exc, LibraryCorrupt):
        text = translate("messages", "The library %1 is damaged, or it is not a News Reader library.")
    elif isinstance(exc, LibraryBusy):
        text = translate("messages", "The library %1 is busy in another program. Try again in a moment.")
    elif isinstance(exc, LibraryTooNew):
        text = translate(
            "messages", "The library %1 was written by a newer version of News Reader; this version left it unchanged."
        )
    else:
        return str(exc)
    return text.replace("%1", isolate(str(path)))


def _query_error(exc: QueryError) -> str:
    translate = QCoreApplication.translate
    texts = {
        "date_form": translate("messages", "%1: needs a date like 2015, 2015-07 or 2015-07-21 (got «%2»)"),
        "not_a_date": translate("messages", "%1: «%2» is not a date"),
        "not_understood": translate("messages", "This search could not be understood; try simpler words."),
        "empty": translate("messages", "Type something to search for."),
        "unknown_is": translate("messages", "is:%1 is not known; use is:bookmarked, is:unread or is:read"),
        "from_after_to": translate("messages", "from: is after to:, so nothing can match."),
        "too_common": translate("messages", "«%1» is too common to search for on its own; add a more specific word."),
        "only_excluded": translate("messages", "A search needs at least one word to look for, not only words to exclude."),
        "no_word": translate("messages", "Type a word to search for."),
    }
    text = texts.get(exc.kind)
    if text is None:
        return str(exc)
    for n, value in enumerate(exc.values, start=1):
        text = text.replace(f"%{n}", isolate(value))
    return text
