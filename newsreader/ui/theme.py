"""Light/dark theme: follow the system unless the user overrides it.

The colour-scheme hint is set where the platform supports it; an explicit Fusion palette
makes the override work everywhere (also on platforms without colour-scheme support).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26272b",
    QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2b2c30",
    QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2b2c30",
    QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.BrightText: "#ffffff",
}


_OVERRIDDEN = "newsreaderPaletteOverridden"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7378"))
    return palette


def apply_theme(theme: str) -> None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    hints = QGuiApplication.styleHints()
    if theme in ("dark", "light"):
        from PySide6.QtCore import Qt  # here only: a launch that follows the system builds neither (qtvalues)
        from PySide6.QtWidgets import QStyleFactory

        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
        fusion = QStyleFactory.create("Fusion")
        app.setStyle(fusion)
        app.setPalette(dark_palette() if theme == "dark" else fusion.standardPalette())
        app.setProperty(_OVERRIDDEN, True)
    else:
        hints.unsetColorScheme()
        if app.property(_OVERRIDDEN):  # undo an override; at start-up there is none (and no QStyle to build)
            app.setPalette(app.style().standardPalette())
            app.setProperty(_OVERRIDDEN, False)


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
