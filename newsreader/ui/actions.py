"""The window's actions as a table: name, text, handler, menu, keys, icon, when it is enabled or
checked. :func:`build` makes the ``QAction``s (``window.act_<attr>``), the menus and the toolbar
from it; :func:`apply_shortcuts` sets the keys (after the first paint: building ``QKeySequence``
costs the first picture time). A new action is one row here, its Arabic text in
``resources/i18n/newsreader_ar.ts`` (context ``MainWindow``), and its handler."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QIcon

from newsreader.ui.qtvalues import TOOL_BUTTON_TEXT_BESIDE_ICON, set_property

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

    from newsreader.settings import Settings
    from newsreader.ui.operations import Operations

LRI, PDI = "\u2066", "\u2069"
translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Spec:
    """One action. ``handler``: a dotted path on the window, called with ``args`` when triggered, or
    ``module:function`` of ``newsreader.ui`` (imported when triggered), called with the window and ``args``;
    ``menu``: "file", "edit", "view", "view/language", "article" or "help" (a new ``group``
    number starts a section after a separator); ``keys``: its shortcuts, a standard key as
    ``std:Name``, «Alt+Forward»/«Alt+Back» follow the reading direction; ``when``: "writable" (off
    in a read-only library); ``checked``: "" (not checkable), "no", "yes", "auto-read",
    "language:ar"…."""

    attr: str
    name: str
    text: str
    handler: str
    args: tuple[Any, ...] = ()
    menu: str = ""
    group: int = 0
    keys: tuple[str, ...] = ()
    icon: str = ""
    when: str = ""
    checked: str = ""
    native: bool = False  # the text is shown as it is (a language's own name)


def _t(text: str) -> str:
    return str(QT_TRANSLATE_NOOP("MainWindow", text))


# fmt: off
ACTIONS: tuple[Spec, ...] = (
    Spec("import_files", "importFiles", _t("Import &files…"), "import_files_dialog", menu="file", keys=("std:Open",), icon="import", when="writable"),  # noqa: E501
    Spec("import_folder", "importFolder", _t("Import f&older…"), "import_folder_dialog", menu="file", keys=("Ctrl+Shift+O",), when="writable"),  # noqa: E501
    Spec("print", "print", _t("&Print article…"), "exports.print_article", menu="file", group=1, keys=("std:Print",)),
    Spec("pdf", "exportPdf", _t("Export article as P&DF…"), "exports.export_pdf", menu="file", group=1, keys=("Ctrl+Shift+P",)),
    Spec("timeline_csv", "exportTimelineCsv", _t("Export timeline as &CSV…"), "exports.export_timeline", ("csv",), menu="file", group=1),  # noqa: E501
    Spec("timeline_png", "exportTimelinePng", _t("Export timeline as &image…"), "exports.export_timeline", ("png",), menu="file", group=1),  # noqa: E501
    Spec("export_bookmarks", "exportBookmarks", _t("&Export bookmarks…"), "exports.export_bookmarks", menu="file", group=1, keys=("Ctrl+E",)),  # noqa: E501
    Spec("restore", "restoreBackup", _t("&Restore backup…"), "restore_backup_dialog", menu="file", group=2, when="writable"),
    Spec("quit", "quit", _t("&Quit"), "close", menu="file", group=3, keys=("std:Quit",)),
    Spec("undo", "undo", _t("&Undo"), "ops.undo_stack.undo", menu="edit", keys=("std:Undo",)),
    Spec("redo", "redo", _t("&Redo"), "ops.undo_stack.redo", menu="edit", keys=("std:Redo",)),
    Spec("find", "find", _t("&Search"), "focus_search", menu="edit", group=1, keys=("std:Find",), icon="search"),
    Spec("next_hit", "nextHit", _t("Next &hit"), "reader.step_hit", (True,), menu="edit", group=1, keys=("std:FindNext",)),
    Spec("prev_hit", "previousHit", _t("Previous h&it"), "reader.step_hit", (False,), menu="edit", group=1, keys=("std:FindPrevious",)),  # noqa: E501
    Spec("sort_date", "sortByDate", _t("Sort search results by &date"), "toggle_sort", menu="edit", group=1, checked="no"),
    Spec("mark_all", "markAllRead", _t("Mark all as &read"), "ops.mark_all_read", menu="edit", group=2, keys=("Ctrl+Shift+R",), when="writable"),  # noqa: E501
    Spec("auto_read", "autoRead", _t("Mark articles read when &opened"), "toggle_auto_read", menu="edit", group=2, checked="auto-read"),  # noqa: E501
    Spec("settings", "settings", _t("&Settings…"), "open_settings", menu="edit", group=3, keys=("Ctrl+,", "std:Preferences")),
    Spec("zoom_in", "zoomIn", _t("Zoom &in"), "article_view.zoom", (+1,), menu="view", keys=("std:ZoomIn", "Ctrl+="), icon="zoom-in"),  # noqa: E501
    Spec("zoom_out", "zoomOut", _t("Zoom &out"), "article_view.zoom", (-1,), menu="view", keys=("std:ZoomOut",), icon="zoom-out"),
    Spec("zoom_reset", "zoomReset", _t("&Normal size"), "article_view.set_font_size", (15,), menu="view", keys=("Ctrl+0",)),
    Spec("story", "storyTimeline", _t("&Story timeline"), "show_story_timeline", menu="view", group=1, keys=("Ctrl+T",), icon="story"),  # noqa: E501
    Spec("show_timeline", "showTimeline", _t("T&imeline pane"), "timeline_toggled", menu="view", group=1, icon="timeline", checked="yes"),  # noqa: E501
    Spec("focus_list", "focusList", _t("Go to the article &list"), "list_view.setFocus", menu="view", group=2, keys=("Alt+1",)),
    Spec("focus_text", "focusText", _t("Go to the article &text"), "article_view.setFocus", menu="view", group=2, keys=("Alt+2",)),  # noqa: E501
    Spec("focus_timeline", "focusTimeline", _t("Go to the &timeline"), "timeline.tree.setFocus", menu="view", group=2, keys=("Alt+3",)),  # noqa: E501
    Spec("lang_ar", "languageArabic", "العربية", "languageChangeRequested.emit", ("ar",), menu="view/language", checked="language:ar", native=True),  # noqa: E501
    Spec("lang_en", "languageEnglish", "English", "languageChangeRequested.emit", ("en",), menu="view/language", checked="language:en", native=True),  # noqa: E501
    Spec("next", "nextArticle", _t("&Next article"), "lists.step_article", (+1,), menu="article", keys=("J", "Alt+Forward")),
    Spec("prev", "previousArticle", _t("&Previous article"), "lists.step_article", (-1,), menu="article", keys=("K", "Alt+Back")),
    Spec("bookmark", "bookmark", _t("&Bookmark"), "reader.toggle_bookmark", menu="article", group=1, keys=("Ctrl+D",), icon="bookmark", when="writable", checked="no"),  # noqa: E501
    Spec("edit_bookmark", "editBookmark", _t("Bookmark &note and tags…"), "reader.edit_bookmark", menu="article", group=1, keys=("Ctrl+Shift+D",), when="writable"),  # noqa: E501
    Spec("mark_unread", "markUnread", _t("Mark as &unread"), "reader.mark_unread", menu="article", group=1, keys=("Ctrl+U",), when="writable"),  # noqa: E501
    Spec("correct_date", "correctDate", _t("Correct article &date…"), "timeline._ask_date", menu="article", group=1, when="writable"),  # noqa: E501
    Spec("rename_outlet", "renameOutlet", _t("Rename &outlet…"), "reader.rename_outlet", menu="article", group=1),
    Spec("shortcuts", "shortcuts", _t("&Keyboard shortcuts"), "help:show_shortcuts", menu="help", keys=("std:HelpContents",)),
    Spec("search_help", "searchHelp", _t("Search s&yntax"), "help:show_search_help", menu="help"),
    Spec("about", "about", _t("&About News Reader"), "help:about", menu="help"),
)
# fmt: on

MENUS = (
    ("file", _t("&File")),
    ("edit", _t("&Edit")),
    ("view", _t("&View")),
    ("view/language", _t("&Language")),
    ("article", _t("&Article")),
    ("help", _t("&Help")),
)
#: The article list's context menu.
LIST_MENU = ("bookmark", "mark_unread", "edit_bookmark")
#: The toolbar after the search field (None: a separator).
TOOLBAR = (None, "import_files", "import_folder", None, "zoom_out", "zoom_in", None, "bookmark", "story", "show_timeline")


def _checked(rule: str, settings: Settings) -> bool:
    if rule.startswith("language:"):
        return settings.language == rule.partition(":")[2]
    return {"yes": True, "auto-read": settings.mark_read_on_open}.get(rule, False)


def _trigger(window: object, spec: Spec) -> None:
    module, _sep, function = spec.handler.rpartition(":")
    if module:
        getattr(importlib.import_module(f"newsreader.ui.{module}"), function)(window, *spec.args)
    else:
        attrgetter(spec.handler)(window)(*spec.args)


def build(
    window: QMainWindow, ops: Operations, settings: Settings, list_view: QWidget, search_field: QWidget
) -> tuple[QToolBar, dict[str, QMenu]]:
    """Make every action (``window.act_<attr>``), the menus and the toolbar; return the toolbar and the menus."""
    from PySide6.QtWidgets import QToolBar

    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = spec.text if spec.native else translate("MainWindow", spec.text)
        if spec.attr in ("undo", "redo"):  # the undo stack's own: enabled and named after what it would undo
            make = ops.undo_stack.createUndoAction if spec.attr == "undo" else ops.undo_stack.createRedoAction
            action = make(window, text)
        else:
            action = QAction(text, window)
            action.triggered.connect(lambda _checked=False, s=spec: _trigger(window, s))
        action.setObjectName(spec.name)
        if spec.checked:
            action.setCheckable(True)
            action.setChecked(_checked(spec.checked, settings))
        if spec.when == "writable" and ops.store.read_only:
            action.setEnabled(False)
        actions[spec.attr] = action
        setattr(window, f"act_{spec.attr}", action)
    list_view.addActions([actions[attr] for attr in LIST_MENU])
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        parent, _sep, _sub = key.partition("/")
        owner = menus[parent] if _sub else window.menuBar()
        menus[key] = owner.addMenu(translate("MainWindow", title))
    last_group: dict[str, int] = {}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if spec.menu in last_group and last_group[spec.menu] != spec.group:
            menu.addSeparator()
        last_group[spec.menu] = spec.group
        menu.addAction(actions[spec.attr])
    view_menu = menus["view"]
    view_menu.removeAction(menus["view/language"].menuAction())  # the language sub-menu comes last
    view_menu.addMenu(menus["view/language"])
    set_icons(window)
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"))
    set_property(toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    # The search field comes first: a toolbar too narrow for everything moves its *last* items
    # into its overflow menu, and the search field must stay reachable at any width.
    toolbar.addWidget(search_field)
    for attr in TOOLBAR:
        if attr is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(actions[attr])
    window.addToolBar(toolbar)
    return toolbar, menus


def set_icons(window: object) -> None:
    """The actions' icons, drawn for the current theme (light strokes on a dark one)."""
    from newsreader.ui.theme import icon_path

    for spec in ACTIONS:
        if spec.icon:
            getattr(window, f"act_{spec.attr}").setIcon(QIcon(str(icon_path(f"{spec.icon}.svg"))))


def apply_shortcuts(window: QWidget) -> None:
    """Every action's keyboard shortcuts, from the table."""
    from PySide6.QtGui import QKeySequence

    rtl = window.isRightToLeft()  # Alt+Left/Right follow the reading direction: in RTL, Left is forward
    direction = {"Alt+Forward": "Alt+Left" if rtl else "Alt+Right", "Alt+Back": "Alt+Right" if rtl else "Alt+Left"}
    for spec in ACTIONS:
        if not spec.keys:
            continue
        sequences = [
            QKeySequence(getattr(QKeySequence.StandardKey, k[4:]) if k.startswith("std:") else direction.get(k, k))
            for k in spec.keys
        ]
        shortcuts = [s for s in sequences if not s.isEmpty()]
        action: QAction = getattr(window, f"act_{spec.attr}")
        action.setShortcuts(shortcuts)  # setShortcut() builds the Qt enums (qtvalues)
        if shortcuts:
            label_shortcut(action, shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText))


def label_shortcut(action: QAction, keys: str) -> None:
    """Show ``keys`` after the action's name in menus, isolated left to right: drawn in a
    right-to-left menu as it is, «Ctrl++» and «Ctrl+,» came out as «++Ctrl» and «,+Ctrl».
    A menu shows the part of an action's text after a tab as its shortcut, as given."""
    name = action.text().split("\t")[0]
    action.setIconText(name.replace("&", ""))
    action.setToolTip(f"{name.replace('&', '')} ({LRI}{keys}{PDI})")
    action.setText(f"{name}\t{LRI}{keys}{PDI}")


def shortcut_rows(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """The keyboard shortcuts grouped by task, in menu order: (group, [(action, keys)])."""
    from PySide6.QtWidgets import QMenu

    groups = []
    seen: set[str] = set()
    for menu in [a.menu() for a in window.menuBar().actions()]:
        if not isinstance(menu, QMenu):
            continue
        rows = []
        for action in menu.actions():
            submenu = action.menu()
            for sub in submenu.actions() if isinstance(submenu, QMenu) else [action]:
                keys = [k.toString(k.SequenceFormat.NativeText) for k in sub.shortcuts()]
                name = sub.text().split("\t")[0].replace("&", "")
                if keys and name and name not in seen:
                    seen.add(name)
                    rows.append((name, "  ".join(keys)))
        if rows:
            groups.append((menu.title().replace("&", ""), rows))
    return groups
