"""Row painting for the article list: each row's direction follows its own text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from newsreader.textnorm import is_rtl, isolate
from newsreader.ui.formatting import Display
from newsreader.ui.models.article_list_model import Role

MARGIN = 8


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title, then «outlet · date», each laid out in its own direction."""

    def __init__(self, parent: QWidget | None = None, *, display: Display | None = None) -> None:
        super().__init__(parent)
        self.display = display or Display()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        title = QFontMetrics(self._title_font(option.font, bold=True))
        meta = QFontMetrics(option.font)
        return QSize(200, title.height() + meta.height() + 3 * MARGIN // 2 + 4)

    def _title_font(self, base: QFont, *, bold: bool) -> QFont:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * 1.08)
        font.setBold(bold)
        return font

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        read = bool(index.data(Role.READ))
        bookmarked = bool(index.data(Role.BOOKMARKED))
        source = index.data(Role.SOURCE) or ""
        published = self.display.date(index.data(Role.PUBLISHED))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group, role = QPalette.ColorGroup.Normal, QPalette.ColorRole
        text_color = opt.palette.color(group, role.HighlightedText if selected else role.Text)
        dim_color = opt.palette.color(group, role.HighlightedText if selected else role.PlaceholderText)

        rect = opt.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        title_font = self._title_font(opt.font, bold=not read)
        title_height = QFontMetrics(title_font).height()
        painter.save()
        marker = "★ " if bookmarked else ""
        self._draw_line(painter, QRect(rect.left(), rect.top(), rect.width(), title_height),
                        marker + (title or ""), title_font, text_color)
        meta = self.display.separator.join(isolate(part) for part in (source, published) if part)
        self._draw_line(painter, QRect(rect.left(), rect.top() + title_height + 2, rect.width(), rect.height() - title_height),
                        meta, opt.font, dim_color, ui_direction=True)
        painter.restore()

    def _draw_line(self, painter: QPainter, rect: QRect, text: str, font: QFont, color: object, *,
                   ui_direction: bool = False) -> None:
        """Draw one elided line. A title's base direction comes from its own first strong
        character; the meta line («outlet · date») follows the UI direction."""
        if not text:
            return
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft if ui_direction else is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        metrics = QFontMetrics(font)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        option = QTextOption(Qt.AlignmentFlag.AlignAbsolute | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                             | Qt.AlignmentFlag.AlignVCenter)
        option.setTextDirection(direction)
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect.toRectF(), elided, option)
