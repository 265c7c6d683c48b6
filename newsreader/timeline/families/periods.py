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
    span_w = words("الفترة", "المدة")  # «نفس الفترة من العام الماضي»
    # a bare «العام»/«الشهر» followed by these is another year or month («الشهر الكريم»: Ramadan)
    not_this = words("الدراسي", "المالي", "الهجري", "الميلادي", "الماضي", "المقبل", "الكريم", "الفضيل", "المبارك")
    mod, fiscal = p.mod, p.fiscal
    # «العام قبل الماضي», «السنة اللي قبل المنصرمة», «الشهر بعد القادم», «العام بعد الجاية»
    past = alternation([w for w, d in t.modifiers.items() if d == "past"])
    coming = alternation([w for w, d in t.modifiers.items() if d == "future"])
    return (
        rf"(?:(?P<per_pt>{p.part}){SP})?(?:(?P<per_this>{alternation(t.cue_words['this'])}){SP}(?P<per_u1>{periods}|{seasons}|{morning})"
        rf"|(?P<per_same>{words('نفس', 'ذات')}){SP}(?P<per_u2>{periods}|{span_w})"
        rf"|(?P<per_u3>{periods}|{span_w}){fiscal}?{OS}"
        rf"(?:(?P<per_mod>{mod})|(?P<per_s>{p.same})|(?:{words('اللي', 'الذي', 'التي')}{SP})?"
        rf"(?:(?P<per_bl>{words('قبل')}{SP}{past})|(?P<per_ba>{words('بعد')}{SP}{coming})))"
        rf"|(?P<per_night>{words('الليلة')})(?:{SP}(?P<per_nmod>{words('الماضية', 'البارحة', 'المقبلة', 'القادمة')}))?"
        rf"|(?<=\s)(?P<per_u4>{periods})(?!{SP}(?:{not_this}|\d)))"
        rf"(?:{SP}(?:(?:من|في){SP}|(?=ل))(?:(?:{p.year_kw}{SP})?{p.yearx('per')}|(?P<per_ythis>{p.this_year})"
        rf"|{p.the_year}{fiscal}?{SP}(?P<per_ymod>{mod})))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("per_night"):
        if ctx.ref is None:
            return Found(0, 0, "TIME", "PRESENT_REF")
        nmod = m.group("per_nmod")
        shift = 0 if not nmod else (1 if ctx.t.modifiers.get(norm(nmod)) == "future" else -1)
        return Found(0, 0, "TIME", f"{(ctx.ref + timedelta(days=shift)).isoformat()}TNI")
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
    if key in (norm("الفترة"), norm("المدة")):
        return _same_period(ctx, m, mod)
    unit = ctx.t.periods.get(key)
    if unit is None:
        raise Rejected
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
    if ctx.ref is None:
        ref_value = {"past": "PAST_REF", "future": "FUTURE_REF"}.get(direction or "", "PRESENT_REF")
        return Found(0, 0, "DATE", ref_value, mod)
    step = {"past": -1, "future": 1}.get(direction or "", 0)
    if m.group("per_bl"):
        step = -2  # «العام قبل الماضي»
    elif m.group("per_ba"):
        step = 2  # «الشهر بعد المقبل»
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
