"""Work a launch must do but its first picture need not wait for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Runs callbacks once, when the window's first paint pass is over: for the work a launch
    must do but the first picture need not wait for (the single-instance server, the daily backup).
    A window that is shown but not painted (started minimised) runs them :data:`FALLBACK_MS` after
    being shown."""

    FALLBACK_MS = 2000

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.callbacks: list[Callable[[], Any]] | None = []  # None: painted, run at once
        self._armed = False
        window.installEventFilter(self)

    def add(self, callback: Callable[[], Any]) -> None:
        if self.callbacks is None:
            QTimer.singleShot(0, callback)
        else:
            self.callbacks.append(callback)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and self.callbacks is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # after this paint pass, children included
        elif kind == QEvent.Type.Show and not self._armed:
            self._armed = True
            QTimer.singleShot(self.FALLBACK_MS, self, self._run)  # cancelled with this object
        return False

    def _run(self) -> None:
        callbacks, self.callbacks = self.callbacks or [], None
        for callback in callbacks:
            callback()
