"""Help → Keyboard shortcuts (grouped by task), Help → Search syntax and Help → About."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from newsreader.ui.dialogs import button_box, fit_to_screen

LRI, PDI = "\u2066", "\u2069"


def _table(parent: QWidget, headers: Sequence[str], rows: Sequence[tuple[str, str]]) -> QTableWidget:
    table = QTableWidget(len(rows), 2, parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    for r, (name, value) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(name))
        table.setItem(r, 1, QTableWidgetItem(value))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    return table


class ShortcutsDialog(QDialog):
    """The shortcuts of each menu under its name; keys are isolated left to right, so that
    «Ctrl++» or «Alt+←» read the same in a right-to-left table."""

    def __init__(self, parent: QWidget | None, groups: Sequence[tuple[str, Sequence[tuple[str, str]]]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows: list[tuple[str, str]] = []
        self.group_rows: list[int] = []
        for title, entries in groups:
            self.group_rows.append(len(rows))
            rows.append((title, ""))
            rows += [(name, f"{LRI}{keys}{PDI}") for name, keys in entries]
        table = _table(self, [self.tr("Action"), self.tr("Keys")], rows)
        for r in self.group_rows:
            item = table.item(r, 0)
            if item is None:  # (_table fills every cell)
                continue
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            table.setSpan(r, 0, 1, 2)
        self.table = table
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        fit_to_screen(self, 560, 520)


class SearchHelpDialog(QDialog):
    """What the search box understands, each operator with an example."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("searchHelpDialog")
        self.setWindowTitle(self.tr("Search syntax"))
        rows = [
            (
                "تعاون اقتصادي",
                self.tr(
                    "Articles with both words, anywhere in them; forms with prefixes and "
                    "suffixes count, diacritics and hamza spellings are ignored"
                ),
            ),
            ('"رئيس الوزراء"', self.tr("The exact phrase")),
            ("النفط -أسعار", self.tr("Without a word: a minus sign before it")),
            ("سوريا OR العراق", self.tr("Either word")),
            ("تعاو*", self.tr("Words starting with these letters")),
            ("source:الواحة", self.tr("Only articles from an outlet")),
            ("from:2024-01 to:2024-06", self.tr("Published in a period: a year, a month or a day")),
            ("is:bookmarked  is:unread  is:read", self.tr("Only bookmarked, unread or read articles")),
        ]
        table = _table(
            self,
            [self.tr("You type"), self.tr("It finds")],
            [(f"{LRI}{example}{PDI}" if example[0].isascii() else example, meaning) for example, meaning in rows],
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # each row as tall as its explanation wrapped to the column's final width (known once laid out)
        table.horizontalHeader().sectionResized.connect(lambda *_: QTimer.singleShot(0, table, table.resizeRowsToContents))
        self.table = table
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 460)


def show_shortcuts(window: QMainWindow) -> None:
    """Help → Keyboard shortcuts: every shortcut of ``window``'s menus, grouped by menu."""
    from newsreader.ui.actions import shortcut_rows

    ShortcutsDialog(window, shortcut_rows(window)).exec()


def show_search_help(parent: QWidget) -> None:
    """Help → Search syntax."""
    SearchHelpDialog(parent).exec()


def about(parent: QWidget) -> None:
    """Help → About."""
    from PySide6.QtWidgets import QMessageBox

    from newsreader import __version__

    translate = QCoreApplication.translate
    QMessageBox.about(
        parent,
        translate("MainWindow", "About News Reader"),
        translate("MainWindow", "News Reader %1\nAn Arabic-first reader for collected news.").replace("%1", __version__),
    )
