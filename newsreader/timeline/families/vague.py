"""Vague references: «مؤخرا» (PAST_REF), «حاليا» (PRESENT_REF), «قريبا» (FUTURE_REF; not «قريبا من»). Family ``vg``."""

from __future__ import annotations

import re

from newsreader.timeline.context import Ctx, Found, Rejected, words_after
from newsreader.timeline.tables import Tables, alternation, norm


def pattern(t: Tables) -> str:
    """The family's regex (group ``vg_v``): a word of the vague table."""
    return rf"(?P<vg_v>{alternation(list(t.vague))})"


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    value = ctx.t.vague.get(norm(m["vg_v"]))
    if value is None:
        raise Rejected
    after = words_after(ctx, m.end(), 1)
    if value == "FUTURE_REF" and after and after[0] in (norm("من"), norm("منه"), norm("منها")):
        raise Rejected  # «قريبا من»: near
    return Found(0, 0, "DATE", value)
