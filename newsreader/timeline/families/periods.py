"""Periods counted from the article date or the text: «العام الماضي», «الشهر المقبل», «هذا الأسبوع», «الليلة»,
«نفس الفترة من عام 2014», «بقية العام», «العقد الماضي». Family ``per``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsreader.timeline import infer
from newsreader.timeline.context import Ctx, Found, Rejected, words_before
from newsreader.timeline.grammar import OS, SP, Pieces, words
from newsreader.timeline.resolve import add_months, week_value
from newsreader.timeline.tables import Tables, alternation, norm


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``per_*``)."""
    periods = alternation(list(t.periods))
    seasons = alternation(list(t.seasons))
    morning = words("الصباح", "المساء")
    span_w = words("الفترة", "المدة", "التوقيت", "الوقت")  # «نفس الفترة من العام الماضي», «نفس التوقيت العام الماضي»
    night_mods = words("الماضية", "البارحة", "المقبلة", "القادمة", "السابقة", "التالية")
    that_time = alternation(t.cue_words["that_time"])  # «في ذلك الوقت»
    # a bare «العام»/«الشهر» followed by these is another year or month («الشهر الكريم»: Ramadan)
    not_this = words("الدراسي", "المالي", "الهجري", "الميلادي", "الماضي", "المقبل", "الكريم", "الفضيل", "المبارك")
    mod, fiscal = p.mod, p.fiscal
    return (
        rf"(?P<per_that>{that_time})|"
        rf"(?:(?P<per_pt>{p.part}){SP})?(?:(?P<per_this>{alternation(t.cue_words['this'])}){SP}(?P<per_u1>{periods}|{seasons}|{morning})"
        rf"|(?P<per_same>{words('نفس', 'ذات')}){SP}(?P<per_u2>{periods}|{span_w})"
        rf"|(?P<per_u3>{periods}|{span_w}){fiscal}?{OS}"
        rf"(?:(?:{words('اللي', 'الذي', 'التي')}{SP})?(?P<per_m2>{p.mod2})(?!\w)|(?P<per_mod>{mod})|(?P<per_s>{p.same})"
        rf"|(?P<per_next>{words('التالي', 'التالية')})(?!\w))"
        rf"|(?P<per_night>{words('الليلة')})(?:{SP}(?P<per_nmod>{night_mods}))?"
        rf"|(?<=\s)(?P<per_u4>{periods})(?!{SP}(?:{not_this}|\d)))"
        rf"(?:{SP}(?:(?:من|في){SP}|(?=ل)|(?={p.the_year}{fiscal}?{SP}{mod}))(?:(?:{p.year_kw}{SP})?{p.yearx('per')}|(?P<per_ythis>{p.this_year})"
        rf"|{p.the_year}{fiscal}?{SP}(?P<per_ymod>{mod})))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("per_that"):
        return _that_time(ctx, m.start())
    if m.group("per_night"):
        if ctx.ref is None:
            return Found(0, 0, "TIME", "PRESENT_REF")
        nmod = m.group("per_nmod")
        key = norm(nmod or "")
        shift = 0 if not nmod else (1 if ctx.t.modifiers.get(key) == "future" or key == norm("التالية") else -1)
        base = ctx.ref
        anchor = ctx.day_anchor
        if key in (norm("السابقة"), norm("التالية")) and anchor is not None and anchor[0] >= ctx.sentence_of(m.start()) - 1:
            base = anchor[1]  # «الليلة السابقة»: the night before the day just named
        return Found(0, 0, "TIME", f"{(base + timedelta(days=shift)).isoformat()}TNI")
    unit_word = m.group("per_u1") or m.group("per_u2") or m.group("per_u3") or m.group("per_u4")
    assert unit_word
    key = norm(unit_word)
    mod = infer.part_mod(ctx, m.group("per_pt"))
    if m.group("per_u4") and not mod and not _rest_of(ctx, m.start("per_u4")):
        raise Rejected  # a bare «العام» needs a part («مطلع العام») or «بقية العام»
    season = ctx.t.seasons.get(key)
    if season is not None:
        if ctx.ref is None:
            return Found(0, 0, "DATE", "PRESENT_REF", mod)
        return Found(0, 0, "DATE", f"{ctx.ref.year:04d}-{season}", mod)
    explicit = m.group("per_y")
    if key in (norm("الصباح"), norm("المساء")):
        if ctx.ref is None:
            return Found(0, 0, "TIME", "PRESENT_REF")
        part = "TMO" if key == norm("الصباح") else "TEV"
        return Found(0, 0, "TIME", f"{ctx.ref.isoformat()}{part}")
    same = bool(m.group("per_same") or m.group("per_s"))
    if key in _SPANS:
        return _same_period(ctx, m, mod)
    unit = ctx.t.periods.get(key)
    if unit is None:
        raise Rejected
    before = words_before(ctx, m.start(), 1)
    if unit == "Y" and m.group("per_u3") and before and before[-1] in ctx.t.traps.get("year_adjective_before", frozenset()):
        raise Rejected  # «الأمين العام السابق»: a former secretary-general, not the year before
    direction = "current" if (m.group("per_this") or m.group("per_u4")) else infer.mod_dir(m.group("per_mod"), ctx.t)
    if same:
        tail_year = _tail_year(ctx, m)
        if unit == "Y":
            year = ctx.last_year or (ctx.ref.year if ctx.ref else None)
            if year is None:
                raise Rejected
            return Found(0, 0, "DATE", f"{year:04d}", mod)
        if unit == "M":
            if ctx.last_month is not None:
                y, mo = ctx.last_month
            elif ctx.ref is not None and tail_year is not None:
                y, mo = ctx.ref.year, ctx.ref.month
            else:
                raise Rejected
            if tail_year is not None:
                y = tail_year
                if explicit:
                    infer.set_anchor(ctx, m.start(), y, mo)
            return Found(0, 0, "DATE", f"{y:04d}-{mo:02d}", mod)
        raise Rejected
    if m.group("per_next"):
        return _following(ctx, m, unit, mod)
    if ctx.ref is None:
        ref_value = {"past": "PAST_REF", "future": "FUTURE_REF"}.get(direction or "", "PRESENT_REF")
        return Found(0, 0, "DATE", ref_value, mod)
    step = {"past": -1, "future": 1}.get(direction or "", 0)
    if m.group("per_m2"):
        step = 2 if infer.second_dir(m["per_m2"], ctx.t) == "future" else -2  # «العام قبل الماضي», «الشهر بعد المقبل»
    ref = ctx.ref
    if unit == "Y":
        year = ref.year + step
        ctx.last_year = year
        return Found(0, 0, "DATE", f"{year:04d}", mod)
    if unit == "M":
        y, mo = add_months(ref.year, ref.month, step)
        ctx.last_month = (y, mo)
        ctx.last_year = y
        return Found(0, 0, "DATE", f"{y:04d}-{mo:02d}", mod)
    if unit == "W":
        return Found(0, 0, "DATE", week_value(ref + timedelta(weeks=step)), mod)
    if unit == "DE" and step:
        # «العقد الماضي», «العقد المقبل» (not «العقد الحالي»: a player's current contract)
        return Found(0, 0, "DATE", f"{ref.year // 10 + step:03d}", mod)
    raise Rejected


def _following(ctx: Ctx, m: re.Match[str], unit: str, mod: str | None) -> Found:
    """«العام التالي», «الشهر التالي», «الأسبوع التالي»: the one after the year, month or day named in this
    sentence or the one before (none: after the article date's)."""
    sent = ctx.sentence_of(m.start())
    near = ctx.anchor is not None and ctx.anchor[0] >= sent - 1
    day = ctx.day_anchor[1] if ctx.day_anchor is not None and ctx.day_anchor[0] >= sent - 1 else None
    if unit == "Y":
        base = ctx.anchor[1] if near and ctx.anchor is not None else (day.year if day else None)
        if base is None:
            if ctx.ref is None:
                raise Rejected
            base = ctx.ref.year
        year = base + 1
        ctx.last_year = year
        return Found(0, 0, "DATE", f"{year:04d}", mod)
    if unit == "M":
        if near and ctx.anchor is not None and ctx.anchor[2]:
            y, mo = ctx.anchor[1], ctx.anchor[2]
        elif day is not None:
            y, mo = day.year, day.month
        elif ctx.ref is not None:
            y, mo = ctx.ref.year, ctx.ref.month
        else:
            raise Rejected
        y, mo = add_months(y, mo, 1)
        ctx.last_month = (y, mo)
        return Found(0, 0, "DATE", f"{y:04d}-{mo:02d}", mod)
    if unit == "W":
        base_day = day or ctx.ref
        if base_day is None:
            raise Rejected
        return Found(0, 0, "DATE", week_value(base_day + timedelta(weeks=1)), mod)
    raise Rejected


def _rest_of(ctx: Ctx, pos: int) -> bool:
    """«بقية العام», «الفترة المتبقية من العام», «ما تبقى من العام»: this year."""
    before = words_before(ctx, pos, 2)
    if not before:
        return False
    if before[-1] in ctx.t.cues["rest"]:
        return True
    return len(before) == 2 and before[-1] == norm("من") and before[-2] in ctx.t.cues["rest_of"]


def _tail_year(ctx: Ctx, m: re.Match[str]) -> int | None:
    """The year of «… من عام 2014», «… من العام الماضي», «… من هذا العام» after a period phrase."""
    explicit = m.group("per_y")
    if explicit:
        return int(explicit)
    if ctx.ref is None:
        return None
    if m.group("per_ythis"):
        return ctx.ref.year
    ymod = infer.mod_dir(m.group("per_ymod"), ctx.t)
    if ymod is not None:
        return ctx.ref.year + {"past": -1, "future": 1}.get(ymod, 0)
    return None


_SPANS = frozenset(norm(w) for w in ("الفترة", "المدة", "التوقيت", "الوقت"))


def _that_time(ctx: Ctx, start: int) -> Found:
    """«في ذلك الوقت», «تلك الفترة»: the time of the dated mention just before (in this sentence or the one
    before it); none: not a date."""
    sent = ctx.sentence_of(start)
    for f in reversed(ctx.found):
        if ctx.sentence_of(f.start) < sent - 1:
            break
        if f.type in ("DATE", "TIME") and f.value[:1].isdigit():
            return Found(0, 0, f.type, f.end_value or f.value, calendar=f.calendar, bounds=f.bounds)
    raise Rejected


_GRAIN = re.compile(r"^\d{4}(-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))$")


def _same_period(ctx: Ctx, m: re.Match[str], mod: str | None) -> Found:
    """«نفس الفترة من عام 2014»: the period last named (a half, a quarter, a month), in that year."""
    if not (m.group("per_same") or m.group("per_s")):
        raise Rejected
    year = _tail_year(ctx, m)
    if year is None:
        raise Rejected
    sent = ctx.sentence_of(m.start())
    suffix = ""
    for f in reversed(ctx.found):
        if ctx.sentence_of(f.start) < sent - 1:
            break
        if f.type != "DATE" or not f.value[:1].isdigit():
            continue
        g = _GRAIN.match(f.value)
        suffix = g.group(1) if g else ""  # the nearest dated mention sets the grain (a year: none)
        break
    if m.group("per_y"):
        infer.set_anchor(ctx, m.start(), year, None)
    return Found(0, 0, "DATE", f"{year:04d}{suffix}", mod)
