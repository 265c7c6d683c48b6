"""Years written in words: «عام ألفين وثمانية عشر», «سنة ألفين وعشرين», «عام ألفين» (2000 and after)."""

from __future__ import annotations

import re

from newsreader.timeline.context import Ctx, Found, Rejected
from newsreader.timeline.grammar import OS, SP, Pieces
from newsreader.timeline.tables import Tables, alternation, norm


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``wy_*``): a year word, «ألفين», and «و» a number in words."""
    return (
        rf"{alternation(t.cue_words['year_words'])}{SP}(?P<wy_k>{alternation(t.cue_words['thousands'])})(?!\w)"
        rf"(?:{SP}و{OS}(?P<wy_n>{p.numw})(?!\w))?"
    )


def _count(t: Tables, words: str) -> int:
    """«ثمانية عشر» → 18, «خمسة وعشرين» → 25 (the numbers table)."""
    key = norm(words)
    if key in t.numbers and t.numbers[key].isdigit():
        return int(t.numbers[key])
    parts = re.split(r"\s+و\s*", key)
    if len(parts) == 2 and all(p in t.numbers and t.numbers[p].isdigit() for p in parts):
        return int(t.numbers[parts[0]]) + int(t.numbers[parts[1]])
    raise Rejected


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    n = _count(ctx.t, m.group("wy_n")) if m.group("wy_n") else 0
    if not 0 <= n < 100:
        raise Rejected
    year = 2000 + n
    ctx.last_year = year
    return Found(0, 0, "DATE", f"{year:04d}")
