"""The library errors the window shows, in the interface language.

The core's errors are English sentences (the log, the command line); the ones about the library
itself carry its ``path``, so the window can say the same thing in the user's language, the path
isolated so that it keeps its own direction inside Arabic text. Anything else is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from newsreader.errors import DiskFull, LibraryBusy, LibraryCorrupt, LibraryTooNew, ReadOnlyLibrary, StoreError
from newsreader.textnorm import isolate


def describe(exc: BaseException) -> str:
    """What to tell the user about ``exc``."""
    translate = QCoreApplication.translate
    path = exc.path if isinstance(exc, StoreError) else None
    if path is None:
        return str(exc) or type(exc).__name__
    if isinstance(exc, DiskFull):
        text = translate("messages", "The disk holding %1 is full. Nothing of the last change was written "
                                     "and the library is intact. Free some space and try again.")
    elif isinstance(exc, ReadOnlyLibrary) and exc.needs_upgrade:
        text = translate("messages", "The library %1 is read-only, and this version has to upgrade it "
                                     "before it can open it. Open it once with permission to write.")
    elif isinstance(exc, ReadOnlyLibrary):
        text = translate("messages", "The library %1 is read-only: changes cannot be saved.")
    elif isinstance(exc, LibraryCorrupt):
        text = translate("messages", "The library %1 is damaged, or it is not a News Reader library.")
    elif isinstance(exc, LibraryBusy):
        text = translate("messages", "The library %1 is busy in another program. Try again in a moment.")
    elif isinstance(exc, LibraryTooNew):
        text = translate("messages", "The library %1 was written by a newer version of News Reader; "
                                     "this version left it unchanged.")
    else:
        return str(exc)
    return text.replace("%1", isolate(str(path)))
