"""Calendar arithmetic for TIMEX3 values: intervals, shifts, weeks, directions."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def last_dom(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= day <= last_dom(year, month):
        return None
    return date(year, month, day)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def month_for(ref_year: int, ref_month: int, month: int, direction: str) -> int:
    """The year of a bare month seen from (ref_year, ref_month).

    ``past``: the latest such month not after the reference; ``future``: the
    earliest not before it; ``past_strict``/``future_strict`` exclude the
    reference month itself; ``same``: the reference year.
    """
    if direction == "past":
        return ref_year if month <= ref_month else ref_year - 1
    if direction == "past_strict":
        return ref_year if month < ref_month else ref_year - 1
    if direction == "future":
        return ref_year if month >= ref_month else ref_year + 1
    if direction == "future_strict":
        return ref_year if month > ref_month else ref_year + 1
    return ref_year


def day_for(ref: date, month: int, day: int, direction: str) -> date | None:
    """A day and month without a year, placed relative to ``ref``."""
    candidates = [safe_date(ref.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if not valid:
        return None
    if direction in ("past", "past_strict"):
        before = [c for c in valid if c <= ref]
        return max(before) if before else min(valid)
    if direction in ("future", "future_strict"):
        after = [c for c in valid if c >= ref]
        return min(after) if after else max(valid)
    if direction == "nearest":
        return min(valid, key=lambda c: abs((c - ref).days))
    same = safe_date(ref.year, month, day)
    return same or min(valid, key=lambda c: abs((c - ref).days))


def weekday_for(ref: date, iso_weekday: int, direction: str) -> date:
    """The weekday nearest ``ref`` in ``direction`` (the same weekday is ``ref``)."""
    diff = iso_weekday - ref.isoweekday()
    if direction in ("future", "future_strict"):
        ahead = diff % 7
        if ahead == 0 and direction == "future_strict":
            ahead = 7
        return ref + timedelta(days=ahead)
    back = (-diff) % 7
    if back == 0 and direction == "past_strict":
        back = 7
    return ref - timedelta(days=back)


_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})|-Q([1-4])|-H([12])|-(SP|SU|FA|WI))?(?:T.*)?$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")


def interval(value: str) -> tuple[date, date] | None:
    """First and last day covered by a calendar TIMEX3 value."""
    m = _VALUE.match(value)
    if m is None:
        d = _DECADE.match(value)
        c = _CENTURY.match(value)
        try:
            if d:
                start = int(d.group(1)) * 10
                return (date(max(start, 1), 1, 1), date(start + 9, 12, 31))
            if c:
                start = int(c.group(1)) * 100
                return (date(max(start, 1), 1, 1), date(start + 99, 12, 31))
        except ValueError:
            return None
        return None
    year = int(m.group(1))
    if year < 1:
        return None
    try:
        if m.group(3):
            one = date(year, int(m.group(2)), int(m.group(3)))
            return one, one
        if m.group(2):
            month = int(m.group(2))
            return date(year, month, 1), date(year, month, last_dom(year, month))
        if m.group(4):
            monday = date.fromisocalendar(year, int(m.group(4)), 1)
            return monday, monday + timedelta(days=6)
        if m.group(5):
            q = int(m.group(5))
            return date(year, 3 * q - 2, 1), date(year, 3 * q, last_dom(year, 3 * q))
        if m.group(6):
            h = int(m.group(6))
            return (date(year, 1, 1), date(year, 6, 30)) if h == 1 else (date(year, 7, 1), date(year, 12, 31))
        if m.group(7):
            first, last = SEASON_MONTHS[m.group(7)]
            if m.group(7) == "WI":
                return date(year, 12, 1), date(year + 1, 2, last_dom(year + 1, 2))
            return date(year, first, 1), date(year, last, last_dom(year, last))
    except (ValueError, OverflowError):
        return None
    return date(year, 1, 1), date(year, 12, 31)
