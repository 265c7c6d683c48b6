"""Days counted from the article date: «اليوم», «أمس», «غدا», «بعد غد», «مساء أمس», «أمس (الأحد)», «وفي اليوم
التالي» (from the day just named). Family ``rel``; the days are the relative-days table.
"""

from __future__ import annotations

import re
from datetime import timedelta

from newsreader.timeline.context import Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.families.sets import is_rate
from newsreader.timeline.families.weekdays import named_weekday
from newsreader.timeline.grammar import CM, OS, SP, Pieces
from newsreader.timeline.tables import Tables, alternation, norm
from newsreader.timeline.tense import is_nonpast, strip_conj


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``rel_*``)."""
    rel = alternation(list(t.relative_days) + ["الأمس"])
    return rf"(?:(?P<rel_dp>{p.dp}){SP})?(?P<rel_r>{rel})(?:{OS}\({OS}(?P<rel_w>{p.wd}){OS}\)|{CM}{SP}(?P<rel_w2>{p.wd}))?"


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    word = norm(m["rel_r"])
    offset = ctx.t.relative_days.get(word, -1 if word == norm("الأمس") else None)
    if offset is None:
        raise Rejected
    if word == norm("اليوم") and not (m.group("rel_w") or m.group("rel_w2")):
        _check_today(ctx, m)
        if is_rate(ctx, m.start("rel_r")):
            raise Rejected  # «10000م3 في اليوم»: per day (the sets family's)
    if word == norm("أمس"):
        after = words_after(ctx, m.end(), 1)
        if after and after[0] in ctx.t.traps.get("yesterday_after", frozenset()):
            raise Rejected  # «في أمس الحاجة»: «most in need»
    dpw = m.group("rel_dp")
    if ctx.ref is None:
        value = "PRESENT_REF" if offset == 0 else ("PAST_REF" if offset < 0 else "FUTURE_REF")
        return Found(0, 0, "TIME" if dpw else "DATE", value)
    base = ctx.ref
    if word in ctx.t.anchored_days and ctx.day_anchor is not None and ctx.day_anchor[0] >= ctx.sentence_of(m.start()) - 1:
        base = ctx.day_anchor[1]  # «وفي اليوم التالي»: the day after the one just named
    day = base + timedelta(days=offset)
    named = m.group("rel_w") or m.group("rel_w2")
    iso = ctx.t.weekdays.get(norm(named)) if named else None
    if iso is not None:
        day = named_weekday(ctx, day, iso)
    if dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        if part:
            return Found(0, 0, "TIME", f"{day.isoformat()}{part[0]}")
    return Found(0, 0, "DATE", day.isoformat())


def _verb_before(ctx: Ctx, before: list[str]) -> bool:
    """The word before is a verb (a past verb of the tense table, or a present-tense form)."""
    if not before:
        return False
    word = before[-1]
    past = ctx.t.tense.get("past", frozenset())
    return word in past or strip_conj(word, 3) in past or is_nonpast([word], ctx.t.tense)


def _check_today(ctx: Ctx, m: re.Match[str]) -> None:
    """«اليوم» alone: reject names (عين اليوم, صحيفة اليوم), ordinals and named days."""
    start = m.start("rel_r")
    end = m.end()
    before = words_before(ctx, start, 1)
    after = words_after(ctx, end, 1)
    traps = ctx.t.traps
    if (before and before[-1] in traps.get("today_before", frozenset())) or (m.group("cl") or "").startswith("ب"):
        raise Rejected  # «عين اليوم», «باليوم والتاريخ»
    nxt = ctx.text[end : end + 3].lstrip(" ")
    if (
        after
        and nxt[:2] == "ال"
        and ctx.text[end : end + 1] == " "
        and (
            after[0] in traps.get("today_after", frozenset())
            or (after[0] not in ctx.t.modifiers and not _verb_before(ctx, before))
        )
    ):
        raise Rejected  # «اليوم الوطني», but «يودع اليوم النادي»: a verb, today, its subject
    prev = ctx.text[max(0, start - 2) : start]
    closing = ctx.text[end : end + 1]
    if any(q in prev for q in '«"“') or (closing and closing in '»"”'):
        raise Rejected
