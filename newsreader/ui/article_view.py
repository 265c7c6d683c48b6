"""The full-text pane: one article, each paragraph in its own direction, with highlights."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from newsreader.domain import Article
from newsreader.text.bidi import is_rtl, isolate
from newsreader.ui.formatting import Display
from newsreader.ui.qtvalues import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    BROWSER_AND_KEYBOARD_SELECTION,
    LEFT_TO_RIGHT,
    RIGHT_TO_LEFT,
    set_property,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

ARABIC_FAMILY = "Noto Naskh Arabic"
MIN_SIZE, MAX_SIZE = 9, 40
_BLANK_LINES = re.compile(r"\n\s*\n")
_NON_EMPTY = re.compile(r"[^\n]*\S[^\n]*")


def body_blocks(body: str) -> list[tuple[int, str]]:
    """The body's paragraphs with their offsets in it. Paragraphs are separated by blank lines;
    a body without any (a scraped page keeps one paragraph a line) has one paragraph a line."""
    if _BLANK_LINES.search(body):
        out, start = [], 0
        for gap in [*_BLANK_LINES.finditer(body), None]:
            end = gap.start() if gap else len(body)
            chunk = body[start:end]
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                out.append((start + lead, chunk.strip()))
            start = gap.end() if gap else end
        return out
    return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip()) for m in _NON_EMPTY.finditer(body)]


_SEPARATORS = "-–—:|،,"
_QUOTES = re.compile('[«»"“”]')
_SEPARATOR_RUNS = re.compile(f"\\s*([{_SEPARATORS}])(?:\\s*[{_SEPARATORS}])+\\s*")


def byline(author: str | None, outlet: str, title: str, ends: str) -> str:
    """The byline shown beside the outlet and the date, or «» when it adds nothing: its entities
    decoded («سبق &ndash; وكالات:»), the outlet's own name taken out («أبوظبي - سكاي نيوز عربية» →
    «أبوظبي»), none when the title or the text's first or last paragraph already shows it."""
    from html import unescape

    text = " ".join(unescape(author or "").split())
    if outlet:
        text = _QUOTES.sub("", text.replace(outlet, " ")) if outlet in text else text
    text = _SEPARATOR_RUNS.sub(lambda m: f" {m.group(1)} ", text).strip(f" {_SEPARATORS}")
    if not text or text in title or text in " ".join(unescape(ends).split()):
        return ""
    return text


def short_link(url: str) -> str:
    """What a source link shows: its site, decoded, without «www.» («skynewsarabia.com»)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    with contextlib.suppress(UnicodeError):  # an IDN shown in its own script
        host = host.encode("ascii").decode("idna") if host.startswith("xn--") or ".xn--" in host else host
    host = host.removeprefix("www.")
    return host or unquote(url)


class ArticleView(QTextBrowser):
    """Shows title, outlet, date and body. Offsets into ``Article.full_text`` map to
    document positions, so mentions and search hits can be highlighted."""

    cursorOffsetChanged = Signal(int)  # offset into full_text under the text cursor / viewport centre
    zoomChanged = Signal(int)
    commandRequested = Signal(str)  # a link of the welcome page: «newsreader:import-files»…

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        font_size: int = 15,
        line_spacing: int = 125,
        display: Display | None = None,
        family: str = ARABIC_FAMILY,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.setReadOnly(True)
        set_property(self, "textInteractionFlags", BROWSER_AND_KEYBOARD_SELECTION)
        self.font_size = font_size
        self.line_spacing = line_spacing
        self.display = display or Display()
        self.family = family
        self.article: Article | None = None
        self.note = ""
        self._block_offsets: list[tuple[int, int]] = []  # (full_text offset, document position) per block
        self._hits: list[tuple[int, int]] = []
        self._mention: tuple[int, int] | None = None
        self._current_hit = -1
        self.cursorPositionChanged.connect(self._emit_offset)
        self.show_empty()

    # -- content ----------------------------------------------------------------------------
    def show_empty(self, message: str = "") -> None:
        self.article = None
        self._block_offsets = []
        self._hits = []
        self._mention = None
        self.document().clear()
        if message:
            cursor = QTextCursor(self.document())
            fmt = QTextBlockFormat()
            fmt.setProperty(QTextFormat.Property.BlockAlignment, ALIGN_CENTER)
            fmt.setTopMargin(40)
            cursor.setBlockFormat(fmt)
            cursor.insertText(message)
        self.setExtraSelections([])

    def show_welcome(self, title: str, paragraphs: Sequence[tuple[str, str | None]]) -> None:
        """The first launch's greeting in place of an article: a title, then paragraphs, each a
        link when it has a ``newsreader:`` command (import, search) to run."""
        self.show_empty()
        doc = QTextDocument(self)
        doc.setDocumentMargin(32)
        base = QFont()
        base.setFamilies([self.family, ARABIC_FAMILY, "Noto Sans"])
        base.setPointSize(self.font_size)
        doc.setDefaultFont(base)
        cursor = QTextCursor(doc)
        direction = RIGHT_TO_LEFT if self.isRightToLeft() else LEFT_TO_RIGHT
        for n, (text, href) in enumerate([(title, None), *paragraphs]):
            fmt = QTextBlockFormat()
            fmt.setProperty(QTextFormat.Property.LayoutDirection, direction)
            fmt.setProperty(QTextFormat.Property.BlockAlignment, ALIGN_LEFT)
            fmt.setBottomMargin(18 if n == 0 else 12)
            fmt.setLineHeight(float(self.line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            char = QTextCharFormat()
            font = QFont(base)
            font.setPointSizeF(self.font_size * (1.45 if n == 0 else 1.0))
            font.setBold(n == 0)
            char.setFont(font)
            if href:
                char.setAnchor(True)
                char.setAnchorHref(href)
                char.setFontUnderline(True)
                char.setForeground(QApplication.palette().link())
            if n == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
            else:
                cursor.insertBlock(fmt, char)
            cursor.insertText(text, char)
        self.setDocument(doc)

    def show_article(self, article: Article, note: str = "") -> None:
        """Lay the article out block by block, recording where each block starts. ``note``: the
        bookmark's note and tags, shown under the title."""
        self.article = article
        self.note = note
        self._hits = []
        self._mention = None
        self._current_hit = -1
        doc = QTextDocument(self)
        doc.setDocumentMargin(24)
        base = QFont()
        base.setFamilies([self.family, ARABIC_FAMILY, "Noto Sans"])
        base.setPointSize(self.font_size)
        doc.setDefaultFont(base)
        cursor = QTextCursor(doc)
        offsets: list[tuple[int, int]] = []

        def block(
            text: str,
            *,
            size: float,
            bold: bool = False,
            brush: QBrush | None = None,
            offset: int | None = None,
            bottom: float = 10,
            first: bool = False,
            spacing: int | None = None,
            ui_direction: bool = False,
            link: str | None = None,
        ) -> None:
            fmt = QTextBlockFormat()
            rtl = self.isRightToLeft() if ui_direction or not text.strip() else is_rtl(text)
            # = setLayoutDirection / setAlignment(AlignLeading), without the Qt enums (qtvalues)
            fmt.setProperty(QTextFormat.Property.LayoutDirection, RIGHT_TO_LEFT if rtl else LEFT_TO_RIGHT)
            fmt.setProperty(QTextFormat.Property.BlockAlignment, ALIGN_LEFT)
            fmt.setLineHeight(float(spacing or self.line_spacing), QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
            fmt.setBottomMargin(bottom)
            char = QTextCharFormat()
            font = QFont(base)
            font.setPointSizeF(size)
            font.setBold(bold)
            char.setFont(font)
            if brush is not None:  # a brush: converting a QColor would build the Qt enums (qtvalues)
                char.setForeground(brush)
            if link is not None:  # a link opens in the system browser, only when clicked (_open_link)
                char.setAnchor(True)
                char.setAnchorHref(link)
                char.setFontUnderline(True)
            if first:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
            else:
                cursor.insertBlock(fmt, char)
            if offset is not None:
                offsets.append((offset, cursor.position()))
            # line breaks inside a paragraph become U+2028 (one character, same offsets)
            cursor.insertText(text.replace("\n", "\u2028"), char)

        block(article.title, size=self.font_size * 1.45, bold=True, offset=0, first=True, bottom=6, spacing=105)
        outlet = article.source or ""  # the outlet's display name (the importer's table, or the user's rename)
        blocks = body_blocks(article.body)
        author = byline(article.author, outlet, article.title, " ".join(text for _o, text in (blocks[:1] + blocks[-1:])))
        meta = self.display.separator.join(
            isolate(part) for part in (outlet, self.display.date(article.published, with_weekday=True), author) if part
        )
        dim = QApplication.palette().placeholderText()
        block(meta, size=self.font_size * 0.85, brush=dim, bottom=6 if note else 18, ui_direction=True)
        if note:
            block(note, size=self.font_size * 0.9, brush=QApplication.palette().link(), bottom=18)
        base_offset = len(article.title) + 2
        for offset, para in blocks:
            block(para, size=self.font_size, offset=base_offset + offset, bottom=self.font_size * 0.9)
        if article.url:
            link = article.url if urlsplit(article.url).scheme in ("http", "https") else None
            block(
                self.tr("Source: %1").replace("%1", isolate(short_link(article.url) + " ↗")),
                size=self.font_size * 0.8,
                brush=QApplication.palette().link(),
                link=link,
                ui_direction=True,
            )
        # wire copy: the other outlets that published this text (not the outlet's own other edition)
        also = dict.fromkeys(name or urlsplit(url or "").hostname or "" for name, url in article.also_in)
        also.pop(outlet, None)
        also.pop("", None)
        if also:
            block(
                self.tr("Also in: %1").replace("%1", self.display.separator.join(isolate(n) for n in also)),
                size=self.font_size * 0.8,
                brush=dim,
                ui_direction=True,
            )
        doc.setModified(False)
        self.setDocument(doc)  # the previous document, a child of this view, is deleted by Qt
        self._block_offsets = offsets
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(0)

    # -- offsets ------------------------------------------------------------------------------
    def position_of(self, offset: int) -> int:
        """Document position of an offset into ``full_text`` (-1 outside the text)."""
        best = None
        for text_offset, doc_pos in self._block_offsets:
            if text_offset <= offset:
                best = (text_offset, doc_pos)
            else:
                break
        if best is None:
            return -1
        return best[1] + offset - best[0]

    def offset_of(self, position: int) -> int:
        """Offset into ``full_text`` of a document position (-1 in the meta line)."""
        best = None
        for text_offset, doc_pos in self._block_offsets:
            if doc_pos <= position:
                best = (text_offset, doc_pos)
            else:
                break
        if best is None:
            return -1
        return best[0] + position - best[1]

    def _emit_offset(self) -> None:
        if self.article is not None:
            self.cursorOffsetChanged.emit(self.offset_of(self.textCursor().position()))

    # -- highlights -----------------------------------------------------------------------------
    def _selection(
        self, start: int, end: int, color: QColor, text: QColor, *, bold: bool = False
    ) -> QTextEdit.ExtraSelection | None:
        a, b = self.position_of(start), self.position_of(end)
        if a < 0 or b < 0:
            return None
        sel = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        sel.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(color)
        fmt.setForeground(text)
        if bold:
            fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
        sel.format = fmt
        return sel

    def _refresh_selections(self) -> None:
        from newsreader.ui.theme import hit_colours

        hit, current, mention = hit_colours()
        selections = []
        for i, (s, e) in enumerate(self._hits):
            sel = self._selection(s, e, *(current if i == self._current_hit else hit))
            if sel:
                selections.append(sel)
        if self._mention:
            sel = self._selection(*self._mention, *mention, bold=True)
            if sel:
                selections.append(sel)
        self.setExtraSelections(selections)

    def set_hits(self, spans: Sequence[tuple[int, int]]) -> None:
        """Highlight every search hit (offsets into full_text)."""
        self._hits = sorted(spans)
        self._current_hit = -1
        self._refresh_selections()

    def hit_count(self) -> int:
        return len(self._hits)

    def step_hit(self, forward: bool = True) -> int:
        """Move to the next (F3) or previous (Shift+F3) hit; returns its index or -1."""
        if not self._hits:
            return -1
        step = 1 if forward else -1
        self._current_hit = (self._current_hit + step) % len(self._hits)
        self._refresh_selections()
        self._scroll_to(self._hits[self._current_hit][0])
        return self._current_hit

    def highlight_mention(self, start: int, end: int) -> None:
        """Scroll to a mention and mark it."""
        self._mention = (start, end)
        self._refresh_selections()
        self._scroll_to(start)

    def highlighted_mention(self) -> tuple[int, int] | None:
        return self._mention

    def _scroll_to(self, offset: int) -> None:
        pos = self.position_of(offset)
        if pos < 0:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        self.blockSignals(True)
        self.setTextCursor(cursor)
        self.blockSignals(False)
        self.ensureCursorVisible()

    # -- zoom and links ------------------------------------------------------------------------------
    def set_font_size(self, size: int) -> None:
        size = max(MIN_SIZE, min(MAX_SIZE, size))
        if size == self.font_size:
            return
        self.font_size = size
        if self.article is not None:
            hits, mention, current = self._hits, self._mention, self._current_hit
            scroll = self.verticalScrollBar().value()
            self.show_article(self.article, self.note)
            self._hits, self._mention, self._current_hit = hits, mention, current
            self._refresh_selections()
            self.verticalScrollBar().setValue(scroll)
        self.zoomChanged.emit(size)

    def zoom(self, steps: int) -> None:
        self.set_font_size(self.font_size + steps)

    def _open_link(self, url: QUrl) -> None:
        from PySide6.QtGui import QDesktopServices

        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        elif url.scheme() == "newsreader":
            self.commandRequested.emit(url.path())

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        """Article text is laid out as plain text, never as HTML; nothing is ever fetched."""
        return None
