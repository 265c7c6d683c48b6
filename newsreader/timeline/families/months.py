"""Months: «مايو 2016», «شهر رمضان 1437هـ», «كانون الثاني/يناير», «الشهر المقبل» is periods', «أشهر جانفي،
فيفري ومارس 2018» (a list sharing its year). Family ``mon``; a month without a year takes the year
:func:`newsreader.timeline.infer.resolve_month` infers.
"""

from __future__ import annotations

import re
from datetime import date

from newsreader.timeline import hijri, infer
from newsreader.timeline.context import Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.grammar import OS, SP, Pieces, words
from newsreader.timeline.resolve import month_for, safe_date
from newsreader.timeline.tables import Tables, alternation, norm


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``mon_*``)."""
    month_w = words("شهري", "شهر", "أشهر", "شهور", "الأشهر", "الشهور")  # «أشهر جانفي، فيفري ومارس»
    epithet = alternation(list(t.occasion_words.get("epithet", {})))
    # «شهر 11», «شهر ثلاثة»: a month by its number (not «شهر واحد», one month)
    numbers = alternation(
        [w for w, v in t.numbers.items() if v.isdigit() and 2 <= int(v) <= 12]
        + [w for w, n in t.clock_numbers.items() if 2 <= n <= 12]
    )  # written («ثلاثة») or spoken («تمانية»)
    return (
        rf"(?:(?P<mon_pt>{p.part}){SP}(?:{words('شهر')}{SP})?)?"
        rf"(?:(?:(?P<mon_sh>{month_w}){SP})?{p.mexpr('mon')}|{words('شهر')}{SP}(?P<mon_num>\d{{1,2}}(?!\d|[.,/:]\d)|{numbers}(?!\w)))"
        rf"(?:(?:{SP}{epithet})?{p.yeartail('mon')}|{SP}(?:(?:من|في){SP})?(?:(?:{p.the_year}){p.fiscal}?{SP}(?:(?P<mon_same>{p.same})|(?P<mon_ymod>{p.mod}))"
        rf"|(?P<mon_ythis>{p.this_year})|(?P<mon_same2>{words('نفس العام', 'ذات العام', 'نفس السنة')}))"
        rf"|{SP}(?P<mon_mod2>{p.mod2})(?!\w)|{OS}(?P<mon_mod>{p.mod}))?"
    )


def _by_number(ctx: Ctx, m: re.Match[str]) -> infer.MonthInfo:
    word = m["mon_num"]
    n = int(word) if word.isdigit() else int(ctx.t.numbers.get(norm(word), "0")) or ctx.t.clock_numbers.get(norm(word), 0)
    after = words_after(ctx, m.end("mon_num"), 1)
    if not 1 <= n <= 12 or (after and after[0] in ctx.t.units and not m.group("mon_y")):
        raise Rejected  # «شهر 3 أيام»: a count of days
    return n, "greg", False


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("mon_num"):
        info1: infer.MonthInfo | None = _by_number(ctx, m)
        info2 = None
    else:
        info1 = infer.month_info(ctx, m["mon_m1"])
        info2 = infer.month_info(ctx, m.group("mon_m2"))
    if info1 is None:
        raise Rejected
    info1, info2 = gregorian_wins(ctx, m, "mon", info1, info2)
    month, system, weak = info1
    if info2:
        if info2[1] == system or (info2[0] != month and "hijri" not in (system, info2[1])):
            sep = ctx.text[m.end("mon_m1") : m.start("mon_m2")]
            if system != "hijri" and info2[1] != "hijri" and any(c in sep for c in "،,"):
                # «أشهر جانفي، فيفري ومارس 2018»: a list, not one month named twice
                return _list_month(ctx, m, month, system)
            raise Rejected  # «صفر-صفر», «يناير فبراير»: not one month named twice
        if info2[1] == "hijri" and system != "hijri":
            info2 = None
        else:
            weak = False
            if system == "hijri" and info2[1] != "hijri":
                month, system = info2[0], info2[1]
    y = m.group("mon_y")
    mod_word = m.group("mon_mod") or m.group("mon_ymod")
    part = infer.part_mod(ctx, m.group("mon_pt"))
    said = mod_word or m.group("mon_mod2")
    if system == "hijri" and not y and not said and not part:
        raise Rejected  # «شهر رمضان»: the month as a period, not a date
    if weak and not (
        y or said or part or m.group("mon_sh") or m.group("mon_same") or m.group("mon_same2") or m.group("mon_ythis")
    ):
        before = words_before(ctx, m.start(), 1)
        cl = m.group("cl") or ""
        days_after = system != "hijri" and _DAYS_AFTER.match(ctx.text, m.end()) is not None  # «شباط 13.»
        if system == "hijri" or not (
            (before and before[-1] in ctx.t.cues["preps"] and not cl) or _coordinated(ctx, m) or days_after
        ):
            raise Rejected
    if system != "hijri":
        before = words_before(ctx, m.start(), 1)
        after = words_after(ctx, m.end(), 1)
        traps = ctx.t.traps
        if (before and before[-1] in traps.get("month_before", frozenset())) or (
            after and after[0] in traps.get("month_after", frozenset())
        ):
            raise Rejected
    if y:
        year = int(y)
        hij = infer.is_hijri_year(year, infer.era(m.group("mon_era")), ctx.ref)
        if system == "hijri" and not hij:
            return _hijri_month_in(ctx, m, month, year, part)
        if system == "hijri" or hij:
            if system != "hijri" or not hij:
                raise Rejected
            value = infer.hijri_month_value(year, month)
            infer.set_anchor(ctx, m.start(), int(value[:4]), int(value[5:7]))
            return Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(year, month))
        infer.set_anchor(ctx, m.start(), year, month)
        ctx.named_months[month] = year
        _spread_year(ctx, m.start(), year, month)
        return Found(0, 0, "DATE", f"{year:04d}-{month:02d}", part)
    if system == "hijri" and (m.group("mon_ythis") or m.group("mon_ymod")):
        # «ذي القعدة من هذا العام»: the Hijri year of the article date (or the one before/after)
        step = {"past": -1, "future": 1}.get(infer.mod_dir(m.group("mon_ymod"), ctx.t) or "", 0)
        h = hijri.from_gregorian(ctx.ref) if ctx.ref else None
        if h is None:
            raise Rejected
        value = infer.hijri_month_value(h[0] + step, month)
        return Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(h[0] + step, month))
    if m.group("mon_ythis"):
        if ctx.ref is None:
            raise Rejected
        ctx.last_month = (ctx.ref.year, month)
        ctx.last_year = ctx.ref.year
        _spread_year(ctx, m.start(), ctx.ref.year, month)
        return Found(0, 0, "DATE", f"{ctx.ref.year:04d}-{month:02d}", part)
    if m.group("mon_same") or m.group("mon_same2"):
        year2 = ctx.last_year or (ctx.ref.year if ctx.ref else None)
        if year2 is None:
            raise Rejected
        ctx.last_month = (year2, month)
        return Found(0, 0, "DATE", f"{year2:04d}-{month:02d}", part)
    if m.group("mon_ymod"):
        if ctx.ref is None:
            raise Rejected
        step = {"past": -1, "future": 1}.get(infer.mod_dir(m["mon_ymod"], ctx.t) or "", 0)
        year3 = ctx.ref.year + step
        ctx.last_month = (year3, month)
        ctx.last_year = year3
        _spread_year(ctx, m.start(), year3, month)
        return Found(0, 0, "DATE", f"{year3:04d}-{month:02d}", part)
    if m.group("mon_mod2") and ctx.ref is not None:
        # «شباط قبل الماضي», «أكتوبر بعد القادم»: a year before the last or after the next
        second = infer.second_dir(m["mon_mod2"], ctx.t) or "past"
        if system == "hijri":
            h = hijri.from_gregorian(ctx.ref)
            if h is None:
                raise Rejected
            hy = month_for(h[0], h[1], month, second + "_strict") + (1 if second == "future" else -1)
            value = infer.hijri_month_value(hy, month)
            return Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(hy, month))
        year5 = month_for(ctx.ref.year, ctx.ref.month, month, second + "_strict") + (1 if second == "future" else -1)
        return Found(0, 0, "DATE", f"{year5:04d}-{month:02d}", part)
    if system != "hijri" and not part and not m.group("mon_mod") and (days := _DAYS_AFTER.match(ctx.text, m.end())):
        return _days_after(ctx, m, month, days)
    value, year4 = infer.resolve_month(ctx, m.start(), m.end(), month, system, m.group("mon_mod"))
    if year4 is not None:
        ctx.last_year = int(value[:4])
        ctx.last_month = (int(value[:4]), int(value[5:7]))
    if system == "hijri":
        bounds = hijri.month_bounds(year4, month) if year4 is not None else None
        return Found(0, 0, "DATE", value, part, calendar="hijri", bounds=bounds)
    if m.group("mon_mod") and year4 is not None:
        _spread_year(ctx, m.start(), year4, month)
        return Found(0, 0, "DATE", value, part)
    return Found(0, 0, "DATE", value, part, kind="month")


#: «يوليو 13-15», «تموز 13 إلى 15», «شباط 13.»: days written after their month, ending the clause
_DAYS_AFTER = re.compile(
    r"[^\S\n]+(\d{1,2})(?!\d|[.,]\d|[:/])(?:[^\S\n]*(?:-|–|إلى|الى|حتى)[^\S\n]*(\d{1,2})(?!\d|[.,]\d|[:/]))?"
    r"(?=[^\S\n]*(?:[.,،؛;:!?؟)\n]|$))"
)


def _days_after(ctx: Ctx, m: re.Match[str], month: int, days: re.Match[str]) -> Found:
    """A day or a range of days written after their month: the month's year as for the month alone."""
    _, year = infer.resolve_month(ctx, m.start(), days.end(), month, "greg", None)
    if year is None:
        raise Rejected
    first = safe_date(year, month, int(days.group(1)))
    last = safe_date(year, month, int(days.group(2))) if days.group(2) else None
    if first is None or (days.group(2) and (last is None or last <= first)):
        raise Rejected
    ctx.last_year, ctx.last_month = year, (year, month)
    found = Found(0, 0, "DATE", first.isoformat(), stop=days.end())
    if last is not None:
        found.end_value, found.end_start, found.bounds = last.isoformat(), days.start(2), (first, last)
    return found


def _hijri_month_in(ctx: Ctx, m: re.Match[str], month: int, year: int, part: str | None) -> Found:
    """«رمضان 2019»: the Hijri month that falls (mostly) in that Gregorian year."""
    if infer.era(m.group("mon_era")) == "hijri":
        raise Rejected
    h = hijri.from_gregorian(date(year, 7, 1))
    if h is None:
        raise Rejected
    for hy in (h[0] - 1, h[0], h[0] + 1):
        value = infer.hijri_month_value(hy, month)
        if value[:4] == f"{year:04d}":
            infer.set_anchor(ctx, m.start(), year, int(value[5:7]))
            return Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(hy, month))
    raise Rejected


def gregorian_wins(
    ctx: Ctx, m: re.Match[str], fam: str, info1: infer.MonthInfo, info2: infer.MonthInfo | None
) -> tuple[infer.MonthInfo, infer.MonthInfo | None]:
    """«كانون الثاني/ديسمبر»: two names of one month that disagree; the Gregorian one wins."""
    if info2 is None or info1[0] == info2[0] or "hijri" in (info1[1], info2[1]) or "greg" not in (info1[1], info2[1]):
        return info1, info2
    if info1[1] == info2[1]:
        return info1, info2
    sep = ctx.text[m.end(f"{fam}_m1") : m.start(f"{fam}_m2")]
    if not any(c in sep for c in "/(") or any(c in sep for c in "،,"):
        return info1, info2
    greg = info1 if info1[1] == "greg" else info2
    return (greg[0], greg[1], False), None


_MONTH_LIST_GAP = re.compile(r"^[^\S\n]*(?:[،,/\-–][^\S\n]*)?(?:و|أو|او|إلى|الى|حتى)?[^\S\n]*(?:شهر[^\S\n]+)?$")


def _coordinated(ctx: Ctx, m: re.Match[str]) -> bool:
    """A weak month in a list of months: «بين نيسان وحزيران», «يناير ومارس»."""
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is not None
        and prev.type == "DATE"
        and len(prev.value) == 7
        and prev.value[4] == "-"
        and _MONTH_LIST_GAP.match(ctx.text[prev.end : m.start()])
    ):
        return True
    nxt = _NEXT_MONTH.match(ctx.text, m.end())
    return nxt is not None and norm(nxt.group(1)) in ctx.t.months


_NEXT_MONTH = re.compile(r"[^\S\n]*(?:[،,][^\S\n]*)?(?:و|أو|او|إلى|الى|حتى)[^\S\n]*(\w+(?:[^\S\n]+(?:الأول|الثاني))?)")


def _list_month(ctx: Ctx, m: re.Match[str], month: int, system: str) -> Found:
    """The first month of «جانفي، فيفري ومارس 2018» (its year comes from the end of the list)."""
    value, year = infer.resolve_month(ctx, m.start(), m.end("mon_m1"), month, system, None)
    if year is not None:
        ctx.last_year = year
        ctx.last_month = (year, month)
    return Found(0, 0, "DATE", value, infer.part_mod(ctx, m.group("mon_pt")), stop=m.end("mon_m1"), kind="month")


def _spread_year(ctx: Ctx, start: int, year: int, month: int) -> None:
    """«يناير ومارس 2018», «أشهر جانفي، فيفري ومارس 2018»: the list's year holds for every month of it."""
    pos = start
    for f in reversed(ctx.found):
        if f.kind != "month" or not _MONTH_LIST_GAP.match(ctx.text[f.end : pos]):
            break
        fm = int(f.value[5:7])
        fy = year if fm <= month else year - 1
        f.value = f"{fy:04d}-{fm:02d}"
        f.kind = ""
        year, month, pos = fy, fm, f.start
