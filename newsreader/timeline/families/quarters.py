"""Quarters and halves of a year: «الربع الثالث من 2015», «النصف الأول من العام الماضي», «الأشهر الثلاثة
الأولى من العام», «الربع الأول» alone (the year under discussion). Family ``q``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreader.timeline import infer
from newsreader.timeline.context import Ctx, Found, Rejected, words_before
from newsreader.timeline.grammar import OS, SP, Pieces, words
from newsreader.timeline.tables import Tables, alternation, norm
from newsreader.timeline.tense import clause_tense, strip_conj


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``q_*``)."""
    quart = alternation(list(t.quarters))
    return (
        rf"(?:(?P<q_pt>{p.part}){SP})?(?:(?P<q_k>{words('الربع', 'النصف')}){p.fiscal}?{SP}(?P<q_o>{quart})"
        rf"|(?P<q_mk>{words('الأشهر', 'الشهور')}){SP}(?P<q_mn>{words('الثلاثة', 'الستة')})"
        rf"{SP}(?P<q_mo>{words('الأولى', 'الأخيرة')}))"
        rf"(?:{SP}(?:(?:من|في){SP}|لـ?{OS}(?=\d))?"
        rf"(?:(?:{p.year_kw}{p.fiscal}?{SP})?(?:الـ?{OS})?{p.yearx('q')}|(?P<q_this>{p.this_year})"
        rf"|{p.the_year}{p.fiscal}?{SP}(?:(?P<q_mod>{p.mod})|(?P<q_same>{p.same}))|(?P<q_bare>{p.the_year}{p.fiscal}?)(?!{SP}\w))"
        rf"|(?P<q_none>(?!{SP}(?:من{SP}|لل?\w))))"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("q_mk"):
        # «الأشهر الثلاثة الأولى من العام»: the first quarter; «الستة الأخيرة»: the second half
        if m.group("q_none") is not None:
            raise Rejected
        kind = norm("الربع") if norm(m["q_mn"]) == norm("الثلاثة") else norm("النصف")
        o: str | None = "1" if norm(m["q_mo"]) == norm("الأولى") else "L"
    else:
        kind = norm(m["q_k"])
        o = ctx.t.quarters.get(norm(m["q_o"]))
    mod = infer.part_mod(ctx, m.group("q_pt"))
    year = infer.year_scope(ctx, m, "q", m.start())
    if m.group("q_none") is not None or m.group("q_bare"):
        # «الربع الثالث», «النصف الأول من العام» alone: the year under discussion, else the
        # article's year (the last one when a past verb speaks of a period not yet begun)
        before = words_before(ctx, m.start(), 1)
        if m.group("q_none") is not None and not (mod or (before and before[-1] in ctx.t.cues["preps"])):
            raise Rejected
        if ctx.ref is None or o is None:
            raise Rejected
        year = _implicit_year(ctx, m, kind == norm("الربع"), o)
    if year is None:
        if m.group("q_same"):
            year = ctx.last_year or (ctx.ref.year if ctx.ref else None)
        elif m.group("q_mod"):
            direction = infer.mod_dir(m["q_mod"], ctx.t)
            if ctx.ref is None:
                raise Rejected
            year = ctx.ref.year + {"past": -1, "future": 1}.get(direction or "", 0)
        elif ctx.ref is not None:
            year = ctx.ref.year
    if year is None or o is None:
        raise Rejected
    ctx.last_year = year
    if kind == norm("الربع"):
        n = 4 if o == "L" else int(o)
        if not 1 <= n <= 4:
            raise Rejected
        return Found(0, 0, "DATE", f"{year:04d}-Q{n}", mod)
    n = 2 if o == "L" else int(o)
    if not 1 <= n <= 2:
        raise Rejected
    return Found(0, 0, "DATE", f"{year:04d}-H{n}", mod)


def _implicit_year(ctx: Ctx, m: re.Match[str], quarter: bool, o: str) -> int:
    """The year of a quarter or half named without one."""
    assert ctx.ref is not None
    sent = ctx.sentence_of(m.start())
    if ctx.anchor is not None and ctx.anchor[0] in (sent, sent - 1):
        return ctx.anchor[1]
    n = (4 if quarter else 2) if o == "L" else int(o)
    months = 3 if quarter else 6
    first = date(ctx.ref.year, (n - 1) * months + 1, 1)
    last_month = n * months
    ended = ctx.ref > date(ctx.ref.year, last_month, 1) + timedelta(days=31) or (ctx.ref.month > last_month)
    tense = clause_tense(ctx, m.start(), m.end())
    if tense == "past" and ctx.ref < first:
        return ctx.ref.year - 1
    before = words_before(ctx, m.start(), 2)
    if (
        tense == "future"
        and ended
        and n == 1
        and not any(w in ctx.t.cues["results"] or strip_conj(w, 4) in ctx.t.cues["results"] for w in before)
    ):
        return ctx.ref.year + 1
    return ctx.ref.year
