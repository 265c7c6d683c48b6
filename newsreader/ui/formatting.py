"""Dates and numbers for display, in the UI language, the chosen digits and calendar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from newsreader.text.arabic import arabic_digits, latin_digits

if TYPE_CHECKING:
    from newsreader.domain import Mention


def locale_for(language: str, arabic_digits: bool = True) -> QLocale:
    """Qt's locale for the interface language, with the chosen digits: Egypt's Arabic writes
    Arabic-Indic digits, the Emirates' the same month names with Latin digits (CLDR)."""
    if language == "ar":
        country = QLocale.Country.Egypt if arabic_digits else QLocale.Country.UnitedArabEmirates
        return QLocale(QLocale.Language.Arabic, country)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def digits(text: str, use_arabic: bool) -> str:
    return arabic_digits(latin_digits(text)) if use_arabic else latin_digits(text)


@dataclass(frozen=True)
class Display:
    """How dates and numbers are shown: the settings that every pane shares."""

    language: str = "ar"
    arabic_digits: bool = True
    calendar: str = "gregorian"  # gregorian, hijri, both

    @property
    def separator(self) -> str:
        """Between outlet and date: «·» reads as an Arabic-Indic zero next to ٠-٩ digits."""
        return "، " if self.language == "ar" else " · "

    def locale(self) -> QLocale:
        """For Qt's own numbers (spin boxes, date edits, progress bars): the same digits as :meth:`num`."""
        return locale_for(self.language, self.arabic_digits)

    def num(self, text: object) -> str:
        """Digits in the chosen system (Arabic-Indic only in the Arabic UI)."""
        return digits(str(text), self.arabic_digits and self.language == "ar")

    def gregorian(self, iso: str | None, *, with_weekday: bool = False) -> str:
        if not iso:
            return ""
        date = QDate.fromString(iso[:10], "yyyy-MM-dd")
        if not date.isValid():
            return self.num(iso)
        fmt = "dddd d MMMM yyyy" if with_weekday else "d MMMM yyyy"
        return self.num(locale_for(self.language).toString(date, fmt))

    def date(self, iso: str | None, *, with_weekday: bool = False) -> str:
        """The date in the chosen calendar: «28 نوفمبر 2024», «26 جمادى الأولى 1446هـ» or both."""
        greg = self.gregorian(iso, with_weekday=with_weekday)
        if self.calendar == "gregorian" or not greg:
            return greg
        from newsreader.timeline.hijri import hijri_label  # hijridate: only when a Hijri date is shown

        hijri = self.num(hijri_label(iso, self.language))
        if not hijri:
            return greg
        return hijri if self.calendar == "hijri" else f"{greg} ({hijri})"

    def mention(self, m: Mention) -> str:
        """The date a timeline mention names, no more precise than its text, in the UI language."""
        from newsreader.timeline.display import format_mention_date

        return self.num(format_mention_date(m, arabic_digits=self.arabic_digits, language=self.language))
