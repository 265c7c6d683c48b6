"""Named occasions: «عيد الفطر», «ثاني أيام عيد الأضحى», «يوم عرفة», «أول أيام رمضان», «اليوم الوطني السعودي».

Islamic occasions are placed through the Umm al-Qura calendar in the Hijri year the article's date
and the clause's tense imply (or the year written after them); the others on their Gregorian day.
The names, days and surrounding words are data: ``resources/timeline/occasions.tsv`` and
``occasion_words.tsv``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreader.timeline import hijri
from newsreader.timeline.context import Ctx, Found, Rejected, words_before
from newsreader.timeline.grammar import CM, ERA, OS, SP, Pieces, words
from newsreader.timeline.resolve import safe_date
from newsreader.timeline.tables import Occasion, Tables, alternation, norm
from newsreader.timeline.tense import clause_tense

_AROUND = 30  # days
_BEFORE, _AFTER = 10, 7  # days before and after an occasion in which its bare name («العيد») is that one


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``occ_*``): [day word] name|Hijri month [epithet] [year | modifier]."""
    occ_words = t.occasion_words
    names = alternation(list(t.occasions))
    hijri_months = alternation([w for w, info in t.months.items() if info.system == "hijri"])
    days = alternation(list(occ_words.get("day", {})))
    epithets = alternation(list(occ_words.get("epithet", {})))
    hijri_w = words("الهجري", "الهجرية")
    year = (
        rf"{CM}{OS}(?:(?:من|في){SP})?(?:{alternation(t.cue_words['year_words'])}(?:{SP}{alternation(t.cue_words['calendar_words'])})?{SP})?"
        rf"(?:الـ?{OS})?(?P<occ_y>\d{{4}})(?!\d)(?:{OS}(?P<occ_era>{ERA}))?"
    )
    return (
        rf"(?:(?P<occ_d>{days}){SP}(?:{words('شهر')}{SP})?)?"
        rf"(?:(?P<occ_n>{names})|(?P<occ_hm>{hijri_months}))(?!\w)(?:{SP}{epithets}(?!\w))?"
        rf"(?:{year}|{OS}(?P<occ_mod>{p.mod})(?!\w)"
        rf"|{SP}(?:(?:من|في){SP})?(?:{p.the_year}{SP}(?:{hijri_w}{SP})?(?P<occ_ymod>{p.mod})(?!\w)|(?P<occ_ythis>{p.this_year})))?"
    )


def _occasions(ctx: Ctx, m: re.Match[str]) -> tuple[Occasion, ...]:
    t = ctx.t
    if m.group("occ_hm"):
        if not m.group("occ_d"):
            raise Rejected  # «شهر رمضان» alone names the month, not a day (the months family's)
        info = t.months[norm(m.group("occ_hm"))]
        return (Occasion("hijri", info.month, 1, 30),)
    key = norm(m.group("occ_n"))
    found = t.occasions[key]
    if key.startswith("ال") and " " not in key and not m.group("occ_d"):
        # «العيد» alone is the occasion after a preposition («قبل العيد», «بالعيد»), not in «حلوى العيد»
        cl = m.group("cl") or ""
        before = words_before(ctx, m.start(), 1)
        leads = t.occasion_words.get("lead", {})
        if not (any(c in cl for c in "بل") or (before and before[-1] in leads) or _near(ctx, m.start(), found)):
            raise Rejected
    return found


def _near(ctx: Ctx, start: int, found: tuple[Occasion, ...]) -> bool:
    """A bare «العيد» in a text written in the days around the occasion: that one («صلاة العيد», «ضيافة
    العيد»); not a name in quotes («برنامج «فرحة العيد»») nor the span of its days («أيام العيد»)."""
    before = words_before(ctx, start, 1)
    if ctx.ref is None or (before and before[-1] in ctx.t.occasion_words.get("span", {})):
        return False
    s0, _ = ctx.sentence_span(start)
    if ctx.text.count("«", s0, start) > ctx.text.count("»", s0, start):
        return False
    h = hijri.from_gregorian(ctx.ref)
    if h is None:
        return False
    for o in found:
        for y in (h[0] - 1, h[0], h[0] + 1):
            first = _start(o, y)
            if first is not None and -_BEFORE <= (ctx.ref - first).days <= o.days - 1 + _AFTER:
                return True
    return False


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _start(o: Occasion, year: int) -> date | None:
    """The first day of the occasion in (Hijri or Gregorian) ``year``."""
    if o.calendar == "hijri":
        return hijri.to_gregorian(year, o.month, o.day)
    if o.calendar == "easter":
        return easter(year) + timedelta(days=o.day)
    return safe_date(year, o.month, o.day)


def _years(ctx: Ctx, m: re.Match[str], o: Occasion) -> list[tuple[int, int | None]]:
    """(year in the occasion's calendar, Gregorian year its day must fall in or None) to try."""
    written = m.group("occ_y")
    if written:
        y = int(written)
        era = norm(m.group("occ_era") or "")
        is_hijri = era.startswith("ه") or "هجر" in era or (not era and 1300 <= y <= 1600)
        if o.calendar != "hijri":
            if is_hijri:
                raise Rejected
            return [(y, None)]
        if is_hijri:
            return [(y, None)]
        # «عيد الفطر 2015»: the one that falls in that Gregorian year
        h = hijri.from_gregorian(date(y, 1, 1))
        return [(h[0] + k, y) for k in (0, 1)] if h else []
    if ctx.ref is None:
        raise Rejected
    said = m.group("occ_ymod") or m.group("occ_ythis")
    step = {"past": -1, "future": 1}.get(ctx.t.modifiers.get(norm(m.group("occ_ymod") or ""), ""), 0)
    if o.calendar == "hijri":
        h = hijri.from_gregorian(ctx.ref)
        if h is None:
            raise Rejected
        if said:  # «آخر يوم من شهر جمادى الآخرة من العام الحالي»: the Hijri year of the article date
            return [(h[0] + step, None)]
        return [(h[0] + k, None) for k in (-1, 0, 1)]
    if said:
        return [(ctx.ref.year + step, None)]
    return [(ctx.ref.year + k, None) for k in (-1, 0, 1)]


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    occasions = _occasions(ctx, m)
    day_word = m.group("occ_d")
    offset = ctx.t.occasion_words.get("day", {}).get(norm(day_word), "0") if day_word else None
    written = m.group("occ_y")
    starts: list[tuple[date, Occasion]] = []
    for o in occasions:
        for y, must in _years(ctx, m, o):
            first = _start(o, y)
            if first is not None and (must is None or first.year == must):
                starts.append((first, o))
    if not starts:
        raise Rejected
    first, o = _choose(ctx, m, starts, bool(written or m.group("occ_ymod") or m.group("occ_ythis")))
    if m.group("occ_hm") and o.days == 30:
        bounds = hijri.month_bounds(*_hijri_year_month(first))
        last = bounds[1] if bounds else first
    else:
        last = first + timedelta(days=o.days - 1)
    calendar = "hijri" if o.calendar == "hijri" else "gregorian"
    if offset is None:
        span = (first, last) if last > first else None
        return Found(0, 0, "DATE", first.isoformat(), calendar=calendar, bounds=span)
    day = last if offset == "L" else first + timedelta(days=int(offset))
    return Found(0, 0, "DATE", day.isoformat(), calendar=calendar)


def _hijri_year_month(day: date) -> tuple[int, int]:
    h = hijri.from_gregorian(day)
    if h is None:
        raise Rejected
    return h[0], h[1]


def _choose(ctx: Ctx, m: re.Match[str], starts: list[tuple[date, Occasion]], written: bool) -> tuple[date, Occasion]:
    """The occurrence the text means: the written year's, else by modifier or tense from the article date."""
    starts.sort(key=lambda s: s[0])
    if written or ctx.ref is None:
        return starts[0]
    ref = ctx.ref
    direction = ctx.t.modifiers.get(norm(m.group("occ_mod") or ""))
    nearest = min(starts, key=lambda s: abs((s[0] - ref).days))
    if direction is None and abs((nearest[0] - ref).days) <= _AROUND:
        return nearest  # news of an occasion a few weeks away speaks of that one, whatever the verb
    if direction is None:
        tense = clause_tense(ctx, m.start(), m.end())
        direction = {"future": "future", "past": "past"}.get(tense)
    if direction == "future":
        ahead = [s for s in starts if s[0] > ref]
        if ahead:
            return ahead[0]
    elif direction == "past":
        behind = [s for s in starts if s[0] <= ref]
        if behind:
            return behind[-1]
    return nearest
