"""Years written in words: «عام ألفين وثمانية عشر», «العام الألفان والواحد والعشرون», «عام ألف وتسعمائة وتسعين»."""

from __future__ import annotations

import re

from newsreader.timeline.context import Ctx, Found, Rejected
from newsreader.timeline.families.durations import parse_number
from newsreader.timeline.grammar import SP, Pieces
from newsreader.timeline.tables import Tables, alternation


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``wy_*``): a year word and a number in words with a thousand in it."""
    return rf"{alternation(t.cue_words['year_words'])}{SP}(?P<wy_n>{p.numw_year})(?!\w)"


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    year = int(parse_number(ctx, m["wy_n"]))
    if not 1000 <= year <= 2199:
        raise Rejected
    ctx.last_year = year
    return Found(0, 0, "DATE", f"{year:04d}")
