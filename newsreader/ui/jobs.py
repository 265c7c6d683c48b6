"""Background work: a Qt runnable that drives a plain generator and talks only through signals."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class JobSignals(QObject):
    """Signals of one job; emitted from the worker thread, delivered queued to the GUI."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    #: The library turned out damaged (the LibraryCorrupt): emitted before ``failed``, so that the
    #: window can offer the newest good backup.
    damaged = Signal(object)
    #: A write has waited a second for another program's lock, and goes on waiting.
    waiting = Signal()


class GeneratorJob(QRunnable):
    """Run ``work(cancelled)`` (a generator) in a pool thread.

    Every yielded value is emitted as ``progress`` (throttled to ``interval`` seconds,
    the last one always); the last yielded value is also ``finished``'s argument. An
    exception becomes ``failed`` with a readable message, so a dialog always closes.
    """

    def __init__(self, work: Callable[[Callable[[], bool]], Iterator[Any]], *, interval: float = 0.1) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = JobSignals()
        self._work = work
        self._interval = interval
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        last: Any = None
        pending = False  # the last value was throttled and not emitted yet
        emitted_at = 0.0
        try:
            for value in self._work(self._cancel.is_set):
                last = value
                now = time.monotonic()
                if self._interval <= 0 or now - emitted_at >= self._interval:
                    emitted_at = now
                    pending = False
                    self.signals.progress.emit(value)
                else:
                    pending = True
            if pending:
                self.signals.progress.emit(last)
            self.signals.finished.emit(last)
        except Exception as exc:  # noqa: BLE001 - reported to the GUI, logged with traceback
            log.exception("background job failed")
            from newsreader.errors import LibraryCorrupt
            from newsreader.ui.messages import describe

            if isinstance(exc, LibraryCorrupt):
                self.signals.damaged.emit(exc)

            self.signals.failed.emit(describe(exc))


class FunctionJob(GeneratorJob):
    """Run one function in the background; ``finished`` carries its result."""

    def __init__(self, func: Callable[[], Any]) -> None:
        def work(cancelled: Callable[[], bool]) -> Iterator[Any]:
            yield func()

        super().__init__(work, interval=0)


class Pools:
    """The thread pools. ``writer``: the user's writes (a bookmark, read state, a note, a date), one at a
    time in the order asked, each a short transaction. ``background``: long work that also writes (an
    import, a backup), beside them: SQLite serialises the two per transaction (``BEGIN IMMEDIATE`` waits
    for the other's), so a bookmark clicked during a long import is saved between two of its batches,
    not when it ends. ``reader``: reads."""

    def __init__(self) -> None:
        self.writer = QThreadPool()
        self.writer.setMaxThreadCount(1)
        self.background = QThreadPool()
        self.background.setMaxThreadCount(1)
        self.reader = QThreadPool()
        self.reader.setMaxThreadCount(2)

    def wait(self, msecs: int = 30000) -> None:
        self.writer.waitForDone(msecs)
        self.background.waitForDone(msecs)
        self.reader.waitForDone(msecs)
