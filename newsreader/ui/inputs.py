"""Text inputs that take their direction from what is typed in them.

Qt lays an input out in the direction of the interface: Arabic typed into the English window's
note field stayed at the left, its caret at the wrong end. Each input here follows its own text
(most strong characters, :func:`newsreader.text.bidi.is_rtl`) and, while empty, the interface.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from newsreader.text.bidi import is_rtl
from newsreader.ui.qtvalues import LEFT_TO_RIGHT, RIGHT_TO_LEFT, set_property


def follow_content_direction(widget: QLineEdit | QPlainTextEdit) -> None:
    """Keep ``widget``'s layout direction (alignment, caret, paragraph direction) that of its text."""
    state: dict[str, bool | None] = {"rtl": None}

    def update() -> None:
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        rtl = is_rtl(text) if text.strip() else QApplication.isRightToLeft()
        if rtl != state["rtl"]:  # compared here: reading the widget's direction would build Qt's enums
            state["rtl"] = rtl
            set_property(widget, "layoutDirection", RIGHT_TO_LEFT if rtl else LEFT_TO_RIGHT)
            if isinstance(widget, QPlainTextEdit):  # its document does not follow the widget's direction
                from PySide6.QtCore import Qt

                option = widget.document().defaultTextOption()
                option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
                option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)  # (it
                # takes an explicit side: a leading alignment stayed at the left)
                widget.document().setDefaultTextOption(option)

    widget.textChanged.connect(update)
    update()
