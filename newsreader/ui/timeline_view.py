"""The timeline pane: the dates one article mentions, as a tree of years, months and entries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTreeView, QVBoxLayout, QWidget

from newsreader.ui.formatting import Display
from newsreader.ui.qtvalues import ACCESSIBLE_TEXT_ROLE, ALIGN_CENTER, USER_ROLE, set_property

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from newsreader.domain import Article, Mention
    from newsreader.timeline import build as events

# The dialogs (date correction, story timeline) live in timeline_dialogs and, like the timeline
# formatting code, are imported on first use: the window paints before any of it is needed.

START_ROLE = USER_ROLE + 1
END_ROLE = USER_ROLE + 2
ARTICLE_ROLE = USER_ROLE + 3
# What timeline_axis draws (once the window has painted): the row's kind ("year", "month", "entry",
# "section"), an entry's date label, its sentence, the mention's words, and the date's precision
KIND_ROLE, LABEL_ROLE, SENTENCE_ROLE, MENTION_ROLE, PRECISION_ROLE = (USER_ROLE + n for n in range(10, 15))


def precision(first_day: str | None, last_day: str | None, value: str) -> str | None:
    """How a mention's date is drawn: "day" (a dot), "band" (a month, season, quarter, year…) or
    "bar" (a range, a TIMEX3 value with «/»); None when it has no date."""
    if not first_day:
        return None
    if first_day == (last_day or first_day):
        return "day"
    return "bar" if "/" in value else "band"


def month_name(month: int, language: str) -> str:
    from newsreader.ui.formatting import locale_for

    return locale_for(language).standaloneMonthName(month, QLocale.FormatType.LongFormat)


class TimelineTree(QTreeView):
    """A tree of years → months → entries, built from :func:`newsreader.timeline.build.build`."""

    entryActivated = Signal(str, int, int)  # article id, start, end

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.display = display or Display()
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activated.connect(self._activated)
        self.clicked.connect(self._activated)
        self.axis = False

    def draw_axis(self) -> None:
        """Draw the rows along one time axis (newsreader.ui.timeline_axis): a flat list of marks."""
        from newsreader.ui.timeline_axis import AxisDelegate

        self.axis = True
        self.setIndentation(0)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setItemDelegate(AxisDelegate(self))
        self.expandAll()

    def _d(self, text: str) -> str:
        return self.display.num(text)

    def set_timeline(
        self, timeline: events.Timeline, *, show_titles: bool = False, outlets: dict[str, str] | None = None
    ) -> None:
        """Fill the tree. ``show_titles``: a story of many articles, where the events of one date
        that say the same thing are one row, under which each article is named once."""
        self.model_.clear()
        root = self.model_.invisibleRootItem()
        for year in timeline.years:
            year_item = QStandardItem(self._d(str(year.year)))
            year_item.setData("year", KIND_ROLE)
            font = year_item.font()
            font.setBold(True)
            year_item.setFont(font)
            year_item.setSelectable(False)
            root.appendRow(year_item)
            for month in year.months:
                parent = year_item
                if month.month is not None:
                    parent = QStandardItem(f"{month_name(month.month, self.display.language)} {self._d(str(year.year))}")
                    parent.setData("month", KIND_ROLE)
                    parent.setSelectable(False)
                    year_item.appendRow(parent)
                if show_titles:
                    self._story_rows(parent, month.entries, outlets or {})
                    continue
                for entry in month.entries:
                    parent.appendRow(self._entry_item(entry, show_titles))
        if timeline.undated:
            other = QStandardItem(self.tr("Durations and undated mentions"))
            other.setData("section", KIND_ROLE)
            font = other.font()
            font.setBold(True)
            other.setFont(font)
            other.setSelectable(False)
            root.appendRow(other)
            for entry in timeline.undated:
                other.appendRow(self._entry_item(entry, show_titles))
        self.expandAll()

    def _story_rows(self, parent: QStandardItem, entries: Sequence[events.Entry], outlets: dict[str, str]) -> None:
        """One row per date and event (the same sentence in several articles is one event), then
        one row per article that mentions it, each article once."""
        groups: dict[tuple[str, str], list[events.Entry]] = {}
        for entry in entries:
            m = entry.mention
            key = (m.first_day or "", m.last_day or "")
            groups.setdefault(key, []).append(entry)
        for group in groups.values():
            events_seen: dict[str, QStandardItem] = {}
            named: set[tuple[str, str]] = set()
            for entry in group:
                sentence = " ".join(entry.mention.sentence.split()) or entry.mention.text
                item = events_seen.get(sentence)
                if item is None:
                    item = events_seen[sentence] = self._entry_item(entry, False)
                    parent.appendRow(item)
                if (sentence, entry.article_id) in named:
                    continue
                named.add((sentence, entry.article_id))
                outlet = outlets.get(entry.article_id, "")
                title = entry.article_title
                label = self.display.separator.join(part for part in (outlet, title) if part)
                article = QStandardItem(label)
                article.setData("article", KIND_ROLE)
                article.setData(label, LABEL_ROLE)
                article.setData(entry.mention.start, START_ROLE)
                article.setData(entry.mention.end, END_ROLE)
                article.setData(entry.article_id, ARTICLE_ROLE)
                article.setToolTip(title)
                item.appendRow(article)

    def _entry_item(self, entry: events.Entry, show_titles: bool) -> QStandardItem:
        from newsreader.timeline import build as events
        from newsreader.timeline.display import hijri_label

        m = entry.mention
        label = self.display.mention(m)
        hijri = None
        if m.calendar == "hijri":  # the text used a Hijri date: show it as written
            hijri = hijri_label(m, language=self.display.language)
        elif self.display.calendar != "gregorian" and m.first_day and m.first_day == (m.last_day or m.first_day):
            from newsreader.timeline.hijri import hijri_label as hijri_of  # the Hijri day beside, as Settings asks

            hijri = hijri_of(m.first_day, self.display.language)
        if hijri:
            from newsreader.text.bidi import isolate

            label += f" ({isolate(self._d(hijri))})"  # isolated: its own direction in any label
        if show_titles and entry.article_title:
            title = entry.article_title if len(entry.article_title) <= 70 else entry.article_title[:69] + "…"
            label = f"{label}{self.display.separator}{title}"
        lines = [label, events.shorten(m.sentence or m.text, m)]
        item = QStandardItem("\n".join(lines))
        item.setToolTip(m.sentence)
        item.setData(m.start, START_ROLE)
        item.setData(m.end, END_ROLE)
        item.setData(entry.article_id, ARTICLE_ROLE)
        item.setData(f"{label}: {m.text}", ACCESSIBLE_TEXT_ROLE)
        item.setData("entry", KIND_ROLE)
        item.setData(label, LABEL_ROLE)
        item.setData(" ".join(m.sentence.split()) or m.text, SENTENCE_ROLE)
        item.setData(m.text, MENTION_ROLE)
        ranged = m.value if m.end_value is None else f"{m.value}/{m.end_value}"  # a range mention: start/end
        item.setData(precision(m.first_day, m.last_day, ranged), PRECISION_ROLE)
        return item

    def entries(self) -> list[QStandardItem]:
        out: list[QStandardItem] = []

        def walk(item: QStandardItem) -> None:
            for r in range(item.rowCount()):
                child = item.child(r)
                if child.data(START_ROLE) is not None:
                    out.append(child)
                walk(child)

        walk(self.model_.invisibleRootItem())
        return out

    def _activated(self, index: QModelIndex) -> None:
        start = index.data(START_ROLE)
        if start is None:
            return
        self.entryActivated.emit(index.data(ARTICLE_ROLE) or "", int(start), int(index.data(END_ROLE)))

    def select_offset(self, offset: int) -> bool:
        """Select the entry whose mention contains ``offset`` (text cursor moved)."""
        for item in self.entries():
            if int(item.data(START_ROLE)) <= offset < int(item.data(END_ROLE)):
                index = self.model_.indexFromItem(item)
                if self.currentIndex() != index:
                    self.setCurrentIndex(index)
                    self.scrollTo(index)
                return True
        return False


class TimelinePane(QWidget):
    """Timeline of one article, with its reference date and a way to correct it."""

    mentionActivated = Signal(int, int)
    correctDateRequested = Signal(str, str)  # article id, ISO date

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.display = display or Display()
        self.article: Article | None = None
        self.title = QLabel(self.tr("Timeline of events"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.reference = QLabel()
        self.reference.setWordWrap(True)
        self.reference.setObjectName("referenceDate")
        self.correct_button = QPushButton(self.tr("Correct date…"))
        self.correct_button.setAccessibleName(self.tr("Correct the article's date"))
        self.correct_button.clicked.connect(self._ask_date)
        self.tree = TimelineTree(self, display=self.display)
        self.tree.setAccessibleName(self.tr("Timeline of the dates this article mentions"))
        self.tree.entryActivated.connect(lambda _aid, s, e: self.mentionActivated.emit(s, e))
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        set_property(self.empty, "alignment", ALIGN_CENTER)
        self.empty.setObjectName("timelineEmpty")
        header = QHBoxLayout()  # the button beside the title: the reference date has the pane's width
        header.addWidget(self.title, 1)
        header.addWidget(self.correct_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.reference)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)
        self.set_article(None, [])

    def set_article(self, article: Article | None, mentions: Sequence[Mention]) -> None:
        self.article = article
        self.correct_button.setEnabled(article is not None)
        # an undated article is never resolved against the import day: the pane asks for its date
        undated = article is not None and not article.published
        self.correct_button.setText(self.tr("Set the date…") if undated else self.tr("Correct date…"))
        if article is None:
            self.reference.setText("")
            self._show_empty(self.tr("Select an article to see the dates it mentions."))
            return
        when = self.display.date(article.published, with_weekday=True)
        source = self._date_source_label(article.date_source)
        self.reference.setText(
            self.tr(
                "No date: the relative dates in this article («yesterday», «next week») are not resolved. "
                "Set the article's date to resolve them."
            )
            if undated
            else self.tr("Reference date: %1 (%2)").replace("%1", when or self.tr("unknown")).replace("%2", source)
        )
        if not mentions:
            self._show_empty(self.tr("No dates found in this article."))
            return
        from newsreader.timeline import build as events

        self.empty.hide()
        self.tree.show()
        self.tree.set_timeline(events.from_mentions(mentions, article.id, article.title))

    def render_image(self) -> QImage:
        """The whole timeline (not only the visible part) as a picture."""
        from PySide6.QtCore import QPoint, QRect, Qt
        from PySide6.QtGui import QImage, QPainter
        from PySide6.QtWidgets import QStyle

        tree = self.tree
        tree.expandAll()
        height = tree.header().height() if not tree.isHeaderHidden() else 0
        index = tree.model_.index(0, 0)
        while index.isValid():
            height += tree.visualRect(index).height() or tree.sizeHintForRow(0)
            index = tree.indexBelow(index)
        width = max(tree.viewport().width(), 360)
        header = self.title.sizeHint().height() + self.reference.heightForWidth(width) + 24
        image = QImage(width + 24, header + height + 24, QImage.Format.Format_ARGB32)
        image.fill(self.palette().base().color())
        painter = QPainter(image)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setFont(self.title.font())
        painter.setPen(self.palette().text().color())
        flags = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading | Qt.TextFlag.TextWordWrap
        align = QStyle.visualAlignment(self.layoutDirection(), flags)
        painter.drawText(QRect(12, 8, width, header), int(align), f"{self.title.text()}\n{self.reference.text()}")
        old_size = tree.size()
        tree.resize(width, height + 4)
        tree.viewport().render(painter, QPoint(12, header + 12))
        tree.resize(old_size)
        painter.end()
        return image

    def _show_empty(self, message: str) -> None:
        self.tree.model_.clear()
        self.tree.hide()
        self.empty.setText(message)
        self.empty.show()

    def _date_source_label(self, source: str | None) -> str:
        labels = {
            "user": self.tr("corrected by you"),
            "metadata": self.tr("from the page metadata"),
            "header": self.tr("from the page header"),
            "dateline": self.tr("from the dateline"),
            "feed": self.tr("from the feed"),
            "json": self.tr("from the data file"),
            "xml": self.tr("from the document"),
        }
        return labels.get(source or "", source or self.tr("source unknown"))

    def _ask_date(self) -> None:
        if self.article is None:
            return
        from PySide6.QtWidgets import QDialog

        from newsreader.ui.timeline_dialogs import DateDialog

        dialog = DateDialog(self, self.article.published, self.display)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.correctDateRequested.emit(self.article.id, dialog.iso_date())
