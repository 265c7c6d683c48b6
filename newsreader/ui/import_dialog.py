"""Import in the background: a progress dialog with Cancel, the list growing as articles arrive,
and a summary listing every failure with its reason."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressDialog, QVBoxLayout, QWidget

from newsreader.importing.pipeline import SkippedRecord, group_by_reason, import_paths
from newsreader.ui.dialogs import button_box, fit_to_screen
from newsreader.ui.jobs import GeneratorJob

if TYPE_CHECKING:
    from newsreader.ui.operations import Operations


class ImportController(QObject):
    """Drives one import job; owns its progress dialog (over ``parent``). New articles and the end are
    told through the operations (``articlesChanged``, ``importFinished``), messages through its ``status``."""

    def __init__(self, parent: QWidget, ops: Operations, paths: Sequence[Path], *, quiet: bool = False) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.ops = ops
        self.paths = list(paths)
        self.quiet = quiet
        self.dialog: QProgressDialog | None = None
        self.summary: SummaryDialog | None = None
        self.last: Any = None
        self.job: GeneratorJob | None = None

    def start(self) -> GeneratorJob:
        db_path = self.ops.store.path
        paths = self.paths
        follow_links = self.ops.settings.follow_links

        def work(cancelled: Callable[[], bool]) -> Iterator[Any]:
            assert db_path is not None
            assert self.job is not None
            yield from import_paths(
                db_path, paths, cancelled=cancelled, follow_links=follow_links, on_busy=self.job.signals.waiting.emit
            )

        self.job = GeneratorJob(work, interval=0)  # import_paths throttles itself; keep every batch's ids
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)
        if not self.quiet:
            dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self.parent_widget)
            dialog.setObjectName("importProgress")
            dialog.setWindowTitle(self.tr("Import"))
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setMinimumDuration(300)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
            self.ops.status.emit(self.tr("Importing…"), 0)
        return self.ops.start_job(self.job, writer=True, background=True)  # the user's writes go on

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping after the current file…"))

    def _progress(self, p: Any) -> None:
        if p is None:
            return
        self.last = p
        if p.new_ids:
            self.ops.imported(list(reversed(p.new_ids)))
        if self.dialog is not None:
            self.dialog.setMaximum(max(p.files_total, 1))
            self.dialog.setValue(min(p.files_done, p.files_total))
            self.dialog.setLabelText(
                self.ops.display.num(
                    self.tr("Files: %1 of %2\nArticles: %3 new, %4 already in the library, %5 failed")
                    .replace("%1", str(p.files_done))
                    .replace("%2", str(p.files_total))
                    .replace("%3", str(p.imported))
                    .replace("%4", str(p.duplicates))
                    .replace("%5", str(len(p.failures)))
                )
            )

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _finished(self, p: Any) -> None:
        self._close_dialog()
        self.last = p
        cancelled = self.job is not None and self.job.is_cancelled()
        if p is None:
            return
        message = (
            self.tr("Import cancelled: %1 new, %2 already there, %3 failed")
            if cancelled
            else self.tr("Import finished: %1 new, %2 already there, %3 failed")
        )
        message = self.ops.display.num(
            message.replace("%1", str(p.imported)).replace("%2", str(p.duplicates)).replace("%3", str(len(p.failures)))
        )
        if not self.quiet:  # a quiet import (the first launch's samples) is no news: the welcome is
            self.ops.status.emit(message, 8000)
        self.ops.import_finished(p)
        if p.skipped:
            message += "\n" + self.tr("%1 records of the imported files were not imported (listed below)").replace(
                "%1", str(len(p.skipped))
            )
        if not self.quiet or p.failures:
            self.summary = SummaryDialog(self.parent_widget, message, p.failures, p.skipped)
            self.summary.show()
        self.deleteLater()

    def _failed(self, message: str) -> None:
        self._close_dialog()
        self.ops.status.emit(self.tr("Import failed"), 8000)
        self.summary = SummaryDialog(self.parent_widget, self.tr("The import stopped: %1").replace("%1", message), [])
        self.summary.show()
        self.ops.import_finished(None)
        self.deleteLater()


def _grouped(items: Iterable[tuple[str, str]]) -> str:
    """Every (reason, where) under its reason, the most frequent reason first, with its count."""
    lines: list[str] = []
    for reason, where in group_by_reason(items):
        lines.append(f"{reason} ({len(where)})")
        lines.extend(f"    {one}" for one in where)
    return "\n".join(lines)


class SummaryDialog(QDialog):
    """What an import did, with every failed file and every skipped record, grouped by reason."""

    def __init__(
        self, parent: QWidget, message: str, failures: Sequence[tuple[str, str]], skipped: Sequence[SkippedRecord] = ()
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importSummary")
        self.setWindowTitle(self.tr("Import summary"))
        self.setMinimumWidth(480)  # a wrapped message never clips: the label grows in height
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setObjectName("summaryMessage")
        label.setWordWrap(True)
        label.setObjectName("summaryMessage")
        layout.addWidget(label)
        self.message = label
        if failures:
            layout.addWidget(QLabel(self.tr("These files were skipped:")))
            text = QPlainTextEdit()
            text.setReadOnly(True)
            text.setPlainText(_grouped((reason, path) for path, reason in failures))
            text.setMinimumHeight(120)
            layout.addWidget(text)
            self.failures = text
        if skipped:
            layout.addWidget(QLabel(self.tr("These records of imported files were not imported:")))
            records = QPlainTextEdit()
            records.setObjectName("skippedRecords")
            records.setReadOnly(True)
            records.setPlainText(_grouped((s.reason, f"{s.path} ({s.record})") for s in skipped))
            records.setMinimumHeight(100)
            layout.addWidget(records)
            self.skipped = records
        buttons = button_box(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 480 if failures or skipped else self.sizeHint().height())


def ask_files(parent: QWidget, ops: Operations) -> None:
    """File → Import files…: chosen files are imported."""
    from PySide6.QtWidgets import QFileDialog

    files, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MainWindow", "Import files"),
        ops.settings.last_import_dir,
        QCoreApplication.translate(
            "MainWindow", "Articles (*.txt *.html *.htm *.xml *.rss *.atom *.json *.jsonl *.zip);;All files (*)"
        ),
    )
    if files:
        ops.settings.last_import_dir = str(Path(files[0]).parent)
        ops.import_paths([Path(f) for f in files])


def ask_folder(parent: QWidget, ops: Operations) -> None:
    """File → Import folder…: the chosen folder is imported."""
    from PySide6.QtWidgets import QFileDialog

    title = QCoreApplication.translate("MainWindow", "Import folder")
    folder = QFileDialog.getExistingDirectory(parent, title, ops.settings.last_import_dir)
    if folder:
        ops.settings.last_import_dir = folder
        ops.import_paths([Path(folder)])
