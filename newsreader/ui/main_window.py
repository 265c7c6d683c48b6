"""The main window: article list | full text | timeline, with menus, toolbar, search and status bar.

Layout and wiring only. The work is done by the controllers it wires (``list_controller``: the list,
its views and the search; ``reader_controller``: the reading pane; ``story_controller``), by the
library operations (``operations``), the exports (``exports``), the action table (``actions``) and
the saved state and narrow-window folding (``window_state``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QWidget,
)

from newsreader.domain import Article
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.ui import actions
from newsreader.ui.exports import Exports
from newsreader.ui.first_paint import FirstPaint
from newsreader.ui.formatting import Display
from newsreader.ui.jobs import GeneratorJob, Pools
from newsreader.ui.list_controller import ListController
from newsreader.ui.models.article_list_model import ArticleListModel
from newsreader.ui.operations import Operations
from newsreader.ui.panes import ListPane, TextPane, search_field
from newsreader.ui.reader_controller import SAMPLE_QUERY, ReaderController
from newsreader.ui.story_controller import StoryController
from newsreader.ui.timeline_view import TimelinePane
from newsreader.ui.window_state import WindowState

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent

log = logging.getLogger(__name__)
# Dialogs, printing and file choosers are imported where they are used: the window's first
# paint waits for every module (and every Qt class) imported here.


class MainWindow(QMainWindow):
    """Three panes in a splitter; right-to-left comes from the application, not from here."""

    articleShown = Signal(str)
    importFinished = Signal(object)
    listUpdated = Signal()
    languageChangeRequested = Signal(str)
    restoreRequested = Signal(object)  # path of the backup to restore
    # made from the table in ui/actions.py (the others too: ``act_<attr>``)
    act_show_timeline: QAction
    act_sort_date: QAction
    act_auto_read: QAction
    act_bookmark: QAction

    def __init__(
        self,
        store: Store,
        settings: Settings,
        pools: Pools,
        qsettings: Any = None,
        parent: QWidget | None = None,
        *,
        launching: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store, self.settings, self.pools, self.qsettings = store, settings, pools, qsettings
        display = Display(settings.language, settings.arabic_digits, settings.calendar)
        self.ops = Operations(store, settings, pools, display, self)
        self._first_paint = FirstPaint(self)
        self._starting = False  # see start_after_paint
        if launching:
            self.start_after_paint()
        self.setWindowTitle(self.tr("News Reader"))
        self.setAcceptDrops(not store.read_only)

        # the panes (views: ui/panes.py)
        self.model = ArticleListModel(store, self)
        list_pane, text_pane = ListPane(self.model, display), TextPane(settings, display)
        self.list_view, self.delegate, self.list_header = list_pane.list_view, list_pane.delegate, list_pane.header
        self.view_combo, self.tag_combo, self.list_empty = list_pane.view_combo, list_pane.tag_combo, list_pane.empty
        self.article_view, self.hits_label = text_pane.article_view, text_pane.hits_label
        self.bookmark_button, self.note_button = text_pane.bookmark_button, text_pane.note_button
        self.timeline = TimelinePane(display=display)
        self.timeline.setAccessibleName(self.tr("Timeline pane"))
        self.timeline.tree.setAccessibleDescription(
            self.tr("Dates mentioned in the article, oldest first; activate one to find it in the text")
        )
        self.timeline.correct_button.setVisible(not store.read_only)
        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for n, (pane, stretch) in enumerate(((list_pane, 3), (text_pane, 6), (self.timeline, 3))):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(n, stretch)
        self.splitter.setSizes([330, 620, 330])
        self.setCentralWidget(self.splitter)
        self.search_field = search_field()
        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)

        # the controllers, the exports and the actions
        self.lists = ListController(
            self.ops, list_pane, self.status_count, self.search_field, self._current_id, self._background, self
        )
        self.searcher = self.lists.searcher
        self.reader = ReaderController(
            self.ops, text_pane, self.timeline, self.lists.current_query, self.lists.current_row_id, self._background, self
        )
        self.story = StoryController(self.ops, self.splitter, self.timeline, self.lists, self.reader, self)
        self.exports = Exports(self, self.ops, self.article_view, self.timeline, self.current_article)
        self.toolbar, self.menus = actions.build(self, self.ops, settings, self.list_view, self.search_field)
        self.help_menu = self.menus["help"]
        self.reader.bookmark_action = self.act_bookmark
        self._connect_callbacks()
        self._background(lambda: actions.apply_shortcuts(self))
        self._background(self.timeline.tree.draw_axis)  # drawing the axis builds Qt's enums (qtvalues)
        self.state = WindowState(self, self.splitter, self.toolbar, self.act_show_timeline, self.story.right_pane, qsettings)
        self.resize(1280, 800)
        self.state.restore()
        self.reader.show_bookmark_state(None)
        self.list_view.setFocus()  # the window's focus when it is shown: arrows move in the list
        chain: tuple[QWidget, ...] = (self.search_field, self.view_combo, self.list_view, self.bookmark_button)
        chain += (self.article_view, self.timeline.correct_button, self.timeline.tree)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect_callbacks(self) -> None:
        self.ops.status.connect(lambda message, ms: self.statusBar().showMessage(message, ms))
        self.ops.importFinished.connect(self.importFinished)
        self.ops.restoreRequested.connect(self.restoreRequested)
        self.lists.listUpdated.connect(self.listUpdated)
        self.lists.articleSelected.connect(self.reader.show_article)
        self.lists.emptied.connect(self.reader.show_empty)
        self.lists.hitsChanged.connect(lambda: self.reader.show_hits())
        self.reader.articleShown.connect(self.articleShown)
        self.reader.welcomeShown.connect(lambda: self.list_view.selectionModel().clear())
        self.article_view.zoomChanged.connect(self._zoom_changed)
        self.article_view.commandRequested.connect(self._welcome_command)

    @property
    def display(self) -> Display:
        return self.ops.display

    # -- launching ------------------------------------------------------------------------------------------
    def after_first_paint(self, callback: Callable[[], Any]) -> None:
        """Run ``callback`` once the window has been painted for the first time (at once, if it has)."""
        self._first_paint.add(callback)

    def start_after_paint(self) -> None:
        """A launching window: background work its first picture does not need (the rest of the
        id list, marking the first article read) waits until it has painted, so that those
        threads do not compete with the paint for the interpreter."""
        self._starting = True

        def started() -> None:
            self._starting = False
            self.ops.update_derived()

        self.after_first_paint(started)
        self.after_first_paint(self.watch_folders)

    def watch_folders(self) -> None:
        """Settings → Watched folders (ui/watcher.py)."""
        from newsreader.ui.watcher import FolderWatcher

        watcher = self.ops.findChild(FolderWatcher, "folderWatcher") or FolderWatcher(self.ops)
        watcher.configure(self.settings.watched_folder_list())

    def _background(self, work: Callable[[], Any]) -> None:
        if self._starting:
            self.after_first_paint(work)
        else:
            work()

    # -- what the session, the benchmarks and the tests ask of the window ----------------------------------------
    def load_all(self) -> None:
        """Show every article, newest first."""
        self.lists.refresh_list()

    def view(self) -> str:
        return self.lists.view()

    def select_row(self, row: int) -> None:
        self.lists.select_row(row)

    def select_article(self, aid: str) -> bool:
        return self.lists.select_article(aid)

    def show_article(self, aid: str) -> None:
        self.reader.show_article(aid)

    def current_article(self) -> Article | None:
        return self.reader.current_article()

    def _current_id(self) -> str | None:
        article = self.reader.current_article()
        return article.id if article is not None else None

    def import_paths(self, paths: Sequence[Path], *, quiet: bool = False) -> GeneratorJob:
        return self.ops.import_paths(paths, quiet=quiet)

    def greet_first_launch(self, samples: Path) -> None:
        """A first launch: the samples come into the list (quietly) while the welcome is shown."""
        self.import_paths([samples], quiet=True)
        self.reader.show_welcome()

    def restore_reading_state(self) -> None:
        """Where the last session left off: its view, its article and (once painted) its search."""
        if self.qsettings is not None:
            from newsreader.settings import reading_state

            self.lists.restore_reading(*reading_state(self.qsettings), later=self.after_first_paint)

    # -- action handlers (ui/actions.py) ----------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        from newsreader.ui.import_dialog import ask_files

        ask_files(self, self.ops)

    def import_folder_dialog(self) -> None:
        from newsreader.ui.import_dialog import ask_folder

        ask_folder(self, self.ops)

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def toggle_sort(self) -> None:
        self.lists.toggle_sort(self.act_sort_date.isChecked())

    def toggle_auto_read(self) -> None:
        self.settings.mark_read_on_open = self.act_auto_read.isChecked()

    def show_story_timeline(self) -> None:
        self.story.show()
        self.act_show_timeline.setChecked(True)
        self.timeline_toggled()

    @property
    def story_dialog(self) -> Any:
        return self.story.pane

    @property
    def timeline_tabs(self) -> Any:
        return self.story.tabs

    def timeline_toggled(self) -> None:
        self.story.right_pane().setVisible(self.act_show_timeline.isChecked())

    def _welcome_command(self, command: str) -> None:
        if command == "import-folder":
            self.import_folder_dialog()
        elif command == "search":
            self.search_field.setText(SAMPLE_QUERY)
            self.focus_search()
        elif command == "shortcuts":
            self.show_shortcuts()

    def open_settings(self) -> None:
        from newsreader.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, new: Settings) -> None:
        """Apply edited settings at once and persist them; a language change rebuilds the window."""
        from dataclasses import fields

        from newsreader.ui.theme import apply_theme

        for f in fields(new):  # keep the one Settings object shared with the session
            setattr(self.settings, f.name, getattr(new, f.name))
        if self.qsettings is not None:
            self.settings.save(self.qsettings)
        apply_theme(self.settings.theme)
        actions.set_icons(self)
        self.act_auto_read.setChecked(self.settings.mark_read_on_open)
        self.ops.set_display(Display(new.language, new.arabic_digits, new.calendar))  # the controllers redraw
        self.watch_folders()
        self.languageChangeRequested.emit(new.language)  # the session rebuilds the window if it changed

    def restore_backup_dialog(self) -> None:
        from newsreader.store import backup
        from newsreader.ui.backups import RestoreDialog

        if self.store.path is None:
            return
        dialog = RestoreDialog(self, backup.list_backups(self.store.path), self.display)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.chosen() is not None:
            self.restoreRequested.emit(dialog.chosen())

    def show_shortcuts(self) -> None:
        from newsreader.ui.help import show_shortcuts

        show_shortcuts(self)

    # -- window state and events ------------------------------------------------------------------------------
    def save_state(self) -> None:
        current = self.current_article()
        self.state.save(self.settings, self.view(), current.id if current else "", self.search_field.text())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.searcher.stop()
        self.save_state()
        self.ops.cancel_all()
        self.pools.wait(15000)
        super().closeEvent(event)

    def _zoom_changed(self, size: int) -> None:
        self.settings.article_font_size = size
        self.statusBar().showMessage(self.display.num(self.tr("Text size: %1 pt").replace("%1", str(size))), 2000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)
