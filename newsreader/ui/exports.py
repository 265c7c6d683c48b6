"""File → Print, and the exports: the article as PDF, its timeline as CSV or a picture, the bookmarks
as JSON, CSV or Markdown. Each asks for a file (unless given one), writes it, and says where in the
status bar, or why not in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from newsreader.domain import Article
    from newsreader.ui.article_view import ArticleView
    from newsreader.ui.operations import Operations
    from newsreader.ui.timeline_view import TimelinePane

translate = QCoreApplication.translate


class Exports(QObject):
    def __init__(
        self,
        parent: QWidget,
        ops: Operations,
        article_view: ArticleView,
        timeline: TimelinePane,
        current_article: Callable[[], Article | None],
    ) -> None:
        super().__init__(parent)
        self._parent, self.ops, self.article_view, self.timeline = parent, ops, article_view, timeline
        self.current_article = current_article

    def _saved(self, path: str) -> None:
        self.ops.status.emit(translate("MainWindow", "Saved %1").replace("%1", path), 5000)

    def _save_path(self, title: str, name: str, filters: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        base = Path(self.ops.settings.last_import_dir or Path.home())
        path, _ = QFileDialog.getSaveFileName(self._parent, title, str(base / name), filters)
        return path

    def print_article(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.current_article() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.article_view.document().print_(printer)

    def export_pdf(self, path: str | None = None) -> str | None:
        """Write the current article as PDF (right-to-left, shaped, with the bundled fonts)."""
        from PySide6.QtPrintSupport import QPrinter

        article = self.current_article()
        if article is None:
            return None
        path = path or self._save_path(
            translate("MainWindow", "Export article as PDF"), f"{article.id}.pdf", translate("MainWindow", "PDF (*.pdf)")
        )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        printer.setDocName(article.title)
        printer.setCreator("newsreader")
        doc = self.article_view.document().clone(self)
        doc.print_(printer)
        doc.deleteLater()
        self._saved(path)
        return path

    def export_timeline(self, fmt: str, path: str | None = None) -> str | None:
        """The current article's timeline as CSV (one row per mention) or as a PNG picture."""
        from newsreader.timeline import build as events
        from newsreader.ui.dialogs import warn

        article = self.current_article()
        if article is None:
            return None
        if not path:
            filters = translate("MainWindow", "CSV (*.csv)") if fmt == "csv" else translate("MainWindow", "PNG image (*.png)")
            path = self._save_path(translate("MainWindow", "Export timeline"), f"{article.id}-timeline.{fmt}", filters)
        if not path:
            return None
        try:
            if fmt == "csv":
                Path(path).write_text(events.to_csv(self.ops.store.mentions(article.id), article), encoding="utf-8")
            elif not self.timeline.render_image().save(path, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes, the binding wants str
                raise OSError(translate("MainWindow", "could not write %1").replace("%1", path))
        except OSError as exc:
            warn(self._parent, translate("MainWindow", "Export timeline"), str(exc))
            return None
        self._saved(path)
        return path

    def export_bookmarks(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from newsreader import bookmarks_export
        from newsreader.ui.dialogs import warn

        filters = {
            translate("MainWindow", "JSON (*.json)"): "json",
            translate("MainWindow", "CSV (*.csv)"): "csv",
            translate("MainWindow", "Markdown (*.md)"): "md",
        }
        title = translate("MainWindow", "Export bookmarks")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            title,
            str(Path(self.ops.settings.last_import_dir or Path.home()) / "bookmarks.json"),
            ";;".join(filters),
        )
        if not path:
            return
        fmt = filters.get(chosen) or Path(path).suffix.lstrip(".") or "json"
        try:
            text = bookmarks_export.export(self.ops.store.bookmarks(), fmt)
            Path(path).write_text(text, encoding="utf-8")
        except (OSError, ValueError) as exc:
            warn(self._parent, title, translate("MainWindow", "Could not export: %1").replace("%1", str(exc)))
            return
        self.ops.status.emit(translate("MainWindow", "Bookmarks exported to %1").replace("%1", path), 5000)
