"""Undoable commands (imported on first use): they run library operations, not window methods."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from newsreader.ui.operations import Operations


class MarkReadCommand(QUndoCommand):
    """Mark all as read; undo marks the same articles unread again."""

    def __init__(self, ops: Operations, ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._ops = ops
        self._ids = list(ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the store already did it when the command was pushed
            self._first = False
            return
        self._ops.set_read(self._ids, True)

    def undo(self) -> None:
        self._ops.set_read(self._ids, False)
