"""File → Restore backup…: pick one of the automatic backups."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from newsreader.store.backup import Backup
from newsreader.ui.formatting import Display


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None, backups: Sequence[Backup], display: Display) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore backup"))
        reasons = {"daily": self.tr("daily"), "before-upgrade": self.tr("before an upgrade"),
                   "before-restore": self.tr("before a restore"), "manual": self.tr("manual")}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for b in backups:
            when = display.num(b.created.astimezone().strftime("%Y-%m-%d %H:%M"))
            size = display.num(f"{b.size / 1_048_576:.1f}")
            item = QListWidgetItem(self.tr("%1 — %2 — %3 MB").replace("%1", when)
                                   .replace("%2", reasons.get(b.reason, b.reason)).replace("%3", size))
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        label = QLabel(self.tr("The library will be replaced by the backup you choose. "
                               "A copy of the library as it is now is kept first.") if backups
                       else self.tr("There are no backups of this library yet."))
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
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
