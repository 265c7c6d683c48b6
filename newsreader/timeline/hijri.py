"""The Hijri calendar (Umm al-Qura, through ``hijridate``): conversion both ways, the month names, and the
Hijri day of a Gregorian date for display (pure)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from hijridate import Gregorian, Hijri

MONTH_NAMES = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
MONTH_NAMES_EN = (
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Ula",
    "Jumada al-Akhirah",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
)


@lru_cache(maxsize=4096)  # pure; the same dates (an article's own, above all) come up again and again
def to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date, or None when it is out of range or invalid."""
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


@lru_cache(maxsize=4096)  # pure; the same dates (an article's own, above all) come up again and again
def month_bounds(year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a Hijri month."""
    first = to_gregorian(year, month, 1)
    if first is None:
        return None
    try:
        length = int(Hijri(year, month, 1).month_length())
    except (ValueError, OverflowError):
        return None
    last = to_gregorian(year, month, length)
    return (first, last) if last else None


@lru_cache(maxsize=4096)  # pure; the same dates (an article's own, above all) come up again and again
def from_gregorian(day: date) -> tuple[int, int, int] | None:
    """The Hijri (year, month, day) of a Gregorian date, or None out of range."""
    try:
        h = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return int(h.year), int(h.month), int(h.day)


def to_hijri(iso: str) -> tuple[int, int, int] | None:
    """(year, month, day) in the Umm al-Qura calendar of an ISO date, or None outside its range / for a bad date."""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return from_gregorian(day)


def hijri_label(iso: str | None, language: str = "ar") -> str:
    """«11 رمضان 1445هـ» / «11 Ramadan 1445 AH» (Latin digits; the caller picks the digits)."""
    if not iso:
        return ""
    parts = to_hijri(iso)
    if parts is None:
        return ""
    year, month, day = parts
    if language == "ar":
        return f"{day} {MONTH_NAMES[month - 1]} {year}هـ"
    return f"{day} {MONTH_NAMES_EN[month - 1]} {year} AH"
