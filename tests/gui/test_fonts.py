"""The bundled fonts: registered at start, named explicitly, rendered unhinted."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

from newsreader.app import UI_FAMILIES, load_fonts, ui_font


def test_the_bundled_fonts_are_registered_and_cover_arabic(qapp) -> None:
    families = set(load_fonts())
    assert {"Noto Naskh Arabic", "Noto Sans"} <= families
    assert {"Noto Naskh Arabic", "Noto Sans"} <= set(QFontDatabase.families())
    naskh = QRawFont.fromFont(QFont("Noto Naskh Arabic", 14))
    assert naskh.familyName() == "Noto Naskh Arabic"
    assert all(naskh.supportsCharacter(ord(c)) for c in "جامعةالريحانَُِّ")  # letters and harakat


def test_the_application_font_names_its_families_and_is_unhinted(qapp) -> None:
    font = ui_font(11)
    assert font.families() == UI_FAMILIES
    assert font.pointSizeF() == 11
    assert font.hintingPreference() == QFont.HintingPreference.PreferNoHinting
