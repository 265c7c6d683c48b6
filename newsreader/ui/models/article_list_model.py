"""The article list: ids from one query, rows fetched lazily in batches from the store."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QFont

from newsreader.domain import ArticleRow
from newsreader.errors import StoreError
from newsreader.store import Store
from newsreader.ui.qtvalues import ACCESSIBLE_TEXT_ROLE, DISPLAY_ROLE, FONT_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:
    from newsreader.query_types import Query

log = logging.getLogger(__name__)
#: Rows read from the store at a time, around the row asked for: a window shows a dozen or two, and on
#: a cold disk each row of a big library is its own read (first paint of a 1M library with nothing
#: cached: 540–585 ms with batches of 200, 478–562 ms with 60).
BATCH = 64
CACHE_LIMIT = 5000


class Role(IntEnum):
    ID = USER_ROLE + 1
    SOURCE = USER_ROLE + 2
    PUBLISHED = USER_ROLE + 3
    READ = USER_ROLE + 4
    BOOKMARKED = USER_ROLE + 5
    ROW = USER_ROLE + 6  # the whole ArticleRow (one call for the delegate)
    EXTRA = USER_ROLE + 7  # a row's third line: (text, hit spans) — a search snippet or a bookmark's note


# Plain ints: data() runs for every role of every painted row, and comparing with the
# Python enums of PySide6 costs more than the rest of it (and builds them: qtvalues).
_DISPLAY, _TOOLTIP, _ACCESSIBLE, _FONT = DISPLAY_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE, FONT_ROLE
_ID, _SOURCE, _PUBLISHED, _READ, _BOOKMARKED, _ROW, _EXTRA = (
    int(r) for r in (Role.ID, Role.SOURCE, Role.PUBLISHED, Role.READ, Role.BOOKMARKED, Role.ROW, Role.EXTRA)
)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, _FONT, _ID, _SOURCE, _PUBLISHED, _READ, _BOOKMARKED, _ROW, _EXTRA})
SNIPPET_WIDTH = 160


class ArticleListModel(QAbstractListModel):
    """Rows are article ids; titles, outlets and dates are read from the store on demand."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ids: list[str] = []
        self._rows: dict[str, ArticleRow] = {}
        self._query: Query | None = None  # a search's rows show a snippet with its hits
        self._notes: dict[str, str] = {}  # the Bookmarks view's rows show their note and tags
        self._extra: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    # -- contents ---------------------------------------------------------------------
    def set_ids(self, ids: Sequence[str], *, notes: dict[str, str] | None = None) -> None:
        """Show ``ids``; ``notes`` (article id → text) gives rows a third line."""
        self.beginResetModel()
        try:
            self._ids = list(ids)
            self._rows.clear()
            self._extra.clear()
            self._notes = dict(notes or {})
        finally:
            self.endResetModel()

    def set_query(self, query: Query | None) -> None:
        """The search whose snippets the rows show (None: no search); takes effect with :meth:`set_ids`."""
        self._query = query if query is not None and query.terms else None

    def has_extra_line(self) -> bool:
        return self._query is not None or bool(self._notes)

    def prepend_ids(self, ids: Sequence[str]) -> None:
        """New articles arrived (import): show them at the top."""
        fresh = [i for i in ids if i not in set(self._ids[: len(ids) * 4 + 1000])]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._ids[0:0] = fresh
        self.endInsertRows()

    def append_ids(self, ids: Sequence[str]) -> None:
        """More ids of the same list (loaded in the background): add them at the end."""
        if not ids:
            return
        self.beginInsertRows(QModelIndex(), len(self._ids), len(self._ids) + len(ids) - 1)
        self._ids.extend(ids)
        self.endInsertRows()

    def refresh(self, ids: Sequence[str] | None = None) -> None:
        """Re-read rows (read state, bookmark) from the store."""
        if ids is None:
            self._rows.clear()
            if self._ids:
                self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        wanted = set(ids)
        for aid in wanted:
            self._rows.pop(aid, None)
        for row, aid in enumerate(self._ids):
            if aid in wanted:
                self.dataChanged.emit(self.index(row), self.index(row))

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, aid: str) -> int:
        try:
            return self._ids.index(aid)
        except ValueError:
            return -1

    def cached_rows(self) -> int:
        return len(self._rows)

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY_ROLE) -> Any:
        role = int(role)
        if role not in _ANSWERED or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._ids):
            return None
        if role == _ID:
            return self._ids[number]
        row = self._row(number)
        if row is None:
            return None
        if role == _ROW:
            return row
        if role == _EXTRA:
            return self._extra_line(row.id)
        if role in (_DISPLAY, _TOOLTIP):
            return row.title
        if role == _ACCESSIBLE:
            return f"{row.title} — {row.source or ''}"
        if role == _FONT:
            return None if row.read else self._bold
        if role == _SOURCE:
            return row.source or ""
        if role == _PUBLISHED:
            return row.published or ""
        if role == _READ:
            return row.read
        return row.bookmarked

    def _extra_line(self, aid: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """A search hit's snippet (hits marked) or a bookmark's note, made once per row shown."""
        if aid in self._extra:
            return self._extra[aid]
        if aid in self._notes:
            line: tuple[str, tuple[tuple[int, int], ...]] | None = (self._notes[aid], ())
        elif self._query is not None:
            from newsreader.search.snippet import snippet

            try:
                article = self._store.article(aid)
            except (StoreError, KeyError):
                log.exception("cannot read the snippet of %s", aid)
                return None
            cut = snippet(article.body, self._query, width=SNIPPET_WIDTH)
            line = (cut.text, cut.spans)
        else:
            return None
        self._extra[aid] = line  # type: ignore[assignment]
        return line

    def _row(self, row: int) -> ArticleRow | None:
        aid = self._ids[row]
        cached = self._rows.get(aid)
        if cached is not None:
            return cached
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = max(0, row - BATCH // 4)
        batch = self._ids[start : start + BATCH]
        try:
            self._rows.update(self._store.rows(batch))
        except StoreError:
            log.exception("cannot read list rows")  # painting must never raise into Qt
            return None
        return self._rows.get(aid)
