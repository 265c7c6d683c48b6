"""The main window: article list | full text | timeline, with menus, toolbar, search and status bar.

Composition and signal wiring only; the work happens in the store, the core modules and jobs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.domain import Article
from newsreader.errors import LibraryCorrupt
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.text.bidi import isolate
from newsreader.ui.article_view import ArticleView
from newsreader.ui.delegates import ArticleDelegate
from newsreader.ui.formatting import Display
from newsreader.ui.inputs import follow_content_direction
from newsreader.ui.jobs import FunctionJob, GeneratorJob, Pools
from newsreader.ui.models.article_list_model import ArticleListModel, Role
from newsreader.ui.qtvalues import (
    ACTIONS_CONTEXT_MENU,
    ALIGN_CENTER,
    SCROLL_BAR_ALWAYS_OFF,
    STRONG_FOCUS,
    TOOL_BUTTON_ICON_ONLY,
    TOOL_BUTTON_TEXT_BESIDE_ICON,
    set_property,
)
from newsreader.ui.search_controller import SearchController
from newsreader.ui.timeline_view import TimelinePane

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QItemSelection
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent, QShowEvent

    from newsreader.ui.timeline_dialogs import StoryTimelinePane

log = logging.getLogger(__name__)
FIRST_PAGE = 500
SAMPLE_QUERY = "جمهورية سهيل"  # the welcome's search: the fictional country of resources/samples
#: Below this window width the toolbar shows icons only; below FOLD_TIMELINE the timeline pane
#: folds away behind the toolbar's «Timeline» toggle (1024×640 and 800×600 keep the text readable).
ICONS_ONLY_BELOW = 1200
FOLD_TIMELINE_BELOW = 980
LRI, PDI = "\u2066", "\u2069"
# Dialogs, printing and file choosers are imported where they are used: the window's first
# paint waits for every module (and every Qt class) imported here.


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


class MainWindow(QMainWindow):
    """Three panes in a splitter; right-to-left comes from the application, not from here."""

    articleShown = Signal(str)
    importFinished = Signal(object)
    listUpdated = Signal()
    languageChangeRequested = Signal(str)
    restoreRequested = Signal(object)  # path of the backup to restore

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
        self.store = store
        self.settings = settings
        self.pools = pools
        self.qsettings = qsettings
        self._jobs: set[GeneratorJob] = set()
        self._damage_reported = False
        self._list_generation = 0
        self.undo_stack = QUndoStack(self)
        self._first_paint = FirstPaint(self)
        self._starting = False  # see start_after_paint
        self._closing = False
        self._reindexing = ""  # what update_search_index is bringing up to date
        self._timeline_folded = self._icons_only = False
        self.story_dialog: StoryTimelinePane | None = None  # the story timeline's tab, once asked for
        self._story_target: tuple[str, int, int] | None = None  # a story's article, selected once listed
        self.timeline_tabs: Any = None
        self._alive = alive = {"yes": True}
        self.destroyed.connect(lambda *_a: alive.update(yes=False))
        if launching:
            self.start_after_paint()
        self.setWindowTitle(self.tr("News Reader"))
        self.setAcceptDrops(True)

        # panes
        self.model = ArticleListModel(store, self)
        self.list_view = QListView()
        self.list_view.setObjectName("articleList")
        self.list_view.setModel(self.model)
        self.display = Display(settings.language, settings.arabic_digits, settings.calendar)
        QLocale.setDefault(self.display.locale())  # dialogs and progress bars made later: the chosen digits
        self.delegate = ArticleDelegate(self.list_view, display=self.display)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setAccessibleName(self.tr("Article list"))
        self.list_view.setAccessibleDescription(self.tr("All articles in the library, newest first"))
        self.list_view.selectionModel().selectionChanged.connect(self._selection_changed)
        set_property(self.list_view, "contextMenuPolicy", ACTIONS_CONTEXT_MENU)
        set_property(self.list_view, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # rows elide, never scroll
        self.list_header = QLabel()
        self.list_header.setObjectName("listHeader")
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setAccessibleName(self.tr("Which articles to list"))
        for key, label in (("all", self.tr("All articles")), ("unread", self.tr("Unread")), ("bookmarks", self.tr("Bookmarks"))):
            self.view_combo.addItem(label, key)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tagCombo")
        self.tag_combo.setAccessibleName(self.tr("Filter bookmarks by tag"))
        self.tag_combo.setVisible(False)
        for box in (self.view_combo, self.tag_combo):  # never changed by a stray wheel or arrow key
            set_property(box, "focusPolicy", STRONG_FOCUS)
            box.installEventFilter(self)
        self.view_combo.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.tag_combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        header = QHBoxLayout()
        header.addWidget(self.list_header, 1)
        header.addWidget(self.view_combo)
        header.addWidget(self.tag_combo)
        list_pane = QWidget()
        list_layout = QVBoxLayout(list_pane)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(header)
        list_layout.addWidget(self.list_view, 1)
        self.list_empty = QLabel()  # in place of the list: no result, a query error, an empty view
        self.list_empty.setObjectName("listEmpty")
        self.list_empty.setWordWrap(True)
        set_property(self.list_empty, "alignment", ALIGN_CENTER)
        self.list_empty.setMargin(16)
        self.list_empty.hide()
        list_layout.addWidget(self.list_empty, 1)
        self.model.rowsInserted.connect(self._rows_arrived)  # an import fills an empty list: show its rows
        self.listUpdated.connect(self._open_story_target)

        self.article_view = ArticleView(
            font_size=settings.article_font_size,
            line_spacing=settings.line_spacing,
            display=self.display,
            family=settings.article_font,
        )
        self.article_view.setAccessibleName(self.tr("Article text"))
        self.article_view.zoomChanged.connect(self._zoom_changed)
        self.article_view.commandRequested.connect(self._welcome_command)
        self.timeline = TimelinePane(display=self.display)
        self.timeline.mentionActivated.connect(self.article_view.highlight_mention)
        self.timeline.correctDateRequested.connect(self.correct_date)
        self.article_view.cursorOffsetChanged.connect(self.timeline.tree.select_offset)

        self.bookmark_button = QToolButton()
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setCheckable(True)
        set_property(self.bookmark_button, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.bookmark_button.clicked.connect(lambda _c=False: self.toggle_bookmark())
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this article"))
        self.note_button = QToolButton()
        self.note_button.setObjectName("noteButton")
        self.note_button.clicked.connect(lambda _c=False: self.edit_bookmark())
        self.note_button.setAccessibleName(self.tr("Edit the bookmark's note and tags"))
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitsLabel")
        text_bar = QHBoxLayout()
        text_bar.setContentsMargins(6, 2, 6, 2)
        text_bar.addWidget(self.bookmark_button)
        text_bar.addWidget(self.note_button)
        text_bar.addStretch(1)
        text_bar.addWidget(self.hits_label)
        text_pane = QWidget()
        text_layout = QVBoxLayout(text_pane)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(0)
        text_layout.addLayout(text_bar)
        text_layout.addWidget(self.article_view, 1)

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        for pane in (list_pane, text_pane, self.timeline):
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
        self.search_field.setAccessibleDescription(
            self.tr('Words, "exact phrase", -exclude, OR, prefix*, source:, from:, to:, is:bookmarked, is:unread')
        )
        self.search_field.setToolTip(self.search_field.accessibleDescription())
        self.search_field.setMinimumWidth(260)
        follow_content_direction(self.search_field)
        self.searcher = SearchController(
            self.search_field, store.path, pools, lambda job: self.start_job(job, writer=False), self
        )
        self.searcher.results.connect(self._search_results)
        self.searcher.message.connect(self._search_message)
        self.searcher.cleared.connect(self.refresh_list)

        self.status_count = QLabel()
        self.statusBar().addPermanentWidget(self.status_count)
        self._build_actions()
        self._background(self._apply_shortcuts)
        self._background(self.timeline.tree.draw_axis)  # drawing the axis builds Qt's enums (qtvalues)
        self.resize(1280, 800)
        self._restore_state()
        self.list_view.installEventFilter(self)
        if store.read_only:
            for act in (
                self.act_import_files,
                self.act_import_folder,
                self.act_bookmark,
                self.act_edit_bookmark,
                self.act_mark_all,
                self.act_mark_unread,
                self.act_correct_date,
                self.act_restore,
            ):
                act.setEnabled(False)
            self.setAcceptDrops(False)
            self.timeline.correct_button.setVisible(False)
        self._show_bookmark_state(None)
        self.list_view.setFocus()  # the window's focus when it is shown: arrows move in the list
        QWidget.setTabOrder(self.search_field, self.view_combo)
        QWidget.setTabOrder(self.view_combo, self.list_view)
        QWidget.setTabOrder(self.list_view, self.bookmark_button)
        QWidget.setTabOrder(self.bookmark_button, self.article_view)
        QWidget.setTabOrder(self.article_view, self.timeline.correct_button)
        QWidget.setTabOrder(self.timeline.correct_button, self.timeline.tree)
        self.article_view.setAccessibleDescription(self.tr("The full text of the selected article"))
        self.timeline.setAccessibleName(self.tr("Timeline pane"))
        self.timeline.tree.setAccessibleDescription(
            self.tr("Dates mentioned in the article, oldest first; activate one to find it in the text")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, Left/Right follow the reading direction: in RTL, Left is the next article.
        The view and tag boxes change only through their pop-up: a wheel turned over them or an
        arrow key does not switch what the list shows (an arrow key opens the pop-up)."""
        if watched in (self.view_combo, self.tag_combo):
            kind = event.type()
            if kind == QEvent.Type.Wheel:
                event.ignore()
                return True
            if kind == QEvent.Type.KeyPress:
                from PySide6.QtCore import Qt

                key = event.key()  # type: ignore[attr-defined]
                if key in (
                    Qt.Key.Key_Up,
                    Qt.Key.Key_Down,
                    Qt.Key.Key_PageUp,
                    Qt.Key.Key_PageDown,
                    Qt.Key.Key_Home,
                    Qt.Key.Key_End,
                ):
                    watched.showPopup()  # type: ignore[attr-defined]
                    return True
            return False
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt  # not before the first paint (qtvalues)

            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not event.modifiers():  # type: ignore[attr-defined]
                forward = (key == Qt.Key.Key_Left) == self.isRightToLeft()
                self.step_article(+1 if forward else -1)
                return True
        return super().eventFilter(watched, event)

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
            self.update_search_index()

        self.after_first_paint(started)
        self.after_first_paint(self.watch_folders)

    def watch_folders(self) -> None:
        """Settings → Watched folders (ui/watcher.py)."""
        from newsreader.ui.watcher import FolderWatcher

        watcher = self.findChild(FolderWatcher, "folderWatcher") or FolderWatcher(self)
        watcher.configure(self.settings.watched_folder_list())

    def _background(self, work: Callable[[], Any]) -> None:
        if self._starting:
            self.after_first_paint(work)
        else:
            work()

    # -- actions, menus, toolbar -------------------------------------------------------------------
    def _action(self, text: str, slot: Callable[[], Any], *, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_import_files = self._action(self.tr("Import &files…"), self.import_files_dialog, name="importFiles")
        self.act_import_folder = self._action(self.tr("Import f&older…"), self.import_folder_dialog, name="importFolder")
        self.act_quit = self._action(self.tr("&Quit"), self.close, name="quit")
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.act_find = self._action(self.tr("&Search"), self.focus_search, name="find")
        self.act_mark_all = self._action(self.tr("Mark all as &read"), self.mark_all_read, name="markAllRead")
        self.act_zoom_in = self._action(self.tr("Zoom &in"), lambda: self.article_view.zoom(+1), name="zoomIn")
        self.act_zoom_out = self._action(self.tr("Zoom &out"), lambda: self.article_view.zoom(-1), name="zoomOut")
        self.act_zoom_reset = self._action(self.tr("&Normal size"), lambda: self.article_view.set_font_size(15), name="zoomReset")
        self.act_next = self._action(self.tr("&Next article"), lambda: self.step_article(+1), name="nextArticle")
        self.act_prev = self._action(self.tr("&Previous article"), lambda: self.step_article(-1), name="previousArticle")
        self.act_correct_date = self._action(self.tr("Correct article &date…"), self.timeline._ask_date, name="correctDate")
        self.act_about = self._action(self.tr("&About News Reader"), self.about, name="about")
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, name="shortcuts")
        self.act_bookmark = self._action(self.tr("&Bookmark"), self.toggle_bookmark, name="bookmark")
        self.act_bookmark.setCheckable(True)
        self.act_edit_bookmark = self._action(self.tr("Bookmark &note and tags…"), self.edit_bookmark, name="editBookmark")
        self.act_mark_unread = self._action(self.tr("Mark as &unread"), self.mark_unread, name="markUnread")
        self.act_auto_read = self._action(self.tr("Mark articles read when &opened"), self._toggle_auto_read, name="autoRead")
        self.act_auto_read.setCheckable(True)
        self.act_auto_read.setChecked(self.settings.mark_read_on_open)
        self.act_next_hit = self._action(self.tr("Next &hit"), lambda: self.step_hit(True), name="nextHit")
        self.act_prev_hit = self._action(self.tr("Previous h&it"), lambda: self.step_hit(False), name="previousHit")
        self.act_sort_date = self._action(self.tr("Sort search results by &date"), self._toggle_sort, name="sortByDate")
        self.act_sort_date.setCheckable(True)
        self.act_story = self._action(self.tr("&Story timeline"), self.show_story_timeline, name="storyTimeline")
        self.act_show_timeline = self._action(self.tr("T&imeline pane"), self._timeline_toggled, name="showTimeline")
        self.act_show_timeline.setCheckable(True)
        self.act_show_timeline.setChecked(True)
        self.act_search_help = self._action(self.tr("Search s&yntax"), self.show_search_help, name="searchHelp")
        self.act_export_bookmarks = self._action(self.tr("&Export bookmarks…"), self.export_bookmarks, name="exportBookmarks")
        self.act_settings = self._action(self.tr("&Settings…"), self.open_settings, name="settings")
        self.act_rename_outlet = self._action(self.tr("Rename &outlet…"), self.rename_outlet, name="renameOutlet")
        self.act_print = self._action(self.tr("&Print article…"), self.print_article, name="print")
        self.act_pdf = self._action(self.tr("Export article as P&DF…"), self.export_pdf, name="exportPdf")
        self.act_timeline_csv = self._action(
            self.tr("Export timeline as &CSV…"), lambda: self.export_timeline("csv"), name="exportTimelineCsv"
        )
        self.act_timeline_png = self._action(
            self.tr("Export timeline as &image…"), lambda: self.export_timeline("png"), name="exportTimelinePng"
        )
        self.act_focus_list = self._action(self.tr("Go to the article &list"), self.list_view.setFocus, name="focusList")
        self.act_focus_text = self._action(self.tr("Go to the article &text"), self.article_view.setFocus, name="focusText")
        self.act_focus_timeline = self._action(self.tr("Go to the &timeline"), self.timeline.tree.setFocus, name="focusTimeline")
        self.act_restore = self._action(self.tr("&Restore backup…"), self.restore_backup_dialog, name="restoreBackup")
        self.act_lang_ar = self._action("العربية", lambda: self.languageChangeRequested.emit("ar"), name="languageArabic")
        self.act_lang_en = self._action("English", lambda: self.languageChangeRequested.emit("en"), name="languageEnglish")
        for act, lang in ((self.act_lang_ar, "ar"), (self.act_lang_en, "en")):
            act.setCheckable(True)
            act.setChecked(self.settings.language == lang)
        for act in (self.act_bookmark, self.act_mark_unread, self.act_edit_bookmark):
            self.list_view.addAction(act)

        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_import_files, self.act_import_folder])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.act_print, self.act_pdf, self.act_timeline_csv, self.act_timeline_png, self.act_export_bookmarks]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = menu.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.act_undo, self.act_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_find, self.act_next_hit, self.act_prev_hit, self.act_sort_date])
        edit_menu.addSeparator()
        edit_menu.addActions([self.act_mark_all, self.act_auto_read])
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_settings)
        self.view_menu = menu.addMenu(self.tr("&View"))
        self.view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_story, self.act_show_timeline])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.act_focus_list, self.act_focus_text, self.act_focus_timeline])
        lang_menu = self.view_menu.addMenu(self.tr("&Language"))
        lang_menu.addActions([self.act_lang_ar, self.act_lang_en])
        self.article_menu = menu.addMenu(self.tr("&Article"))
        self.article_menu.addActions([self.act_next, self.act_prev])
        self.article_menu.addSeparator()
        self.article_menu.addActions(
            [self.act_bookmark, self.act_edit_bookmark, self.act_mark_unread, self.act_correct_date, self.act_rename_outlet]
        )
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.help_menu.addActions([self.act_shortcuts, self.act_search_help, self.act_about])

        self._set_icons()
        toolbar = QToolBar(self.tr("Main toolbar"))
        set_property(toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # The search field comes first: a toolbar too narrow for everything moves its *last* items
        # into its overflow menu, and the search field must stay reachable at any width.
        toolbar.addWidget(self.search_field)
        toolbar.addSeparator()
        toolbar.addActions([self.act_import_files, self.act_import_folder])
        toolbar.addSeparator()
        toolbar.addActions([self.act_zoom_out, self.act_zoom_in])
        toolbar.addSeparator()
        toolbar.addActions([self.act_bookmark, self.act_story, self.act_show_timeline])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _set_icons(self) -> None:
        """The toolbar's icons, drawn for the current theme (light strokes on a dark one)."""
        from newsreader.ui.theme import icon_path

        for action, name in (
            (self.act_import_files, "import"),
            (self.act_bookmark, "bookmark"),
            (self.act_zoom_in, "zoom-in"),
            (self.act_zoom_out, "zoom-out"),
            (self.act_story, "story"),
            (self.act_show_timeline, "timeline"),
            (self.act_find, "search"),
        ):
            action.setIcon(QIcon(str(icon_path(f"{name}.svg"))))

    def _apply_shortcuts(self) -> None:
        """Every action's keyboard shortcuts. A launching window sets them after its first paint
        (``_background``): no shortcut is drawn in it, and ``QKeySequence`` is one more class (and
        five enums) to build before it."""
        from PySide6.QtGui import QKeySequence

        std = QKeySequence.StandardKey
        rtl = self.isRightToLeft()  # Alt+Left/Right follow the reading direction: in RTL, Left is forward
        keys: dict[QAction, list[QKeySequence.StandardKey | str]] = {
            self.act_import_files: [std.Open],
            self.act_import_folder: ["Ctrl+Shift+O"],
            self.act_quit: [std.Quit],
            self.act_undo: [std.Undo],
            self.act_redo: [std.Redo],
            self.act_find: [std.Find],
            self.act_mark_all: ["Ctrl+Shift+R"],
            self.act_zoom_in: [std.ZoomIn, "Ctrl+="],
            self.act_zoom_out: [std.ZoomOut],
            self.act_zoom_reset: ["Ctrl+0"],
            self.act_next: ["J", "Alt+Left" if rtl else "Alt+Right"],
            self.act_prev: ["K", "Alt+Right" if rtl else "Alt+Left"],
            self.act_shortcuts: [std.HelpContents],
            self.act_bookmark: ["Ctrl+D"],
            self.act_edit_bookmark: ["Ctrl+Shift+D"],
            self.act_mark_unread: ["Ctrl+U"],
            self.act_next_hit: [std.FindNext],
            self.act_prev_hit: [std.FindPrevious],
            self.act_story: ["Ctrl+T"],
            self.act_export_bookmarks: ["Ctrl+E"],
            self.act_settings: ["Ctrl+,", std.Preferences],
            self.act_print: [std.Print],
            self.act_pdf: ["Ctrl+Shift+P"],
            self.act_focus_list: ["Alt+1"],
            self.act_focus_text: ["Alt+2"],
            self.act_focus_timeline: ["Alt+3"],
        }
        for action, sequences in keys.items():
            shortcuts = [s for s in (QKeySequence(k) for k in sequences) if not s.isEmpty()]
            action.setShortcuts(shortcuts)  # setShortcut() builds the Qt enums (qtvalues)
            if shortcuts:
                self._label_shortcut(action, shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText))

    @staticmethod
    def _label_shortcut(action: QAction, keys: str) -> None:
        """Show ``keys`` after the action's name in menus, isolated left to right: drawn in a
        right-to-left menu as it is, «Ctrl++» and «Ctrl+,» came out as «++Ctrl» and «,+Ctrl».
        A menu shows the part of an action's text after a tab as its shortcut, as given."""
        name = action.text().split("\t")[0]
        action.setIconText(name.replace("&", ""))
        action.setToolTip(f"{name.replace('&', '')} ({LRI}{keys}{PDI})")
        action.setText(f"{name}\t{LRI}{keys}{PDI}")

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
        self._saved_splitter: QByteArray | None = splitter  # restored once the window has its real size (showEvent)

    def save_state(self) -> None:
        if self.qsettings is None:
            return
        from newsreader.settings import save_reading_state, save_window_state

        save_window_state(self.qsettings, self.saveGeometry(), self.saveState(), self.splitter.saveState())
        current = self.current_article()
        save_reading_state(self.qsettings, self.view(), current.id if current else "", self.search_field.text())
        self.settings.save(self.qsettings)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        saved = getattr(self, "_saved_splitter", None)
        if saved is not None and not saved.isEmpty():
            self._saved_splitter = None
            self.splitter.restoreState(saved)
            self._right_pane().setVisible(self.act_show_timeline.isChecked())  # restoreState shows every pane

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Narrow windows: the toolbar shows icons only, and the timeline pane folds away (its
        toolbar toggle brings it back) so that the list and the text keep readable widths."""
        super().resizeEvent(event)
        width = event.size().width()
        icons_only = width < ICONS_ONLY_BELOW
        if icons_only != self._icons_only:
            self._icons_only = icons_only
            set_property(self.toolbar, "toolButtonStyle", TOOL_BUTTON_ICON_ONLY if icons_only else TOOL_BUTTON_TEXT_BESIDE_ICON)
        folded = width < FOLD_TIMELINE_BELOW
        if folded != self._timeline_folded:
            self._timeline_folded = folded
            self.act_show_timeline.setChecked(not folded)
            self._right_pane().setVisible(not folded)

    def _timeline_toggled(self) -> None:
        self._right_pane().setVisible(self.act_show_timeline.isChecked())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.searcher.stop()
        self.save_state()
        for job in list(self._jobs):
            job.cancel()
        self.pools.wait(15000)
        super().closeEvent(event)

    def _zoom_changed(self, size: int) -> None:
        self.settings.article_font_size = size
        self.statusBar().showMessage(self.display.num(self.tr("Text size: %1 pt").replace("%1", str(size))), 2000)

    # -- background work ----------------------------------------------------------------------------------
    def start_job(self, job: GeneratorJob, *, writer: bool, background: bool = False) -> GeneratorJob:
        """Start ``job`` on the reader threads, the writer thread (the user's writes) or, ``background``,
        the thread of long writing work (imports, backups) that the user's writes never wait behind."""
        self._jobs.add(job)
        job.signals.finished.connect(lambda _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _m, j=job: self._jobs.discard(j))
        job.signals.damaged.connect(self.library_damaged)
        job.signals.waiting.connect(self._waiting_for_library)
        pool = self.pools.background if background else self.pools.writer if writer else self.pools.reader
        pool.start(job)
        return job

    def _waiting_for_library(self) -> None:
        self.statusBar().showMessage(self.tr("Waiting for the library: another program is writing to it…"), 5000)

    def library_damaged(self, exc: LibraryCorrupt) -> None:
        """The library turned out damaged: say so once and offer its newest good backup."""
        if self._damage_reported or self.store.path is None:
            return
        self._damage_reported = True
        from newsreader.ui.backups import ask_restore

        chosen = ask_restore(self, exc, self.store.path)
        if chosen is not None:
            self.restoreRequested.emit(chosen.path)

    def write(
        self, func: Callable[[Store], Any], done: Callable[[Any], None] | None = None, *, background: bool = False
    ) -> GeneratorJob:
        """Run ``func(store)`` on the writer thread (``background``: the thread of long work, see
        :meth:`start_job`) with its own connection; a wait for another program's lock is shown."""
        path = self.store.path

        def run() -> Any:
            if path is None:
                return func(self.store)
            with Store.connect(path) as store:
                store.db.on_busy = job.signals.waiting.emit
                return func(store)

        job = FunctionJob(run)
        if done is not None:
            alive = self._alive  # a window replaced meanwhile (language, restore) is gone: its views too
            job.signals.finished.connect(lambda result: done(result) if alive["yes"] else None)
        job.signals.failed.connect(self._job_failed)
        return self.start_job(job, writer=True, background=background)

    def update_search_index(self) -> None:
        """Bring the derived data up to this version when another built it: the search index (for the
        analyser), then the timeline mentions (for the extractor). A short step at a time on the writer
        thread (the old index and mentions serve meanwhile), progress in the status bar. A library that
        is current costs one look."""
        if not self.store.read_only and not self._closing:
            from newsreader.importing import derived

            self.write(derived.update_derived_step, self._search_index_progress)

    def _search_index_progress(self, state: tuple[str, int, int] | None) -> None:
        done_messages = {"search": self.tr("The search index is up to date"), "timeline": self.tr("The timeline is up to date")}
        if state is None or (self._reindexing and self._reindexing != state[0]):
            if self._reindexing:
                self.statusBar().showMessage(done_messages[self._reindexing], 4000)
                self._reindexing = ""
            if state is None:
                return
        what, done, total = state
        self._reindexing = what
        message = (
            self.tr("Updating the search index: %1 of %2 articles")
            if what == "search"
            else self.tr("Updating the timeline: %1 of %2 articles")
        )
        self.statusBar().showMessage(message.replace("%1", str(done)).replace("%2", str(total)))
        self.update_search_index()

    def _job_failed(self, message: str) -> None:
        from newsreader.ui.dialogs import warn

        if self._damage_reported:  # said by library_damaged, with the backup to restore
            return
        warn(self, self.tr("News Reader"), message)

    # -- the article list ----------------------------------------------------------------------------------
    def load_all(self) -> None:
        """Show every article, newest first."""
        self.refresh_list()

    def view(self) -> str:
        return str(self.view_combo.currentData() or "all")

    def _view_changed(self) -> None:
        view = self.view()
        if view == "bookmarks":
            self._reload_tags()
        self.tag_combo.setVisible(view == "bookmarks")
        self.searcher.extra = {"unread": "is:unread", "bookmarks": "is:bookmarked"}.get(view, "")
        self.refresh_list()

    def _reload_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in self.store.bookmark_tags():
            self.tag_combo.addItem(tag, tag)
        index = self.tag_combo.findData(current)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    def refresh_list(self) -> None:
        """Fill the list for the current view, or re-run the current search."""
        if self.searcher.active():
            self.searcher.run_now()
            return
        view = self.view()
        if view == "bookmarks":
            self._set_ids([b.article_id for b in self.store.bookmarks(self.tag_combo.currentData())])
            return
        # The first page at once, the rest of the ids from a reader thread (a big library
        # paints its window without waiting for a million ids).
        unread = view == "unread"
        try:
            first = self.store.article_ids(unread_only=unread, limit=FIRST_PAGE)
        except LibraryCorrupt as exc:
            self._set_ids([])
            QTimer.singleShot(0, lambda err=exc: self.library_damaged(err))
            return
        self._set_ids(first)
        if len(first) < FIRST_PAGE or self.store.path is None:
            return
        generation, path = self._list_generation, self.store.path

        def load() -> list[str]:
            with Store.connect(path) as store:
                return store.article_ids(unread_only=unread)

        def loaded(ids: list[str] | None) -> None:
            if ids is None or generation != self._list_generation:
                return
            if ids[: len(first)] == first:
                self.model.append_ids(ids[len(first) :])
                self._update_counts()
                self.listUpdated.emit()
            else:
                self._set_ids(ids)

        job = FunctionJob(load)
        job.signals.finished.connect(loaded)
        self._background(lambda: self.start_job(job, writer=False))

    def _set_ids(self, ids: list[str], *, empty: str | None = None) -> None:
        """Show ``ids`` in the list. The reader keeps its article if the new list holds it, else
        shows the list's first article, or ``empty`` (a message for an empty list) in its place."""
        self._list_generation += 1
        current = self.current_article()
        self.model.set_query(self.searcher.query if self.searcher.active() else None)
        notes = self._bookmark_notes() if self.view() == "bookmarks" else {}
        self.model.set_ids(ids, notes=notes)
        self.delegate.extra_line = self.model.has_extra_line()
        row = self.model.row_of(current.id) if current is not None else -1
        if row >= 0:
            self.list_view.selectionModel().blockSignals(True)
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.selectionModel().blockSignals(False)
            self._show_hits(current)  # type: ignore[arg-type]
        elif ids:
            self.select_row(0)
        else:  # an empty list: the reader says why (no article, nor the welcome, beside it)
            self.article_view.show_empty(self._empty_text())
            self.timeline.set_article(None, [])
            self._show_bookmark_state(None)
            self.hits_label.setText("")
        self._show_list_state(empty if empty is not None else (self._empty_text() if not ids else ""))
        self._update_counts()
        self.listUpdated.emit()

    def _bookmark_notes(self) -> dict[str, str]:
        """The third line of each row in the Bookmarks view: the note, then the tags."""
        out = {}
        for b in self.store.bookmarks(self.tag_combo.currentData()):
            tags = " ".join(f"#{t}" for t in b.tags)
            line = self.display.separator.join(part for part in (b.note.replace("\n", " "), tags) if part)
            if line:
                out[b.article_id] = line
        return out

    def _empty_text(self) -> str:
        """What an empty list means, for the list and the reading pane."""
        if self.searcher.active():
            return self.tr("No article matches this search.")
        return {
            "unread": self.tr("No unread articles."),
            "bookmarks": self.tr("No bookmarks yet: press Ctrl+D on an article to keep it here."),
        }.get(self.view(), self.tr("The library is empty: import files or a folder (File menu) to begin."))

    def _show_list_state(self, message: str) -> None:
        """An empty list says why, in the list itself; a list with rows shows them."""
        self.list_empty.setText(message)
        self.list_empty.setVisible(bool(message))
        self.list_view.setVisible(not message)

    def _rows_arrived(self) -> None:
        """Rows came into a list that said why it was empty (an import): the list shows them."""
        if not self.list_empty.isHidden():
            self._show_list_state("")

    def _search_results(self, ids: list[str], final: bool) -> None:
        shown = self.model.ids()
        if shown and len(ids) > len(shown) and ids[: len(shown)] == shown:
            self.model.append_ids(ids[len(shown) :])  # the rest of a streamed result: keep the scroll position
            self._update_counts()
            self.listUpdated.emit()
        else:
            self._set_ids(ids)
        if final:
            self.statusBar().showMessage(self.display.num(self.tr("%n articles found", "", len(ids))), 4000)
        current = self.current_article()
        if current is not None:
            self._show_hits(current)

    def _search_message(self, message: str, values: object = ()) -> None:
        """A query that cannot be run: the list says why and where, and so does the status bar."""
        from html import escape

        self.statusBar().showMessage(message, 6000)
        text = self.search_field.text()
        quoted = [v for v in values if isinstance(v, str) and v and v in text]  # type: ignore[attr-defined]
        part = quoted[-1] if quoted else ""  # the last: «from:» is named first, its wrong value after it
        where = text.find(part) if part else -1
        shown = escape(message)
        if where >= 0:
            marked = escape(text[:where]) + "<b><u>" + escape(part) + "</u></b>" + escape(text[where + len(part) :])
            at = self.display.num(self.tr("At character %1 of the search:").replace("%1", str(where + 1)))
            shown += f"<br><br>{escape(at)}<br><span dir='auto'>{marked}</span>"
        self._set_ids([], empty=shown)

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        self.status_count.setText(self.display.num(self.tr("%n articles", "", total)))
        self.list_header.setText(self.display.num(self.tr("Articles (%1)").replace("%1", str(total))))

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
        self.article_view.show_article(article, self._note_line(aid))
        self.timeline.set_article(article, self.store.mentions(aid))
        self._show_hits(article)
        self._show_bookmark_state(aid)
        if self.settings.mark_read_on_open and not article.read and not self.store.read_only:
            self._background(lambda: self.write(lambda s: s.set_read([aid], True), lambda _r: self.model.refresh([aid])))
        self.articleShown.emit(aid)

    def _note_line(self, aid: str) -> str:
        """A bookmark's note and tags, for the reading pane («» when there are none)."""
        bookmark = self.store.bookmark(aid)
        if bookmark is None:
            return ""
        tags = " ".join(f"#{t}" for t in bookmark.tags)
        return self.display.separator.join(part for part in (bookmark.note, tags) if part)

    def greet_first_launch(self, samples: Path) -> None:
        """A first launch: the samples come into the list (quietly) while the welcome is shown."""
        self.import_paths([samples], quiet=True)
        self.show_welcome()

    def show_welcome(self) -> None:
        """The first launch: what this is, how to bring one's own files, how to search."""
        self.list_view.selectionModel().clear()  # no article is open: the greeting is
        self.timeline.set_article(None, [])
        self._show_bookmark_state(None)
        self.hits_label.setText("")
        self.article_view.show_welcome(
            self.tr("Welcome to News Reader"),
            [
                (
                    self.tr(
                        "News Reader keeps the Arabic news you collect (saved pages, feeds, exports) in one "
                        "library: read it, search it as an Arabic reader means it, and see when the events "
                        "each article mentions happened."
                    ),
                    None,
                ),
                (self.tr("A few sample articles (fictional) are in the list: pick one to read it."), None),
                (self.tr("Import your own files or a folder…"), "newsreader:import-folder"),
                (
                    self.tr("Try a search: “%1” finds the samples about that country").replace("%1", isolate(SAMPLE_QUERY)),
                    "newsreader:search",
                ),
                (self.tr("Keyboard shortcuts"), "newsreader:shortcuts"),
            ],
        )

    def _welcome_command(self, command: str) -> None:
        if command == "import-folder":
            self.import_folder_dialog()
        elif command == "search":
            self.search_field.setText(SAMPLE_QUERY)
            self.focus_search()
        elif command == "shortcuts":
            self.show_shortcuts()

    def restore_reading_state(self) -> None:
        """Where the last session left off: its view, its article and (once painted) its search."""
        if self.qsettings is None:
            return
        from newsreader.settings import reading_state

        view, article, query = reading_state(self.qsettings)
        index = self.view_combo.findData(view)
        if index > 0:
            self.view_combo.setCurrentIndex(index)
        if article and self.model.row_of(article) >= 0:
            self.select_article(article)
        if query:
            self.after_first_paint(lambda: self.search_field.setText(query))

    def current_article(self) -> Article | None:
        return self.article_view.article

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _show_hits(self, article: Article) -> None:
        query = self.searcher.query if self.searcher.active() else None
        spans: list[tuple[int, int]] = []
        if query is not None and query.terms:
            from newsreader.search.highlight import hit_spans  # (loaded with the query's parser)

            spans = hit_spans(article.full_text, query)
        self.article_view.set_hits(spans)
        self.hits_label.setText(self.display.num(self.tr("%n hits", "", len(spans))) + " (F3)" if spans else "")

    def step_hit(self, forward: bool) -> None:
        index = self.article_view.step_hit(forward)
        if index >= 0:
            self.hits_label.setText(
                self.display.num(
                    self.tr("Hit %1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.article_view.hit_count()))
                )
            )

    def _toggle_sort(self) -> None:
        self.searcher.sort = "date" if self.act_sort_date.isChecked() else "relevance"
        if self.searcher.active():
            self.searcher.run_now()

    # -- bookmarks ----------------------------------------------------------------------------------------------
    def _show_bookmark_state(self, aid: str | None) -> None:
        marked = bool(aid) and self.store.is_bookmarked(aid or "")
        self.act_bookmark.setChecked(marked)
        self.bookmark_button.setChecked(marked)
        self.bookmark_button.setText(self.tr("★ Bookmarked") if marked else self.tr("☆ Bookmark"))
        from newsreader.ui.theme import icon_path

        self.act_bookmark.setIcon(QIcon(str(icon_path("bookmark-filled.svg" if marked else "bookmark.svg"))))
        self.note_button.setText(self.tr("Note and tags…"))
        self.note_button.setEnabled(marked)
        self.bookmark_button.setEnabled(aid is not None)

    def _target_id(self) -> str | None:
        """The article an action applies to: the one shown, else the list's current row."""
        current = self.current_article()
        if current is not None:
            return current.id
        return self.model.id_at(self.list_view.currentIndex().row())

    def toggle_bookmark(self) -> None:
        aid = self._target_id()
        if aid is None:
            return

        def done(marked: bool) -> None:
            self.model.refresh([aid])
            self._show_bookmark_state(aid)
            self.statusBar().showMessage(self.tr("Bookmarked") if marked else self.tr("Bookmark removed"), 3000)
            if self.view() == "bookmarks":
                self._reload_tags()

        self.write(lambda s: s.toggle_bookmark(aid), done)

    def edit_bookmark(self) -> None:
        from newsreader.ui.bookmarks import BookmarkDialog

        aid = self._target_id()
        if aid is None:
            return
        article = self.store.article(aid)
        dialog = BookmarkDialog(self, self.store.bookmark(aid), article.title)
        if dialog.exec() != BookmarkDialog.DialogCode.Accepted:
            return
        note, tags = dialog.note_text(), dialog.tag_list()

        def save(s: Store) -> None:
            if not s.is_bookmarked(aid):
                s.add_bookmark(aid, note, tags)
            else:
                s.set_bookmark_note(aid, note)
                s.set_bookmark_tags(aid, tags)

        def done(_r: object) -> None:
            self.model.refresh([aid])
            self._show_bookmark_state(aid)
            self._reload_tags()
            current = self.current_article()
            if current is not None and current.id == aid:  # the note shows under the title at once
                scroll = self.article_view.verticalScrollBar().value()
                self.article_view.show_article(current, self._note_line(aid))
                self._show_hits(current)
                self.article_view.verticalScrollBar().setValue(scroll)
            if self.view() == "bookmarks" and not self.searcher.active():
                self.refresh_list()  # the rows show notes

        self.write(save, done)

    def export_bookmarks(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from newsreader import bookmarks_export
        from newsreader.ui.dialogs import warn

        filters = {self.tr("JSON (*.json)"): "json", self.tr("CSV (*.csv)"): "csv", self.tr("Markdown (*.md)"): "md"}
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export bookmarks"),
            str(Path(self.settings.last_import_dir or Path.home()) / "bookmarks.json"),
            ";;".join(filters),
        )
        if not path:
            return
        fmt = filters.get(chosen) or Path(path).suffix.lstrip(".") or "json"
        try:
            text = bookmarks_export.export(self.store.bookmarks(), fmt)
            Path(path).write_text(text, encoding="utf-8")
        except (OSError, ValueError) as exc:
            warn(self, self.tr("Export bookmarks"), self.tr("Could not export: %1").replace("%1", str(exc)))
            return
        self.statusBar().showMessage(self.tr("Bookmarks exported to %1").replace("%1", path), 5000)

    # -- story timeline ------------------------------------------------------------------------------------------
    def show_story_timeline(self) -> None:
        from newsreader.timeline import build as events

        bookmarked = [b.article_id for b in self.store.bookmarks()]
        if self.searcher.active():
            ids, description = self.model.ids(), self.tr("Search: %1").replace("%1", isolate(self.searcher.text()))
        elif bookmarked:
            ids, description = bookmarked, self.tr("Bookmarked articles")
        else:
            ids, description = self.model.ids(), self.tr("All listed articles")
        pane = self._story_pane()
        path = self.store.path

        def load() -> tuple[list[events.Entry], dict[str, str]]:
            assert path is not None
            with Store.connect(path) as store:
                found = [events.Entry(m, aid, title) for aid, title, m in store.story_mentions(ids)]
                rows = store.rows(list({e.article_id for e in found}))
                return found, {aid: r.source or "" for aid, r in rows.items()}  # the outlets' display names

        def loaded(result: tuple[list[events.Entry], dict[str, str]] | None) -> None:
            entries, outlets = result or ([], {})
            pane.set_entries(entries, description, outlets)

        job = FunctionJob(load)
        job.signals.finished.connect(loaded)
        self.start_job(job, writer=False)
        self.timeline_tabs.setCurrentWidget(pane)
        self.act_show_timeline.setChecked(True)
        self._timeline_toggled()

    def _story_pane(self) -> StoryTimelinePane:
        """The story timeline: a second tab of the timeline pane, made the first time it is asked for
        (the window's first paint has a plain timeline pane, without tabs)."""
        if self.story_dialog is None:
            from PySide6.QtWidgets import QTabWidget

            from newsreader.ui.timeline_dialogs import StoryTimelinePane

            tabs = QTabWidget()
            tabs.setObjectName("timelineTabs")
            tabs.setDocumentMode(True)
            self.splitter.replaceWidget(self.splitter.indexOf(self.timeline), tabs)
            tabs.addTab(self.timeline, self.tr("This article"))
            pane = StoryTimelinePane(display=self.display)
            pane.articleRequested.connect(self._open_from_story)
            tabs.addTab(pane, self.tr("Story"))
            self.timeline_tabs, self.story_dialog = tabs, pane
        return self.story_dialog

    def _right_pane(self) -> QWidget:
        """The timeline pane, or the tabs holding it and the story timeline."""
        return self.timeline_tabs if self.story_dialog is not None else self.timeline

    def _open_from_story(self, aid: str, start: int, end: int) -> None:
        """Open a story's article while the story stays. The reader shows only articles of the list:
        one the list does not hold (a bookmark outside the search, the view or the tag) brings a list
        that holds it: the search cleared, Bookmarks for a bookmarked article, else every article."""
        self._story_target = (aid, start, end)
        if not self.select_article(aid):
            self._show_list_holding(aid)
        self._open_story_target()  # or when the rest of the list has arrived (listUpdated)

    def _open_story_target(self) -> None:
        if self._story_target is not None and self.select_article(self._story_target[0]):
            _aid, start, end = self._story_target
            self._story_target = None
            self.article_view.highlight_mention(start, end)

    def _show_list_holding(self, aid: str) -> None:
        view = "bookmarks" if self.store.bookmark(aid) is not None else "all"
        for combo, index in ((self.view_combo, self.view_combo.findData(view)), (self.tag_combo, 0)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.search_field.clear()
        self.searcher.stop()  # no search runs on the cleared field: the view's list comes next
        self._view_changed()

    # -- reading state ----------------------------------------------------------------------------------------
    def mark_all_read(self) -> None:
        from newsreader.ui.undo_commands import MarkReadCommand

        def done(ids: list[str]) -> None:
            self.model.refresh(ids)
            if ids:
                self.undo_stack.push(MarkReadCommand(self, ids, self.tr("Mark all as read")))
                self.statusBar().showMessage(
                    self.display.num(self.tr("%n articles marked as read (Ctrl+Z to undo)", "", len(ids))), 4000
                )

        self.write(lambda s: s.mark_all_read(), done)

    def mark_unread(self) -> None:
        aid = self._target_id()
        if aid is not None:
            self.write(lambda s: s.set_read([aid], False), lambda _r: self.model.refresh([aid]))

    def _toggle_auto_read(self) -> None:
        self.settings.mark_read_on_open = self.act_auto_read.isChecked()

    def correct_date(self, aid: str, iso: str) -> None:
        def done(_r: object) -> None:
            self.model.refresh([aid])
            current = self.current_article()
            if current is not None and current.id == aid:
                self.show_article(aid)

        from newsreader.importing import derived

        self.write(lambda s: derived.set_published(s, aid, iso), done)

    # -- import -----------------------------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import files"),
            self.settings.last_import_dir,
            self.tr("Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)"),
        )
        if files:
            self.settings.last_import_dir = str(Path(files[0]).parent)
            self.import_paths([Path(f) for f in files])

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

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

    def rename_outlet(self) -> None:
        from newsreader.ui.outlet_dialog import rename_current_outlet

        rename_current_outlet(self)

    # -- settings ----------------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from newsreader.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, self.settings)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, new: Settings) -> None:
        """Apply edited settings at once and persist them; a language change rebuilds the window."""
        from dataclasses import fields

        from newsreader.ui.theme import apply_theme

        language = new.language
        for f in fields(new):  # keep the one Settings object shared with the session
            setattr(self.settings, f.name, getattr(new, f.name))
        if self.qsettings is not None:
            self.settings.save(self.qsettings)
        apply_theme(self.settings.theme)
        self._set_icons()
        self._show_bookmark_state(self._target_id())
        self.act_auto_read.setChecked(self.settings.mark_read_on_open)
        self.display = Display(self.settings.language, self.settings.arabic_digits, self.settings.calendar)
        QLocale.setDefault(self.display.locale())
        self.delegate.display = self.display
        self.timeline.display = self.timeline.tree.display = self.display
        if self.story_dialog is not None:
            self.story_dialog.tree.display = self.display
        view = self.article_view
        view.display, view.family, view.line_spacing = self.display, self.settings.article_font, self.settings.line_spacing
        view.font_size = 0  # force a re-layout
        view.set_font_size(self.settings.article_font_size)
        current = self.current_article()
        if current is not None:
            self.show_article(current.id)
        self.list_view.viewport().update()
        self._update_counts()
        self.watch_folders()
        self.languageChangeRequested.emit(language)  # the session rebuilds the window if it changed

    def restore_backup_dialog(self) -> None:
        from newsreader.store import backup
        from newsreader.ui.backups import RestoreDialog

        if self.store.path is None:
            return
        dialog = RestoreDialog(self, backup.list_backups(self.store.path), self.display)
        if dialog.exec() == RestoreDialog.DialogCode.Accepted and dialog.chosen() is not None:
            self.restoreRequested.emit(dialog.chosen())

    # -- print and export ------------------------------------------------------------------------------------
    def _save_path(self, title: str, name: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        base = Path(self.settings.last_import_dir or Path.home())
        path, _ = QFileDialog.getSaveFileName(self, title, str(base / name), filters)
        return path

    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.current_article() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.article_view.document().print_(printer)

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the current article as PDF (right-to-left, shaped, with the bundled fonts)."""
        from PySide6.QtPrintSupport import QPrinter

        article = self.current_article()
        if article is None:
            return None
        path = path or self._save_path(self.tr("Export article as PDF"), f"{article.id}.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(article.title)
        printer.setCreator("newsreader")
        doc = self.article_view.document().clone(self)
        doc.print_(printer)
        doc.deleteLater()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return path

    def export_timeline(self, fmt: str, path: str | None = None) -> str | None:
        """The current article's timeline as CSV (one row per mention) or as a PNG picture."""
        from newsreader.timeline import build as events
        from newsreader.ui.dialogs import warn

        article = self.current_article()
        if article is None:
            return None
        if not path:
            filters = self.tr("CSV (*.csv)") if fmt == "csv" else self.tr("PNG image (*.png)")
            path = self._save_path(self.tr("Export timeline"), f"{article.id}-timeline.{fmt}", filters)
        if not path:
            return None
        try:
            if fmt == "csv":
                Path(path).write_text(events.to_csv(self.store.mentions(article.id), article), encoding="utf-8")
            elif not self.timeline.render_image().save(path, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes, the binding wants str
                raise OSError(self.tr("could not write %1").replace("%1", path))
        except OSError as exc:
            warn(self, self.tr("Export timeline"), str(exc))
            return None
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", path), 5000)
        return path

    # -- help -------------------------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """The keyboard shortcuts grouped by task, in menu order: (group, [(action, keys)])."""
        groups = []
        seen: set[str] = set()
        for menu in [a.menu() for a in self.menuBar().actions()]:
            if menu is None:
                continue
            rows = []
            for action in menu.actions():
                for sub in [action] if action.menu() is None else action.menu().actions():
                    keys = [k.toString(k.SequenceFormat.NativeText) for k in sub.shortcuts()]
                    name = sub.text().split("\t")[0].replace("&", "")
                    if keys and name and name not in seen:
                        seen.add(name)
                        rows.append((name, "  ".join(keys)))
            if rows:
                groups.append((menu.title().replace("&", ""), rows))
        return groups

    def show_shortcuts(self) -> None:
        from newsreader.ui.help import ShortcutsDialog

        ShortcutsDialog(self, self.shortcut_rows()).exec()

    def show_search_help(self) -> None:
        from newsreader.ui.help import SearchHelpDialog

        SearchHelpDialog(self).exec()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from newsreader import __version__

        QMessageBox.about(
            self,
            self.tr("About News Reader"),
            self.tr("News Reader %1\nAn Arabic-first reader for collected news.").replace("%1", __version__),
        )
