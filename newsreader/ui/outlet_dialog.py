"""Article → Rename outlet…: the name shown for the current article's outlet, kept by the library
(``Store.rename_outlet``) for the articles already there and those imported later."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from newsreader.text.bidi import isolate
from newsreader.ui.dialogs import button_box

if TYPE_CHECKING:
    from newsreader.domain import Article
    from newsreader.ui.operations import Operations


class RenameOutletDialog(QDialog):
    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("renameOutlet")
        self.setWindowTitle(self.tr("Rename outlet"))
        self.old = name
        self.edit = QLineEdit(name)
        self.edit.setObjectName("outletName")
        self.edit.setAccessibleName(self.tr("New name"))
        self.edit.selectAll()
        self.buttons = button_box(QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip()) and text.strip() != name
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout(self)
        note = QLabel(
            self.tr("Articles of %1 already in the library, and those imported later, show the new name.").replace(
                "%1", isolate(name)
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.tr("New name:"), self.edit)
        form.addRow(self.buttons)

    def new_name(self) -> str:
        return self.edit.text().strip()


def rename_outlet(parent: QWidget, ops: Operations, article: Article | None) -> None:
    """Ask for the new name of ``article``'s outlet and rename it (the operation says what changed)."""
    if article is None or not article.source:
        ops.status.emit(QCoreApplication.translate("MainWindow", "This article has no outlet to rename"), 4000)
        return
    dialog = RenameOutletDialog(parent, article.source)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        ops.rename_outlet(article.source, dialog.new_name())
