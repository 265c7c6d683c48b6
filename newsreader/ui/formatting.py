"""Dates and numbers for display, in the UI language, the chosen digits and calendar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from newsreader.textnorm import arabic_digits, latin_digits

if TYPE_CHECKING:
    from newsreader.domain import Mention

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_MODS = {"START": "early", "MID": "mid-", "END": "late"}


def locale_for(language: str) -> QLocale:
    if language == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
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
        from newsreader.calendars import hijri_label  # hijridate: only when a Hijri date is shown

        hijri = self.num(hijri_label(iso, self.language))
        if not hijri:
            return greg
        return hijri if self.calendar == "hijri" else f"{greg} ({hijri})"


    def mention(self, m: Mention) -> str:
        """The date a timeline mention names, no more precise than its text, in the UI language
        (the Arabic labels are ``newsreader.timeline.display``'s)."""
        if self.language == "ar":
            from newsreader.timeline.display import format_mention_date

            return self.num(format_mention_date(m, arabic_digits=self.arabic_digits))
        import re

        value, locale = m.value, locale_for(self.language)
        mod = _MODS.get(m.mod or "", "")
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value) and m.first_day:
            return self.gregorian(m.first_day, with_weekday=True)
        if (month := re.fullmatch(r"(\d{4})-(\d{2})", value)) is not None:
            label = f"{locale.standaloneMonthName(int(month.group(2)))} {month.group(1)}"
        elif re.fullmatch(r"\d{4}", value):
            label = value
        elif re.fullmatch(r"\d{3}", value):
            label = f"the {value}0s"
        elif (season := re.fullmatch(r"(\d{4})-(SP|SU|FA|AU|WI)", value)) is not None:
            label = f"{_SEASONS[season.group(2)]} {season.group(1)}"
        elif (quarter := re.fullmatch(r"(\d{4})-Q(\d)", value)) is not None:
            label = f"Q{quarter.group(2)} {quarter.group(1)}"
        elif (week := re.fullmatch(r"(\d{4})-W(\d{2})", value)) is not None:
            label = f"week {int(week.group(2))} of {week.group(1)}"
        elif m.first_day and m.last_day and m.first_day != m.last_day:
            label = f"{self.gregorian(m.first_day)} – {self.gregorian(m.last_day)}"
        elif m.first_day:
            label = self.gregorian(m.first_day)
        else:
            return m.text  # a duration, a set, a vague reference: as the text says it
        label = f"{mod}{label}" if mod.endswith("-") else f"{mod} {label}".strip()
        return label[:1].upper() + label[1:]
