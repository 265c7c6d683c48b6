"""Row painting for the article list: each row's direction follows its own text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from newsreader.textnorm import is_rtl, isolate
from newsreader.ui.formatting import Display
from newsreader.ui.models.article_list_model import Role

MARGIN = 8


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then «outlet · date», each laid out in its own direction.

    It runs for every visible row on every repaint, the first paint of the window included, so it
    keeps Python work small: one pass of the base class for the background, fonts, metrics and
    text options built once, and no QStyle (PySide6 builds that class, some 20 enums, on first use).
    """

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.display = display or Display()
        self._fonts: dict[tuple[str, bool], tuple[QFont, QFont, int]] = {}
        self._options: dict[bool, QTextOption] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title = QFontMetrics(self._title_font(option.font, bold=True))
        meta = QFontMetrics(option.font)
        return QSize(200, title.height() + meta.height() + 3 * MARGIN // 2 + 4)

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

    def _text_option(self, rtl: bool) -> QTextOption:
        option = self._options.get(rtl)
        if option is None:
            align = Qt.AlignmentFlag
            option = QTextOption(align.AlignAbsolute | (align.AlignRight if rtl else align.AlignLeft) | align.AlignVCenter)
            option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            option.setWrapMode(QTextOption.WrapMode.NoWrap)
            self._options[rtl] = option
        return option

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        """The base class paints the row's background, selection and focus, never its text: we do."""
        super().initStyleOption(option, index)
        option.text = ""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        row = index.data(Role.ROW)
        if row is None:
            return
        view = option.widget
        selection = view.selectionModel() if view is not None else None  # type: ignore[attr-defined]
        selected = selection is not None and selection.isSelected(index)
        palette = option.palette
        group, role = QPalette.ColorGroup.Normal, QPalette.ColorRole
        text_color = palette.color(group, role.HighlightedText if selected else role.Text)
        dim_color = palette.color(group, role.HighlightedText if selected else role.PlaceholderText)

        meta_font, title_font, title_height = self._row_fonts(option.font, bool(row.read))
        rect = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        painter.save()
        marker = "★ " if row.bookmarked else ""
        self._draw_line(painter, QRect(rect.left(), rect.top(), rect.width(), title_height),
                        marker + (row.title or ""), title_font, text_color)
        published = self.display.date(row.published or "")
        meta = self.display.separator.join(isolate(part) for part in (row.source or "", published) if part)
        self._draw_line(painter, QRect(rect.left(), rect.top() + title_height + 2, rect.width(), rect.height() - title_height),
                        meta, meta_font, dim_color, ui_direction=True)
        painter.restore()

    def _draw_line(self, painter: QPainter, rect: QRect, text: str, font: QFont, color: object, *,
                   ui_direction: bool = False) -> None:
        """Draw one elided line. A title's base direction comes from its own first strong
        character; the meta line («outlet · date») follows the UI direction."""
        if not text:
            return
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft if ui_direction else is_rtl(text)
        elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect.toRectF(), elided, self._text_option(rtl))
