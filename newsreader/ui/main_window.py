"""The main window: article list | full text | timeline, with menus, toolbar, search and status bar.

Composition and signal wiring only; the work happens in the store, the core modules and jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from newsreader.domain import Article
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.ui.article_view import ArticleView
from newsreader.ui.delegates import ArticleDelegate
from newsreader.ui.jobs import FunctionJob, GeneratorJob, Pools
from newsreader.ui.models.article_list_model import ArticleListModel, Role
from newsreader.ui.timeline_view import TimelinePane

log = logging.getLogger(__name__)


class MarkReadCommand(QUndoCommand):
    """Mark all as read; undo marks the same articles unread again."""

    def __init__(self, window: MainWindow, ids: Sequence[str], text: str) -> None:
        super().__init__(text)
        self._window = window
        self._ids = list(ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # the store already did it when the command was pushed
            self._first = False
            return
        self._window.write(lambda s: s.set_read(self._ids, True), lambda _r: self._window.model.refresh(self._ids))

    def undo(self) -> None:
        self._window.write(lambda s: s.set_read(self._ids, False), lambda _r: self._window.model.refresh(self._ids))


class MainWindow(QMainWindow):
    """Three panes in a splitter; right-to-left comes from the application, not from here."""

    articleShown = Signal(str)
    importFinished = Signal(object)

    def __init__(self, store: Store, settings: Settings, pools: Pools, qsettings: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.settings = settings
        self.pools = pools
        self.qsettings = qsettings
        self._jobs: set[GeneratorJob] = set()
        self.undo_stack = QUndoStack(self)
        self.setWindowTitle(self.tr("News Reader"))
        self.setAcceptDrops(True)

        # panes
        self.model = ArticleListModel(store, self)
        self.list_view = QListView()
        self.list_view.setObjectName("articleList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view, language=settings.language,
                                                       arabic_digits=settings.arabic_digits))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setAccessibleName(self.tr("Article list"))
        self.list_view.setAccessibleDescription(self.tr("All articles in the library, newest first"))
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.list_header = QLabel()
        self.list_header.setObjectName("listHeader")
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_header)
        list_layout.addWidget(self.list_view, 1)

        self.article_view = ArticleView(font_size=settings.article_font_size, line_spacing=settings.line_spacing,
                                        language=settings.language, arabic_digits=settings.arabic_digits)
        self.article_view.setAccessibleName(self.tr("Article text"))
        self.article_view.zoomChanged.connect(self._zoom_changed)
        self.timeline = TimelinePane(language=settings.language, arabic_digits=settings.arabic_digits,
                                     calendar=settings.calendar)
        self.timeline.mentionActivated.connect(self.article_view.highlight_mention)
        self.timeline.correctDateRequested.connect(self.correct_date)
        self.article_view.cursorOffsetChanged.connect(self.timeline.tree.select_offset)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (list_pane, self.article_view, self.timeline):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([330, 620, 330])
        self.setCentralWidget(self.splitter)

        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setPlaceholderText(self.tr("Search articles…"))
        self.search_field.setAccessibleName(self.tr("Search"))

        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)
        self._build_actions()
        self.resize(1280, 800)
        self._restore_state()

    # -- actions, menus, toolbar -------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                *, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        self.act_import_files = self._action(self.tr("Import &files…"), self.import_files_dialog, SK.Open,
                                             name="importFiles")
        self.act_import_folder = self._action(self.tr("Import f&older…"), self.import_folder_dialog, "Ctrl+Shift+O",
                                              name="importFolder")
        self.act_quit = self._action(self.tr("&Quit"), self.close, SK.Quit, name="quit")
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(SK.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_redo.setShortcut(QKeySequence(SK.Redo))
        self.act_find = self._action(self.tr("&Search"), self.focus_search, SK.Find, name="find")
        self.act_mark_all = self._action(self.tr("Mark all as &read"), self.mark_all_read, "Ctrl+Shift+R",
                                         name="markAllRead")
        self.act_zoom_in = self._action(self.tr("Zoom &in"), lambda: self.article_view.zoom(+1), SK.ZoomIn,
                                        name="zoomIn")
        self.act_zoom_in.setShortcuts([QKeySequence(SK.ZoomIn), QKeySequence("Ctrl+=")])
        self.act_zoom_out = self._action(self.tr("Zoom &out"), lambda: self.article_view.zoom(-1), SK.ZoomOut,
                                         name="zoomOut")
        self.act_zoom_reset = self._action(self.tr("&Normal size"), lambda: self.article_view.set_font_size(15),
                                           "Ctrl+0", name="zoomReset")
        self.act_next = self._action(self.tr("&Next article"), lambda: self.step_article(+1), "J", name="nextArticle")
        self.act_prev = self._action(self.tr("&Previous article"), lambda: self.step_article(-1), "K",
                                     name="previousArticle")
        self.act_correct_date = self._action(self.tr("Correct article &date…"), self.timeline._ask_date, None,
                                             name="correctDate")
        self.act_about = self._action(self.tr("&About News Reader"), self.about, None, name="about")

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_import_files, self.act_import_folder])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_find, self.act_mark_all])
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        self.article_menu = menu.addMenu(self.tr("&Article"))
        self.article_menu.addActions([self.act_next, self.act_prev, self.act_correct_date])
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.act_about)

        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.act_import_files, self.act_import_folder])
        toolbar.addSeparator()
        toolbar.addActions([self.act_zoom_out, self.act_zoom_in])
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    # -- state -----------------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        if self.qsettings is None:
            return
        from newsreader.settings import window_state

        geometry, state, splitter = window_state(self.qsettings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        if not state.isEmpty():
            self.restoreState(state)
        self._saved_splitter = splitter  # restored once the window has its real size (showEvent)

    def save_state(self) -> None:
        if self.qsettings is None:
            return
        from newsreader.settings import save_window_state

        save_window_state(self.qsettings, self.saveGeometry(), self.saveState(), self.splitter.saveState())
        self.settings.save(self.qsettings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        saved = getattr(self, "_saved_splitter", None)
        if saved is not None and not saved.isEmpty():
            self._saved_splitter = None
            self.splitter.restoreState(saved)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        for job in list(self._jobs):
            job.cancel()
        self.pools.wait(15000)
        super().closeEvent(event)

    def _zoom_changed(self, size: int) -> None:
        self.settings.article_font_size = size
        self.statusBar().showMessage(self.tr("Text size: %1 pt").replace("%1", str(size)), 2000)

    # -- background work ----------------------------------------------------------------------------------
    def start_job(self, job: GeneratorJob, *, writer: bool) -> GeneratorJob:
        self._jobs.add(job)
        job.signals.finished.connect(lambda _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _m, j=job: self._jobs.discard(j))
        (self.pools.writer if writer else self.pools.reader).start(job)
        return job

    def write(self, func: Callable[[Store], Any], done: Callable[[Any], None] | None = None) -> GeneratorJob:
        """Run ``func(store)`` on the writer thread with its own connection."""
        path = self.store.path

        def run() -> Any:
            if path is None:
                return func(self.store)
            with Store.connect(path) as store:
                return func(store)

        job = FunctionJob(run)
        if done is not None:
            job.signals.finished.connect(done)
        job.signals.failed.connect(self._job_failed)
        return self.start_job(job, writer=True)

    def _job_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("News Reader"), message)

    # -- the article list ----------------------------------------------------------------------------------
    def load_all(self) -> None:
        """Show every article, newest first."""
        self.model.set_ids(self.store.article_ids())
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        self.status_count.setText(self.tr("%1 articles").replace("%1", str(total)))
        self.list_header.setText(self.tr("Articles (%1)").replace("%1", str(total)))

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

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        aid = indexes[0].data(Role.ID)
        if aid:
            self.show_article(aid)

    def show_article(self, aid: str) -> None:
        article = self.store.article(aid)
        self.article_view.show_article(article)
        self.timeline.set_article(article, self.store.mentions(aid))
        if self.settings.mark_read_on_open and not article.read:
            self.write(lambda s: s.set_read([aid], True), lambda _r: self.model.refresh([aid]))
        self.articleShown.emit(aid)

    def current_article(self) -> Article | None:
        return self.article_view.article

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    # -- reading state ----------------------------------------------------------------------------------------
    def mark_all_read(self) -> None:
        def done(ids: list[str]) -> None:
            self.model.refresh(ids)
            if ids:
                self.undo_stack.push(MarkReadCommand(self, ids, self.tr("Mark all as read")))
                self.statusBar().showMessage(
                    self.tr("%1 articles marked as read (Ctrl+Z to undo)").replace("%1", str(len(ids))), 4000)

        self.write(lambda s: s.mark_all_read(), done)

    def correct_date(self, aid: str, iso: str) -> None:
        def done(_r: object) -> None:
            self.model.refresh([aid])
            current = self.current_article()
            if current is not None and current.id == aid:
                self.show_article(aid)

        self.write(lambda s: s.set_published(aid, iso), done)

    # -- import -----------------------------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import files"), self.settings.last_import_dir,
            self.tr("Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)"))
        if files:
            self.settings.last_import_dir = str(Path(files[0]).parent)
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import folder"), self.settings.last_import_dir)
        if folder:
            self.settings.last_import_dir = folder
            self.import_paths([Path(folder)])

    def import_paths(self, paths: Sequence[Path], *, quiet: bool = False) -> GeneratorJob:
        from newsreader.ui.import_dialog import ImportController

        controller = ImportController(self, paths, quiet=quiet)
        return controller.start()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- help -------------------------------------------------------------------------------------------------
    def about(self) -> None:
        from newsreader import __version__

        QMessageBox.about(self, self.tr("About News Reader"),
                          self.tr("News Reader %1\nAn Arabic-first reader for collected news.").replace("%1", __version__))
