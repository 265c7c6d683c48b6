"""The timeline drawn as time: a vertical axis on the reading side, year and month marks on it, and
each event a row with its date and the words around its mention.

A mark on the axis shows how precise the date is: a dot for a day, a band for a month, a season or a
year, a bar for a range. The row's second line is the mention's sentence cut to the row's width
around the mention, at word boundaries, the date phrase in bold (:func:`centred_snippet`): a cut
made by eliding the end lost the very date the row stands for.

Installed on a :class:`~newsreader.ui.timeline_view.TimelineTree` once the window has painted
(``TimelineTree.draw_axis``): drawing pens and shapes builds Qt's enums (``newsreader.ui.qtvalues``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from newsreader.text.bidi import is_rtl
from newsreader.ui.pyside import keep_none_alive
from newsreader.ui.timeline_view import KIND_ROLE, LABEL_ROLE, MENTION_ROLE, PRECISION_ROLE, SENTENCE_ROLE

AXIS = 16  # the axis, from the row's leading edge
GAP = 14  # from the axis to the text
PAD = 5
ELLIPSIS = "…"


def centred_snippet(sentence: str, mention: str, fits: Callable[[str], bool]) -> tuple[str, int, int]:
    """The longest run of whole words of ``sentence`` around ``mention`` that ``fits``, with «…»
    where it was cut; (text, start, end) of the mention in it (-1, -1 if the sentence lacks it).
    Words are dropped alternately from the longer side, so the mention stays near the middle."""
    words = sentence.split()
    text = " ".join(words)
    at = text.find(" ".join(mention.split())) if mention.strip() else -1
    if at < 0:
        cut = text
        while cut and not fits(cut + ELLIPSIS if cut != text else cut):
            cut = cut.rsplit(" ", 1)[0] if " " in cut else cut[:-1]
        return (cut if cut == text else cut + ELLIPSIS), -1, -1
    length = len(" ".join(mention.split()))
    before, after = text[:at].split(), text[at + length :].split()
    middle = text[at : at + length]
    # a mention glued to its prefix or suffix («وفي2024») stays whole with them
    while True:
        head = " ".join(before)
        tail = " ".join(after)
        lead = "…" if len(before) < len(text[:at].split()) else ""
        trail = "…" if len(after) < len(text[at + length :].split()) else ""
        left = lead + head + (" " if head and text[at - 1 : at] == " " else "")
        right = (" " if tail and text[at + length : at + length + 1] == " " else "") + tail + trail
        shown = left + middle + right
        if fits(shown) or (not before and not after):
            return shown, len(left), len(left) + len(middle)
        if len(" ".join(before)) >= len(" ".join(after)) and before:
            before = before[1:]
        elif after:
            after = after[:-1]
        else:
            before = before[1:]


class AxisDelegate(QStyledItemDelegate):
    """Paints the rows of a timeline tree along one vertical axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # each line laid out once: setting a layout's formats on every repaint also wore down
        # the reference count of None in PySide6 6.12 until the interpreter aborted (measured)
        self._layouts: dict[tuple[object, ...], tuple[QTextLayout, float]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        year = QFont(bold)
        year.setPointSizeF(option.font.pointSizeF() * 1.15)
        return option.font, bold, year

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        plain, bold, year = self._fonts(option)
        kind = index.data(KIND_ROLE)
        if kind in ("year", "section"):
            return QSize(120, int(QFontMetricsF(year).height() + 2 * PAD + 4))
        if kind in ("month", "article"):
            return QSize(120, int(QFontMetricsF(plain).height() + PAD))
        return QSize(120, int(QFontMetricsF(bold).height() + QFontMetricsF(plain).height() + 2 * PAD + 2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        keep_none_alive()  # each row's paint costs None references (newsreader.ui.pyside)
        kind = index.data(KIND_ROLE)
        if kind is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, selection, focus
            style.drawControl(style.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        plain, bold, year_font = self._fonts(option)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        rect = QRectF(option.rect)
        if opt.widget is not None:  # one axis for every row, whatever the row's depth
            rect.setLeft(0)
            rect.setRight(opt.widget.viewport().width())  # type: ignore[attr-defined]
        axis_x = rect.right() - AXIS if rtl else rect.left() + AXIS
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Link)
        pen, brush = painter.pen(), painter.brush()  # (save() and restore() would cost None two more)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        if kind != "section":
            painter.drawLine(QPointF(axis_x, rect.top()), QPointF(axis_x, rect.bottom()))
        text_left = rect.left() + 6 if rtl else axis_x + GAP
        text_right = axis_x - GAP if rtl else rect.right() - 6
        width = max(10.0, text_right - text_left)
        middle = rect.center().y()
        text = str(index.data(LABEL_ROLE) or index.data() or "")
        if kind in ("year", "section"):
            if kind == "year":
                painter.setPen(QPen(accent, 2))
                painter.setBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
                painter.drawEllipse(QPointF(axis_x, middle), 6, 6)
            self._text(painter, text, year_font, ink, text_left, width, middle, rtl)
        elif kind == "article":  # a story: an article that mentions the event above, named once
            self._text(
                painter,
                "• " + text,
                plain,
                accent if not selected else ink,
                text_left + (0 if rtl else 12),
                width - 12,
                middle,
                is_rtl(text) if text.strip() else rtl,
            )
        elif kind == "month":
            painter.setPen(QPen(dim, 2))
            tick = 5 if rtl else -5
            painter.drawLine(QPointF(axis_x + tick, middle), QPointF(axis_x - tick, middle))
            self._text(painter, text, plain, dim, text_left, width, middle, rtl)
        else:
            line1 = QFontMetricsF(bold).height()
            top = rect.top() + PAD
            self._marker(painter, index.data(PRECISION_ROLE), axis_x, top + line1 / 2, accent, rect)
            self._text(painter, text, bold, ink, text_left, width, top + line1 / 2, rtl)
            sentence = str(index.data(SENTENCE_ROLE) or "")
            mention = str(index.data(MENTION_ROLE) or "")
            metrics = QFontMetricsF(plain)
            snippet, start, end = centred_snippet(sentence, mention, lambda s: metrics.horizontalAdvance(s) <= width)
            bold_range = (start, end) if start >= 0 else None
            self._text(
                painter,
                snippet,
                plain,
                ink,
                text_left,
                width,
                top + line1 + 2 + metrics.height() / 2,
                is_rtl(snippet) if snippet.strip() else rtl,
                bold_range=bold_range,
            )
        painter.setPen(pen)
        painter.setBrush(brush)

    def _marker(self, painter: QPainter, kind: str | None, x: float, y: float, colour: QColor, rect: QRectF) -> None:
        painter.setPen(QPen(colour, 2))
        if kind == "day":  # a dot
            painter.setBrush(QBrush(colour))
            painter.drawEllipse(QPointF(x, y), 4.5, 4.5)
        elif kind == "band":  # a month, a season, a year: a band
            painter.setBrush(QBrush(QColor(colour.red(), colour.green(), colour.blue(), 90)))
            painter.drawRoundedRect(QRectF(x - 4, y - 7, 8, 14), 3, 3)
        elif kind == "bar":  # a range: a bar the height of the row
            painter.setBrush(QBrush(colour))
            painter.drawRoundedRect(QRectF(x - 3, rect.top() + 3, 6, rect.height() - 6), 3, 3)
        else:  # undated: a ring
            painter.setBrush(QBrush())
            painter.drawEllipse(QPointF(x, y), 4, 4)

    def _text(
        self,
        painter: QPainter,
        text: str,
        font: QFont,
        colour: QColor,
        left: float,
        width: float,
        middle: float,
        rtl: bool,
        *,
        bold_range: tuple[int, int] | None = None,
    ) -> None:
        """One line, elided at its end, aligned to its own start; ``bold_range`` in bold."""
        key = (text, font.key(), round(width), colour.rgba(), rtl, bold_range)
        cached = self._layouts.get(key)
        if cached is None:
            if len(self._layouts) > 2048:
                self._layouts.clear()
            cached = self._layouts[key] = self._lay_out(text, font, colour, width, rtl, bold_range)
        layout, offset = cached
        layout.draw(painter, QPointF(left + offset, middle - layout.lineAt(0).height() / 2))

    @staticmethod
    def _lay_out(
        text: str, font: QFont, colour: QColor, width: float, rtl: bool, bold_range: tuple[int, int] | None
    ) -> tuple[QTextLayout, float]:
        metrics = QFontMetricsF(font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        shown = ("\u200f" if rtl else "\u200e") + elided  # the line's base direction (as delegates.line_layout)
        layout = QTextLayout(shown, font)
        ranges = []
        base = QTextCharFormat()
        base.setForeground(QBrush(colour))
        whole = QTextLayout.FormatRange()
        whole.start, whole.length, whole.format = 0, len(shown), base
        ranges.append(whole)
        if bold_range is not None and elided == text:
            strong = QTextCharFormat()
            strong.setFontWeight(QFont.Weight.Bold)
            strong.setForeground(QBrush(colour))
            part = QTextLayout.FormatRange()
            part.start, part.length, part.format = bold_range[0] + 1, bold_range[1] - bold_range[0], strong
            ranges.append(part)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        return layout, (max(0.0, width - line.naturalTextWidth()) if rtl else 0.0)
