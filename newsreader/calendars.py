"""Gregorian ↔ Hijri (Umm al-Qura, via hijridate) for display (pure)."""

from __future__ import annotations

from datetime import date

from hijridate import Gregorian

from newsreader.timeline.hijri import MONTH_NAMES

HIJRI_MONTHS_AR = MONTH_NAMES  # one table of the Hijri month names: the timeline's
HIJRI_MONTHS_EN = (
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


def to_hijri(iso: str) -> tuple[int, int, int] | None:
    """(year, month, day) in the Umm al-Qura calendar, or None outside its range / for a bad date."""
    try:
        d = date.fromisoformat(iso[:10])
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_label(iso: str | None, language: str = "ar") -> str:
    """«11 رمضان 1445هـ» / «11 Ramadan 1445 AH» (Latin digits; the caller picks the digits)."""
    if not iso:
        return ""
    parts = to_hijri(iso)
    if parts is None:
        return ""
    year, month, day = parts
    if language == "ar":
        return f"{day} {HIJRI_MONTHS_AR[month - 1]} {year}هـ"
    return f"{day} {HIJRI_MONTHS_EN[month - 1]} {year} AH"
