"""The window's panes as views: layout only, their child widgets public. The controllers
(``list_controller``, ``reader_controller``) drive them; the window puts them in its splitter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from newsreader.settings import Settings
from newsreader.ui.article_view import ArticleView
from newsreader.ui.delegates import ArticleDelegate
from newsreader.ui.formatting import Display
from newsreader.ui.inputs import follow_content_direction
from newsreader.ui.models.article_list_model import ArticleListModel
from newsreader.ui.qtvalues import (
    ACTIONS_CONTEXT_MENU,
    ALIGN_CENTER,
    SCROLL_BAR_ALWAYS_OFF,
    STRONG_FOCUS,
    TOOL_BUTTON_TEXT_BESIDE_ICON,
    set_property,
)

translate = QCoreApplication.translate  # the window's context: its translations are the panes'


class ListPane(QWidget):
    """The article list under its header (count, view, tag), or in its place why it is empty."""

    def __init__(self, model: ArticleListModel, display: Display) -> None:
        super().__init__()
        self.list_view = view = QListView()
        view.setObjectName("articleList")
        view.setModel(model)
        self.delegate = ArticleDelegate(view, display=display)
        view.setItemDelegate(self.delegate)
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setAccessibleName(translate("MainWindow", "Article list"))
        view.setAccessibleDescription(translate("MainWindow", "All articles in the library, newest first"))
        set_property(view, "contextMenuPolicy", ACTIONS_CONTEXT_MENU)
        set_property(view, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)  # rows elide, never scroll
        self.header = QLabel()
        self.header.setObjectName("listHeader")
        self.view_combo = QComboBox()
        self.view_combo.setObjectName("viewCombo")
        self.view_combo.setAccessibleName(translate("MainWindow", "Which articles to list"))
        for key, label in (
            ("all", translate("MainWindow", "All articles")),
            ("unread", translate("MainWindow", "Unread")),
            ("bookmarks", translate("MainWindow", "Bookmarks")),
        ):
            self.view_combo.addItem(label, key)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tagCombo")
        self.tag_combo.setAccessibleName(translate("MainWindow", "Filter bookmarks by tag"))
        self.tag_combo.setVisible(False)
        for box in (self.view_combo, self.tag_combo):
            set_property(box, "focusPolicy", STRONG_FOCUS)
        header = QHBoxLayout()
        header.addWidget(self.header, 1)
        header.addWidget(self.view_combo)
        header.addWidget(self.tag_combo)
        self.empty = QLabel()  # in place of the list: no result, a query error, an empty view
        self.empty.setObjectName("listEmpty")
        self.empty.setWordWrap(True)
        set_property(self.empty, "alignment", ALIGN_CENTER)
        self.empty.setMargin(16)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(view, 1)
        layout.addWidget(self.empty, 1)


class TextPane(QWidget):
    """The article's text under a bar: its bookmark and note buttons, and the count of search hits."""

    def __init__(self, settings: Settings, display: Display) -> None:
        super().__init__()
        self.article_view = ArticleView(
            font_size=settings.article_font_size,
            line_spacing=settings.line_spacing,
            display=display,
            family=settings.article_font,
        )
        self.article_view.setAccessibleName(translate("MainWindow", "Article text"))
        self.article_view.setAccessibleDescription(translate("MainWindow", "The full text of the selected article"))
        self.bookmark_button = QToolButton()
        self.bookmark_button.setObjectName("bookmarkButton")
        self.bookmark_button.setCheckable(True)
        set_property(self.bookmark_button, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.bookmark_button.setAccessibleName(translate("MainWindow", "Bookmark this article"))
        self.note_button = QToolButton()
        self.note_button.setObjectName("noteButton")
        self.note_button.setAccessibleName(translate("MainWindow", "Edit the bookmark's note and tags"))
        self.hits_label = QLabel()
        self.hits_label.setObjectName("hitsLabel")
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 2, 6, 2)
        bar.addWidget(self.bookmark_button)
        bar.addWidget(self.note_button)
        bar.addStretch(1)
        bar.addWidget(self.hits_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.article_view, 1)


def search_field() -> QLineEdit:
    """The toolbar's search field; its text takes the direction of what is typed."""
    field = QLineEdit()
    field.setObjectName("searchField")
    field.setClearButtonEnabled(True)
    field.setPlaceholderText(translate("MainWindow", "Search articles…"))
    field.setAccessibleName(translate("MainWindow", "Search"))
    field.setAccessibleDescription(
        translate("MainWindow", 'Words, "exact phrase", -exclude, OR, prefix*, source:, from:, to:, is:bookmarked, is:unread')
    )
    field.setToolTip(field.accessibleDescription())
    field.setMinimumWidth(260)
    follow_content_direction(field)
    return field
