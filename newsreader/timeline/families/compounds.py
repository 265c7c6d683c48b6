"""Durations of several parts and the counts around them: «ساعتين ودقيقة» (PT2H1M), «خمس سنوات ونصف» (P5Y6M),
«ربع قرن» (P25Y), «10 أسابيع و20 يوما» (P90D); «بين أسبوع وعشرة أيام» (two bounds, not parts), «بين 17 و23
دقيقة» (counts sharing a unit). The values of one unit (:func:`unit_value`) live here too.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from newsreader.timeline.context import Ctx, Found, words_before
from newsreader.timeline.tables import alternation, load, norm


def unit_value(unit: str, n: str) -> tuple[str, bool]:
    """(TIMEX duration, is clock unit) for a count and a unit code."""
    if unit == "DE":
        return (f"P{int(n) * 10}Y" if n != "X" else "PXDE"), False
    if unit == "CE":
        return (f"P{int(n) * 100}Y" if n != "X" else "PXCE"), False
    if unit in ("H", "MIN", "SEC"):
        code = {"H": "H", "MIN": "M", "SEC": "S"}[unit]
        return f"PT{n}{code}", True
    return f"P{n}{unit}", False


#: «نصف», «ربع», «ثلث» (and the spoken «نص»)
FRACTIONS = {norm("نصف"): Fraction(1, 2), norm("نص"): Fraction(1, 2), norm("ربع"): Fraction(1, 4), norm("ثلث"): Fraction(1, 3)}
#: a unit → the next smaller one and how many of it make one
_SMALLER = {
    "CE": ("Y", 100),
    "DE": ("Y", 10),
    "Y": ("M", 12),
    "M": ("D", 30),
    "W": ("D", 7),
    "D": ("H", 24),
    "H": ("MIN", 60),
    "MIN": ("SEC", 60),
}


def plus_fraction(unit: str, n: int, frac: Fraction) -> str | None:
    """«عام ونصف» → P1Y6M, «ساعتين وربع» → PT2H15M, «ربع قرن» → P25Y, «نصف شهر» → P15D; a fraction the
    smaller unit does not hold whole stays a decimal of the unit («ربع شهر» → P0.25M)."""
    if unit not in _SMALLER:
        return None
    smaller, k = _SMALLER[unit]
    part = frac * k
    if unit in ("CE", "DE"):
        years = n * k + part
        return f"P{years.numerator}Y" if years.denominator == 1 else None
    if part.denominator != 1 or (unit == "M" and frac != Fraction(1, 2)):
        amount = f"{float(n + frac):.3f}".rstrip("0").rstrip(".")
        return unit_value(unit, amount)[0]
    whole = unit_value(unit, str(n))[0] if n else None
    rest = unit_value(smaller, str(part.numerator))[0]
    return merge_durations(whole, rest) if whole else rest


_PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def merge_durations(a: str, b: str) -> str | None:
    """«سنتين وسبعة أشهر»: P2Y + P7M → P2Y7M (None when the parts overlap or do not parse)."""
    ma, mb = _PERIOD.match(a), _PERIOD.match(b)
    if ma is None or mb is None or a in ("P", "PT") or b in ("P", "PT"):
        return None
    parts: list[str | None] = []
    for x, y in zip(ma.groups(), mb.groups(), strict=True):
        if x and y:
            return None
        parts.append(x or y)
    y_, mo, w, d, h, mi, se = parts
    if w and d:
        d, w = str(7 * int(w) + int(d)), None  # «10 أسابيع و20 يوما»: P90D
    date_part = "".join(f"{v}{c}" for v, c in ((y_, "Y"), (mo, "M"), (w, "W"), (d, "D")) if v)
    time_part = "".join(f"{v}{c}" for v, c in ((h, "H"), (mi, "M"), (se, "S")) if v)
    return "P" + date_part + ("T" + time_part if time_part else "")


_ONE_UNIT = re.compile(r"^(PT?)(\d+)([A-Z]+)$")


@lru_cache(maxsize=1)
def _listed_number() -> re.Pattern[str]:
    words = alternation([w for w, v in load().numbers.items() if v.isdigit()])
    return re.compile(rf"(?:(?<=\sو)|(?<![\w.,/]))(\d{{1,3}}|{words})[^\S\n]*(?:و|أو|او|إلى|الى|-|–)[^\S\n]*$")


def listed_counts(ctx: Ctx, f: Found) -> list[Found]:
    """«بين 17 و23 دقيقة», «ما بين ستة وثمانية أسابيع», «18 و20 و29 عاما»: counts listed before a duration
    share its unit."""
    one = _ONE_UNIT.match(f.value) if f.type == "DURATION" and not f.mod else None
    scales = load().number_scales
    if one is None or any(norm(w) in scales for w in ctx.text[f.start : f.end].split()):
        return []  # «40 إلى 50 مليون سنة»: the scale is the second count's
    floor = ctx.found[-1].end if ctx.found else 0
    out: list[Found] = []
    at = f.start
    while (m := _listed_number().search(ctx.text, max(floor, at - 24), at)) is not None:
        raw = m.group(1)
        n = raw if raw.isdigit() else ctx.t.numbers.get(norm(raw), "")
        if not n.isdigit() or int(n) == 0:
            break
        out.insert(0, Found(m.start(1), m.end(1), "DURATION", f"{one.group(1)}{int(n)}{one.group(3)}"))
        at = m.start(1)
    return out


def between(ctx: Ctx, f: Found) -> bool:
    """«بين أسبوع وعشرة أيام»: two durations after «بين» are the bounds of one, not its parts."""
    before = words_before(ctx, f.start, 2)
    return bool(before) and (before[-1] in ctx.t.ranges["between"] or " ".join(before) == norm("ما بين"))
