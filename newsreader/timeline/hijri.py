"""Hijri (Umm al-Qura) ↔ Gregorian conversion through ``hijridate``."""

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
