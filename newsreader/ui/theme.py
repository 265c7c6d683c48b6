"""Light/dark theme: follow the system unless the user overrides it.

The colour-scheme hint is set where the platform supports it; an explicit Fusion palette
makes the override work everywhere (also on platforms without colour-scheme support).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from newsreader import paths

_DARK = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#17181a",
    QPalette.ColorRole.AlternateBase: "#26272b",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#2b2c30",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.Highlight: "#3d6fb4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2b2c30",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.Link: "#8ab4f8",
    QPalette.ColorRole.BrightText: "#ffffff",
}


_OVERRIDDEN = "newsreaderPaletteOverridden"

#: Background and text of a search hit, of the hit F3 moved to, and of the mention chosen in the
#: timeline: light marker colours on a light page; on a dark page, deep ones under light text, which
#: keep the hits visible without glaring (tests/gui/test_theme.py checks both against WCAG AA).
HITS = {
    "light": (("#fff176", "#111111"), ("#ffb74d", "#111111"), ("#80cbc4", "#111111")),
    "dark": (("#5b4a00", "#fff6cc"), ("#8c4a00", "#ffffff"), ("#0b5a52", "#e8fffb")),
}
#: The frame of text fields in the dark theme (Fusion draws it from the window colour, too faint).
DARK_FIELD_BORDER = "#8d939a"
_DARK_SHEET = f"QLineEdit, QPlainTextEdit {{ border: 1px solid {DARK_FIELD_BORDER}; border-radius: 3px; padding: 2px 4px; }}"


def hit_colours() -> tuple[tuple[QColor, QColor], ...]:
    """(background, text) of a hit, the current hit and the chosen mention, for the current theme."""
    return tuple((QColor(b), QColor(t)) for b, t in HITS["dark" if is_dark() else "light"])


def icon_path(name: str) -> Path:
    """An icon's SVG: drawn light on a dark theme (resources/icons/dark/), dark on a light one."""
    if is_dark():
        dark = paths.resource("icons", "dark", name)
        if dark.exists():
            return dark
    return paths.resource("icons", name)


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.x)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


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
        app.setStyleSheet(_DARK_SHEET if theme == "dark" else "")
        app.setProperty(_OVERRIDDEN, True)
    else:
        hints.unsetColorScheme()
        if app.property(_OVERRIDDEN):  # undo an override; at start-up there is none (and no QStyle to build)
            app.setPalette(app.style().standardPalette())
            app.setStyleSheet("")
            app.setProperty(_OVERRIDDEN, False)


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
