"""Ages told with an ordinal: «في الثامنة والعشرين من عمره» (P28Y), «في الخمسين من عمرها» (P50Y)."""

from __future__ import annotations

import re

from newsreader.timeline.context import Ctx, Found, Rejected
from newsreader.timeline.grammar import OS, SP
from newsreader.timeline.tables import Tables, alternation, norm


def tens(t: Tables) -> dict[str, int]:
    """«العشرين» → 20 … «التسعين» → 90 (the numbers table, with the article)."""
    return {
        "ال" + w: int(v) for w, v in t.numbers.items() if v.isdigit() and 20 <= int(v) <= 90 and int(v) % 10 == 0 and " " not in w
    }


def pattern(t: Tables) -> str:
    """The family's regex (groups ``age_*``): an ordinal of 1–12 (the clock-hour words) and/or tens, «من عمره»."""
    units = alternation(list(t.hours))
    tens_words = alternation(list(tens(t)))
    return (
        rf"(?:(?P<age_u>{units})(?:{SP}و{OS}(?P<age_t>{tens_words}))?|(?P<age_t2>{tens_words}))"
        rf"{SP}من{SP}{alternation(t.cue_words['of_age'])}(?!\w)"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    table = {norm(w): n for w, n in tens(ctx.t).items()}
    years = 0
    if m.group("age_u"):
        years += ctx.t.hours.get(norm(m.group("age_u")), 0)
    for group in ("age_t", "age_t2"):
        if m.group(group):
            years += table.get(norm(m.group(group)), 0)
    if not 1 <= years <= 130:
        raise Rejected
    return Found(0, 0, "DURATION", f"P{years}Y")
