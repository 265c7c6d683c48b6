"""View → Story timeline: the events of many articles (the search, else the bookmarks, else the
list) on one timeline, a second tab of the timeline pane. Loaded in a job; a library that cannot be
read (locked by another program, damaged) is said in the pane and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from newsreader.text.bidi import isolate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

    from newsreader.store import Store
    from newsreader.timeline import build as events
    from newsreader.ui.list_controller import ListController
    from newsreader.ui.operations import Operations
    from newsreader.ui.reader_controller import ReaderController
    from newsreader.ui.timeline_dialogs import StoryTimelinePane
    from newsreader.ui.timeline_view import TimelinePane

translate = QCoreApplication.translate
Loaded = tuple[str, list["events.Entry"], dict[str, str]]


class StoryController(QObject):
    def __init__(
        self,
        ops: Operations,
        splitter: QSplitter,
        timeline: TimelinePane,
        lists: ListController,
        reader: ReaderController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops, self.splitter, self.timeline, self.lists, self.reader = ops, splitter, timeline, lists, reader
        self.pane: StoryTimelinePane | None = None  # the story's tab, once asked for
        self.tabs: QTabWidget | None = None
        self._target: tuple[str, int, int] | None = None  # a story's article, selected once listed
        lists.listUpdated.connect(self._open_target)
        ops.displayChanged.connect(self._redraw)

    def _redraw(self) -> None:
        if self.pane is not None:
            self.pane.tree.display = self.ops.display

    def right_pane(self) -> QWidget:
        """The timeline pane, or the tabs holding it and the story timeline."""
        return self.tabs if self.tabs is not None else self.timeline

    def show(self) -> None:
        """Load the story of the search, else of the bookmarks, else of the listed articles."""
        from newsreader.timeline import build as events

        searching = self.lists.searcher.active()
        search_text, listed = self.lists.searcher.text(), self.lists.model.ids()

        def load(store: Store) -> Loaded:
            kind, ids = "search", listed
            if not searching:
                bookmarked = [b.article_id for b in store.bookmarks()]
                kind, ids = ("bookmarks", bookmarked) if bookmarked else ("all", listed)
            found = [events.Entry(m, aid, title) for aid, title, m in store.story_mentions(ids)]
            rows = store.rows(list({e.article_id for e in found}))
            return kind, found, {aid: r.source or "" for aid, r in rows.items()}  # the outlets' display names

        pane = self._story_pane()

        def loaded(result: Loaded) -> None:
            kind, entries, outlets = result
            description = {
                "search": translate("MainWindow", "Search: %1").replace("%1", isolate(search_text)),
                "bookmarks": translate("MainWindow", "Bookmarked articles"),
            }.get(kind, translate("MainWindow", "All listed articles"))
            pane.set_entries(entries, description, outlets)

        def failed(message: str) -> None:
            pane.show_message(message)
            self.ops.status.emit(message, 8000)

        self.ops.read(load, loaded, failed)
        assert self.tabs is not None
        self.tabs.setCurrentWidget(pane)
        self.right_pane().setVisible(True)

    def _story_pane(self) -> StoryTimelinePane:
        """The story timeline: a second tab of the timeline pane, made the first time it is asked for
        (the window's first paint has a plain timeline pane, without tabs)."""
        if self.pane is None:
            from PySide6.QtWidgets import QTabWidget

            from newsreader.ui.timeline_dialogs import StoryTimelinePane

            tabs = QTabWidget()
            tabs.setObjectName("timelineTabs")
            tabs.setDocumentMode(True)
            self.splitter.replaceWidget(self.splitter.indexOf(self.timeline), tabs)
            tabs.addTab(self.timeline, translate("MainWindow", "This article"))
            pane = StoryTimelinePane(display=self.ops.display)
            pane.articleRequested.connect(self._open)
            tabs.addTab(pane, translate("MainWindow", "Story"))
            self.tabs, self.pane = tabs, pane
        return self.pane

    def _open(self, aid: str, start: int, end: int) -> None:
        """Open a story's article while the story stays. The reader shows only articles of the list:
        one the list does not hold (a bookmark outside the search, the view or the tag) brings a list
        that holds it: the search cleared, Bookmarks for a bookmarked article, else every article."""
        self._target = (aid, start, end)
        if not self.lists.select_article(aid):
            self.lists.show_list_holding(aid)
        self._open_target()  # or when the rest of the list has arrived (listUpdated)

    def _open_target(self) -> None:
        if self._target is not None and self.lists.select_article(self._target[0]):
            _aid, start, end = self._target
            self._target = None
            self.reader.article_view.highlight_mention(start, end)
