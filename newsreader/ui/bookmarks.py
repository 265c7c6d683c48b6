"""Bookmark note-and-tags dialog and bookmark export from the menu."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from newsreader.domain import Bookmark
from newsreader.ui.dialogs import button_box
from newsreader.ui.inputs import follow_content_direction


class BookmarkDialog(QDialog):
    """Edit a bookmark's note and its comma-separated tags."""

    def __init__(self, parent: QWidget | None, bookmark: Bookmark | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarkDialog")
        self.setWindowTitle(self.tr("Bookmark: %1").replace("%1", title[:60]))
        self.note = QPlainTextEdit(bookmark.note if bookmark else "")
        self.note.setAccessibleName(self.tr("Note"))
        self.tags = QLineEdit("، ".join(bookmark.tags) if bookmark else "")
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        follow_content_direction(self.note)
        follow_content_direction(self.tags)
        self.setMinimumWidth(420)
        buttons = button_box(QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(buttons)

    def tag_list(self) -> list[str]:
        text = self.tags.text().replace("،", ",")
        return [t.strip() for t in text.split(",") if t.strip()]

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
