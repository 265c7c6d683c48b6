"""Ranges and lists of days (post-passes over what the families found): «من 13 إلى 15 تموز», «بين عامي 2010
و2014» become one mention; «يومي 25 و26 سبتمبر»: the first day borrows the month of the second.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsreader.timeline import hijri
from newsreader.timeline.context import Ctx, Found, words_before
from newsreader.timeline.resolve import interval, safe_date
from newsreader.timeline.tables import alternation, load, norm

_RANGE_JOIN = re.compile(r"^[^\S\n]*(?:-|–|(?:و[^\S\n]*)?(?:إلى|الى|حتى|لغاية))[^\S\n]*$")


_BETWEEN_JOIN = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*$")


def join_ranges(ctx: Ctx) -> None:
    """«من 13 إلى 15 تموز», «13-15 يوليو», «بين عامي 2010 و2014», «من 5 إلى 6 مساءً»: two ends found
    one after the other become one mention, its value the start and ``end_value`` the end (the month and
    the part of day were already carried to the first end when it was found). A change of date
    («تأجيل الموعد من 5 إلى 10 مايو») and a list («يومي 25 و26») stay two mentions."""
    joined: list[Found] = []
    for f in ctx.found:
        a = joined[-1] if joined else None
        if a is not None and a.end_value is None and _range_ends(ctx, a, f):
            a.end_value, a.end_start, a.end = f.value, f.start, f.end
            first, last = a.bounds or interval(a.value), f.bounds or interval(f.value)
            a.bounds = (first[0], last[1]) if first and last else None
            continue
        joined.append(f)
    ctx.found[:] = joined


def _range_ends(ctx: Ctx, a: Found, b: Found) -> bool:
    if a.type != b.type or a.type not in ("DATE", "TIME") or a.calendar != b.calendar or (b.mod and b.mod != a.mod):
        return False
    gap = ctx.text[a.end : b.start]
    before = words_before(ctx, a.start, 3)
    opener = next((i for i in range(len(before) - 1, -1, -1) if before[i] in ctx.t.ranges["opens"]), None)
    if _BETWEEN_JOIN.match(gap):
        if opener is None or before[opener] not in ctx.t.ranges["between"]:
            return False
    elif not _RANGE_JOIN.match(gap) or ("-" not in gap and "–" not in gap and opener is None and not _bare_day(ctx, a)):
        return False  # «13 إلى 15 تموز» needs no «من»: its first end is a bare day number
    if opener is not None and any(w in ctx.t.ranges["moves"] for w in before[:opener]):
        return False
    if a.type == "TIME":
        return a.value[:10] == b.value[:10] and a.value < b.value
    if not (a.value[:1].isdigit() and b.value[:1].isdigit()):
        return False
    first, last = a.bounds or interval(a.value), b.bounds or interval(b.value)
    return first is not None and last is not None and first[0] < last[0] and first[1] <= last[1]


def _bare_day(ctx: Ctx, a: Found) -> bool:
    return a.type == "DATE" and ctx.text[a.start : a.end].isdigit()


_LISTED_DAY = re.compile(r"(?<![\d.,/])(\d{1,2})[^\S\n]*(?:و|،|,|-|–|و?إلى|و?الى|و?حتى|لغاية)[^\S\n]*(?:يوم[^\S\n]*)?$")


@lru_cache(maxsize=1)
def _listed_ordinal() -> re.Pattern[str]:
    """«من الثالث والعشرين وحتى السادس والعشرين من أكتوبر»: an ordinal day before the one that names the month."""
    ords = alternation(list(load().ordinal_days))
    return re.compile(rf"(?<!\w)({ords})[^\S\n]*(?:،|,|-|–|و?إلى|و?الى|و?حتى|لغاية)[^\S\n]*$")


def listed_day(ctx: Ctx, f: Found) -> Found | None:
    """«يومي 25 و26 سبتمبر», «من 10 إلى 15 مايو»: the first day borrows the month of the second."""
    if f.type != "DATE" or len(f.value) != 10 or not f.value[:4].isdigit():
        return None
    floor = ctx.found[-1].end if ctx.found else 0
    if ctx.text[f.start : f.start + 1].isdigit():
        m = _LISTED_DAY.search(ctx.text, max(floor, f.start - 14), f.start)
    elif ctx.text.startswith("ال", f.start):
        m = _listed_ordinal().search(ctx.text, max(floor, f.start - 40), f.start)
    else:
        return None
    if m is None:
        return None
    n = int(m.group(1)) if m.group(1).isdigit() else ctx.t.ordinal_days.get(norm(m.group(1)), 0)
    if f.calendar == "hijri":  # «من 2 - 11 شوال»: the Hijri month applies to both ends
        h = hijri.from_gregorian(date.fromisoformat(f.value))
        day = hijri.to_gregorian(h[0], h[1], n) if h else None
    else:
        day = safe_date(int(f.value[:4]), int(f.value[5:7]), n)
    if day is None or day.isoformat() >= f.value:
        return None
    return Found(m.start(1), m.end(1), "DATE", day.isoformat(), calendar=f.calendar)
