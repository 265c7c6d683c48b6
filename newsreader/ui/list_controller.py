"""The article list: which articles it shows (the view: all, unread, bookmarks and their tag; or a
search), how it loads them (the first page at once, the rest in a job), and what it says when it
is empty or cannot be loaded.

The view narrows a search as filters of the *parsed* query (``read``, ``bookmarked``, ``tag``),
never as text added to what was typed: an unclosed quote cannot swallow them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from newsreader.errors import LibraryCorrupt, StoreError
from newsreader.ui.operations import BOOKMARK, IMPORTED, NOTE
from newsreader.ui.search_controller import SearchController

if TYPE_CHECKING:
    from PySide6.QtCore import QItemSelection
    from PySide6.QtWidgets import QLabel, QLineEdit

    from newsreader.query_types import Query
    from newsreader.ui.models.article_list_model import ArticleListModel
    from newsreader.ui.operations import Operations
    from newsreader.ui.panes import ListPane

FIRST_PAGE = 500
translate = QCoreApplication.translate


class ListController(QObject):
    """Drives the list's widgets (made by the window) from the view, the search and the operations."""

    listUpdated = Signal()
    articleSelected = Signal(str)  # the user (or the list) chose a row: the reader shows it
    emptied = Signal(str)  # the list is empty: the reader says why, with this text
    hitsChanged = Signal()  # the search changed while the reader's article stayed in the list

    def __init__(
        self,
        ops: Operations,
        pane: ListPane,
        count_label: QLabel,
        search_field: QLineEdit,
        current_id: Callable[[], str | None],
        defer: Callable[[Callable[[], Any]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.store = ops, ops.store
        self.list_view, self.delegate = pane.list_view, pane.delegate
        self.view_combo, self.tag_combo = pane.view_combo, pane.tag_combo
        self.model: ArticleListModel = pane.list_view.model()  # type: ignore[assignment]
        self.header, self.empty_label, self.count_label = pane.header, pane.empty, count_label
        self.search_field = search_field
        self._current_id, self._defer = current_id, defer
        self._generation = 0
        self.searcher = SearchController(
            search_field, self.store.path, ops.pools, lambda job: ops.start_job(job, writer=False), self
        )
        self.searcher.filters = self.view_filters
        self._connect_callbacks()

    def _connect_callbacks(self) -> None:
        for widget in (self.view_combo, self.tag_combo, self.list_view):
            widget.installEventFilter(self)
        self.searcher.results.connect(self._search_results)
        self.searcher.message.connect(self._search_message)
        self.searcher.failed.connect(self._failed)
        self.searcher.cleared.connect(self.refresh_list)
        self.view_combo.currentIndexChanged.connect(lambda _i: self.view_changed())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rowsInserted.connect(self._rows_arrived)  # an import fills an empty list: show its rows
        self.ops.articlesChanged.connect(self._articles_changed)
        self.ops.displayChanged.connect(self._redraw)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, Left/Right follow the reading direction: in RTL, Left is the next article.
        The view and tag boxes change only through their pop-up: a wheel turned over them or an
        arrow key does not switch what the list shows (an arrow key opens the pop-up)."""
        kind = event.type()
        if watched in (self.view_combo, self.tag_combo) and kind in (QEvent.Type.Wheel, QEvent.Type.KeyPress):
            from PySide6.QtCore import Qt  # not before the first paint (qtvalues)

            if kind == QEvent.Type.Wheel:
                event.ignore()
                return True
            keys = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End)
            if event.key() in keys:  # type: ignore[attr-defined]
                watched.showPopup()
                return True
        elif watched is self.list_view and kind == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt

            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():  # type: ignore[attr-defined]
                forward = (key == Qt.Key.Key_Left) == self.list_view.isRightToLeft()
                self.step_article(+1 if forward else -1)
                return True
        return super().eventFilter(watched, event)

    # -- the view -------------------------------------------------------------------------------------------
    def view(self) -> str:
        return str(self.view_combo.currentData() or "all")

    def tag(self) -> str | None:
        tag = self.tag_combo.currentData() if self.view() == "bookmarks" else None
        return str(tag) if tag else None

    def view_filters(self, query: Query) -> Query:
        """``query`` narrowed to the view: unread articles, or bookmarks (with the chosen tag)."""
        view = self.view()
        if view == "unread":
            return dataclasses.replace(query, read=False)
        if view == "bookmarks":
            return dataclasses.replace(query, bookmarked=True, tag=self.tag())
        return query

    def view_changed(self) -> None:
        view = self.view()
        if view == "bookmarks":
            self.reload_tags()
        self.tag_combo.setVisible(view == "bookmarks")
        self.refresh_list()

    def reload_tags(self) -> None:
        try:
            tags = self.store.bookmark_tags()
        except StoreError:
            return  # the list says why (refresh_list)
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(translate("MainWindow", "All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(tag, tag)
        self.tag_combo.setCurrentIndex(max(self.tag_combo.findData(current), 0))
        self.tag_combo.blockSignals(False)

    def show_list_holding(self, aid: str) -> None:
        """A list that holds ``aid``: the search cleared, Bookmarks for a bookmarked article, else all."""
        view = "bookmarks" if self.store.bookmark(aid) is not None else "all"
        for combo, index in ((self.view_combo, self.view_combo.findData(view)), (self.tag_combo, 0)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.search_field.clear()
        self.searcher.stop()  # no search runs on the cleared field: the view's list comes next
        self.view_changed()

    def current_query(self) -> Query | None:
        """The search shown (for hits and snippets), None when the list is a view."""
        return self.searcher.query if self.searcher.active() else None

    def toggle_sort(self, by_date: bool) -> None:
        self.searcher.sort = "date" if by_date else "relevance"
        if self.searcher.active():
            self.searcher.run_now()

    # -- loading --------------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        """Fill the list for the current view, or re-run the current search."""
        if self.searcher.active():
            self.searcher.run_now()
            return
        view = self.view()
        try:
            if view == "bookmarks":
                self.set_ids([b.article_id for b in self.store.bookmarks(self.tag())])
                return
            # The first page at once, the rest of the ids from a reader thread (a big library
            # paints its window without waiting for a million ids).
            unread = view == "unread"
            first = self.store.article_ids(unread_only=unread, limit=FIRST_PAGE)
        except LibraryCorrupt as exc:
            self.set_ids([])
            QTimer.singleShot(0, lambda err=exc: self.ops.library_damaged(err))
            return
        except StoreError as exc:
            from newsreader.ui.messages import describe

            self._failed(describe(exc))
            return
        self.set_ids(first)
        if len(first) < FIRST_PAGE or self.store.path is None:
            return
        generation = self._generation

        def loaded(ids: list[str]) -> None:
            if generation != self._generation:
                return
            if ids[: len(first)] == first:
                self.model.append_ids(ids[len(first) :])
                self.update_counts()
                self.listUpdated.emit()
            else:
                self.set_ids(ids)

        def failed(message: str) -> None:  # the first page stays; the status bar says why the rest is missing
            if generation == self._generation:
                self.ops.status.emit(message, 0)

        self._defer(lambda: self.ops.read(lambda s: s.article_ids(unread_only=unread), loaded, failed))

    def set_ids(self, ids: list[str], *, empty: str | None = None) -> None:
        """Show ``ids`` in the list. The reader keeps its article if the new list holds it, else
        shows the list's first article, or ``empty`` (a message for an empty list) in its place."""
        self._generation += 1
        current = self._current_id()
        self.model.set_query(self.current_query())
        notes = self._bookmark_notes() if self.view() == "bookmarks" else {}
        self.model.set_ids(ids, notes=notes)
        self.delegate.extra_line = self.model.has_extra_line()
        row = self.model.row_of(current) if current is not None else -1
        if row >= 0:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.selectionModel().blockSignals(False)
            self.hitsChanged.emit()
        elif ids:
            self.select_row(0)
        else:  # an empty list: the reader says why (no article, nor the welcome, beside it)
            self.emptied.emit(self._empty_text())
        self._show_state(empty if empty is not None else (self._empty_text() if not ids else ""))
        self.update_counts()
        self.listUpdated.emit()

    def _bookmark_notes(self) -> dict[str, str]:
        """The third line of each row in the Bookmarks view: the note, then the tags."""
        out = {}
        try:
            bookmarks = self.store.bookmarks(self.tag())
        except StoreError:
            return {}
        for b in bookmarks:
            tags = " ".join(f"#{t}" for t in b.tags)
            line = self.ops.display.separator.join(part for part in (b.note.replace("\n", " "), tags) if part)
            if line:
                out[b.article_id] = line
        return out

    def _empty_text(self) -> str:
        """What an empty list means, for the list and the reading pane."""
        if self.searcher.active():
            return translate("MainWindow", "No article matches this search.")
        return {
            "unread": translate("MainWindow", "No unread articles."),
            "bookmarks": translate("MainWindow", "No bookmarks yet: press Ctrl+D on an article to keep it here."),
        }.get(self.view(), translate("MainWindow", "The library is empty: import files or a folder (File menu) to begin."))

    def _show_state(self, message: str) -> None:
        """An empty list says why, in the list itself; a list with rows shows them."""
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))
        self.list_view.setVisible(not message)

    def _rows_arrived(self) -> None:
        """Rows came into a list that said why it was empty (an import): the list shows them."""
        if not self.empty_label.isHidden():
            self._show_state("")

    def _failed(self, message: str) -> None:
        """The list could not be loaded (a library locked by another program…): the list and the
        status bar say why, in the interface language; never a silent empty list."""
        from html import escape

        self.ops.status.emit(message, 8000)
        self.set_ids([], empty=escape(message))

    def _articles_changed(self, ids: list[str] | None, what: str) -> None:
        if what == IMPORTED:
            self.model.prepend_ids(ids or [])
            self.update_counts()
            return
        self.model.refresh(ids)
        if what == BOOKMARK and self.view() == "bookmarks":
            self.reload_tags()
        elif what == NOTE:
            self.reload_tags()
            if self.view() == "bookmarks" and not self.searcher.active():
                self.refresh_list()  # the rows show notes

    # -- search results --------------------------------------------------------------------------------------
    def _search_results(self, ids: list[str], final: bool) -> None:
        shown = self.model.ids()
        if shown and len(ids) > len(shown) and ids[: len(shown)] == shown:
            self.model.append_ids(ids[len(shown) :])  # the rest of a streamed result: keep the scroll position
            self.update_counts()
            self.listUpdated.emit()
        else:
            self.set_ids(ids)
        if final:
            self.ops.status.emit(self.ops.display.num(translate("MainWindow", "%n articles found", "", len(ids))), 4000)
        self.hitsChanged.emit()

    def _search_message(self, message: str, values: object = ()) -> None:
        """A query that cannot be run: the list says why and where, and so does the status bar."""
        from html import escape

        self.ops.status.emit(message, 6000)
        text = self.search_field.text()
        quoted = [v for v in values if isinstance(v, str) and v and v in text]  # type: ignore[attr-defined]
        part = quoted[-1] if quoted else ""  # the last: «from:» is named first, its wrong value after it
        where = text.find(part) if part else -1
        shown = escape(message)
        if where >= 0:
            marked = escape(text[:where]) + "<b><u>" + escape(part) + "</u></b>" + escape(text[where + len(part) :])
            at = self.ops.display.num(translate("MainWindow", "At character %1 of the search:").replace("%1", str(where + 1)))
            shown += f"<br><br>{escape(at)}<br><span dir='auto'>{marked}</span>"
        self.set_ids([], empty=shown)

    def _redraw(self) -> None:
        self.delegate.display = self.ops.display
        self.list_view.viewport().update()
        self.update_counts()

    def restore_reading(self, view: str, article: str, query: str, later: Callable[[Callable[[], Any]], None]) -> None:
        """Where the last session left off: its view, its article and (``later``: once painted) its search."""
        index = self.view_combo.findData(view)
        if index > 0:
            self.view_combo.setCurrentIndex(index)
        if article and self.model.row_of(article) >= 0:
            self.select_article(article)
        if query:
            later(lambda: self.search_field.setText(query))

    def update_counts(self) -> None:
        total = self.model.rowCount()
        num = self.ops.display.num
        self.count_label.setText(num(translate("MainWindow", "%n articles", "", total)))
        self.header.setText(num(translate("MainWindow", "Articles (%1)").replace("%1", str(total))))

    # -- selection ------------------------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        if index.isValid():
            self.list_view.setCurrentIndex(index)
            self.list_view.scrollTo(index)

    def select_article(self, aid: str) -> bool:
        row = self.model.row_of(aid)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def step_article(self, step: int) -> None:
        row = self.list_view.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + step)))

    def current_row_id(self) -> str | None:
        return self.model.id_at(self.list_view.currentIndex().row())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        from newsreader.ui.models.article_list_model import Role

        indexes = selected.indexes()
        if indexes and (aid := indexes[0].data(Role.ID)):
            self.articleSelected.emit(aid)
