"""Durations: «ثلاثة أشهر», «15 عاما», «عام ونصف», «3.5 سنوات», «يومين», «منذ سنوات», «لمدة شهر»; «قبل عشر
سنوات», «بعد أسبوعين من الآن» are dates counted from the article date. Family ``du``; the post-passes that
merge «سنتين وسبعة أشهر», share a unit across «بين 17 و23 دقيقة» and read «خلال الشهر» as one unit.
"""

from __future__ import annotations

import bisect
import re
from datetime import timedelta
from fractions import Fraction
from functools import lru_cache

from newsreader.text import arabic
from newsreader.timeline.context import AND_LIST, CLAUSE_END, Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.families.compounds import FRACTIONS, between, plus_fraction, unit_value
from newsreader.timeline.grammar import OS, SP, Pieces, words
from newsreader.timeline.resolve import add_months, week_value
from newsreader.timeline.tables import Tables, alternation, load, norm
from newsreader.timeline.tense import clause_tense, is_nonpast, strip_conj


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``du_*``)."""
    units = alternation(list(t.units))
    units_pl = alternation([w for w, (_, n) in t.units.items() if n == "pl"])
    units_sg = alternation([w for w, (_, n) in t.units.items() if n == "sg"])
    units_dual = alternation([w for w, (_, n) in t.units.items() if n == "dual"])
    units_acc = alternation([w for w, (_, n) in t.units.items() if n == "acc"])
    units_accf = alternation([w for w, (_, n) in t.units.items() if n in ("acc", "accf")])
    du_mod = words("أكثر من", "أقل من", "ما يزيد على", "ما يزيد عن", "ما يقرب من", "نحو", "حوالي", "قرابة", "زهاء")
    full = words("كامل", "كاملا", "كاملة", "كاملين", "كاملتين")
    # «شهر شمسي واحد», «سنة ميلادية كاملة»: a calendar adjective between the unit and its count
    cal_adj = words(
        "شمسي",
        "شمسية",
        "قمري",
        "قمرية",
        "ميلادي",
        "ميلادية",
        "هجري",
        "هجرية",
        "شمسيا",
        "قمريا",
        "ميلاديا",
        "هجريا",
        "ميلادية",
        "هجرية",
    )
    few = words("قليلة", "معدودة", "معدودات", "عديدة", "عدة", "طويلة", "كثيرة", "قلائل")
    dual_adj = words("الماضيين", "المقبلين", "القادمين", "الأخيرين", "الماضيتين", "المقبلتين", "الأخيرتين", "الأولين")
    half = words("ونصف", "ونص", "وربع", "وثلث")
    scales = alternation([w for w, (_, kind) in t.number_scales.items() if kind != "hundreds"])  # «125 مليون عام»
    one = words("واحد", "واحدة")
    return (
        rf"(?:(?P<du_mod>{du_mod}){SP})?(?:(?:الـ?){OS})?(?:\({OS})?"
        rf"(?:(?P<du_n>\d+(?:[.,٫]\d+)?)(?!\d)(?:{SP}(?P<du_sc>{scales})(?!\w))?(?:{OS}\))?{OS}|(?P<du_nw>{p.numw})(?:{OS}\))?{SP})"
        rf"(?P<du_u>{units})(?!\w)(?:{SP}(?P<du_full>{full}))?(?:{SP}(?P<du_half>{half})(?!\w)(?!{SP}{units}(?!\w)))?"
        rf"|(?P<du_fr>{words('نصف', 'نص', 'ربع', 'ثلث')}){SP}(?P<du_hu>{units_sg})(?!\w)"
        rf"|(?:ال)?(?P<du_u3>{units_pl}){SP}(?:ال)(?P<du_n3>{p.num_unit})(?!\w)"
        rf"|(?P<du_u2>{units_sg}|{units_dual}){SP}(?:{cal_adj}{SP})?(?P<du_one>{one}|{full}|{half})(?!\w)(?!{SP}{units}(?!\w))"
        rf"|(?<!ال)(?P<du_few>{units_pl}|{units_accf}){SP}{few}(?!\w)|(?<!ال)(?P<du_acc>{units_acc})(?!\w)"
        rf"|(?:(?P<du_mod2>{du_mod}){SP})?(?:ال)?(?P<du_dual>{units_dual})(?!\w)(?:{SP}(?P<du_full2>{full}|{dual_adj}))?"
        rf"|(?P<du_bare>{units_pl})(?!\w)|(?P<du_sg>{units_sg})(?!\w)"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    t = ctx.t
    if m.group("du_u") and not (m.group("du_n") or "0").isdigit():
        return _decimal_duration(ctx, m)
    if m.group("du_hu"):
        unit, _ = t.units[norm(m["du_hu"])]
        return Found(0, 0, "DURATION", plus_fraction(unit, 0, FRACTIONS[norm(m["du_fr"])]) or _reject())
    if m.group("du_acc"):
        unit, _ = t.units[norm(m["du_acc"])]
        return Found(0, 0, "DURATION", unit_value(unit, "X")[0])
    if m.group("du_u"):
        unit, number = t.units[norm(m["du_u"])]
        n = parse_number(ctx, m.group("du_n") or m["du_nw"])
        if m.group("du_sc"):
            n = str(int(n) * t.number_scales[norm(m["du_sc"])][0])
        if _YEAR_AFTER.match(ctx.text, m.end()):
            raise Rejected  # «208 ملايين عام 2015»: «عام» names the year that follows
        if m.group("du_nw") and _AFTER_DIGITS.search(ctx.text, max(0, m.start() - 8), m.start()):
            raise Rejected  # «944 ألف يوم», «125 مليون عام»: the count began with digits
        if m.group("du_half") and n.isdigit():
            half = plus_fraction(unit, int(n), FRACTIONS[norm(m["du_half"])[1:]])  # «خمس سنوات ونصف»
            if half is not None:
                return Found(0, 0, "DURATION", half, _du_mod(ctx.t, m.group("du_mod")))
        # «ثلاثة أشهر», «خمسة عشر عاما»: number words agree with the unit
        if m.group("du_nw") and n.isdigit() and ((3 <= int(n) <= 10 and number != "pl") or (int(n) > 10 and number != "sg")):
            raise Rejected
        mod = _du_mod(ctx.t, m.group("du_mod"))
    elif m.group("du_u3"):
        unit, _ = t.units[norm(m["du_u3"])]
        n = parse_number(ctx, m["du_n3"])
        mod = None
    elif m.group("du_u2"):
        unit, number = t.units[norm(m["du_u2"])]
        n = "2" if number == "dual" else "1"
        mod = None
        if norm(m["du_one"])[1:] in FRACTIONS:
            half = plus_fraction(unit, int(n), FRACTIONS[norm(m["du_one"])[1:]])
            if half is None:
                raise Rejected
            return Found(0, 0, "DURATION", half)
    elif m.group("du_dual"):
        unit, _ = t.units[norm(m["du_dual"])]
        n = "2"
        mod = _du_mod(ctx.t, m.group("du_mod2"))
    elif m.group("du_few"):
        unit, _ = t.units[norm(m["du_few"])]  # «أيام قليلة», «سنوات طويلة»: an unspecified count
        n = "X"
        mod = None
    elif m.group("du_bare"):
        unit, _ = t.units[norm(m["du_bare"])]
        before = words_before(ctx, m.start("du_bare"), 1)
        cl = m.group("cl") or ""
        after = words_after(ctx, m.end(), 1)
        offset = bool(before) and before[-1] in ctx.t.cues["before"] | ctx.t.cues["after"] and after == [norm("من")]
        within = (
            bool(before)
            and before[-1] in ctx.t.cues["within"]
            and not (
                after
                and (after[0].startswith("ال") or after[0][:1].isdigit() or after[0] in t.months or after[0] in _occasion_heads())
            )
        )  # «خلال أيام العيد/عيد الفطر/رمضان»
        passed = bool(after) and after[0] in ctx.t.cues["passed"]
        if not (
            (before and before[-1] in ctx.t.cues["anaphor_since"])
            or cl.rstrip("ـ ").endswith("ل")
            or offset
            or within
            or passed
            or _after_verb(ctx, before, after, m.end())
        ):
            raise Rejected  # «منذ سنوات», «لسنوات», «بعد أيام من التكهنات» (an offset from another event),
            # «خلال أسابيع» (not «خلال أيام العيد»), «قرون مضت»
        n = "X"
        mod = None
    else:
        unit, _ = t.units[norm(m["du_sg"])]
        before = words_before(ctx, m.start("du_sg"), 1)
        after = words_after(ctx, m.end(), 1)
        allowed = ctx.t.cues["single_unit_before"] if unit != "D" else ctx.t.cues["single_day_before"]  # not «يوما بعد يوم»
        if not (before and before[-1] in allowed or _joined(ctx, m) or _alone(ctx, m)) or (after and after[0] in t.months):
            raise Rejected  # «لمدة شهر», «منذ عام», «ساعتين ودقيقة», «دقيقة و20 ثانية»; not «خلال شهر رمضان»
        n = "1"
        mod = None
    if n == "0":
        raise Rejected
    ago = _ago(ctx, m, unit, n, mod)
    if ago is not None:
        return ago
    value, _clock = unit_value(unit, n)
    return Found(0, 0, "DURATION", value, mod)


_YEAR_AFTER = re.compile(r"[^\S\n]*\d{4}(?!\d)")


_AFTER_DIGITS = re.compile(r"\d[^\S\n]*$")


def _after_verb(ctx: Ctx, before: list[str], after: list[str], end: int) -> bool:
    """«قضى سنوات في المنفى», «استمرت أشهر», «يحتاج سنوات»: a bare plural right after a verb is a count left
    unsaid (not «سنوات الحرب», a period named by what follows)."""
    if not before or (after and after[0] not in ctx.t.cues["preps"] and not CLAUSE_END.match(ctx.text, end)):
        return False  # «سنوات الحرب», «كانت أشهر تلك المدافع», «انخفضت عقود خام برنت»
    w = before[-1]
    return w in ctx.t.tense["past"] or strip_conj(w, 3) in ctx.t.tense["past"] or is_nonpast([w], ctx.t.tense)


def _joined(ctx: Ctx, m: re.Match[str]) -> bool:
    """«ساعتين ودقيقة», «دقيقة و20 ثانية»: one unit joined by «و» to a duration before or after it."""
    prev = ctx.found[-1] if ctx.found else None
    after = words_after(ctx, m.end(), 1)
    if after and after[0].startswith("ال"):
        return False  # «يوم وشهر الميلاد»: a unit named by what follows
    if prev is not None and prev.type == "DURATION" and AND_LIST.match(ctx.text, prev.end, m.start("du")):
        return not between(ctx, prev)
    return _and_count().match(ctx.text, m.end()) is not None


@lru_cache(maxsize=1)
def _and_count() -> re.Pattern[str]:
    t = load()
    numbers = alternation(list(t.numbers))
    units = alternation([*t.units, "نصف", "نص", "ربع", "ثلث"])
    # «و20 ثانية», «وثلاث دقائق», «وثانية», «ونصف ساعة» (a count needs its unit: not «، و2000 رسالة»)
    return re.compile(rf"[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*(?:(?:\d+|{numbers})[^\S\n]*)?{units}(?!\w)(?![^\S\n]+ال)")


def _alone(ctx: Ctx, m: re.Match[str]) -> bool:
    """«شهر.»: a unit that is a sentence of its own is one of it."""
    s0, s1 = ctx.sentence_span(m.start())
    return _NO_WORD.match(ctx.text[s0 : m.start()] + " " + ctx.text[m.end() : s1]) is not None


_NO_WORD = re.compile(r"\W*$")


@lru_cache(maxsize=1)
def _occasion_heads() -> frozenset[str]:
    return frozenset(name.split()[0] for name in load().occasions)


def parse_number(ctx: Ctx, s: str) -> str:
    s = s.strip()
    if s.isdigit():
        return str(int(s))
    key = norm(s)
    if key in ctx.t.numbers:
        return ctx.t.numbers[key]
    total = 0
    for part in re.split(r"\s+و\s*", key):
        total += _part_value(ctx, part)
    return str(total)


def _part_value(ctx: Ctx, part: str) -> int:
    """One part of a number in words: «سبعين», «تسعمائة», «ثلاث مئة», «ثلاثة آلاف», «الألفان»."""
    numbers, scales = ctx.t.numbers, ctx.t.number_scales
    for key in (part, part.removeprefix("ال")):
        if numbers.get(key, "").isdigit():
            return int(numbers[key])
        if key in scales:
            return scales[key][0]
    count, _, scale = part.partition(" ")
    count = count.removeprefix("ال") if count not in numbers else count
    scale = scale.removeprefix("ال") if scale not in scales else scale
    if numbers.get(count, "").isdigit() and scale in scales:
        return int(numbers[count]) * scales[scale][0]
    raise Rejected


def _du_mod(t: Tables, word: str | None) -> str | None:
    if not word:
        return None
    key = norm(word)
    if key in t.cues["more_than"]:
        return "MORE_THAN"
    return "LESS_THAN" if key in t.cues["less_than"] else "APPROX"


def _reject() -> str:
    raise Rejected


def _decimal_duration(ctx: Ctx, m: re.Match[str]) -> Found:
    """«3.5 سنوات» → P3Y6M (a half), «2.25 ساعة» → PT2.25H."""
    raw = m["du_n"].replace(",", ".").replace("٫", ".").translate(arabic.TO_LATIN_DIGITS)
    if ctx.text[max(0, m.start("du_n") - 2) : m.start("du_n")][-1:] in (".", ",", "٫"):
        raise Rejected
    unit, _ = ctx.t.units[norm(m["du_u"])]
    whole, frac = raw.split(".")
    simple = {"5": Fraction(1, 2)}.get(frac.rstrip("0"))
    if simple is not None:
        half = plus_fraction(unit, int(whole), simple)
        if half is not None:
            return Found(0, 0, "DURATION", half, _du_mod(ctx.t, m.group("du_mod")))
    value, _ = unit_value(unit, raw.rstrip("0").rstrip("."))
    return Found(0, 0, "DURATION", value, _du_mod(ctx.t, m.group("du_mod")))


_AGO_UNITS = {"D", "W", "M", "Y", "DE"}


def _ago(ctx: Ctx, m: re.Match[str], unit: str, n: str, mod: str | None) -> Found | None:
    """«قبل عشر سنوات», «وصل منذ يومين», «بعد أسبوعين من الآن»: a date counted from the article date;
    «قبل يومين من الحفل», «يعيش منذ عامين» stay durations."""
    if ctx.ref is None or unit not in _AGO_UNITS or not n.isdigit() or mod in ("MORE_THAN", "LESS_THAN"):
        return None
    before = words_before(ctx, m.start(), 1)
    lead = before[-1] if before else ""
    after = words_after(ctx, m.end(), 2)
    sign = -1
    if lead in ctx.t.cues["after"] and (
        " ".join(after[:2]) in ctx.t.cues["from_now"]
        or (CLAUSE_END.match(ctx.text, m.end()) and clause_tense(ctx, m.start(), m.end()) == "future")
    ):
        # «بعد أسبوعين من الآن», «سيعود بعد ثلاثة أشهر.»: counted from the article date (not «سيتنحى
        # بعد 17 عاما في رئاسته», where the span is the time spent)
        sign = 1
    elif lead in ctx.t.cues["since"]:
        # «وصل منذ يومين»: a past event two days ago; «يعيش منذ عامين», «مطبق منذ ثماني سنوات»
        # (a state lasting years) stay durations
        if (
            unit not in ("D", "W")
            or clause_tense(ctx, m.start(), m.end()) != "past"
            or (after and after[0] in ctx.t.cues["from_words"])
        ):
            return None
    elif lead not in ctx.t.cues["before"] or after and after[0] in ctx.t.cues["from_words"]:
        return None
    k = sign * int(n)
    ref = ctx.ref
    if unit == "D":
        value = (ref + timedelta(days=k)).isoformat()
    elif unit == "W":
        value = week_value(ref + timedelta(weeks=k))
    elif unit == "M":
        y, mo = add_months(ref.year, ref.month, k)
        value = f"{y:04d}-{mo:02d}"
    else:
        year = ref.year + k * (10 if unit == "DE" else 1)
        if not 1 <= year <= 9999:
            return None  # «قبل مليون عام»: before the calendar
        value = f"{year:04d}"
    return Found(0, 0, "DATE", value, "APPROX" if mod == "APPROX" else None)


@lru_cache(maxsize=1)
def _bare_unit() -> re.Pattern[str]:
    t = load()
    units = [
        w
        for w, (unit, number) in t.units.items()
        if number == "sg" and unit in ("W", "M", "Y", "DE", "H") and not w.endswith("ا")
    ]
    return re.compile(rf"(?<!\w)(?:{alternation(list(t.bare_units['lead']))})[^\S\n]+(ال(?:{alternation(units)}))(?!\w)")


def bare_unit_durations(ctx: Ctx) -> None:
    """«ارتفعت الأسعار خلال الشهر», «طوال العام»: a bare unit after a word of extent is a duration of one
    unit (P1M, P1Y) when the clause tells of a past or coming event; in the present it is habitual
    («تفتح الحديقة طوال العام», all year round); a word after it can make it a date («خلال العام الدراسي»,
    «خلال الشهر نفسه», «خلال العام 2015»), and a mention may already hold it."""
    if "خلال" not in ctx.text and "طوال" not in ctx.text and "طيلة" not in ctx.text and "مد" not in ctx.text:
        return
    for m in _bare_unit().finditer(ctx.text):
        start, end = m.span(1)
        if any(f.start < end and start < f.end for f in ctx.found):
            continue
        rest = ctx.text[end : end + 24].lstrip(" \t\u00a0")
        after = words_after(ctx, end, 1)
        if rest[:1].isdigit() or (
            after and (after[0].startswith("ال") or after[0] in ctx.t.bare_units["not_after"]) and rest[:1].isalpha()
        ):
            continue
        if clause_tense(ctx, start, end) not in ("past", "future"):
            continue
        unit = ctx.t.units[norm(ctx.text[start + 2 : end])][0]
        value = f"PT1{unit}" if unit == "H" else ("P10Y" if unit == "DE" else f"P1{unit}")
        at = bisect.bisect_left([f.start for f in ctx.found], start)
        ctx.found.insert(at, Found(start, end, "DURATION", value))
