"""File → Restore backup…: pick one of the automatic backups."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from newsreader.errors import LibraryCorrupt
from newsreader.store.backup import Backup, newest_good
from newsreader.ui.dialogs import standard_icons, with_icon
from newsreader.ui.formatting import Display


def ask_restore(parent: QWidget | None, exc: LibraryCorrupt, library: Path) -> Backup | None:
    """Tell the user the library is damaged and offer its newest good backup (one that passes
    ``quick_check``); the backup chosen, or None."""
    from newsreader.text.bidi import isolate
    from newsreader.ui.messages import describe

    translate = QCoreApplication.translate
    good = newest_good(library)
    box = QMessageBox(QMessageBox.Icon.Critical, "News Reader", describe(exc), parent=parent)
    box.setObjectName("damagedLibraryBox")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, never markup
    box.setDetailedText(str(exc))  # with what SQLite said
    if good is None:
        box.exec()
        return None
    box.setInformativeText(
        translate("app", "Restore the latest automatic backup, from %1? The damaged file is kept beside it.").replace(
            "%1", isolate(good.created.astimezone().strftime("%Y-%m-%d %H:%M"))
        )
    )
    restore = box.addButton(translate("app", "Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    standard_icons(box)
    box.exec()
    return good if box.clickedButton() is restore else None


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, backups: Sequence[Backup], display: Display) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        reasons = {
            "daily": self.tr("daily"),
            "before-upgrade": self.tr("before an upgrade"),
            "before-restore": self.tr("before a restore"),
            "manual": self.tr("manual"),
        }
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for b in backups:
            when = display.num(b.created.astimezone().strftime("%Y-%m-%d %H:%M"))
            size = display.num(f"{b.size / 1_048_576:.1f}")
            item = QListWidgetItem(
                self.tr("%1 — %2 — %3 MB").replace("%1", when).replace("%2", reasons.get(b.reason, b.reason)).replace("%3", size)
            )
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        label = QLabel(
            self.tr("The library will be replaced by the backup you choose. A copy of the library as it is now is kept first.")
            if backups
            else self.tr("There are no backups of this library yet.")
        )
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        standard_icons(buttons)
        with_icon(self.restore_button, QStyle.StandardPixmap.SP_BrowserReload)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 320)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
