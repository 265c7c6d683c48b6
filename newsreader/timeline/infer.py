"""Year inference shared by the families: the era of a year, the year of a month named without one, the
anchors an explicit year sets for what follows it."""

from __future__ import annotations

import re
from datetime import date

from newsreader.timeline import hijri
from newsreader.timeline.context import Ctx, Rejected, words_before
from newsreader.timeline.resolve import interval, month_for
from newsreader.timeline.tables import Tables, norm
from newsreader.timeline.tense import clause_tense, standing_alone

#: (month, system, weak) of a month name (the months table)
MonthInfo = tuple[int, str, bool]

_COORD = re.compile(r"^[\s،,/\-–]*(?:و|أو|او|إلى|الى|حتى)?[\s]*$")


def mod_dir(word: str | None, t: Tables) -> str | None:
    """The direction (past, current, future) of a modifier word («الماضي», «الجاري», «المقبل»)."""
    if not word:
        return None
    return t.modifiers.get(norm(word))


def second_dir(word: str | None, t: Tables) -> str | None:
    """``past`` for «قبل الماضي», ``future`` for «بعد القادم» (the second one back or ahead)."""
    if not word:
        return None
    key = norm(word)
    return "past" if key in t.cues["second_past"] else ("future" if key in t.cues["second_future"] else None)


def part_mod(ctx: Ctx, word: str | None) -> str | None:
    """The TIMEX3 mod (START, MID, END) of a part word («مطلع», «منتصف», «نهاية»)."""
    if not word:
        return None
    return ctx.t.parts.get(norm(word))


def month_info(ctx: Ctx, word: str | None) -> MonthInfo | None:
    if not word:
        return None
    info = ctx.t.months.get(norm(word))
    if info is None:
        return None
    return info.month, info.system, info.weak


def era(s: str | None) -> str | None:
    """``hijri`` or ``gregorian`` for an era mark («هـ», «م», «هجري» …), None without one."""
    if not s:
        return None
    n = norm(s)
    if n.startswith("ه") or "هجر" in n or n == "ھ":
        return "hijri"
    return "gregorian"


def is_hijri_year(year: int, era: str | None, ref: date | None = None) -> bool:
    """Whether a year without «هـ»/«م» is Hijri: 1300 up to a few years past the article's Hijri year."""
    if era == "hijri":
        return True
    if era == "gregorian":
        return False
    top = 1500
    if ref is not None:
        h = hijri.from_gregorian(ref)
        if h is not None:
            top = h[0] + 3
    return 1300 <= year <= top


def set_anchor(ctx: Ctx, start: int, year: int, month: int | None) -> None:
    """An explicit year (and month) at ``start``: the year of what follows in its sentence."""
    before = words_before(ctx, start, 1)
    if not (before and before[-1] in ctx.t.cues["baseline"]):
        ctx.anchor = (ctx.sentence_of(start), year, month)
    ctx.last_year = year
    if month:
        ctx.last_month = (year, month)


def year_scope(ctx: Ctx, m: re.Match[str], prefix: str, start: int) -> int | None:
    """The year a quarter/season phrase writes out (group ``<prefix>_y``), which then anchors."""
    y = m.group(f"{prefix}_y")
    if y:
        year = int(y)
        set_anchor(ctx, start, year, None)
        return year
    return None


def resolve_month(ctx: Ctx, start: int, end: int, month: int, system: str, mod_word: str | None) -> tuple[str, int | None]:
    """TIMEX value (YYYY-MM or XXXX-MM) and the year chosen for a month named without a year (Hijri for a
    Hijri month)."""
    direction = mod_dir(mod_word, ctx.t)
    if system == "hijri":
        return _resolve_hijri_month(ctx, start, end, month, direction)
    if direction is not None:
        if ctx.ref is None:
            return f"XXXX-{month:02d}", None
        year = ctx.ref.year if direction == "current" else month_for(ctx.ref.year, ctx.ref.month, month, direction + "_strict")
        return f"{year:04d}-{month:02d}", year
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is not None
        and prev.type == "DATE"
        and len(prev.value) == 7
        and prev.value[:4].isdigit()
        and _COORD.match(ctx.text[prev.end : start])
    ):
        year = int(prev.value[:4])
        if month < int(prev.value[5:7]):
            year += 1
        return f"{year:04d}-{month:02d}", year
    if month in ctx.named_months:
        # the same month named earlier with its year: «في مارس 2016 … في مارس»
        year = ctx.named_months[month]
        return f"{year:04d}-{month:02d}", year
    anchored = ctx.anchor is not None and ctx.anchor[0] == ctx.sentence_of(start)
    if anchored and ctx.anchor is not None:
        year = ctx.anchor[1]
        return f"{year:04d}-{month:02d}", year
    if ctx.ref is None:
        return f"XXXX-{month:02d}", None
    tense = clause_tense(ctx, start, end)
    if tense == "unknown" and sentence_points_ahead(ctx, start):
        tense = "future"
    if tense == "future" and standing_alone(ctx, start, end) == "future":
        # «شهر 1», «10 آذار» alone: the month of the reference's year (the nearer one when that is
        # most of a year away: «ديسمبر» alone in January is the one just past)
        year = ctx.ref.year + (1 if ctx.ref.month - month > 8 else -1 if month - ctx.ref.month > 8 else 0)
    elif tense == "future":
        year = month_for(ctx.ref.year, ctx.ref.month, month, "future")
    elif month <= ctx.ref.month or tense == "nonpast":
        year = ctx.ref.year
    elif tense == "past":
        year = ctx.ref.year - 1
    else:  # no clue: the nearer one
        year = ctx.ref.year if month - ctx.ref.month <= 4 else ctx.ref.year - 1
    return f"{year:04d}-{month:02d}", year


def sentence_points_ahead(ctx: Ctx, start: int) -> bool:
    """An earlier mention in the same sentence lies after the reference date."""
    if ctx.ref is None:
        return False
    sent = ctx.sentence_of(start)
    for f in reversed(ctx.found):
        if ctx.sentence_of(f.start) != sent:
            break
        if f.type in ("DATE", "TIME") and f.value[:4].isdigit():
            bounds = interval(f.value)
            if bounds and bounds[0] > ctx.ref:
                return True
    return False


def _resolve_hijri_month(ctx: Ctx, start: int, end: int, month: int, direction: str | None) -> tuple[str, int | None]:
    if ctx.ref is None:
        raise Rejected
    h = hijri.from_gregorian(ctx.ref)
    if h is None:
        raise Rejected
    hy, hm, _ = h
    if direction is None:
        direction = "future" if clause_tense(ctx, start, end) == "future" else "past"
        year = month_for(hy, hm, month, direction)
    elif direction == "current":
        year = hy
    else:
        year = month_for(hy, hm, month, direction + "_strict")
    return hijri_month_value(year, month), year


def hijri_month_value(year: int, month: int) -> str:
    """The Gregorian month (YYYY-MM) holding the middle of a Hijri month."""
    bounds = hijri.month_bounds(year, month)
    if bounds is None:
        raise Rejected
    mid = bounds[0] + (bounds[1] - bounds[0]) / 2
    return f"{mid.year:04d}-{mid.month:02d}"
