"""The timeline's dialog (correcting an article's date) and the story timeline of many articles,
a pane of the main window beside the article's own timeline."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from newsreader.timeline import build as events
from newsreader.ui.dialogs import button_box
from newsreader.ui.formatting import Display
from newsreader.ui.timeline_view import TimelineTree


class DateDialog(QDialog):
    """Ask for a corrected article date."""

    def __init__(self, parent: QWidget | None, current: str | None, display: Display | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the article's date"))
        self.setLocale((display or Display()).locale())  # the edit and its calendar: the chosen digits
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("d MMMM yyyy")  # as the reader writes dates: «14 مارس 2024» reads in order
        self.setMinimumWidth(380)  # the explanation in two lines, not five
        date = QDate.fromString((current or "")[:10], "yyyy-MM-dd")
        self.edit.setDate(date if date.isValid() else QDate.currentDate())
        label = QLabel(self.tr("The date this article was published; relative dates in its text are resolved against it."))
        label.setWordWrap(True)
        buttons = button_box(QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def iso_date(self) -> str:
        return self.edit.date().toString("yyyy-MM-dd")


class StoryTimelinePane(QWidget):
    """Events of many articles (the current search, or the bookmarks) on one timeline, a tab of the
    main window's timeline pane: grouped by date, identical events merged, each group naming its
    articles once (outlet and title); activating one opens it while the story stays."""

    articleRequested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyTimeline")
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it shows the search typed: never markup
        self.summary.setWordWrap(True)
        self.tree = TimelineTree(self, display=display)
        self.tree.draw_axis()
        self.tree.setAccessibleName(self.tr("Story timeline"))
        self.tree.entryActivated.connect(self.articleRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def show_message(self, message: str) -> None:
        """The story could not be loaded: why, in place of its summary, over an empty timeline."""
        self.summary.setText(message)
        self.tree.set_timeline(events.build([]), show_titles=True)

    def set_entries(self, entries: Sequence[events.Entry], description: str, outlets: dict[str, str] | None = None) -> None:
        dated = sum(1 for e in entries if events.is_dated(e.mention))
        articles = len({e.article_id for e in entries})
        num = self.tree.display.num
        self.summary.setText(
            f"{description} — {num(self.tr('%n dated events', '', dated))} {num(self.tr('from %n articles', '', articles))}"
        )
        self.tree.set_timeline(
            events.build(e for e in entries if events.is_dated(e.mention)), show_titles=True, outlets=outlets or {}
        )
