"""Dates and numbers for display, in the UI language and the chosen digits."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from newsreader.textnorm import arabic_digits, latin_digits


def locale_for(language: str) -> QLocale:
    if language == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def digits(text: str, use_arabic: bool) -> str:
    return arabic_digits(latin_digits(text)) if use_arabic else latin_digits(text)


def format_date(iso: str | None, language: str = "ar", use_arabic_digits: bool = True,
                *, with_weekday: bool = False) -> str:
    """``2024-11-28`` → «28 نوفمبر 2024» (or «الخميس 28 نوفمبر 2024»)."""
    if not iso:
        return ""
    date = QDate.fromString(iso[:10], "yyyy-MM-dd")
    if not date.isValid():
        return digits(iso, use_arabic_digits)
    fmt = "dddd d MMMM yyyy" if with_weekday else "d MMMM yyyy"
    text = locale_for(language).toString(date, fmt)
    return digits(text, use_arabic_digits) if language == "ar" else latin_digits(text)
