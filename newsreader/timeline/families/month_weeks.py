"""Weeks and weekdays counted inside a month: «الأسبوع الثاني من شهر صفر 1437», «الأسبوع الأول من
أكتوبر», «الثلاثاء الثالث من شهر أيلول 2014», «الاثنين الأخير من الشهر».

A week is the ISO week holding the middle of the month's nth run of seven days; a weekday is the
nth such weekday of the month (Gregorian, or Hijri through Umm al-Qura).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreader.timeline import hijri, infer
from newsreader.timeline.context import Ctx, Found, Rejected
from newsreader.timeline.grammar import CM, ERA, OS, SP, Pieces, words
from newsreader.timeline.resolve import add_months, last_dom, week_value
from newsreader.timeline.tables import Tables, alternation, norm, word_pattern

_LAST = "L"


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``mw_*``)."""
    ordinals = alternation(list(t.month_ordinals))
    mod, months, year_words = p.mod, p.mon, p.year_kw
    week = words("الأسبوع")
    the_month = words("الشهر")
    year = rf"{CM}{OS}(?:(?:من|في){SP}|لـ?{OS})?(?:{year_words}{SP})?(?P<mw_y>\d{{4}})(?!\d)(?:{OS}(?P<mw_era>{ERA}))?"
    return (
        rf"(?:(?P<mw_week>{week})|(?:{word_pattern('يوم')}{SP})?(?P<mw_wd>{alternation(list(t.weekdays))}))"
        rf"{SP}(?P<mw_n>{ordinals}){SP}(?:من|في){SP}"
        rf"(?:(?:{words('شهر')}{SP})?(?P<mw_m>{months})(?!\w)(?:{year}|{OS}(?P<mw_mod>{mod})(?!\w))?"
        rf"|{the_month}(?:{OS}(?P<mw_tmod>{mod})(?!\w))?)"
    )


def _month_days(ctx: Ctx, m: re.Match[str]) -> tuple[date, date, str]:
    """First and last Gregorian day of the month the phrase names, and its calendar."""
    t = ctx.t
    if not m.group("mw_m"):
        if ctx.ref is None:
            raise Rejected
        step = {"past": -1, "future": 1}.get(t.modifiers.get(norm(m.group("mw_tmod") or ""), ""), 0)
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        return date(y, mo, 1), date(y, mo, last_dom(y, mo)), "gregorian"
    info = t.months[norm(m.group("mw_m"))]
    written = m.group("mw_y")
    if info.system == "hijri":
        if written:
            hy = int(written)
        else:
            _, year = infer.resolve_month(ctx, m.start(), m.end(), info.month, "hijri", m.group("mw_mod"))
            if year is None:
                raise Rejected
            hy = year
        bounds = hijri.month_bounds(hy, info.month)
        if bounds is None:
            raise Rejected
        return bounds[0], bounds[1], "hijri"
    if written:
        y = int(written)
    else:
        _, year = infer.resolve_month(ctx, m.start(), m.end(), info.month, info.system, m.group("mw_mod"))
        if year is None:
            raise Rejected
        y = year
    return date(y, info.month, 1), date(y, info.month, last_dom(y, info.month)), "gregorian"


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    n = ctx.t.month_ordinals[norm(m.group("mw_n"))]
    first, last, calendar = _month_days(ctx, m)
    if m.group("mw_week"):
        middle = last - timedelta(days=3) if n == _LAST else first + timedelta(days=7 * (int(n) - 1) + 3)
        if middle > last:
            raise Rejected
        return Found(0, 0, "DATE", week_value(middle), calendar=calendar)
    iso = ctx.t.weekdays[norm(m.group("mw_wd"))]
    word = norm(m.group("mw_n"))
    if n != _LAST and word in ctx.t.ordinal_days:
        named = first + timedelta(days=ctx.t.ordinal_days[word] - 1)
        if named.isoweekday() == iso:
            raise Rejected  # «الأحد الثاني من أغسطس» on a Sunday 2 August: a weekday and its date (dm's)
    if n == _LAST:
        day = last - timedelta(days=(last.isoweekday() - iso) % 7)
    else:
        day = first + timedelta(days=(iso - first.isoweekday()) % 7 + 7 * (int(n) - 1))
    if day > last:
        raise Rejected
    return Found(0, 0, "DATE", day.isoformat(), calendar=calendar)
