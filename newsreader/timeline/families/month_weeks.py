"""Weeks, weekdays and days counted inside a month: «الأسبوع الثاني من شهر صفر 1437», «الأسبوع الأول من
أكتوبر», «الثلاثاء الثالث من شهر أيلول 2014», «الاثنين الأخير من الشهر», «ثالث ثلاثاء في أيلول», «آخر أسبوع
في سبتمبر لعام 2014», «اليوم الأول من شهر ثلاثة» (a month by its number), «الثلاثاء الأخير من مارس السنة
القادمة».

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
    """The family's regex (groups ``mw_*``): what is counted, then the month it is counted in."""
    after = alternation([w for w in t.month_ordinals if w.startswith("ال")])
    lead = alternation([w for w in t.month_ordinals if not w.startswith("ال")])
    bare_wd = alternation([w[2:] for w in t.weekdays])  # «ثالث ثلاثاء»
    week = words("الأسبوع")
    the_month = words("الشهر")
    month_numbers = alternation([w for w, v in t.numbers.items() if v.isdigit() and 1 <= int(v) <= 12])
    month_ords = alternation([w for w, v in t.ordinal_days.items() if v <= 12])
    year = (
        rf"{CM}{OS}(?:(?:من|في){SP}|[لب]ـ?{OS})?(?:{p.year_kw}{SP})?(?P<mw_y>\d{{4}})(?!\d)(?:{OS}(?P<mw_era>{ERA}))?"
        rf"|{SP}(?:(?:من|في){SP})?{p.the_year}{SP}(?P<mw_ymod>{p.mod})(?!\w)"
    )
    counted = (
        rf"(?:(?P<mw_week>{week})|(?:{word_pattern('يوم')}{SP})?(?P<mw_wd>{alternation(list(t.weekdays))})){SP}(?P<mw_n>{after})"
        rf"|(?P<mw_ln>{lead}){SP}(?:(?P<mw_lweek>{words('أسبوع')})|(?P<mw_lday>{words('يوم')})(?:{SP}(?:ال)?(?P<mw_lwd2>{bare_wd}))?"
        rf"|(?:ال)?(?P<mw_lwd>{bare_wd}))"
        rf"|{words('اليوم')}{SP}(?P<mw_dn>{p.ordw}|{words('الأخير')})"
    )
    month = (
        rf"(?:{words('شهر')}{SP})?(?P<mw_m>{p.mon})(?!\w)"
        rf"|{words('شهر')}{SP}(?P<mw_mn>\d{{1,2}}(?!\d)|{month_numbers}(?!\w))"
        rf"|{the_month}{SP}(?P<mw_mo>{month_ords})(?!\w)"
        rf"|{the_month}(?:{OS}(?P<mw_tmod>{p.mod})(?!\w))?"
    )
    return rf"(?:{counted})(?:{SP}(?:من|في){SP}|{SP}بـ?{OS})(?:{month})(?:{year}|{OS}(?P<mw_mod>{p.mod})(?!\w))?"


def _gregorian_month(ctx: Ctx, m: re.Match[str], month: int) -> tuple[date, date, str]:
    written = m.group("mw_y")
    if written:
        y = int(written)
    elif m.group("mw_ymod") and ctx.ref is not None:
        y = ctx.ref.year + {"past": -1, "future": 1}.get(ctx.t.modifiers.get(norm(m["mw_ymod"]), ""), 0)
    else:
        _, year = infer.resolve_month(ctx, m.start(), m.end(), month, "greg", m.group("mw_mod"))
        if year is None:
            raise Rejected
        y = year
    return date(y, month, 1), date(y, month, last_dom(y, month)), "gregorian"


def _month_days(ctx: Ctx, m: re.Match[str]) -> tuple[date, date, str]:
    """First and last Gregorian day of the month the phrase names, and its calendar."""
    t = ctx.t
    if m.group("mw_mn") or m.group("mw_mo"):
        word = m.group("mw_mn") or ""
        month = int(word) if word.isdigit() else int(t.numbers.get(norm(word), "0") or 0)
        if m.group("mw_mo"):
            month = t.ordinal_days.get(norm(m["mw_mo"]), 0)
        if not 1 <= month <= 12:
            raise Rejected
        return _gregorian_month(ctx, m, month)
    if not m.group("mw_m"):
        if ctx.ref is None:
            raise Rejected
        word = m.group("mw_tmod") or m.group("mw_mod") or ""
        step = {"past": -1, "future": 1}.get(t.modifiers.get(norm(word), ""), 0)
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        return date(y, mo, 1), date(y, mo, last_dom(y, mo)), "gregorian"
    info = t.months[norm(m.group("mw_m"))]
    written = m.group("mw_y")
    if info.system == "hijri":
        if written:
            hy = int(written)
        elif m.group("mw_ymod") and ctx.ref is not None and (h := hijri.from_gregorian(ctx.ref)) is not None:
            hy = h[0] + {"past": -1, "future": 1}.get(t.modifiers.get(norm(m["mw_ymod"]), ""), 0)
        else:
            _, year = infer.resolve_month(ctx, m.start(), m.end(), info.month, "hijri", m.group("mw_mod"))
            if year is None:
                raise Rejected
            hy = year
        bounds = hijri.month_bounds(hy, info.month)
        if bounds is None:
            raise Rejected
        return bounds[0], bounds[1], "hijri"
    return _gregorian_month(ctx, m, info.month)


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    t = ctx.t
    word = norm(m.group("mw_n") or m.group("mw_ln") or "")
    if m.group("mw_dn"):
        dn = norm(m["mw_dn"])
        n = t.month_ordinals.get(dn, "") if dn not in t.ordinal_days else str(t.ordinal_days[dn])
    else:
        n = t.month_ordinals[word]
    first, last, calendar = _month_days(ctx, m)
    if m.group("mw_week") or m.group("mw_lweek"):
        middle = last - timedelta(days=3) if n == _LAST else first + timedelta(days=7 * (int(n) - 1) + 3)
        if middle > last:
            raise Rejected
        return Found(0, 0, "DATE", week_value(middle), calendar=calendar)
    weekday = m.group("mw_wd") or m.group("mw_lwd") or m.group("mw_lwd2")
    if weekday is None:  # «اليوم الثالث من أكتوبر», «آخر يوم بالشهر»: a day of the month
        day = last if n == _LAST else first + timedelta(days=int(n or 0) - 1)
        if not n or day > last:
            raise Rejected
        return Found(0, 0, "DATE", day.isoformat(), calendar=calendar)
    iso = t.weekdays.get(norm(weekday)) or t.weekdays[norm("ال" + weekday)]
    if n != _LAST and m.group("mw_n") and word in t.ordinal_days:
        named = first + timedelta(days=t.ordinal_days[word] - 1)
        if named.isoweekday() == iso:
            raise Rejected  # «الأحد الثاني من أغسطس» on a Sunday 2 August: a weekday and its date (dm's)
    if n == _LAST:
        day = last - timedelta(days=(last.isoweekday() - iso) % 7)
    else:
        day = first + timedelta(days=(iso - first.isoweekday()) % 7 + 7 * (int(n) - 1))
    if day > last:
        raise Rejected
    return Found(0, 0, "DATE", day.isoformat(), calendar=calendar)
