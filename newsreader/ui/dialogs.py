"""What the window's dialogs share: the style's standard icons on their buttons, and a size that
fits the screen they open on."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QMessageBox, QStyle, QWidget


def standard_icons(box: QDialogButtonBox | QMessageBox) -> None:
    """Each standard button (OK, Cancel, Close, Save…) gets the style's icon of its name
    (``SP_DialogOkButton``…): Fusion shows none by itself, as a polished desktop dialog does."""
    style = box.style()
    for button in box.buttons():
        name = box.standardButton(button).name
        pixmap = getattr(QStyle.StandardPixmap, f"SP_Dialog{name}Button", None)
        if pixmap is not None and button.icon().isNull():
            button.setIcon(style.standardIcon(pixmap, None, button))


def button_box(*buttons: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """A dialog's row of standard buttons, with their icons."""
    flags = QDialogButtonBox.StandardButton.NoButton
    for b in buttons:
        flags |= b
    box = QDialogButtonBox(flags)
    standard_icons(box)
    return box


def with_icon(button: QAbstractButton, pixmap: QStyle.StandardPixmap) -> QAbstractButton:
    """A dialog's own button (Add folder…, Remove) with the style's icon for what it does."""
    button.setIcon(button.style().standardIcon(pixmap, None, button))
    return button


def fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    """Open at ``width`` × ``height``, or smaller on a small screen (an 800×600 one keeps the
    dialog's buttons on it)."""
    where: QWidget = dialog.parentWidget() or dialog
    available = where.screen().availableGeometry()
    dialog.resize(min(width, available.width() - 40), min(height, available.height() - 60))


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning with the standard icons (QMessageBox.warning's buttons have none in Fusion)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    standard_icons(box)
    box.exec()
