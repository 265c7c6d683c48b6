"""Decades and centuries: «الثمانينات», «تسعينيات القرن الماضي» (family ``dec``); «القرن السابع عشر», «القرن
الـ17», «القرن الماضي» (a post-pass: TIMEX3 «16» is the 1600s).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from newsreader.timeline import infer
from newsreader.timeline.context import Ctx, Found, Rejected
from newsreader.timeline.grammar import SP, Pieces, words
from newsreader.timeline.tables import Tables, alternation, load, norm


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``dec_*``)."""
    current = words("الحالي", "الحادي والعشرين")
    decades = alternation(list(t.decades))
    return (
        rf"(?:(?P<dec_pt>{p.part}){SP})?(?:{words('عقد')}{SP})?(?:ال)?(?P<dec_w>{decades})(?:ي)?ات"
        rf"(?:{SP}(?:من{SP})?(?P<dec_c>القرن{SP}(?:{words('الماضي', 'العشرين', 'المنصرم')}|(?P<dec_cur>{current}))))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    digit = ctx.t.decades.get(norm(m["dec_w"]))
    if digit is None:
        raise Rejected
    century = 20 if m.group("dec_cur") else 19
    if not m.group("dec_c") and ctx.ref is not None and digit <= (ctx.ref.year % 100) // 10 and digit <= 2:
        century = 20
    return Found(0, 0, "DATE", f"{century}{digit}", infer.part_mod(ctx, m.group("dec_pt")))


@lru_cache(maxsize=1)
def _century() -> re.Pattern[str]:
    t = load()
    ordinals = alternation([w for w, n in t.ordinal_days.items() if n <= 21])
    mods = alternation([w for w, d in t.modifiers.items() if d in ("past", "current")])
    return re.compile(rf"(?<!\w)(?:ال)?قرن(?:[^\S\n]+(?:الـ?[^\S\n]*)?(\d{{1,2}})(?!\d)|[^\S\n]+(?:({ordinals})|({mods})))(?!\w)")


def centuries(ctx: Ctx) -> None:
    """«القرن السابع عشر», «القرن الـ17», «القرن الماضي»: a century (TIMEX3 «16» is the 1600s)."""
    if "قرن" not in ctx.text:
        return
    for m in _century().finditer(ctx.text):
        if any(f.start < m.end() and m.start() < f.end for f in ctx.found):
            continue
        if m.group(3) is not None:
            if ctx.ref is None:
                continue
            n = ctx.ref.year // 100 + (1 if ctx.t.modifiers.get(norm(m.group(3))) == "current" else 0)
        else:
            n = int(m.group(1)) if m.group(1) else ctx.t.ordinal_days.get(norm(m.group(2)), 0)
        if not 1 <= n <= 21:
            continue
        at = bisect.bisect_left([f.start for f in ctx.found], m.start())
        ctx.found.insert(at, Found(m.start(), m.end(), "DATE", f"{n - 1:02d}"))
