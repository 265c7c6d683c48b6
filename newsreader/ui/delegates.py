"""Row painting for the article list: each row's direction follows its own text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from newsreader.text.bidi import close_isolates, is_rtl, isolate
from newsreader.ui.formatting import Display
from newsreader.ui.models.article_list_model import Role
from newsreader.ui.pyside import keep_none_alive

MARGIN = 8
ELLIPSIS = "…"
RLM, LRM = "\u200f", "\u200e"
_LAYOUT_LIMIT = 2048


def elide(metrics: QFontMetrics, text: str, width: int) -> str:
    """``text`` cut at its end to fit ``width`` pixels, with «…» (what ``QFontMetrics.elidedText``
    does with ``ElideRight``; that one takes a ``Qt`` enum, which the first paint avoids: qtvalues)."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    fits, too_long = 0, len(text)  # the longest prefix that fits is at least fits, shorter than too_long
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        if metrics.horizontalAdvance(text[:middle]) <= room:
            fits = middle
        else:
            too_long = middle
    return close_isolates(text[:fits].rstrip()) + ELLIPSIS


def meta_line(outlet: str, date: str, separator: str, metrics: QFontMetrics, width: int) -> str:
    """A row's «outlet · date» in ``width`` pixels: the outlet is cut («…») so that the date stays
    whole; a row too narrow for a few letters of the outlet beside the date is cut at its end."""
    full = separator.join(isolate(part) for part in (outlet, date) if part)
    if not outlet or not date or metrics.horizontalAdvance(full) <= width:
        return full
    room = width - metrics.horizontalAdvance(separator + isolate(date)) - 2
    if room < metrics.horizontalAdvance(outlet[:3] + ELLIPSIS):
        return full
    return separator.join((isolate(elide(metrics, outlet, room)), isolate(date)))


def line_layout(
    text: str,
    font: QFont,
    width: int,
    brush: QBrush,
    *,
    rtl: bool,
    marks: tuple[tuple[int, int], ...] = (),
    mark: QTextCharFormat | None = None,
) -> tuple[QTextLayout, float]:
    """One line, elided (:func:`elide`) and laid out once, and its x offset in ``width``, which aligns
    it to its own start (right for RTL). The base direction comes from a leading RLM/LRM, the colour
    from a character format: ``QPainter.setPen`` and ``QTextOption`` directions and alignments would
    all build the ``Qt`` enums (qtvalues)."""
    shown = (RLM if rtl else LRM) + elide(QFontMetrics(font), text, width)
    layout = QTextLayout(shown, font)
    colour = QTextCharFormat()
    colour.setForeground(brush)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = 0, len(shown), colour
    ranges = [span]
    for start, end in marks:  # search hits: +1 for the leading mark; cut at the ellipsis
        if mark is not None and start + 1 < len(shown):
            hit = QTextLayout.FormatRange()
            hit.start, hit.length, hit.format = start + 1, min(end + 1, len(shown)) - start - 1, mark
            ranges.append(hit)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(width)
    layout.endLayout()
    return layout, max(0.0, width - line.naturalTextWidth()) if rtl else 0.0


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then «outlet · date», each laid out in its own direction.

    It runs for every visible row on every repaint, the first paint of the window included, so it
    keeps Python work small: one pass of the base class for the background, fonts and metrics built
    once, each line laid out once (cached), and no QStyle (PySide6 builds that class, some 20 enums,
    on first use).
    """

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.display = display or Display()
        self._fonts: dict[tuple[str, bool], tuple[QFont, QFont, int]] = {}
        self._layouts: dict[tuple[object, ...], tuple[QTextLayout, float]] = {}  # see _draw_line
        self.extra_line = False  # a third line per row: search snippets, bookmark notes

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title = QFontMetrics(self._title_font(option.font, bold=True))
        meta = QFontMetrics(option.font)
        lines = 2 if self.extra_line else 1
        return QSize(200, title.height() + lines * meta.height() + 3 * MARGIN // 2 + 2 + 2 * lines)

    def _title_font(self, base: QFont, *, bold: bool) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.08)
        font.setBold(bold)
        return font

    def _row_fonts(self, base: QFont, read: bool) -> tuple[QFont, QFont, int]:
        """(meta font, title font, title height) for the view's font: an unread row is bold,
        as the model's FontRole says."""
        key = (base.key(), read)
        fonts = self._fonts.get(key)
        if fonts is None:
            meta = QFont(base)
            if not read:
                meta.setBold(True)
            title = self._title_font(meta, bold=not read)
            fonts = self._fonts[key] = (meta, title, QFontMetrics(title).height())
        return fonts

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """The base class paints the row's background, selection and focus, never its text: we do."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        keep_none_alive()  # each row's paint costs None references (newsreader.ui.pyside)
        super().paint(painter, option, index)
        row = index.data(Role.ROW)
        if row is None:
            return
        view = option.widget
        selection = view.selectionModel() if view is not None else None  # type: ignore[attr-defined]
        selected = selection is not None and selection.isSelected(index)
        palette = option.palette
        group, role = QPalette.ColorGroup.Normal, QPalette.ColorRole
        text_brush = palette.brush(group, role.HighlightedText if selected else role.Text)
        dim_brush = palette.brush(group, role.HighlightedText if selected else role.PlaceholderText)

        meta_font, title_font, title_height = self._row_fonts(option.font, bool(row.read))
        rect = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        marker = "★ " if row.bookmarked else ""
        self._draw_line(
            painter,
            QRect(rect.left(), rect.top(), rect.width(), title_height),
            marker + (row.title or ""),
            title_font,
            text_brush,
        )
        published = self.display.date(row.published or "")
        meta = meta_line(row.source or "", published, self.display.separator, QFontMetrics(meta_font), rect.width())
        extra = index.data(Role.EXTRA) if self.extra_line else None
        meta_height = QFontMetrics(meta_font).height() if extra else rect.height() - title_height
        self._draw_line(
            painter,
            QRect(rect.left(), rect.top() + title_height + 2, rect.width(), meta_height),
            meta,
            meta_font,
            dim_brush,
            ui_direction=True,
        )
        if extra:
            text, marks = extra
            top = rect.top() + title_height + meta_height + 4
            self._draw_line(
                painter,
                QRect(rect.left(), top, rect.width(), rect.bottom() - top),
                text,
                option.font,
                text_brush,
                marks=marks,
                selected=selected,
            )

    def _draw_line(
        self,
        painter: QPainter,
        rect: QRect,
        text: str,
        font: QFont,
        brush: QBrush,
        *,
        ui_direction: bool = False,
        marks: tuple[tuple[int, int], ...] = (),
        selected: bool = False,
    ) -> None:
        """Draw one elided line, centred vertically in ``rect``. A title's base direction comes from
        its own first strong character; the meta line («outlet · date») follows the UI direction."""
        if not text:
            return
        key = (
            text,
            font.key(),
            rect.width(),
            brush.color().rgba(),
            ui_direction and QApplication.isRightToLeft(),
            marks,
            selected,
        )
        laid_out = self._layouts.get(key)
        if laid_out is None:  # the direction is worked out once per line, not on every repaint
            if len(self._layouts) >= _LAYOUT_LIMIT:
                self._layouts.clear()
            rtl = QApplication.isRightToLeft() if ui_direction else is_rtl(text)
            mark = None
            if marks:  # hits in a snippet: bold, on the theme's hit colour (not over a selected row)
                from newsreader.ui.theme import hit_colours

                mark = QTextCharFormat()
                mark.setFontWeight(QFont.Weight.Bold)
                if not selected:
                    background, foreground = hit_colours()[0]
                    mark.setBackground(QBrush(background))
                    mark.setForeground(QBrush(foreground))
            laid_out = self._layouts[key] = line_layout(text, font, rect.width(), brush, rtl=rtl, marks=marks, mark=mark)
        layout, x = laid_out
        height = layout.lineAt(0).height()
        layout.draw(painter, QPointF(rect.left() + x, rect.top() + (rect.height() - height) / 2))
