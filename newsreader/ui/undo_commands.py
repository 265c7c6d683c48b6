"""Undoable commands of the main window (imported on first use)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from newsreader.ui.main_window import MainWindow


class MarkReadCommand(QUndoCommand):
    """Mark all as read; undo marks the same articles unread again."""

    def __init__(self, window: MainWindow, ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._window = window
        self._ids = list(ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the store already did it when the command was pushed
            self._first = False
            return
        self._window.write(lambda s: s.set_read(self._ids, True), lambda _r: self._window.model.refresh(self._ids))

    def undo(self) -> None:
        self._window.write(lambda s: s.set_read(self._ids, False), lambda _r: self._window.model.refresh(self._ids))
