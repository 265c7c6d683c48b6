"""Years: «عام 2015», «2015», «1436هـ», «مطلع 2016», «العام المالي 2017»; not a count («أكثر من 2000 مختطف»), a
percentage, a sports season («موسم 2017-2018») or a year before the common era. Family ``yr``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsreader.text import arabic
from newsreader.timeline import hijri, infer
from newsreader.timeline.context import CLAUSE_END, Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.grammar import ERA, OS, SP, Pieces
from newsreader.timeline.tables import norm
from newsreader.timeline.tense import strip_conj


def pattern(p: Pieces) -> str:
    """The family's regex (groups ``yr_*``)."""
    return (
        rf"(?:(?P<yr_pt>{p.part}){SP}(?:(?:{p.year_kw}){p.fiscal}?{SP})?)?(?:(?P<yr_k>{p.year_kw}){p.fiscal}?{OS})?(?:الـ?{OS})?"
        rf"(?<![\d.,٫])(?<!\d/)(?P<yr_y>\d{{4}})(?![\d%٪]|[.,٫/]\d)(?:{OS}(?P<yr_era>{ERA}))?"
    )


_ERA_MARK = r"(?:[^\S\n]*(?:هـ|ه|م)(?!\w))?"


_YEAR_DASH = rf"{_ERA_MARK}[^\S\n]*[-/–ـ][^\S\n]*"


# «موسم 2017-2018», «للموسم الرياضي 1435هـ ـ 1436هـ»: a sports season, not two years
_SEASON_BEFORE = re.compile(rf"(?:موسم|الموسم|لموسم|للموسم|مواسم|بموسم)(?:[^\S\n]+ال\w+)?[^\S\n]*(?:\d{{4}}{_YEAR_DASH})?$")


_RANGE_AFTER = re.compile(rf"{_YEAR_DASH}\d{{2,4}}(?!\d)")


_RANGE_BEFORE = re.compile(rf"\d{{4}}{_YEAR_DASH}$")


# «1435 / 1436هـ», «1436-1437 هـ»: the era written after the second year holds for the first
_PAIRED_ERA = re.compile(r"[^\S\n]*[-/–][^\S\n]*\d{4}[^\S\n]*(?P<era>هـ|ه(?!\w)|هجري)")


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    year = int(m["yr_y"])
    era = infer.era(m.group("yr_era"))
    keyword = m.group("yr_k") or m.group("yr_pt")
    part = infer.part_mod(ctx, m.group("yr_pt"))
    if _SEASON_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) and (
        _RANGE_AFTER.match(ctx.text, m.end()) or _RANGE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        raise Rejected  # «موسم 2017-2018»: a sports season
    if era is None and infer.is_hijri_year(year, None, ctx.ref) and _PAIRED_ERA.match(ctx.text, m.end()):
        era = "hijri"
    if infer.is_hijri_year(year, era, ctx.ref) and (era == "hijri" or keyword):
        g1 = hijri.to_gregorian(year, 1, 1)
        g2 = hijri.to_gregorian(year, 12, 1)
        if g1 is None or g2 is None:
            raise Rejected
        # the Gregorian year holding most of the Hijri year
        mid = g1 + (g2 - g1) / 2
        infer.set_anchor(ctx, m.start(), mid.year, None)
        new_year = hijri.to_gregorian(year + 1, 1, 1)
        span = (g1, new_year - timedelta(days=1)) if new_year else None  # the Hijri year's own days
        return Found(0, 0, "DATE", f"{mid.year:04d}", part, calendar="hijri", bounds=span)
    if keyword or era == "gregorian":
        if not 1000 <= year <= 2199:
            raise Rejected
    else:
        if not (1900 <= year <= 2100 or (1000 <= year < 1900 and _old_year_in_context(ctx, m))):
            raise Rejected
        after_text = ctx.text[m.end() : m.end() + 2]
        if after_text[:1] in ("%", "٪") or (after_text[:1] == " " and after_text[1:2].isdigit()):
            raise Rejected
        before_text = ctx.text[max(0, m.start("yr_y") - 2) : m.start("yr_y")]
        if before_text[-1:].isdigit() or (before_text[-1:] == " " and before_text[:1].isdigit()):
            raise Rejected
        before2 = words_before(ctx, m.start(), 2)
        pair = " ".join(before2)
        if before2 and (
            before2[-1] in ctx.t.cues["count_before"]
            or pair in ctx.t.cues["count_before"]
            or (pair[:1] in "لوب" and pair[1:] in ctx.t.cues["count_before"])
        ):
            raise Rejected  # «أكثر من 2000 مختطف», «لأكثر من 2000 مصري»: a count
        after = words_after(ctx, m.end(), 1)
        nxt = ctx.text[m.end() : m.end() + 12].lstrip(" \u00a0")
        prev_end = ctx.found[-1].end if ctx.found else -10
        gap = ctx.text[max(prev_end, 0) : m.start()] if 0 <= m.start() - prev_end <= 5 else "x"
        apposition = not any(c.isalpha() and c != arabic.TATWEEL for c in gap)  # «العام الماضي 2014», «1989 ــ 1993»
        word_next = nxt[:1].isalpha() and nxt[:1] != arabic.TATWEEL and ctx.text[m.end() : m.end() + 1] in (" ", "\u00a0")
        if after and not apposition and word_next:
            w = after[0]
            traps = ctx.t.traps
            if w in traps.get("count_after", frozenset()):
                raise Rejected
            before = words_before(ctx, m.start(), 2)
            year_context = bool(m.group("cl")) or bool(
                before and before[-1] in ctx.t.cues["preps"] and " ".join(before) not in ctx.t.cues["count_before"]
            )
            if not (
                year_context
                or w.startswith("ال")
                or strip_conj(w, 3).startswith("ال")  # «2018 والتي ستستمر»
                or w in traps.get("year_follow_ok", frozenset())
                or w in ctx.t.months
                or w[1:] in traps.get("year_follow_ok", frozenset())
            ):
                raise Rejected
    after2 = words_after(ctx, m.end(), 2)
    if after2[:2] == [norm("قبل"), norm("الميلاد")]:
        raise Rejected  # years before the common era are left out
    infer.set_anchor(ctx, m.start(), year, None)
    return Found(0, 0, "DATE", f"{year:04d}", part)


_PAIR = re.compile(r"[^\S\n]*و[^\S\n]*(\d{4})(?![\d%٪]|[.,٫]\d)")


def _year_pair(ctx: Ctx, m: re.Match[str]) -> bool:
    """«بين 1885 و1890، …», «بين 1885 و1890 في …»: two years after «بين» with nothing after them that they
    could be counting (not «بين 1500 و1600 سلة»): a preposition, a conjunction or the clause's end."""
    pair = _PAIR.match(ctx.text, m.end())
    if pair is None or int(pair.group(1)) <= int(m["yr_y"]):
        return False
    if CLAUSE_END.match(ctx.text, pair.end()):
        return True
    after = words_after(ctx, pair.end(), 1)
    return bool(after) and (after[0] in ctx.t.cues["preps"] or after[0][:1] == "و")


_YEAR_LIST_GAP = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:و|أو|او)?[^\S\n]*$")


def _old_year_in_context(ctx: Ctx, m: re.Match[str]) -> bool:
    """«ولد في 1890 في القرية», «منذ 1890.», «1885 و1890»: a year before 1900 written alone.

    A preposition before it (or a year just before it in a list) and nothing after it that it
    could be counting («في 1500 موقع»)."""
    start = m.start("yr_y")
    before = words_before(ctx, start, 1)
    prev = ctx.found[-1] if ctx.found else None
    listed = (
        prev is not None
        and len(prev.value) == 4
        and prev.value.isdigit()
        and _YEAR_LIST_GAP.match(ctx.text[prev.end : start]) is not None
    )
    spaced = ctx.text[start - 1 : start] in (" ", "\u00a0")
    if before and before[-1] in ctx.t.cues["between"] and spaced:
        return _year_pair(ctx, m)
    if not (listed or (before and before[-1] in ctx.t.cues["old_year_lead"] and spaced)):
        return False
    if CLAUSE_END.match(ctx.text, m.end()):
        return True
    after = words_after(ctx, m.end(), 1)
    joined = listed and prev is not None and any(c in ctx.text[prev.end : start] for c in "و،,")
    if joined and after and after[0] not in ctx.t.traps.get("count_after", frozenset()):
        return True  # «بين 1885 و1890 هاجر …»: the second of two years, whatever follows but a count noun
    return bool(after) and (after[0] in ctx.t.cues["preps"] or after[0] in (norm("و"), norm("حين"), norm("عندما")))
