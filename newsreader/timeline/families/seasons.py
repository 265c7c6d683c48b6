"""Seasons: «صيف 2015», «الشتاء المقبل», «خريف العام الماضي». Family ``ss``."""

from __future__ import annotations

import re
from datetime import date

from newsreader.timeline import infer
from newsreader.timeline.context import Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.grammar import OS, SP, Pieces, words
from newsreader.timeline.tables import Tables, alternation, norm
from newsreader.timeline.tense import clause_tense, standing_alone


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``ss_*``)."""
    seasons = alternation(list(t.seasons))
    return (
        rf"(?:(?P<ss_pt>{p.part}){SP})?(?P<ss_s>{seasons})"
        rf"(?:{SP}(?:(?:{p.year_kw}){SP})?{p.yearx('ss')}|{OS}(?P<ss_mod>{p.mod})"
        rf"|{SP}(?:{words('العام', 'السنة')}){SP}(?P<ss_ymod>{p.mod}))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    code = ctx.t.seasons.get(norm(m["ss_s"]))
    if code is None:
        raise Rejected
    year = infer.year_scope(ctx, m, "ss", m.start())
    if year is None and not (m.group("ss_mod") or m.group("ss_ymod")):
        return _bare(ctx, m, code)
    if year is None:
        if ctx.ref is None:
            raise Rejected
        direction = infer.mod_dir(m.group("ss_mod"), ctx.t)
        ymod = infer.mod_dir(m.group("ss_ymod"), ctx.t)
        if ymod:
            year = ctx.ref.year + {"past": -1, "future": 1}.get(ymod, 0)
        elif direction == "past":
            year = ctx.ref.year if _season_started(ctx.ref, code, strict=True) else ctx.ref.year - 1
        elif direction == "future":
            year = ctx.ref.year + 1 if _season_started(ctx.ref, code, strict=False) else ctx.ref.year
        else:
            year = ctx.ref.year
    return Found(0, 0, "DATE", f"{year:04d}-{code}", infer.part_mod(ctx, m.group("ss_pt")))


def _season_started(ref: date, code: str, *, strict: bool) -> bool:
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    last = {"SP": 5, "SU": 8, "FA": 11, "WI": 14}[code]
    return ref.month > last if strict else ref.month >= first


def _bare(ctx: Ctx, m: re.Match[str], code: str) -> Found:
    """«زار البلاد في الصيف», «سيعود في الشتاء», «الصيف» alone: the last or the coming season, as the clause's
    tense says; a season after a preposition only (not «ملابس الشتاء»), never «الربيع العربي» or a Hijri
    «ربيع الأول» (the seasons table's ``not_after`` words)."""
    word = m["ss_s"]
    before = words_before(ctx, m.start(), 1)
    after = words_after(ctx, m.end(), 1)
    if ctx.ref is None or m.group("ss_pt") or not norm(word).startswith("ال"):
        raise Rejected
    if after and after[0] in ctx.t.cues["season_not_before"]:
        raise Rejected
    alone = standing_alone(ctx, m.start(), m.end())
    prep = bool(before and before[-1] in ctx.t.cues["preps"]) or (m.group("cl") or "").rstrip("ـ ").endswith("ب")
    if alone is None and not prep:
        raise Rejected
    tense = alone or clause_tense(ctx, m.start(), m.end())
    if tense == "past":
        year = ctx.ref.year if _season_started(ctx.ref, code, strict=False) else ctx.ref.year - 1
    elif tense == "future":
        year = ctx.ref.year + 1 if _season_started(ctx.ref, code, strict=True) else ctx.ref.year
    else:
        raise Rejected  # «تكثر الأمطار في الشتاء»: any winter
    return Found(0, 0, "DATE", f"{year:04d}-{code}")
