"""The reading pane: the article the list chose, its timeline, its search hits, its bookmark state
and note; the welcome page of a first launch. It asks the operations for every change (bookmark,
note, read state, date) and redraws what their ``articlesChanged`` says changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon

from newsreader.text.bidi import isolate
from newsreader.ui.operations import BOOKMARK, DATE, NOTE, OUTLET

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from newsreader.domain import Article
    from newsreader.query_types import Query
    from newsreader.ui.operations import Operations
    from newsreader.ui.panes import TextPane
    from newsreader.ui.timeline_view import TimelinePane

translate = QCoreApplication.translate
SAMPLE_QUERY = "جمهورية سهيل"  # the welcome's search: the fictional country of resources/samples


class ReaderController(QObject):
    articleShown = Signal(str)
    welcomeShown = Signal()  # no article is open: the list's selection is cleared

    def __init__(
        self,
        ops: Operations,
        pane: TextPane,
        timeline: TimelinePane,
        query: Callable[[], Query | None],
        listed_id: Callable[[], str | None],
        defer: Callable[[Callable[[], Any]], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self.ops, self.store = ops, ops.store
        self.article_view, self.timeline, self.hits_label = pane.article_view, timeline, pane.hits_label
        self.bookmark_button, self.note_button = pane.bookmark_button, pane.note_button
        self.bookmark_action: QAction | None = None  # set once the actions are made
        self._query, self._listed_id, self._defer = query, listed_id, defer
        self.timeline.mentionActivated.connect(self.article_view.highlight_mention)
        self.timeline.correctDateRequested.connect(self.correct_date)
        self.article_view.cursorOffsetChanged.connect(self.timeline.tree.select_offset)
        self.bookmark_button.clicked.connect(lambda _c=False: self.toggle_bookmark())
        self.note_button.clicked.connect(lambda _c=False: self.edit_bookmark())
        ops.articlesChanged.connect(self._articles_changed)
        ops.displayChanged.connect(self._redraw)

    def current_article(self) -> Article | None:
        return self.article_view.article

    def target_id(self) -> str | None:
        """The article an action applies to: the one shown, else the list's current row."""
        current = self.current_article()
        return current.id if current is not None else self._listed_id()

    def show_article(self, aid: str) -> None:
        article = self.store.article(aid)
        self.article_view.show_article(article, self._note_line(aid))
        self.timeline.set_article(article, self.store.mentions(aid))
        self.show_hits(article)
        self.show_bookmark_state(aid)
        if self.ops.settings.mark_read_on_open and not article.read and not self.store.read_only:
            self._defer(lambda: self.ops.set_read([aid], True))
        self.articleShown.emit(aid)

    def _redraw(self) -> None:
        """The settings changed the display, the text's font or its spacing: show the article again."""
        display, settings, view = self.ops.display, self.ops.settings, self.article_view
        self.timeline.display = self.timeline.tree.display = display
        view.display, view.family, view.line_spacing = display, settings.article_font, settings.line_spacing
        view.font_size = 0  # force a re-layout
        view.set_font_size(settings.article_font_size)
        current = self.current_article()
        if current is not None:
            self.show_article(current.id)
        self.show_bookmark_state(self.target_id())

    def show_empty(self, text: str) -> None:
        self.article_view.show_empty(text)
        self.timeline.set_article(None, [])
        self.show_bookmark_state(None)
        self.hits_label.setText("")

    def _note_line(self, aid: str) -> str:
        """A bookmark's note and tags, for the reading pane («» when there are none)."""
        bookmark = self.store.bookmark(aid)
        if bookmark is None:
            return ""
        tags = " ".join(f"#{t}" for t in bookmark.tags)
        return self.ops.display.separator.join(part for part in (bookmark.note, tags) if part)

    def show_hits(self, article: Article | None = None) -> None:
        article = article or self.current_article()
        if article is None:
            return
        query = self._query()
        spans: list[tuple[int, int]] = []
        if query is not None and query.terms:
            from newsreader.search.highlight import hit_spans  # (loaded with the query's parser)

            spans = hit_spans(article.full_text, query)
        self.article_view.set_hits(spans)
        num = self.ops.display.num
        self.hits_label.setText(num(translate("MainWindow", "%n hits", "", len(spans))) + " (F3)" if spans else "")

    def step_hit(self, forward: bool) -> None:
        index = self.article_view.step_hit(forward)
        if index >= 0:
            text = translate("MainWindow", "Hit %1 of %2").replace("%1", str(index + 1))
            self.hits_label.setText(self.ops.display.num(text.replace("%2", str(self.article_view.hit_count()))))

    def show_welcome(self) -> None:
        """The first launch: what this is, how to bring one's own files, how to search."""
        self.welcomeShown.emit()
        self.timeline.set_article(None, [])
        self.show_bookmark_state(None)
        self.hits_label.setText("")
        self.article_view.show_welcome(
            translate("MainWindow", "Welcome to News Reader"),
            [
                (
                    translate(
                        "MainWindow",
                        "News Reader keeps the Arabic news you collect (saved pages, feeds, exports) in one "
                        "library: read it, search it as an Arabic reader means it, and see when the events "
                        "each article mentions happened.",
                    ),
                    None,
                ),
                (translate("MainWindow", "A few sample articles (fictional) are in the list: pick one to read it."), None),
                (translate("MainWindow", "Import your own files or a folder…"), "newsreader:import-folder"),
                (
                    translate("MainWindow", "Try a search: “%1” finds the samples about that country").replace(
                        "%1", isolate(SAMPLE_QUERY)
                    ),
                    "newsreader:search",
                ),
                (translate("MainWindow", "Keyboard shortcuts"), "newsreader:shortcuts"),
            ],
        )

    # -- bookmarks, read state, date -------------------------------------------------------------------------
    def show_bookmark_state(self, aid: str | None) -> None:
        from newsreader.ui.theme import icon_path

        marked = bool(aid) and self.store.is_bookmarked(aid or "")
        self.bookmark_button.setChecked(marked)
        self.bookmark_button.setText(translate("MainWindow", "★ Bookmarked") if marked else translate("MainWindow", "☆ Bookmark"))
        if self.bookmark_action is not None:
            self.bookmark_action.setChecked(marked)
            self.bookmark_action.setIcon(QIcon(str(icon_path("bookmark-filled.svg" if marked else "bookmark.svg"))))
        self.note_button.setText(translate("MainWindow", "Note and tags…"))
        self.note_button.setEnabled(marked)
        self.bookmark_button.setEnabled(aid is not None)

    def toggle_bookmark(self) -> None:
        aid = self.target_id()
        if aid is not None:
            self.ops.toggle_bookmark(aid)

    def edit_bookmark(self) -> None:
        from newsreader.ui.bookmarks import BookmarkDialog

        aid = self.target_id()
        if aid is None:
            return
        article = self.store.article(aid)
        dialog = BookmarkDialog(self._parent, self.store.bookmark(aid), article.title)
        if dialog.exec() == BookmarkDialog.DialogCode.Accepted:
            self.ops.save_bookmark(aid, dialog.note_text(), dialog.tag_list())

    def mark_unread(self) -> None:
        aid = self.target_id()
        if aid is not None:
            self.ops.set_read([aid], False)

    def correct_date(self, aid: str, iso: str) -> None:
        self.ops.set_published(aid, iso)

    def rename_outlet(self) -> None:
        from newsreader.ui.outlet_dialog import rename_outlet

        rename_outlet(self._parent, self.ops, self.current_article())

    def _articles_changed(self, ids: list[str] | None, what: str) -> None:
        current = self.current_article()
        if what == BOOKMARK and ids:
            self.show_bookmark_state(ids[0])
        elif what == NOTE and ids:
            self.show_bookmark_state(ids[0])
            if current is not None and current.id in ids:  # the note shows under the title at once
                scroll = self.article_view.verticalScrollBar().value()
                self.article_view.show_article(current, self._note_line(current.id))
                self.show_hits(current)
                self.article_view.verticalScrollBar().setValue(scroll)
        elif what in (DATE, OUTLET) and current is not None and (ids is None or current.id in ids):
            self.show_article(current.id)
