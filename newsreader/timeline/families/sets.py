"""Sets (recurring times): «يوميا», «كل يوم اثنين», «كل ثلاثة أشهر», «أيام الجمع», «كل صباح», «مرتين في الأسبوع»,
«10 آلاف م3 في اليوم» (a rate). Family ``set``.
"""

from __future__ import annotations

import re

from newsreader.timeline.context import Ctx, Found, Rejected, words_before
from newsreader.timeline.families.compounds import unit_value
from newsreader.timeline.families.durations import parse_number
from newsreader.timeline.grammar import SP, Pieces, words
from newsreader.timeline.tables import Tables, alternation, norm


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``set_*``)."""
    sets = alternation(list(t.sets))
    units = alternation(list(t.units))
    wdpl = alternation(list(t.weekday_plurals))
    wd_bare = alternation([w[2:] for w in t.weekdays if w.startswith("ال")])  # «كل يوم اثنين»
    yom, dp = p.yom, p.dp
    return (
        rf"(?P<set_adv>{sets})|كل{SP}(?:{yom}{SP})?(?P<set_w>{p.wd}|{wd_bare})(?!\w)"
        rf"|كل{SP}(?:(?P<set_n>\d+|{p.numw}){SP})?(?P<set_u>{units})(?!\w)|{words('أيام')}{SP}(?P<set_wp>{wdpl})"
        rf"|كل{SP}(?P<set_dp>{dp})(?!\w)"
        rf"|(?P<set_times>{words('مرة', 'مرتين', 'مرتان', 'مرات')}){SP}(?:في|كل){SP}"
        rf"(?P<set_per>{words('اليوم', 'الأسبوع', 'الشهر', 'العام', 'السنة', 'يوم', 'أسبوع', 'شهر', 'عام', 'سنة')})(?!\w)"
        rf"|(?P<set_rate>{words('اليوم', 'الأسبوع', 'الشهر', 'العام', 'السنة')})(?!\w)"
        rf"(?!{SP}(?:ال|{p.same}|{words('نفس', 'ذات')}))"
        rf"|(?P<set_one>{words('العام', 'السنة', 'الشهر', 'اليوم', 'الأسبوع')}){SP}{words('الواحد', 'الواحدة')}"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    t = ctx.t
    if m.group("set_adv"):
        value = t.sets.get(norm(m["set_adv"]))
        if value is None:
            raise Rejected
        return Found(0, 0, "SET", value)
    if m.group("set_u"):
        unit, number = t.units[norm(m["set_u"])]
        n = parse_number(ctx, m["set_n"]) if m.group("set_n") else ("2" if number == "dual" else "1")
        if n == "X":
            raise Rejected
        value, _ = unit_value(unit, n)
        return Found(0, 0, "SET", value)
    if m.group("set_wp"):
        iso = t.weekday_plurals.get(norm(m["set_wp"]))
        if iso is None:
            raise Rejected
        return Found(0, 0, "SET", f"XXXX-WXX-{iso}")
    if m.group("set_w"):
        key = norm(m["set_w"])
        iso = t.weekdays.get(key) or t.weekdays.get(norm("ال") + key)
        if iso is None:
            raise Rejected
        return Found(0, 0, "SET", f"XXXX-WXX-{iso}")
    if m.group("set_dp"):
        part = t.dayparts.get(norm(m["set_dp"]))
        if part is None:
            raise Rejected
        return Found(0, 0, "SET", f"XXXX-XX-XX{part[0]}")  # «كل صباح»
    per = m.group("set_per") or m.group("set_rate")
    if per:
        if m.group("set_rate") and not is_rate(ctx, m.start()):
            raise Rejected
        unit = t.units[norm(per).removeprefix("ال")][0]
        return Found(0, 0, "SET", f"P1{unit}")  # «مرتين في الأسبوع», «10 آلاف م3 في اليوم»
    one = norm(m["set_one"])
    unit = t.units[one.removeprefix("ال")][0]
    before = words_before(ctx, m.start(), 1)
    if not before or before[-1] not in (norm("في"), norm("خلال")):
        raise Rejected
    return Found(0, 0, "SET", f"P1{unit}")


_RATE_BEFORE = re.compile(r"\d[^\d\n]{0,12}[^\S\n]+(?:في|كل)[^\S\n]+$")


def is_rate(ctx: Ctx, start: int) -> bool:
    """«بطاقة 10000م3 في اليوم», «20 ساعة في الأسبوع»: a quantity per period."""
    s0, _ = ctx.sentence_span(start)
    return _RATE_BEFORE.search(ctx.text, max(s0, start - 24), start) is not None
