"""Dates with a day: «5 May 2020» (English), «15/10/2015» and «1436/12/8هـ» (numeric), «27 منه» (a day of the
month last named), «الخامس من مايو 2016», «السبت 12 رمضان» (a day and a month, Gregorian or Hijri).

Four families, each pattern beside its handler: ``en``, ``num``, ``dana`` and ``dm``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from newsreader.timeline import hijri, infer
from newsreader.timeline.context import Ctx, Found, Rejected, words_after
from newsreader.timeline.families.months import gregorian_wins
from newsreader.timeline.grammar import CM, ERA, OS, SEP, SP, Pieces, words
from newsreader.timeline.resolve import add_months, day_for, safe_date
from newsreader.timeline.tables import Tables, alternation, load, norm
from newsreader.timeline.tense import clause_tense, standing_alone


def english_pattern(t: Tables) -> str:
    """«5 May 2020», «Tuesday, May 5, 2020» (groups ``en_*``)."""
    mon_en = "(?i:" + "|".join(sorted(t.months_en, key=len, reverse=True)) + r")\.?"
    wd_en = "(?i:" + "|".join(sorted(t.weekdays_en, key=len, reverse=True)) + ")"
    return (
        rf"(?:(?P<en_w>{wd_en}),?{SP})?(?P<en_d>\d{{1,2}}){SP}(?P<en_m>{mon_en}),?{SP}(?P<en_y>\d{{4}})(?!\d)"
        rf"|(?:(?P<en_w2>{wd_en}),?{SP})?(?P<en_m2>{mon_en}){SP}(?P<en_d2>\d{{1,2}})(?:,{OS}|{SP})(?P<en_y2>\d{{4}})(?!\d)"
    )


def english(ctx: Ctx, m: re.Match[str]) -> Found:
    d = m.group("en_d") or m.group("en_d2")
    mo = m.group("en_m") or m.group("en_m2")
    y = m.group("en_y") or m.group("en_y2")
    assert d and mo and y
    month = ctx.t.months_en.get(mo.lower().rstrip("."))
    if month is None:
        raise Rejected
    day = safe_date(int(y), month, int(d))
    if day is None:
        raise Rejected
    infer.set_anchor(ctx, m.start(), day.year, day.month)
    return Found(0, 0, "DATE", day.isoformat())


def numeric_pattern(p: Pieces) -> str:
    """«15/10/2015», «2015-10-15», «الأحد 8 / 11 / 1436هـ» (groups ``num_*``)."""
    return (
        rf"(?:(?:{p.yom}{SP})?(?P<num_w>{p.wd}){CM}{OS})?(?:{p.yom}{SP})?"
        rf"(?:(?P<num_d>\d{{1,2}}){SEP}(?P<num_m>\d{{1,2}}){SEP}(?P<num_y>\d{{4}})"
        rf"|(?P<num_y2>\d{{4}}){SEP}(?P<num_m2>\d{{1,2}}){SEP}(?P<num_d2>\d{{1,2}}))(?![\d.])"
        rf"(?:{OS}(?P<num_era>{ERA}))?"
    )


def numeric(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("num_d"):
        d, mo, y = int(m["num_d"]), int(m["num_m"]), int(m["num_y"])
    else:
        d, mo, y = int(m["num_d2"]), int(m["num_m2"]), int(m["num_y2"])
    era = infer.era(m.group("num_era"))
    if infer.is_hijri_year(y, era, ctx.ref):
        g = hijri.to_gregorian(y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 30 else None
        if g is None:
            raise Rejected
        infer.set_anchor(ctx, m.start(), g.year, g.month)
        return Found(0, 0, "DATE", g.isoformat(), calendar="hijri")
    day = safe_date(y, mo, d)
    if day is None:
        raise Rejected
    infer.set_anchor(ctx, m.start(), day.year, day.month)
    return Found(0, 0, "DATE", day.isoformat())


def day_of_that_month_pattern(p: Pieces) -> str:
    """«27 منه», «24 من الشهر نفسه», «15 من الشهر الجاري» (groups ``dana_*``)."""
    return (
        rf"(?:{p.yom}{SP})?(?:(?P<dana_w>{p.wd}){CM}{SP})?(?:الـ?{OS})?(?P<dana_d>\d{{1,2}}|{p.ordw}){SP}(?:من{SP})?"
        rf"(?:{words('نفس الشهر', 'ذات الشهر')}|{words('الشهر')}{SP}(?:{p.same}|(?P<dana_mod>{p.mod}))|منه(?!\w)"
        rf"|(?P<dana_this>{words('هذا الشهر')}))"
    )


def day_of_that_month(ctx: Ctx, m: re.Match[str]) -> Found:
    """«27 منه», «24 من الشهر نفسه» (the month last named); «15 من الشهر الجاري/المقبل» (from the article date)."""
    direction = "current" if m.group("dana_this") else infer.mod_dir(m.group("dana_mod"), ctx.t)
    if direction is not None:
        if ctx.ref is None:
            raise Rejected
        y, mo = add_months(ctx.ref.year, ctx.ref.month, {"past": -1, "future": 1}.get(direction, 0))
        ctx.last_month = (y, mo)
    elif ctx.last_month is None:
        raise Rejected
    else:
        y, mo = ctx.last_month
    raw = m["dana_d"]
    d = int(raw) if raw.isdigit() else ctx.t.ordinal_days.get(norm(raw), 0)
    day = safe_date(y, mo, d)
    if day is None:
        raise Rejected
    return Found(0, 0, "DATE", day.isoformat())


def day_month_pattern(t: Tables, p: Pieces) -> str:
    """«الخامس من مايو 2016», «السبت 12 رمضان», «مساء الإثنين الموافق 18 شوال» (groups ``dm_*``)."""
    # «للخامس من فبراير»: after the clitic «ل» the article's alif drops
    ordw_l = alternation([w[1:] for w in t.ordinal_days if w.startswith("ال")])
    agree = words("الموافق", "الموافقة", "المصادف", "الموافق ل")
    return (
        rf"(?:(?P<dm_dp>{p.dp}){SP})?(?:{p.yom}{SP})?(?:(?P<dm_w>{p.wd}){CM}{OS}(?:{agree}{SP}|في{SP})?)?"
        rf"(?:(?:الـ?{OS})?(?:\({OS})?(?P<dm_d>\d{{1,2}})(?!\d)(?:{OS}\))?|(?P<dm_o>{p.ordw})|(?<=ل)(?P<dm_ol>{ordw_l}))"
        rf"{OS}(?:[/\-]{OS})?(?:من{SP})?(?:{words('شهر')}{SP})?{p.mexpr('dm')}"
        rf"(?:{p.yeartail_or_slash('dm')}|{OS}(?P<dm_mod>{p.mod}))?"
    )


def _pick_weekday_year(ctx: Ctx, month: int, d: int, year: int, wd_word: str | None, calendar: str) -> int:
    if not wd_word or calendar == "hijri":
        return year
    want = ctx.t.weekdays.get(norm(wd_word))
    if want is None:
        return year
    for k in (0, 1, -1):
        c = safe_date(year + k, month, d)
        if c and c.isoweekday() == want:
            return year + k
    return year


def day_month(ctx: Ctx, m: re.Match[str]) -> Found:
    info1 = infer.month_info(ctx, m["dm_m1"])
    info2 = infer.month_info(ctx, m.group("dm_m2"))
    if info1 is None:
        raise Rejected
    info1, info2 = gregorian_wins(ctx, m, "dm", info1, info2)
    month, system, _ = info1
    if info2 and (info2[1] == system or (info2[0] != month and "hijri" not in (system, info2[1]))):
        raise Rejected
    if info2 and info2[1] != "hijri" and system == "hijri":
        month, system = info2[0], info2[1]
    ordinal = m.group("dm_o") or ("ا" + m["dm_ol"] if m.group("dm_ol") else "")
    d = int(m["dm_d"]) if m.group("dm_d") else ctx.t.ordinal_days.get(norm(ordinal), 0)
    if not 1 <= d <= 31:
        raise Rejected
    y = m.group("dm_y")
    calendar = "gregorian"
    if system == "hijri":
        calendar = "hijri"
        between = ctx.text[m.end("dm_d") if m.group("dm_d") else m.start("dm_m1") : m.start("dm_m1")]
        if "-" in between or (not y and not m.group("dm_mod") and ctx.text[m.end() : m.end() + 2].strip(" ")[:1] in ("-", "–")):
            raise Rejected  # «3- صفر», «صفر-2»: a score
        if not y and not m.group("dm_mod") and norm(m["dm_m1"]) == norm("صفر"):
            raise Rejected  # «فاز 3 صفر»: zero, not the month, unless a year or modifier says so
        if y:
            hy = int(y)
        else:
            if ctx.ref is None:
                raise Rejected
            h = hijri.from_gregorian(ctx.ref)
            if h is None:
                raise Rejected
            hy = h[0]
            tense = clause_tense(ctx, m.start(), m.end())
            hdir = infer.mod_dir(m.group("dm_mod"), ctx.t) or {"future": "future", "past": "past"}.get(tense, "nearest")
            if hdir == "nearest":
                # «يقف الحجاج في الثامن من ذي الحجة»: no tense to go by, the nearer one
                near = [
                    (abs((g - ctx.ref).days), y)
                    for y in (hy - 1, hy, hy + 1)
                    if (g := hijri.to_gregorian(y, month, d)) is not None
                ]
                hy = min(near)[1] if near else hy
            elif hdir == "past" and (month, d) > (h[1], h[2]):
                hy -= 1
            elif hdir == "future" and (month, d) < (h[1], h[2]):
                hy += 1
        g = hijri.to_gregorian(hy, month, d)
        if g is None:
            raise Rejected
        if y:
            infer.set_anchor(ctx, m.start(), g.year, g.month)
        return _with_daypart(ctx, m, Found(0, 0, "DATE", g.isoformat(), calendar="hijri"))
    if y:
        year = int(y)
        if infer.is_hijri_year(year, infer.era(m.group("dm_era")), ctx.ref):
            raise Rejected
        day = safe_date(year, month, d)
        if day is None:
            raise Rejected
        infer.set_anchor(ctx, m.start(), year, month)
    else:
        direction: str | None = infer.mod_dir(m.group("dm_mod"), ctx.t)
        anchored = ctx.anchor is not None and ctx.anchor[0] == ctx.sentence_of(m.start())
        if ctx.ref is None and (direction is not None or not anchored):
            value = f"XXXX-{month:02d}-{d:02d}"
            return Found(0, 0, "DATE", value, calendar=calendar)
        if direction is None and anchored and ctx.anchor is not None:
            year = _pick_weekday_year(ctx, month, d, ctx.anchor[1], m.group("dm_w"), calendar)
            day = safe_date(year, month, d)
        else:
            assert ctx.ref is not None
            if direction is None:
                tense = clause_tense(ctx, m.start(), m.end())
                if tense == "unknown" and infer.sentence_points_ahead(ctx, m.start()):
                    tense = "future"
                direction = {"future": "future", "past": "past"}.get(tense, "nearest")
                if tense == "future" and standing_alone(ctx, m.start(), m.end()) == "future":
                    # «الثاني من شباط» alone: that day of the reference's year (the nearer one when
                    # that is most of a year away: «25 ديسمبر» alone in January)
                    same = safe_date(ctx.ref.year, month, d)
                    direction = "same" if same and abs((same - ctx.ref).days) <= 270 else "nearest"
                if tense == "unknown":
                    ahead = day_for(ctx.ref, month, d, "future")
                    direction = "future" if ahead and (ahead - ctx.ref).days <= 120 else "past"
            elif direction == "current":
                direction = "same"
            day = day_for(ctx.ref, month, d, direction)
            if day is not None and m.group("dm_w"):
                year = _pick_weekday_year(ctx, month, d, day.year, m.group("dm_w"), calendar)
                day = safe_date(year, month, d)
        if day is None:
            raise Rejected
        ctx.last_year = day.year
        ctx.last_month = (day.year, day.month)
    assert day is not None
    return _with_daypart(ctx, m, Found(0, 0, "DATE", day.isoformat()))


def _with_daypart(ctx: Ctx, m: re.Match[str], f: Found) -> Found:
    """«مساء الإثنين الموافق 18 شوال»: a part of the day makes the date a TIME."""
    dpw = m.group("dm_dp")
    part = ctx.t.dayparts.get(norm(dpw)) if dpw else None
    if part:
        return Found(0, 0, "TIME", f"{f.value}{part[0]}", calendar=f.calendar)
    return f


@lru_cache(maxsize=1)
def _ordinal_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an ordinal day at a position, «و» + an ordinal day continuing a list)."""
    ords = alternation(list(load().ordinal_days))
    return re.compile(rf"(?:{ords})(?!\w)"), re.compile(rf"[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*({ords})(?!\w)")


def continued_ordinals(ctx: Ctx, f: Found) -> list[Found]:
    """«الثامن من ذي الحجة والتاسع والعاشر»: bare ordinals after a dated ordinal day are days of its month."""
    if f.type != "DATE" or len(f.value) != 10 or not f.value[:4].isdigit():
        return []
    first_word, next_word = _ordinal_words()
    head = first_word.match(ctx.text, f.start)
    if head is None:
        return []
    first = ctx.t.ordinal_days.get(norm(head.group()), 0)
    day = date.fromisoformat(f.value)
    out: list[Found] = []
    at = f.end
    while (m := next_word.match(ctx.text, at)) is not None:
        n = ctx.t.ordinal_days.get(norm(m.group(1)), 0)
        after = words_after(ctx, m.end(), 1)
        if not first < n <= 31 or (after and after[0] == norm("من")):
            break  # «والثاني من الوفود»: another ordinal
        out.append(Found(m.start(1), m.end(1), "DATE", (day + timedelta(days=n - first)).isoformat(), calendar=f.calendar))
        first, day, at = n, day + timedelta(days=n - first), m.end()
    return out
