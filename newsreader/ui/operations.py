"""The library's operations, in the manner of Anki's ``CollectionOp``: each runs as a job on its own
connection, with a success and a failure path, and says what it changed through
:attr:`Operations.articlesChanged` — the list, the reading pane and the story listen to it; nobody
calls them back by hand. Nothing in an operation's function touches a widget (it runs in a worker
thread); its success callback runs on the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from newsreader.errors import LibraryCorrupt
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.text.bidi import isolate
from newsreader.ui.formatting import Display
from newsreader.ui.jobs import FunctionJob, GeneratorJob, Pools

if TYPE_CHECKING:
    from newsreader.importing.pipeline import ImportProgress

T = TypeVar("T")
translate = QCoreApplication.translate

#: What an operation changed, the second argument of ``articlesChanged``.
READ, BOOKMARK, NOTE, DATE, OUTLET, IMPORTED = "read", "bookmark", "note", "date", "outlet", "imported"


class Op(Generic[T]):
    """One operation: ``ops.op(lambda store: …).success(cb).failure(cb).run()``. Without a failure
    callback the failure is shown in a dialog (a damaged library offers its newest good backup)."""

    def __init__(self, ops: Operations, func: Callable[[Store], T], *, background: bool = False) -> None:
        self._ops, self._func, self._background = ops, func, background
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[str], Any] | None = None

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[str], Any]) -> Op[T]:
        self._failure = callback
        return self

    def run(self) -> GeneratorJob:
        ops, func, path = self._ops, self._func, self._ops.store.path

        def work() -> T:
            if path is None:
                return func(ops.store)
            with Store.connect(path) as store:
                store.db.on_busy = job.signals.waiting.emit
                return func(store)

        job = FunctionJob(work)
        alive = ops.alive  # a window replaced meanwhile (language, restore) is gone: its views too
        success, failure = self._success, self._failure or ops.show_failure
        if success is not None:
            job.signals.finished.connect(lambda result: success(result) if alive["yes"] else None)
        job.signals.failed.connect(lambda message: failure(message) if alive["yes"] else None)
        return ops.start_job(job, writer=True, background=self._background)


class Operations(QObject):
    """The library operations of one window, and the jobs that run them."""

    #: (ids, what): the rows of ``ids`` changed (None: any row may have), ``what`` is READ, BOOKMARK…
    articlesChanged = Signal(object, str)
    #: a message for the status bar, and how long to show it (ms; 0: until the next)
    status = Signal(str, int)
    importFinished = Signal(object)  # the import's last ImportProgress, None if it failed
    restoreRequested = Signal(object)  # path of the backup to restore
    #: the settings changed how things are shown (language, digits, calendar, fonts): redraw with ``ops.display``
    displayChanged = Signal()

    def __init__(self, store: Store, settings: Settings, pools: Pools, display: Display, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("operations")
        self.store, self.settings, self.pools = store, settings, pools
        self.set_display(display, redraw=False)
        self._parent = parent
        self.undo_stack = QUndoStack(self)
        self.jobs: set[GeneratorJob] = set()
        self.closing = False
        self._damage_reported = False
        self._reindexing = ""  # what update_derived is bringing up to date
        self.alive = alive = {"yes": True}
        self.destroyed.connect(lambda *_a: alive.update(yes=False))

    def set_display(self, display: Display, *, redraw: bool = True) -> None:
        """Show numbers, dates and labels as ``display`` says; dialogs and progress bars made later too."""
        from PySide6.QtCore import QLocale

        self.display = display
        QLocale.setDefault(display.locale())
        if redraw:
            self.displayChanged.emit()

    # -- running jobs ----------------------------------------------------------------------------------------
    def start_job(self, job: GeneratorJob, *, writer: bool, background: bool = False) -> GeneratorJob:
        """Start ``job`` on the reader threads, the writer thread (the user's writes) or, ``background``,
        the thread of long writing work (imports, backups) that the user's writes never wait behind."""
        self.jobs.add(job)
        job.signals.finished.connect(lambda _r, j=job: self.jobs.discard(j))
        job.signals.failed.connect(lambda _m, j=job: self.jobs.discard(j))
        job.signals.damaged.connect(self.library_damaged)
        job.signals.waiting.connect(self._waiting)
        pool = self.pools.background if background else self.pools.writer if writer else self.pools.reader
        pool.start(job)
        return job

    def read(self, func: Callable[[Store], T], done: Callable[[T], Any], failed: Callable[[str], Any]) -> GeneratorJob:
        """Run ``func(store)`` on a reader thread with its own connection: ``done(result)`` or ``failed(message)``."""
        path = self.store.path
        assert path is not None

        def work() -> T:
            with Store.connect(path) as store:
                return func(store)

        job = FunctionJob(work)
        alive = self.alive
        job.signals.finished.connect(lambda result: done(result) if alive["yes"] else None)
        job.signals.failed.connect(lambda message: failed(message) if alive["yes"] else None)
        return self.start_job(job, writer=False)

    def op(self, func: Callable[[Store], T], *, background: bool = False) -> Op[T]:
        return Op(self, func, background=background)

    def write(
        self, func: Callable[[Store], Any], done: Callable[[Any], None] | None = None, *, background: bool = False
    ) -> GeneratorJob:
        """``func(store)`` on the writer thread (``background``: the thread of long work) with its own
        connection; a wait for another program's lock is shown, a failure in a dialog."""
        op = self.op(func, background=background)
        if done is not None:
            op.success(done)
        return op.run()

    def cancel_all(self) -> None:
        self.closing = True
        for job in list(self.jobs):
            job.cancel()

    def _waiting(self) -> None:
        self.status.emit(translate("MainWindow", "Waiting for the library: another program is writing to it…"), 5000)

    def show_failure(self, message: str) -> None:
        from newsreader.ui.dialogs import warn

        if self._damage_reported:  # said by library_damaged, with the backup to restore
            return
        warn(self._parent, translate("MainWindow", "News Reader"), message)

    def library_damaged(self, exc: LibraryCorrupt) -> None:
        """The library turned out damaged: say so once and offer its newest good backup."""
        if self._damage_reported or self.store.path is None:
            return
        self._damage_reported = True
        from newsreader.ui.backups import ask_restore

        chosen = ask_restore(self._parent, exc, self.store.path)
        if chosen is not None:
            self.restoreRequested.emit(chosen.path)

    # -- the operations ---------------------------------------------------------------------------------------
    def set_read(self, ids: Sequence[str], read: bool) -> GeneratorJob:
        ids = list(ids)
        return self.op(lambda s: s.set_read(ids, read)).success(lambda _r: self.articlesChanged.emit(ids, READ)).run()

    def mark_all_read(self) -> GeneratorJob:
        """Every article read, undoably (Ctrl+Z marks the same ones unread again)."""
        from newsreader.ui.undo_commands import MarkReadCommand

        def done(ids: list[str]) -> None:
            self.articlesChanged.emit(ids, READ)
            if ids:
                self.undo_stack.push(MarkReadCommand(self, ids, translate("MainWindow", "Mark all as read")))
                message = translate("MainWindow", "%n articles marked as read (Ctrl+Z to undo)", "", len(ids))
                self.status.emit(self.display.num(message), 4000)

        return self.op(lambda s: s.mark_all_read()).success(done).run()

    def toggle_bookmark(self, aid: str) -> GeneratorJob:
        def done(marked: bool) -> None:
            self.articlesChanged.emit([aid], BOOKMARK)
            self.status.emit(
                translate("MainWindow", "Bookmarked") if marked else translate("MainWindow", "Bookmark removed"), 3000
            )

        return self.op(lambda s: s.toggle_bookmark(aid)).success(done).run()

    def save_bookmark(self, aid: str, note: str, tags: Sequence[str]) -> GeneratorJob:
        """Bookmark ``aid`` (if it is not) with this note and these tags."""

        def save(s: Store) -> None:
            if not s.is_bookmarked(aid):
                s.add_bookmark(aid, note, tags)
            else:
                s.set_bookmark_note(aid, note)
                s.set_bookmark_tags(aid, tags)

        return self.op(save).success(lambda _r: self.articlesChanged.emit([aid], NOTE)).run()

    def set_published(self, aid: str, iso: str) -> GeneratorJob:
        """The article's date, corrected by the user."""
        from newsreader.importing import derived

        return (
            self.op(lambda s: derived.set_published(s, aid, iso)).success(lambda _r: self.articlesChanged.emit([aid], DATE)).run()
        )

    def rename_outlet(self, old: str, new: str) -> GeneratorJob:
        def done(count: Any) -> None:
            self.status.emit(
                translate("MainWindow", "%1 articles now show the outlet as %2")
                .replace("%1", str(count))
                .replace("%2", isolate(new)),
                6000,
            )
            self.articlesChanged.emit(None, OUTLET)

        return self.op(lambda s: s.rename_outlet(old, new)).success(done).run()

    def import_paths(self, paths: Sequence[Path], *, quiet: bool = False) -> GeneratorJob:
        """Import in the background (ui/import_dialog.py); each batch's new articles come as
        ``articlesChanged(ids, IMPORTED)``, the end as ``importFinished``."""
        from newsreader.ui.import_dialog import ImportController

        return ImportController(self._parent, self, paths, quiet=quiet).start()

    def imported(self, new_ids: Sequence[str]) -> None:
        self.articlesChanged.emit(list(new_ids), IMPORTED)

    def import_finished(self, progress: ImportProgress | None) -> None:
        self.importFinished.emit(progress)

    def update_derived(self) -> None:
        """Bring the derived data up to this version when another built it: the search index (for the
        analyser), then the timeline mentions (for the extractor). A short step at a time on the writer
        thread (the old index and mentions serve meanwhile), progress in the status bar. A library that
        is current costs one look."""
        if not self.store.read_only and not self.closing:
            from newsreader.importing import derived

            self.write(derived.update_derived_step, self._derived_progress)

    def _derived_progress(self, state: tuple[str, int, int] | None) -> None:
        done_messages = {
            "search": translate("MainWindow", "The search index is up to date"),
            "timeline": translate("MainWindow", "The timeline is up to date"),
        }
        if state is None or (self._reindexing and self._reindexing != state[0]):
            if self._reindexing:
                self.status.emit(done_messages[self._reindexing], 4000)
                self._reindexing = ""
            if state is None:
                return
        what, done, total = state
        self._reindexing = what
        message = (
            translate("MainWindow", "Updating the search index: %1 of %2 articles")
            if what == "search"
            else translate("MainWindow", "Updating the timeline: %1 of %2 articles")
        )
        self.status.emit(message.replace("%1", str(done)).replace("%2", str(total)), 0)
        self.update_derived()
