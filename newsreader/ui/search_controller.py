"""Search as you type: debounced, the previous query cancelled, results streaming into the list."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from newsreader.errors import QueryError
from newsreader.store import Store
from newsreader.ui.jobs import GeneratorJob, Pools

if TYPE_CHECKING:
    from newsreader.query_types import Query

FIRST_PAGE = 200
DEBOUNCE_MS = 250


class SearchController(QObject):
    """Turns the text of a search field into id lists for the article list.

    ``results(ids, final)`` is emitted first with the top page, then with the full list;
    ``message(text, values)`` carries a polite explanation when the query cannot be used, with the
    parts of the query it is about (to show where they are); ``failed(text)`` says why a search
    could not run (a library locked by another program, damaged…), in the interface language.

    ``filters`` narrows every parsed query (the list's view: unread, bookmarks, a tag): filters are
    fields of the parsed query, never text added to what was typed.
    """

    results = Signal(list, bool)
    message = Signal(str, object)
    failed = Signal(str)
    cleared = Signal()

    def __init__(
        self,
        field: QLineEdit,
        db_path: Path | None,
        pools: Pools,
        start_job: Callable[[GeneratorJob], GeneratorJob],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.db_path = db_path
        self.pools = pools
        self._start_job = start_job
        self.sort = "relevance"
        self.filters: Callable[[Query], Query] = lambda query: query
        self.query: Query | None = None
        self._job: GeneratorJob | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)
        field.textChanged.connect(lambda _t: self._timer.start())
        field.returnPressed.connect(self.run_now)

    def text(self) -> str:
        return self.field.text().strip()

    def active(self) -> bool:
        return bool(self.text())

    def stop(self) -> None:
        """No more searches: the window is closing (a query typed just before would run on a closed library)."""
        self._timer.stop()
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def run_now(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self._job is not None:
            self._job.cancel()
            self._job = None
        text = self.text()
        if not text:
            self.query = None
            self.cleared.emit()
            return
        from newsreader.search.query import parse  # loaded on the first query, not at start-up

        try:
            query = parse(text, narrow=self.filters)
        except QueryError as exc:
            from newsreader.ui.messages import describe

            self.query = None
            self.message.emit(describe(exc), tuple(exc.values))
            return
        self.query = query
        generation = self._generation
        db_path, sort = self.db_path, self.sort

        def work(cancelled: Callable[[], bool]) -> Iterator[tuple[int, list[str], bool]]:
            assert db_path is not None
            with Store.connect(db_path) as store:
                first = store.search_ids(query, sort=sort, limit=FIRST_PAGE)
                yield generation, first, len(first) < FIRST_PAGE
                if len(first) < FIRST_PAGE or cancelled():
                    return
                yield generation, store.search_ids(query, sort=sort), True

        job = GeneratorJob(work, interval=0)
        job.signals.progress.connect(self._progress)
        job.signals.failed.connect(lambda message: self.failed.emit(message) if generation == self._generation else None)
        self._job = job
        self._start_job(job)

    def _progress(self, value: tuple[int, list[str], bool] | None) -> None:
        if value is None:
            return
        generation, ids, final = value
        if generation != self._generation:
            return  # an older query: ignore
        self.results.emit(ids, final)
