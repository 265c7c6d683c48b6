"""Find temporal expressions with the grammar and resolve them against the article date."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from datetime import date, timedelta
from functools import lru_cache

from newsreader.domain import Mention
from newsreader.timeline import hijri
from newsreader.timeline.context import TOKEN as _TOKEN
from newsreader.timeline.context import Ctx as _Ctx
from newsreader.timeline.context import Found as _Found
from newsreader.timeline.context import Rejected
from newsreader.timeline.context import words_after as _words_after
from newsreader.timeline.context import words_before as _words_before
from newsreader.timeline.families import ages, month_weeks, occasions, word_years
from newsreader.timeline.grammar import (
    DIGIT_FAMILIES,
    FAMILIES,
    fold_same_length,
    singles,
    starter_families,
    trigger,
)
from newsreader.timeline.resolve import (
    add_months,
    day_for,
    interval,
    month_for,
    safe_date,
    week_value,
    weekday_for,
)
from newsreader.timeline.tables import Tables, alternation, load, norm
from newsreader.timeline.tense import clause_tense as _tense
from newsreader.timeline.tense import is_nonpast as _nonpast
from newsreader.timeline.tense import strip_conj as _bare

#: ``[!?؟\n]|(?<!\d)\.|\.(?!\d)``, written to begin with a character set so that the search
#: skips to the next candidate character in C
_SENT_END = re.compile(r"[!?؟\n.](?:(?<=[!?؟\n])|(?<!\d\.)|(?!\d))")
_PREPS = frozenset(
    norm(w)
    for w in (
        "في",
        "منذ",
        "حتى",
        "خلال",
        "قبل",
        "بعد",
        "بحلول",
        "مطلع",
        "أواخر",
        "منتصف",
        "نهاية",
        "بداية",
        "من",
        "إلى",
        "الى",
        "أوائل",
        "طيلة",
        "طوال",
        "وفي",
        "ومنذ",
        "وحتى",
        "وخلال",
    )
)


@lru_cache(maxsize=1)
def _occasion_heads() -> frozenset[str]:
    return frozenset(name.split()[0] for name in load().occasions)


_WITHIN = frozenset(norm(w) for w in ("خلال", "وخلال"))
_PASSED = frozenset(norm(w) for w in ("مضت", "مضى", "خلت", "سابقة"))
_ANAPHOR_SINCE = frozenset(norm(w) for w in ("منذ", "عدة", "لعدة", "بضع", "بضعة", "طيلة", "طوال"))


def _mod_dir(word: str | None, t: Tables) -> str | None:
    if not word:
        return None
    return t.modifiers.get(norm(word))


def _month_info(ctx: _Ctx, word: str | None) -> tuple[int, str, bool] | None:
    if not word:
        return None
    info = ctx.t.months.get(norm(word))
    if info is None:
        return None
    return info.month, info.system, info.weak


def _era(s: str | None) -> str | None:
    if not s:
        return None
    n = norm(s)
    if n.startswith("ه") or "هجر" in n or n == "ھ":
        return "hijri"
    return "gregorian"


def _is_hijri_year(year: int, era: str | None, ref: date | None = None) -> bool:
    """Whether a year without «هـ»/«م» is Hijri: 1300 up to a few years past the article's Hijri year."""
    if era == "hijri":
        return True
    if era == "gregorian":
        return False
    top = 1500
    if ref is not None:
        h = hijri.from_gregorian(ref)
        if h is not None:
            top = h[0] + 3
    return 1300 <= year <= top


_COORD = re.compile(r"^[\s،,/\-–]*(?:و|أو|او|إلى|الى|حتى)?[\s]*$")
_ERA_MARK = r"(?:[^\S\n]*(?:هـ|ه|م)(?!\w))?"
_YEAR_DASH = rf"{_ERA_MARK}[^\S\n]*[-/–ـ][^\S\n]*"
# «موسم 2017-2018», «للموسم الرياضي 1435هـ ـ 1436هـ»: a sports season, not two years
_SEASON_BEFORE = re.compile(rf"(?:موسم|الموسم|لموسم|للموسم|مواسم|بموسم)(?:[^\S\n]+ال\w+)?[^\S\n]*(?:\d{{4}}{_YEAR_DASH})?$")
_RANGE_AFTER = re.compile(rf"{_YEAR_DASH}\d{{2,4}}(?!\d)")
_RANGE_BEFORE = re.compile(rf"\d{{4}}{_YEAR_DASH}$")
# «1435 / 1436هـ», «1436-1437 هـ»: the era written after the second year holds for the first
_PAIRED_ERA = re.compile(r"[^\S\n]*[-/–][^\S\n]*\d{4}[^\S\n]*(?P<era>هـ|ه(?!\w)|هجري)")
_THE_TWO_BEFORE = frozenset(norm(w) for w in ("بين", "كلا", "لكلا", "هذين", "هاذين", "من", "أحد", "إحدى"))
_COUNT_BEFORE = frozenset(
    norm(w)
    for w in (
        "أكثر من",
        "أقل من",
        "نحو",
        "حوالي",
        "حوالى",
        "قرابة",
        "زهاء",
        "أصل",
        "إجمالي",
        "عدد",
        "بلغ",
        "بلغت",
        "يبلغ",
        "تبلغ",
        "مجموع",
        "رقم",
        "الرقم",
        "بقيمة",
        "بمبلغ",
        "مبلغ",
    )
)
_BASELINE = frozenset(norm(w) for w in ("منذ", "ومنذ", "مقارنة", "بمقارنة"))


def _set_anchor(ctx: _Ctx, start: int, year: int, month: int | None) -> None:
    before = _words_before(ctx, start, 1)
    if not (before and before[-1] in _BASELINE):
        ctx.anchor = (ctx.sentence_of(start), year, month)
    ctx.last_year = year
    if month:
        ctx.last_month = (year, month)


# ---------------------------------------------------------------- month resolution


def _resolve_month(ctx: _Ctx, start: int, end: int, month: int, system: str, mod_word: str | None) -> tuple[str, int | None]:
    """TIMEX value (YYYY-MM or XXXX-MM) and the year chosen for a month without a year."""
    direction = _mod_dir(mod_word, ctx.t)
    if system == "hijri":
        return _resolve_hijri_month(ctx, start, end, month, direction)
    if direction is not None:
        if ctx.ref is None:
            return f"XXXX-{month:02d}", None
        year = ctx.ref.year if direction == "current" else month_for(ctx.ref.year, ctx.ref.month, month, direction + "_strict")
        return f"{year:04d}-{month:02d}", year
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is not None
        and prev.type == "DATE"
        and len(prev.value) == 7
        and prev.value[:4].isdigit()
        and _COORD.match(ctx.text[prev.end : start])
    ):
        year = int(prev.value[:4])
        if month < int(prev.value[5:7]):
            year += 1
        return f"{year:04d}-{month:02d}", year
    if month in ctx.named_months:
        # the same month named earlier with its year: «في مارس 2016 … في مارس»
        year = ctx.named_months[month]
        return f"{year:04d}-{month:02d}", year
    anchored = ctx.anchor is not None and ctx.anchor[0] == ctx.sentence_of(start)
    if anchored and ctx.anchor is not None:
        year = ctx.anchor[1]
        return f"{year:04d}-{month:02d}", year
    if ctx.ref is None:
        return f"XXXX-{month:02d}", None
    tense = _tense(ctx, start, end)
    if tense == "unknown" and _sentence_points_ahead(ctx, start):
        tense = "future"
    if tense == "future":
        year = month_for(ctx.ref.year, ctx.ref.month, month, "future")
    elif month <= ctx.ref.month or tense == "nonpast":
        year = ctx.ref.year
    elif tense == "past":
        year = ctx.ref.year - 1
    else:  # no clue: the nearer one
        year = ctx.ref.year if month - ctx.ref.month <= 4 else ctx.ref.year - 1
    return f"{year:04d}-{month:02d}", year


def resolve_bare_month(ctx: _Ctx, start: int, end: int, month: int, system: str, mod_word: str | None) -> tuple[str, int | None]:
    """The value and year (Hijri for a Hijri month) of a month named without a year."""
    return _resolve_month(ctx, start, end, month, system, mod_word)


def _sentence_points_ahead(ctx: _Ctx, start: int) -> bool:
    """An earlier mention in the same sentence lies after the reference date."""
    if ctx.ref is None:
        return False
    sent = ctx.sentence_of(start)
    for f in reversed(ctx.found):
        if ctx.sentence_of(f.start) != sent:
            break
        if f.type in ("DATE", "TIME") and f.value[:4].isdigit():
            bounds = interval(f.value)
            if bounds and bounds[0] > ctx.ref:
                return True
    return False


def _resolve_hijri_month(ctx: _Ctx, start: int, end: int, month: int, direction: str | None) -> tuple[str, int | None]:
    if ctx.ref is None:
        raise Rejected
    h = hijri.from_gregorian(ctx.ref)
    if h is None:
        raise Rejected
    hy, hm, _ = h
    if direction is None:
        direction = "future" if _tense(ctx, start, end) == "future" else "past"
        year = month_for(hy, hm, month, direction)
    elif direction == "current":
        year = hy
    else:
        year = month_for(hy, hm, month, direction + "_strict")
    return _hijri_month_value(year, month), year


def _hijri_month_value(year: int, month: int) -> str:
    bounds = hijri.month_bounds(year, month)
    if bounds is None:
        raise Rejected
    mid = bounds[0] + (bounds[1] - bounds[0]) / 2
    return f"{mid.year:04d}-{mid.month:02d}"


# ---------------------------------------------------------------- families


def _g(m: re.Match[str], name: str) -> str | None:
    return m.group(name)


def _fam_en(ctx: _Ctx, m: re.Match[str]) -> _Found:
    d = _g(m, "en_d") or _g(m, "en_d2")
    mo = _g(m, "en_m") or _g(m, "en_m2")
    y = _g(m, "en_y") or _g(m, "en_y2")
    assert d and mo and y
    month = ctx.t.months_en.get(mo.lower().rstrip("."))
    if month is None:
        raise Rejected
    day = safe_date(int(y), month, int(d))
    if day is None:
        raise Rejected
    _set_anchor(ctx, m.start(), day.year, day.month)
    return _Found(0, 0, "DATE", day.isoformat())


def _fam_num(ctx: _Ctx, m: re.Match[str]) -> _Found:
    if _g(m, "num_d"):
        d, mo, y = int(m["num_d"]), int(m["num_m"]), int(m["num_y"])
    else:
        d, mo, y = int(m["num_d2"]), int(m["num_m2"]), int(m["num_y2"])
    era = _era(_g(m, "num_era"))
    if _is_hijri_year(y, era, ctx.ref):
        g = hijri.to_gregorian(y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 30 else None
        if g is None:
            raise Rejected
        _set_anchor(ctx, m.start(), g.year, g.month)
        return _Found(0, 0, "DATE", g.isoformat(), calendar="hijri")
    day = safe_date(y, mo, d)
    if day is None:
        raise Rejected
    _set_anchor(ctx, m.start(), day.year, day.month)
    return _Found(0, 0, "DATE", day.isoformat())


def _fam_dana(ctx: _Ctx, m: re.Match[str]) -> _Found:
    """«27 منه», «24 من الشهر نفسه» (the month last named); «15 من الشهر الجاري/المقبل» (from the article date)."""
    direction = "current" if _g(m, "dana_this") else _mod_dir(_g(m, "dana_mod"), ctx.t)
    if direction is not None:
        if ctx.ref is None:
            raise Rejected
        y, mo = add_months(ctx.ref.year, ctx.ref.month, {"past": -1, "future": 1}.get(direction, 0))
        ctx.last_month = (y, mo)
    elif ctx.last_month is None:
        raise Rejected
    else:
        y, mo = ctx.last_month
    raw = m["dana_d"]
    d = int(raw) if raw.isdigit() else ctx.t.ordinal_days.get(norm(raw), 0)
    day = safe_date(y, mo, d)
    if day is None:
        raise Rejected
    return _Found(0, 0, "DATE", day.isoformat())


def _pick_weekday_year(ctx: _Ctx, month: int, d: int, year: int, wd_word: str | None, calendar: str) -> int:
    if not wd_word or calendar == "hijri":
        return year
    want = ctx.t.weekdays.get(norm(wd_word))
    if want is None:
        return year
    for k in (0, 1, -1):
        c = safe_date(year + k, month, d)
        if c and c.isoweekday() == want:
            return year + k
    return year


MonthInfo = tuple[int, str, bool]


def _gregorian_wins(
    ctx: _Ctx, m: re.Match[str], fam: str, info1: MonthInfo, info2: MonthInfo | None
) -> tuple[MonthInfo, MonthInfo | None]:
    """«كانون الثاني/ديسمبر»: two names of one month that disagree; the Gregorian one wins."""
    if info2 is None or info1[0] == info2[0] or "hijri" in (info1[1], info2[1]) or "greg" not in (info1[1], info2[1]):
        return info1, info2
    if info1[1] == info2[1]:
        return info1, info2
    sep = ctx.text[m.end(f"{fam}_m1") : m.start(f"{fam}_m2")]
    if not any(c in sep for c in "/(") or any(c in sep for c in "،,"):
        return info1, info2
    greg = info1 if info1[1] == "greg" else info2
    return (greg[0], greg[1], False), None


def _fam_dm(ctx: _Ctx, m: re.Match[str]) -> _Found:
    info1 = _month_info(ctx, m["dm_m1"])
    info2 = _month_info(ctx, _g(m, "dm_m2"))
    if info1 is None:
        raise Rejected
    info1, info2 = _gregorian_wins(ctx, m, "dm", info1, info2)
    month, system, _ = info1
    if info2 and (info2[1] == system or (info2[0] != month and "hijri" not in (system, info2[1]))):
        raise Rejected
    if info2 and info2[1] != "hijri" and system == "hijri":
        month, system = info2[0], info2[1]
    ordinal = _g(m, "dm_o") or ("ا" + m["dm_ol"] if _g(m, "dm_ol") else "")
    d = int(m["dm_d"]) if _g(m, "dm_d") else ctx.t.ordinal_days.get(norm(ordinal), 0)
    if not 1 <= d <= 31:
        raise Rejected
    y = _g(m, "dm_y")
    calendar = "gregorian"
    if system == "hijri":
        calendar = "hijri"
        between = ctx.text[m.end("dm_d") if _g(m, "dm_d") else m.start("dm_m1") : m.start("dm_m1")]
        if "-" in between or (not y and not _g(m, "dm_mod") and ctx.text[m.end() : m.end() + 2].strip(" ")[:1] in ("-", "–")):
            raise Rejected  # «3- صفر», «صفر-2»: a score
        if not y and not _g(m, "dm_mod") and norm(m["dm_m1"]) == norm("صفر"):
            raise Rejected  # «فاز 3 صفر»: zero, not the month, unless a year or modifier says so
        if y:
            hy = int(y)
        else:
            if ctx.ref is None:
                raise Rejected
            h = hijri.from_gregorian(ctx.ref)
            if h is None:
                raise Rejected
            hy = h[0]
            tense = _tense(ctx, m.start(), m.end())
            hdir = _mod_dir(_g(m, "dm_mod"), ctx.t) or {"future": "future", "past": "past"}.get(tense, "nearest")
            if hdir == "nearest":
                # «يقف الحجاج في الثامن من ذي الحجة»: no tense to go by, the nearer one
                near = [
                    (abs((g - ctx.ref).days), y)
                    for y in (hy - 1, hy, hy + 1)
                    if (g := hijri.to_gregorian(y, month, d)) is not None
                ]
                hy = min(near)[1] if near else hy
            elif hdir == "past" and (month, d) > (h[1], h[2]):
                hy -= 1
            elif hdir == "future" and (month, d) < (h[1], h[2]):
                hy += 1
        g = hijri.to_gregorian(hy, month, d)
        if g is None:
            raise Rejected
        if y:
            _set_anchor(ctx, m.start(), g.year, g.month)
        return _with_daypart(ctx, m, _Found(0, 0, "DATE", g.isoformat(), calendar="hijri"))
    if y:
        year = int(y)
        if _is_hijri_year(year, _era(_g(m, "dm_era")), ctx.ref):
            raise Rejected
        day = safe_date(year, month, d)
        if day is None:
            raise Rejected
        _set_anchor(ctx, m.start(), year, month)
    else:
        direction: str | None = _mod_dir(_g(m, "dm_mod"), ctx.t)
        anchored = ctx.anchor is not None and ctx.anchor[0] == ctx.sentence_of(m.start())
        if ctx.ref is None and (direction is not None or not anchored):
            value = f"XXXX-{month:02d}-{d:02d}"
            return _Found(0, 0, "DATE", value, calendar=calendar)
        if direction is None and anchored and ctx.anchor is not None:
            year = _pick_weekday_year(ctx, month, d, ctx.anchor[1], _g(m, "dm_w"), calendar)
            day = safe_date(year, month, d)
        else:
            assert ctx.ref is not None
            if direction is None:
                tense = _tense(ctx, m.start(), m.end())
                if tense == "unknown" and _sentence_points_ahead(ctx, m.start()):
                    tense = "future"
                direction = {"future": "future", "past": "past"}.get(tense, "nearest")
                if tense == "unknown":
                    ahead = day_for(ctx.ref, month, d, "future")
                    direction = "future" if ahead and (ahead - ctx.ref).days <= 120 else "past"
            elif direction == "current":
                direction = "same"
            day = day_for(ctx.ref, month, d, direction)
            if day is not None and _g(m, "dm_w"):
                year = _pick_weekday_year(ctx, month, d, day.year, _g(m, "dm_w"), calendar)
                day = safe_date(year, month, d)
        if day is None:
            raise Rejected
        ctx.last_year = day.year
        ctx.last_month = (day.year, day.month)
    assert day is not None
    return _with_daypart(ctx, m, _Found(0, 0, "DATE", day.isoformat()))


def _with_daypart(ctx: _Ctx, m: re.Match[str], f: _Found) -> _Found:
    """«مساء الإثنين الموافق 18 شوال»: a part of the day makes the date a TIME."""
    dpw = _g(m, "dm_dp")
    part = ctx.t.dayparts.get(norm(dpw)) if dpw else None
    if part:
        return _Found(0, 0, "TIME", f"{f.value}{part[0]}", calendar=f.calendar)
    return f


def _year_scope(ctx: _Ctx, m: re.Match[str], prefix: str, start: int) -> int | None:
    """The year a quarter/season/month phrase names (explicit, by modifier, or the base)."""
    y = _g(m, f"{prefix}_y")
    if y:
        year = int(y)
        _set_anchor(ctx, start, year, None)
        return year
    return None


def _fam_q(ctx: _Ctx, m: re.Match[str]) -> _Found:
    if _g(m, "q_mk"):
        # «الأشهر الثلاثة الأولى من العام»: the first quarter; «الستة الأخيرة»: the second half
        if _g(m, "q_none") is not None:
            raise Rejected
        kind = norm("الربع") if norm(m["q_mn"]) == norm("الثلاثة") else norm("النصف")
        o: str | None = "1" if norm(m["q_mo"]) == norm("الأولى") else "L"
    else:
        kind = norm(m["q_k"])
        o = ctx.t.quarters.get(norm(m["q_o"]))
    mod = _part_mod(ctx, _g(m, "q_pt"))
    year = _year_scope(ctx, m, "q", m.start())
    if _g(m, "q_none") is not None or _g(m, "q_bare"):
        # «الربع الثالث», «النصف الأول من العام» alone: the year under discussion, else the
        # article's year (the last one when a past verb speaks of a period not yet begun)
        before = _words_before(ctx, m.start(), 1)
        if _g(m, "q_none") is not None and not (mod or (before and before[-1] in _PREPS)):
            raise Rejected
        if ctx.ref is None or o is None:
            raise Rejected
        year = _implicit_year(ctx, m, kind == norm("الربع"), o)
    if year is None:
        if _g(m, "q_same"):
            year = ctx.last_year or (ctx.ref.year if ctx.ref else None)
        elif _g(m, "q_mod"):
            direction = _mod_dir(m["q_mod"], ctx.t)
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
        return _Found(0, 0, "DATE", f"{year:04d}-Q{n}", mod)
    n = 2 if o == "L" else int(o)
    if not 1 <= n <= 2:
        raise Rejected
    return _Found(0, 0, "DATE", f"{year:04d}-H{n}", mod)


_RESULTS = frozenset(norm(w) for w in ("نتائج", "بيانات", "أرباح", "حسابات", "ميزانية", "إيرادات"))


def _implicit_year(ctx: _Ctx, m: re.Match[str], quarter: bool, o: str) -> int:
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
    tense = _tense(ctx, m.start(), m.end())
    if tense == "past" and ctx.ref < first:
        return ctx.ref.year - 1
    before = _words_before(ctx, m.start(), 2)
    if tense == "future" and ended and n == 1 and not any(w in _RESULTS or _bare(w, 4) in _RESULTS for w in before):
        return ctx.ref.year + 1
    return ctx.ref.year


def _part_mod(ctx: _Ctx, word: str | None) -> str | None:
    if not word:
        return None
    return ctx.t.parts.get(norm(word))


def _fam_ss(ctx: _Ctx, m: re.Match[str]) -> _Found:
    code = ctx.t.seasons.get(norm(m["ss_s"]))
    if code is None:
        raise Rejected
    year = _year_scope(ctx, m, "ss", m.start())
    if year is None:
        if ctx.ref is None:
            raise Rejected
        direction = _mod_dir(_g(m, "ss_mod"), ctx.t)
        ymod = _mod_dir(_g(m, "ss_ymod"), ctx.t)
        if ymod:
            year = ctx.ref.year + {"past": -1, "future": 1}.get(ymod, 0)
        elif direction == "past":
            year = ctx.ref.year if _season_started(ctx.ref, code, strict=True) else ctx.ref.year - 1
        elif direction == "future":
            year = ctx.ref.year + 1 if _season_started(ctx.ref, code, strict=False) else ctx.ref.year
        else:
            year = ctx.ref.year
    return _Found(0, 0, "DATE", f"{year:04d}-{code}", _part_mod(ctx, _g(m, "ss_pt")))


def _season_started(ref: date, code: str, *, strict: bool) -> bool:
    first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    last = {"SP": 5, "SU": 8, "FA": 11, "WI": 14}[code]
    return ref.month > last if strict else ref.month >= first


def _fam_dec(ctx: _Ctx, m: re.Match[str]) -> _Found:
    digit = ctx.t.decades.get(norm(m["dec_w"]))
    if digit is None:
        raise Rejected
    century = 20 if _g(m, "dec_cur") else 19
    if not _g(m, "dec_c") and ctx.ref is not None and digit <= (ctx.ref.year % 100) // 10 and digit <= 2:
        century = 20
    return _Found(0, 0, "DATE", f"{century}{digit}", _part_mod(ctx, _g(m, "dec_pt")))


def _fam_per(ctx: _Ctx, m: re.Match[str]) -> _Found:
    if _g(m, "per_night"):
        if ctx.ref is None:
            return _Found(0, 0, "TIME", "PRESENT_REF")
        nmod = _g(m, "per_nmod")
        shift = 0 if not nmod else (1 if ctx.t.modifiers.get(norm(nmod)) == "future" else -1)
        return _Found(0, 0, "TIME", f"{(ctx.ref + timedelta(days=shift)).isoformat()}TNI")
    unit_word = _g(m, "per_u1") or _g(m, "per_u2") or _g(m, "per_u3") or _g(m, "per_u4")
    assert unit_word
    key = norm(unit_word)
    mod = _part_mod(ctx, _g(m, "per_pt"))
    if _g(m, "per_u4") and not mod and not _rest_of(ctx, m.start("per_u4")):
        raise Rejected  # a bare «العام» needs a part («مطلع العام») or «بقية العام»
    season = ctx.t.seasons.get(key)
    if season is not None:
        if ctx.ref is None:
            return _Found(0, 0, "DATE", "PRESENT_REF", mod)
        return _Found(0, 0, "DATE", f"{ctx.ref.year:04d}-{season}", mod)
    explicit = _g(m, "per_y")
    if key in (norm("الصباح"), norm("المساء")):
        if ctx.ref is None:
            return _Found(0, 0, "TIME", "PRESENT_REF")
        part = "TMO" if key == norm("الصباح") else "TEV"
        return _Found(0, 0, "TIME", f"{ctx.ref.isoformat()}{part}")
    same = bool(_g(m, "per_same") or _g(m, "per_s"))
    if key in (norm("الفترة"), norm("المدة")):
        return _same_period(ctx, m, mod)
    unit = ctx.t.periods.get(key)
    if unit is None:
        raise Rejected
    direction = "current" if (_g(m, "per_this") or _g(m, "per_u4")) else _mod_dir(_g(m, "per_mod"), ctx.t)
    if same:
        tail_year = _tail_year(ctx, m)
        if unit == "Y":
            year = ctx.last_year or (ctx.ref.year if ctx.ref else None)
            if year is None:
                raise Rejected
            return _Found(0, 0, "DATE", f"{year:04d}", mod)
        if unit == "M":
            if ctx.last_month is not None:
                y, mo = ctx.last_month
            elif ctx.ref is not None and tail_year is not None:
                y, mo = ctx.ref.year, ctx.ref.month
            else:
                raise Rejected
            if tail_year is not None:
                y = tail_year
                if explicit:
                    _set_anchor(ctx, m.start(), y, mo)
            return _Found(0, 0, "DATE", f"{y:04d}-{mo:02d}", mod)
        raise Rejected
    if ctx.ref is None:
        ref_value = {"past": "PAST_REF", "future": "FUTURE_REF"}.get(direction or "", "PRESENT_REF")
        return _Found(0, 0, "DATE", ref_value, mod)
    step = {"past": -1, "future": 1}.get(direction or "", 0)
    if _g(m, "per_bl"):
        step = -2  # «العام قبل الماضي»
    elif _g(m, "per_ba"):
        step = 2  # «الشهر بعد المقبل»
    ref = ctx.ref
    if unit == "Y":
        year = ref.year + step
        ctx.last_year = year
        return _Found(0, 0, "DATE", f"{year:04d}", mod)
    if unit == "M":
        y, mo = add_months(ref.year, ref.month, step)
        ctx.last_month = (y, mo)
        ctx.last_year = y
        return _Found(0, 0, "DATE", f"{y:04d}-{mo:02d}", mod)
    if unit == "W":
        return _Found(0, 0, "DATE", week_value(ref + timedelta(weeks=step)), mod)
    if unit == "DE" and step:
        # «العقد الماضي», «العقد المقبل» (not «العقد الحالي»: a player's current contract)
        return _Found(0, 0, "DATE", f"{ref.year // 10 + step:03d}", mod)
    raise Rejected


_REST = frozenset(norm(w) for w in ("بقية", "باقي", "لبقية", "وبقية", "لباقي", "وباقي"))
_REST_OF = frozenset(norm(w) for w in ("المتبقية", "المتبقي", "تبقى", "يتبقى", "المتبقيه", "الباقية", "الباقي", "المتبقين"))


def _rest_of(ctx: _Ctx, pos: int) -> bool:
    """«بقية العام», «الفترة المتبقية من العام», «ما تبقى من العام»: this year."""
    before = _words_before(ctx, pos, 2)
    if not before:
        return False
    if before[-1] in _REST:
        return True
    return len(before) == 2 and before[-1] == norm("من") and before[-2] in _REST_OF


def _tail_year(ctx: _Ctx, m: re.Match[str]) -> int | None:
    """The year of «… من عام 2014», «… من العام الماضي», «… من هذا العام» after a period phrase."""
    explicit = _g(m, "per_y")
    if explicit:
        return int(explicit)
    if ctx.ref is None:
        return None
    if _g(m, "per_ythis"):
        return ctx.ref.year
    ymod = _mod_dir(_g(m, "per_ymod"), ctx.t)
    if ymod is not None:
        return ctx.ref.year + {"past": -1, "future": 1}.get(ymod, 0)
    return None


_GRAIN = re.compile(r"^\d{4}(-(?:\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))$")


def _same_period(ctx: _Ctx, m: re.Match[str], mod: str | None) -> _Found:
    """«نفس الفترة من عام 2014»: the period last named (a half, a quarter, a month), in that year."""
    if not (_g(m, "per_same") or _g(m, "per_s")):
        raise Rejected
    year = _tail_year(ctx, m)
    if year is None:
        raise Rejected
    sent = ctx.sentence_of(m.start())
    suffix = ""
    for f in reversed(ctx.found):
        if ctx.sentence_of(f.start) < sent - 1:
            break
        if f.type != "DATE" or not f.value[:1].isdigit():
            continue
        g = _GRAIN.match(f.value)
        suffix = g.group(1) if g else ""  # the nearest dated mention sets the grain (a year: none)
        break
    if _g(m, "per_y"):
        _set_anchor(ctx, m.start(), year, None)
    return _Found(0, 0, "DATE", f"{year:04d}{suffix}", mod)


def _fam_mon(ctx: _Ctx, m: re.Match[str]) -> _Found:
    info1 = _month_info(ctx, m["mon_m1"])
    info2 = _month_info(ctx, _g(m, "mon_m2"))
    if info1 is None:
        raise Rejected
    info1, info2 = _gregorian_wins(ctx, m, "mon", info1, info2)
    month, system, weak = info1
    if info2:
        if info2[1] == system or (info2[0] != month and "hijri" not in (system, info2[1])):
            sep = ctx.text[m.end("mon_m1") : m.start("mon_m2")]
            if system != "hijri" and info2[1] != "hijri" and any(c in sep for c in "،,"):
                # «أشهر جانفي، فيفري ومارس 2018»: a list, not one month named twice
                return _list_month(ctx, m, month, system)
            raise Rejected  # «صفر-صفر», «يناير فبراير»: not one month named twice
        if info2[1] == "hijri" and system != "hijri":
            info2 = None
        else:
            weak = False
            if system == "hijri" and info2[1] != "hijri":
                month, system = info2[0], info2[1]
    y = _g(m, "mon_y")
    mod_word = _g(m, "mon_mod") or _g(m, "mon_ymod")
    part = _part_mod(ctx, _g(m, "mon_pt"))
    if system == "hijri" and not y and not mod_word and not part:
        raise Rejected  # «شهر رمضان»: the month as a period, not a date
    if weak and not (y or mod_word or part or _g(m, "mon_sh") or _g(m, "mon_same") or _g(m, "mon_same2") or _g(m, "mon_ythis")):
        before = _words_before(ctx, m.start(), 1)
        cl = _g(m, "cl") or ""
        if system == "hijri" or not ((before and before[-1] in _PREPS and not cl) or _coordinated(ctx, m)):
            raise Rejected
    if system != "hijri":
        before = _words_before(ctx, m.start(), 1)
        after = _words_after(ctx, m.end(), 1)
        traps = ctx.t.traps
        if (before and before[-1] in traps.get("month_before", frozenset())) or (
            after and after[0] in traps.get("month_after", frozenset())
        ):
            raise Rejected
    if y:
        year = int(y)
        hij = _is_hijri_year(year, _era(_g(m, "mon_era")), ctx.ref)
        if system == "hijri" or hij:
            if system != "hijri" or not hij:
                raise Rejected
            value = _hijri_month_value(year, month)
            _set_anchor(ctx, m.start(), int(value[:4]), int(value[5:7]))
            return _Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(year, month))
        _set_anchor(ctx, m.start(), year, month)
        ctx.named_months[month] = year
        _spread_year(ctx, m.start(), year, month)
        return _Found(0, 0, "DATE", f"{year:04d}-{month:02d}", part)
    if system == "hijri" and (_g(m, "mon_ythis") or _g(m, "mon_ymod")):
        # «ذي القعدة من هذا العام»: the Hijri year of the article date (or the one before/after)
        step = {"past": -1, "future": 1}.get(_mod_dir(_g(m, "mon_ymod"), ctx.t) or "", 0)
        h = hijri.from_gregorian(ctx.ref) if ctx.ref else None
        if h is None:
            raise Rejected
        value = _hijri_month_value(h[0] + step, month)
        return _Found(0, 0, "DATE", value, part, calendar="hijri", bounds=hijri.month_bounds(h[0] + step, month))
    if _g(m, "mon_ythis"):
        if ctx.ref is None:
            raise Rejected
        ctx.last_month = (ctx.ref.year, month)
        ctx.last_year = ctx.ref.year
        _spread_year(ctx, m.start(), ctx.ref.year, month)
        return _Found(0, 0, "DATE", f"{ctx.ref.year:04d}-{month:02d}", part)
    if _g(m, "mon_same") or _g(m, "mon_same2"):
        year2 = ctx.last_year or (ctx.ref.year if ctx.ref else None)
        if year2 is None:
            raise Rejected
        ctx.last_month = (year2, month)
        return _Found(0, 0, "DATE", f"{year2:04d}-{month:02d}", part)
    if _g(m, "mon_ymod"):
        if ctx.ref is None:
            raise Rejected
        step = {"past": -1, "future": 1}.get(_mod_dir(m["mon_ymod"], ctx.t) or "", 0)
        year3 = ctx.ref.year + step
        ctx.last_month = (year3, month)
        ctx.last_year = year3
        _spread_year(ctx, m.start(), year3, month)
        return _Found(0, 0, "DATE", f"{year3:04d}-{month:02d}", part)
    value, year4 = _resolve_month(ctx, m.start(), m.end(), month, system, _g(m, "mon_mod"))
    if year4 is not None:
        ctx.last_year = int(value[:4])
        ctx.last_month = (int(value[:4]), int(value[5:7]))
    if system == "hijri":
        bounds = hijri.month_bounds(year4, month) if year4 is not None else None
        return _Found(0, 0, "DATE", value, part, calendar="hijri", bounds=bounds)
    if _g(m, "mon_mod") and year4 is not None:
        _spread_year(ctx, m.start(), year4, month)
        return _Found(0, 0, "DATE", value, part)
    return _Found(0, 0, "DATE", value, part, kind="month")


_MONTH_LIST_GAP = re.compile(r"^[^\S\n]*(?:[،,/\-–][^\S\n]*)?(?:و|أو|او|إلى|الى|حتى)?[^\S\n]*(?:شهر[^\S\n]+)?$")


def _coordinated(ctx: _Ctx, m: re.Match[str]) -> bool:
    """A weak month in a list of months: «بين نيسان وحزيران», «يناير ومارس»."""
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is not None
        and prev.type == "DATE"
        and len(prev.value) == 7
        and prev.value[4] == "-"
        and _MONTH_LIST_GAP.match(ctx.text[prev.end : m.start()])
    ):
        return True
    nxt = _NEXT_MONTH.match(ctx.text, m.end())
    return nxt is not None and norm(nxt.group(1)) in ctx.t.months


_NEXT_MONTH = re.compile(r"[^\S\n]*(?:[،,][^\S\n]*)?(?:و|أو|او|إلى|الى|حتى)[^\S\n]*(\w+(?:[^\S\n]+(?:الأول|الثاني))?)")


def _list_month(ctx: _Ctx, m: re.Match[str], month: int, system: str) -> _Found:
    """The first month of «جانفي، فيفري ومارس 2018» (its year comes from the end of the list)."""
    value, year = _resolve_month(ctx, m.start(), m.end("mon_m1"), month, system, None)
    if year is not None:
        ctx.last_year = year
        ctx.last_month = (year, month)
    return _Found(0, 0, "DATE", value, _part_mod(ctx, _g(m, "mon_pt")), stop=m.end("mon_m1"), kind="month")


def _spread_year(ctx: _Ctx, start: int, year: int, month: int) -> None:
    """«يناير ومارس 2018», «أشهر جانفي، فيفري ومارس 2018»: the list's year holds for every month of it."""
    pos = start
    for f in reversed(ctx.found):
        if f.kind != "month" or not _MONTH_LIST_GAP.match(ctx.text[f.end : pos]):
            break
        fm = int(f.value[5:7])
        fy = year if fm <= month else year - 1
        f.value = f"{fy:04d}-{fm:02d}"
        f.kind = ""
        year, month, pos = fy, fm, f.start


def _weekday_value(ctx: _Ctx, start: int, end: int, iso: int, mod_word: str | None) -> tuple[str, date | None]:
    direction = _mod_dir(mod_word, ctx.t)
    if ctx.ref is None:
        return f"XXXX-WXX-{iso}", None
    if direction in ("past", "future"):
        day = weekday_for(ctx.ref, iso, direction + "_strict")
    elif direction == "current":
        day = weekday_for(ctx.ref, iso, "future")
    else:
        # news report the past with past verbs; a present-tense verb next to a
        # weekday («يجتمع المجلس الثلاثاء») announces a coming day
        tense = _tense(ctx, start, end)
        if tense == "unknown" and _nonpast(_words_after(ctx, end, 1), ctx.t.tense) and ctx.text[end : end + 1] == " ":
            tense = "nonpast"  # «الأحد يبدأ التسجيل»
        day = weekday_for(ctx.ref, iso, "future" if tense in ("future", "nonpast") else "past")
    return day.isoformat(), day


def _fam_wd(ctx: _Ctx, m: re.Match[str]) -> _Found:
    iso = ctx.t.weekdays.get(norm(m["wd_w"]))
    if iso is None:
        raise Rejected
    after = _words_after(ctx, m.end(), 1)
    if after and after[0] in (norm("عشر"), norm("عشرة")):
        raise Rejected
    cl = _g(m, "cl") or ""
    if iso == 1 and not _g(m, "wd_rel") and not _g(m, "wd_mod"):
        before1 = _words_before(ctx, m.start(), 1)
        if any(c in cl for c in "بلك") or (before1 and before1[-1] in _THE_TWO_BEFORE):
            raise Rejected  # «بالاثنين», «بين الاثنين»: «the two»
    before = _words_before(ctx, m.start(), 1)
    if before and before[-1] in ctx.t.traps.get("weekday_before", frozenset()) and not _g(m, "wd_mod"):
        raise Rejected  # «خطباء الجمعة»: the Friday sermon in general
    rel = _g(m, "wd_rel")
    if rel and ctx.ref is not None:
        day: date | None = _named_weekday(ctx, ctx.ref + timedelta(days=_rel_offset(ctx, rel)), iso)
        value = day.isoformat() if day else ""
    elif _g(m, "wd_wmod") and ctx.ref is not None:
        # «الجمعة من الأسبوع المقبل»: that weekday in the week before, of or after the article date's
        step = {"past": -1, "future": 1}.get(ctx.t.modifiers.get(norm(m["wd_wmod"]), ""), 0)
        monday = ctx.ref - timedelta(days=ctx.ref.isoweekday() - 1) + timedelta(weeks=step)
        day = monday + timedelta(days=iso - 1)
        value = day.isoformat()
    elif (_g(m, "wd_d") or _g(m, "wd_o")) and ctx.ref is not None:
        n = int(m["wd_d"]) if _g(m, "wd_d") else ctx.t.ordinal_days.get(norm(m["wd_o"]), 0)
        day = _weekday_with_day(ctx, m, iso, n)
        value = day.isoformat()
    elif _g(m, "wd_this") and not _g(m, "wd_mod"):
        value, day = _weekday_value(ctx, m.start(), m.end(), iso, "الجاري")  # «هذا الاثنين»: this coming one
    else:
        value, day = _weekday_value(ctx, m.start(), m.end(), iso, _g(m, "wd_mod"))
    kind = "weekday" if not (rel or _g(m, "wd_d") or _g(m, "wd_o") or _g(m, "wd_wmod")) else ""
    dpw = _g(m, "wd_dp")
    if dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        if part:
            if day is not None:
                value = f"{value}{part[0]}"
            return _Found(0, 0, "TIME", value, kind=kind)
    return _Found(0, 0, "DATE", value, kind=kind)


_TOMORROW = frozenset(norm(w) for w in ("غد", "الغد"))
_YESTERDAY = frozenset(norm(w) for w in ("الأمس",))


def _rel_offset(ctx: _Ctx, word: str) -> int:
    """Days from the article date of «اليوم», «أمس», «غدا» … (the relative-days table)."""
    key = norm(word)
    if key in _TOMORROW:
        return 1
    return ctx.t.relative_days.get(key, -1 if key in _YESTERDAY else 0)


def _named_weekday(ctx: _Ctx, day: date, iso: int) -> date:
    """«أمس السبت» written a day after the article date says: the weekday wins.

    The text was written on another day than the reference (the day before or after it was
    published, or a wire story reprinted): the nearest day with that weekday is meant, and the
    reference moves with it for the rest of the article's relative dates."""
    if ctx.ref is None or day.isoweekday() == iso:
        return day
    diff = (iso - day.isoweekday()) % 7  # days ahead to that weekday
    shift = diff if diff <= 3 else diff - 7
    ctx.ref = ctx.ref + timedelta(days=shift)
    return day + timedelta(days=shift)


def _weekday_with_day(ctx: _Ctx, m: re.Match[str], iso: int, d: int) -> date:
    """«الجمعة 15 الجاري», «الأحد 3.»: the day ``d`` of the month around the article date that falls on the weekday."""
    assert ctx.ref is not None
    direction = ctx.t.modifiers.get(norm(_g(m, "wd_dmod") or ""))
    if direction is not None:
        step = {"past": -1, "future": 1}.get(direction, 0)
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        day = safe_date(y, mo, d)
        if day is None:
            raise Rejected
        return day
    options = []
    for step in (-2, -1, 0, 1, 2):
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        day = safe_date(y, mo, d)
        if day is not None and day.isoweekday() == iso:
            options.append(day)
    if not options:
        raise Rejected
    return min(options, key=lambda c: abs((c - ctx.ref).days) if ctx.ref else 0)


def _fam_rel(ctx: _Ctx, m: re.Match[str]) -> _Found:
    word = norm(m["rel_r"])
    offset = ctx.t.relative_days.get(word, -1 if word == norm("الأمس") else None)
    if offset is None:
        raise Rejected
    if word == norm("اليوم") and not (_g(m, "rel_w") or _g(m, "rel_w2")):
        _check_today(ctx, m)
        if _is_rate(ctx, m.start("rel_r")):
            raise Rejected  # «10000م3 في اليوم»: per day (the sets family's)
    if word == norm("أمس"):
        after = _words_after(ctx, m.end(), 1)
        if after and after[0] in ctx.t.traps.get("yesterday_after", frozenset()):
            raise Rejected  # «في أمس الحاجة»: «most in need»
    dpw = _g(m, "rel_dp")
    if ctx.ref is None:
        value = "PRESENT_REF" if offset == 0 else ("PAST_REF" if offset < 0 else "FUTURE_REF")
        return _Found(0, 0, "TIME" if dpw else "DATE", value)
    base = ctx.ref
    if word in ctx.t.anchored_days and ctx.day_anchor is not None and ctx.day_anchor[0] >= ctx.sentence_of(m.start()) - 1:
        base = ctx.day_anchor[1]  # «وفي اليوم التالي»: the day after the one just named
    day = base + timedelta(days=offset)
    named = _g(m, "rel_w") or _g(m, "rel_w2")
    iso = ctx.t.weekdays.get(norm(named)) if named else None
    if iso is not None:
        day = _named_weekday(ctx, day, iso)
    if dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        if part:
            return _Found(0, 0, "TIME", f"{day.isoformat()}{part[0]}")
    return _Found(0, 0, "DATE", day.isoformat())


def _verb_before(ctx: _Ctx, before: list[str]) -> bool:
    """The word before is a verb (a past verb of the tense table, or a present-tense form)."""
    if not before:
        return False
    word = before[-1]
    past = ctx.t.tense.get("past", frozenset())
    return word in past or _bare(word, 3) in past or _nonpast([word], ctx.t.tense)


def _check_today(ctx: _Ctx, m: re.Match[str]) -> None:
    """«اليوم» alone: reject names (عين اليوم, صحيفة اليوم), ordinals and named days."""
    start = m.start("rel_r")
    end = m.end()
    before = _words_before(ctx, start, 1)
    after = _words_after(ctx, end, 1)
    traps = ctx.t.traps
    if (before and before[-1] in traps.get("today_before", frozenset())) or (_g(m, "cl") or "").startswith("ب"):
        raise Rejected  # «عين اليوم», «باليوم والتاريخ»
    nxt = ctx.text[end : end + 3].lstrip(" ")
    if (
        after
        and nxt[:2] == "ال"
        and ctx.text[end : end + 1] == " "
        and (
            after[0] in traps.get("today_after", frozenset())
            or (after[0] not in ctx.t.modifiers and not _verb_before(ctx, before))
        )
    ):
        raise Rejected  # «اليوم الوطني», but «يودع اليوم النادي»: a verb, today, its subject
    prev = ctx.text[max(0, start - 2) : start]
    closing = ctx.text[end : end + 1]
    if any(q in prev for q in '«"“') or (closing and closing in '»"”'):
        raise Rejected


def _fam_tod(ctx: _Ctx, m: re.Match[str]) -> _Found:
    hw = _g(m, "tod_hw")
    hhmm = _g(m, "tod_hhmm")
    if hw:
        hour = ctx.t.hours.get(norm(hw))
        if hour is None:
            raise Rejected
        minute = 0
    elif hhmm:
        if not _g(m, "tod_s"):
            raise Rejected  # «1831» is a clock time only after «الساعة»
        hour, minute = int(hhmm[:2]), int(hhmm[2:])
    else:
        hour = int(m["tod_h"])
        minute = int(m["tod_mi"]) if _g(m, "tod_mi") else 0
        if _g(m, "tod_sep") in (".", ",") and not (_g(m, "tod_s") or _g(m, "tod_dp") or _g(m, "tod_ampm")):
            raise Rejected
    if _g(m, "tod_fw"):
        minute = ctx.t.minutes.get(norm(m["tod_fw"]), 0)
    elif _g(m, "tod_fm"):
        minute = int(m["tod_fm"])
    elif _g(m, "tod_fn"):
        minute = int(_number(ctx, m["tod_fn"]))  # «الثامنة وعشر دقائق»
    elif _g(m, "tod_less"):
        # «الساعة 12 إلا ربعاً»: a quarter to twelve
        hour, minute = (hour - 1) % 24, 60 - ctx.t.minutes.get(norm(m["tod_less"]), 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        raise Rejected
    dpw = _g(m, "tod_dp")
    ampm = _g(m, "tod_ampm")
    if ampm:
        if not _g(m, "tod_mi"):
            raise Rejected
        if ampm == "م" and hour < 12:
            hour += 12
        elif ampm == "ص" and hour == 12:
            hour = 0
    elif dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        shift = part[1] if part else "am"
        if shift == "pm" and hour < 12 or shift == "night" and 6 <= hour < 12:
            hour += 12
        elif shift == "am" and hour == 12:
            hour = 0 if norm(dpw) in (norm("فجرا"), norm("فجر")) else 12
    elif not (_g(m, "tod_s") or hhmm or _g(m, "tod_sep") == ":" or _clock_lead(ctx, m)):
        raise Rejected
    elif hour < 12 and _half_of_day(ctx, m.start()) == "pm":
        hour += 12  # «هذا المساء … الساعة 8», «بعد المغرب الساعة 7»
    if not _g(m, "tod_s") and _g(m, "tod_sep") == ":" and not (dpw or ampm) and hour > 23:
        raise Rejected
    sec = _g(m, "tod_sec")
    clock = f"T{hour:02d}:{minute:02d}" + (f":{sec}" if sec else "")
    rel, wdw = _g(m, "tod_rel"), _g(m, "tod_w")
    if (rel or wdw) and ctx.ref is not None:
        if rel:
            key = norm(rel)
            offset = {norm("اليوم"): 0, norm("أمس"): -1, norm("الأمس"): -1}.get(key, 1)
            day = ctx.ref + timedelta(days=offset)
            named = ctx.t.weekdays.get(norm(_g(m, "tod_w2") or ""))
            if named is not None:
                day = _named_weekday(ctx, day, named)
        else:
            iso = ctx.t.weekdays.get(norm(wdw or ""))
            if iso is None:
                raise Rejected
            day = date.fromisoformat(_weekday_value(ctx, m.start(), m.end(), iso, None)[0])
        return _Found(0, 0, "TIME", day.isoformat() + clock)
    sent = ctx.sentence_of(m.start())
    anchor = ctx.day_anchor
    if anchor and anchor[0] == sent and ctx.set_pos < anchor[2]:
        return _Found(0, 0, "TIME", anchor[1].isoformat() + clock)
    if ctx.ref is not None and _alone_on_its_line(ctx, m):
        return _Found(0, 0, "TIME", ctx.ref.isoformat() + clock)  # a wire's filing time: the article's day
    if (
        ctx.ref is not None
        and (ctx.set_pos < 0 or ctx.sentence_of(ctx.set_pos) != sent)
        and _tense(ctx, m.start(), m.end()) == "future"
    ):
        # «سيجري اللقاء عند الساعة 20:45»: a coming event at an hour, no day named: the article's day
        # (not the hours of a recurring event, «يوميا من الساعة الخامسة»)
        return _Found(0, 0, "TIME", ctx.ref.isoformat() + clock)
    return _Found(0, 0, "TIME", "XXXX-XX-XX" + clock)


def _half_of_day(ctx: _Ctx, start: int) -> str | None:
    """am/pm said earlier in the sentence of a bare clock time (the clock-context table)."""
    s0, _ = ctx.sentence_span(start)
    before = " ".join(norm(w) for w in _TOKEN.findall(ctx.text[s0:start]))
    found = None
    for phrase, shift in ctx.t.clock_context.items():
        at = before.rfind(phrase)
        if at >= 0 and (found is None or at > found[0]):
            found = (at, shift)
    return found[1] if found else None


_CLOCK_LEAD = frozenset(norm(w) for w in ("عند", "تمام", "وعند", "حتى", "قرابة", "نحو"))
_LINE_REST = re.compile(r"[^\S\n]*(?:\w{1,2}[^\S\n]*){0,3}(?:\n|$)")


def _clock_lead(ctx: _Ctx, m: re.Match[str]) -> bool:
    """«عند السابعة», «في تمام العاشرة»: an hour named without «الساعة»."""
    before = _words_before(ctx, m.start(), 1)
    return bool(_g(m, "tod_hw")) and bool(before) and before[-1] in _CLOCK_LEAD


def _alone_on_its_line(ctx: _Ctx, m: re.Match[str]) -> bool:
    """«18:04 ت م» on a line of its own (at most a time-zone abbreviation after it)."""
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    return not ctx.text[line_start : m.start()].strip() and _LINE_REST.match(ctx.text, m.end()) is not None


def _fam_yr(ctx: _Ctx, m: re.Match[str]) -> _Found:
    year = int(m["yr_y"])
    era = _era(_g(m, "yr_era"))
    keyword = _g(m, "yr_k") or _g(m, "yr_pt")
    part = _part_mod(ctx, _g(m, "yr_pt"))
    if _SEASON_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) and (
        _RANGE_AFTER.match(ctx.text, m.end()) or _RANGE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        raise Rejected  # «موسم 2017-2018»: a sports season
    if era is None and _is_hijri_year(year, None, ctx.ref) and _PAIRED_ERA.match(ctx.text, m.end()):
        era = "hijri"
    if _is_hijri_year(year, era, ctx.ref) and (era == "hijri" or keyword):
        g1 = hijri.to_gregorian(year, 1, 1)
        g2 = hijri.to_gregorian(year, 12, 1)
        if g1 is None or g2 is None:
            raise Rejected
        # the Gregorian year holding most of the Hijri year
        mid = g1 + (g2 - g1) / 2
        _set_anchor(ctx, m.start(), mid.year, None)
        new_year = hijri.to_gregorian(year + 1, 1, 1)
        span = (g1, new_year - timedelta(days=1)) if new_year else None  # the Hijri year's own days
        return _Found(0, 0, "DATE", f"{mid.year:04d}", part, calendar="hijri", bounds=span)
    if keyword or era == "gregorian":
        if not 1000 <= year <= 2199:
            raise Rejected
    else:
        if not (1900 <= year <= 2100 or (1000 <= year < 1900 and _old_year_in_context(ctx, m))):
            raise Rejected
        after_text = ctx.text[m.end() : m.end() + 2]
        if after_text[:1] in ("%", "٪") or (after_text[:1] == " " and after_text[1:2].isdigit()):
            raise Rejected
        before_text = ctx.text[max(0, m.start("yr_y") - 2) : m.start("yr_y")]
        if before_text[-1:].isdigit() or (before_text[-1:] == " " and before_text[:1].isdigit()):
            raise Rejected
        before2 = _words_before(ctx, m.start(), 2)
        pair = " ".join(before2)
        if before2 and (
            before2[-1] in _COUNT_BEFORE or pair in _COUNT_BEFORE or (pair[:1] in "لوب" and pair[1:] in _COUNT_BEFORE)
        ):
            raise Rejected  # «أكثر من 2000 مختطف», «لأكثر من 2000 مصري»: a count
        after = _words_after(ctx, m.end(), 1)
        nxt = ctx.text[m.end() : m.end() + 12].lstrip(" \u00a0")
        prev_end = ctx.found[-1].end if ctx.found else -10
        gap = ctx.text[max(prev_end, 0) : m.start()] if 0 <= m.start() - prev_end <= 5 else "x"
        apposition = not any(c.isalpha() and c != "\u0640" for c in gap)  # «العام الماضي 2014», «1989 ــ 1993»
        word_next = nxt[:1].isalpha() and nxt[:1] != "\u0640" and ctx.text[m.end() : m.end() + 1] in (" ", "\u00a0")
        if after and not apposition and word_next:
            w = after[0]
            traps = ctx.t.traps
            if w in traps.get("count_after", frozenset()):
                raise Rejected
            before = _words_before(ctx, m.start(), 2)
            year_context = bool(_g(m, "cl")) or bool(before and before[-1] in _PREPS and " ".join(before) not in _COUNT_BEFORE)
            if not (
                year_context
                or w.startswith("ال")
                or _bare(w, 3).startswith("ال")  # «2018 والتي ستستمر»
                or w in traps.get("year_follow_ok", frozenset())
                or w in ctx.t.months
                or w[1:] in traps.get("year_follow_ok", frozenset())
            ):
                raise Rejected
    after2 = _words_after(ctx, m.end(), 2)
    if after2[:2] == [norm("قبل"), norm("الميلاد")]:
        raise Rejected  # years before the common era are left out
    _set_anchor(ctx, m.start(), year, None)
    return _Found(0, 0, "DATE", f"{year:04d}", part)


_OLD_YEAR_LEAD = frozenset(
    norm(w) for w in ("في", "وفي", "منذ", "ومنذ", "حتى", "وحتى", "مطلع", "أواخر", "منتصف", "نهاية", "بداية", "أوائل")
)
_YEAR_LIST_GAP = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:و|أو|او)?[^\S\n]*$")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,،؛;:!?؟)\n]|$)")


def _old_year_in_context(ctx: _Ctx, m: re.Match[str]) -> bool:
    """«ولد في 1890 في القرية», «منذ 1890.», «1885 و1890»: a year before 1900 written alone.

    A preposition before it (or a year just before it in a list) and nothing after it that it
    could be counting («في 1500 موقع»)."""
    start = m.start("yr_y")
    before = _words_before(ctx, start, 1)
    prev = ctx.found[-1] if ctx.found else None
    listed = (
        prev is not None
        and len(prev.value) == 4
        and prev.value.isdigit()
        and _YEAR_LIST_GAP.match(ctx.text[prev.end : start]) is not None
    )
    if not (listed or (before and before[-1] in _OLD_YEAR_LEAD and ctx.text[start - 1 : start] in (" ", "\u00a0"))):
        return False
    if _CLAUSE_END.match(ctx.text, m.end()):
        return True
    after = _words_after(ctx, m.end(), 1)
    return bool(after) and (after[0] in _PREPS or after[0] in (norm("و"), norm("حين"), norm("عندما")))


def _unit_value(unit: str, n: str) -> tuple[str, bool]:
    """(TIMEX duration, is clock unit) for a count and a unit code."""
    if unit == "DE":
        return (f"P{int(n) * 10}Y" if n != "X" else "PXDE"), False
    if unit == "CE":
        return (f"P{int(n) * 100}Y" if n != "X" else "PXCE"), False
    if unit in ("H", "MIN", "SEC"):
        code = {"H": "H", "MIN": "M", "SEC": "S"}[unit]
        return f"PT{n}{code}", True
    return f"P{n}{unit}", False


def _number(ctx: _Ctx, s: str) -> str:
    s = s.strip()
    if s.isdigit():
        return str(int(s))
    key = norm(s)
    if key in ctx.t.numbers:
        return ctx.t.numbers[key]
    parts = re.split(r"\s+و\s*", key)
    if len(parts) == 2 and parts[0] in ctx.t.numbers and parts[1] in ctx.t.numbers:
        a, b = ctx.t.numbers[parts[0]], ctx.t.numbers[parts[1]]
        if a.isdigit() and b.isdigit():
            return str(int(a) + int(b))
    raise Rejected


_DU_MODS = {
    norm("أكثر من"): "MORE_THAN",
    norm("ما يزيد على"): "MORE_THAN",
    norm("ما يزيد عن"): "MORE_THAN",
    norm("أقل من"): "LESS_THAN",
}


def _du_mod(word: str | None) -> str | None:
    if not word:
        return None
    return _DU_MODS.get(norm(word), "APPROX")


def _fam_du(ctx: _Ctx, m: re.Match[str]) -> _Found:
    t = ctx.t
    if _g(m, "du_u") and not (_g(m, "du_n") or "0").isdigit():
        return _decimal_duration(ctx, m)
    if _g(m, "du_hu"):
        unit, _ = t.units[norm(m["du_hu"])]
        return _Found(0, 0, "DURATION", _HALF_OF.get(unit, "") or _reject())
    if _g(m, "du_acc"):
        unit, _ = t.units[norm(m["du_acc"])]
        return _Found(0, 0, "DURATION", _unit_value(unit, "X")[0])
    if _g(m, "du_u"):
        unit, number = t.units[norm(m["du_u"])]
        n = _number(ctx, _g(m, "du_n") or m["du_nw"])
        if _g(m, "du_half") and n.isdigit():
            half = _plus_half(unit, int(n))  # «خمس سنوات ونصف»
            if half is not None:
                return _Found(0, 0, "DURATION", half, _du_mod(_g(m, "du_mod")))
        # «ثلاثة أشهر», «خمسة عشر عاما»: number words agree with the unit
        if _g(m, "du_nw") and n.isdigit() and ((3 <= int(n) <= 10 and number != "pl") or (int(n) > 10 and number != "sg")):
            raise Rejected
        mod = _du_mod(_g(m, "du_mod"))
    elif _g(m, "du_u3"):
        unit, _ = t.units[norm(m["du_u3"])]
        n = _number(ctx, m["du_n3"])
        mod = None
    elif _g(m, "du_u2"):
        unit, number = t.units[norm(m["du_u2"])]
        n = "2" if number == "dual" else "1"
        mod = None
        if norm(m["du_one"]) == norm("ونصف"):
            half = _plus_half(unit, int(n))
            if half is None:
                raise Rejected
            return _Found(0, 0, "DURATION", half)
    elif _g(m, "du_dual"):
        unit, _ = t.units[norm(m["du_dual"])]
        n = "2"
        mod = _du_mod(_g(m, "du_mod2"))
    elif _g(m, "du_few"):
        unit, _ = t.units[norm(m["du_few"])]  # «أيام قليلة», «سنوات طويلة»: an unspecified count
        n = "X"
        mod = None
    elif _g(m, "du_bare"):
        unit, _ = t.units[norm(m["du_bare"])]
        before = _words_before(ctx, m.start("du_bare"), 1)
        cl = _g(m, "cl") or ""
        after = _words_after(ctx, m.end(), 1)
        offset = bool(before) and before[-1] in _BEFORE | _AFTER and after == [norm("من")]
        within = (
            bool(before)
            and before[-1] in _WITHIN
            and not (
                after
                and (after[0].startswith("ال") or after[0][:1].isdigit() or after[0] in t.months or after[0] in _occasion_heads())
            )
        )  # «خلال أيام العيد/عيد الفطر/رمضان»
        passed = bool(after) and after[0] in _PASSED
        if not ((before and before[-1] in _ANAPHOR_SINCE) or cl.rstrip("ـ ").endswith("ل") or offset or within or passed):
            raise Rejected  # «منذ سنوات», «لسنوات», «بعد أيام من التكهنات» (an offset from another event),
            # «خلال أسابيع» (not «خلال أيام العيد»), «قرون مضت»
        n = "X"
        mod = None
    else:
        unit, _ = t.units[norm(m["du_sg"])]
        before = _words_before(ctx, m.start("du_sg"), 1)
        after = _words_after(ctx, m.end(), 1)
        allowed = _SINGLE_UNIT_BEFORE if unit != "D" else _SINGLE_DAY_BEFORE  # not «يوما بعد يوم»
        if not (before and before[-1] in allowed) or (after and after[0] in t.months):
            raise Rejected  # «لمدة شهر», «منذ عام»; not «خلال شهر رمضان»
        n = "1"
        mod = None
    if n == "0":
        raise Rejected
    ago = _ago(ctx, m, unit, n, mod)
    if ago is not None:
        return ago
    value, _clock = _unit_value(unit, n)
    return _Found(0, 0, "DURATION", value, mod)


_HALF_OF = {"Y": "P6M", "M": "P15D", "D": "PT12H", "H": "PT30M", "MIN": "PT30S"}  # «نصف ساعة»


def _reject() -> str:
    raise Rejected


def _decimal_duration(ctx: _Ctx, m: re.Match[str]) -> _Found:
    """«3.5 سنوات» → P3Y6M (a half), «2.25 ساعة» → PT2.25H."""
    raw = m["du_n"].replace(",", ".").replace("٫", ".")
    if ctx.text[max(0, m.start("du_n") - 2) : m.start("du_n")][-1:] in (".", ",", "٫"):
        raise Rejected
    unit, _ = ctx.t.units[norm(m["du_u"])]
    whole, frac = raw.split(".")
    if frac.rstrip("0") == "5":
        half = _plus_half(unit, int(whole))
        if half is not None:
            return _Found(0, 0, "DURATION", half, _du_mod(_g(m, "du_mod")))
    value, _ = _unit_value(unit, raw.rstrip("0").rstrip("."))
    return _Found(0, 0, "DURATION", value, _du_mod(_g(m, "du_mod")))


_AGO_UNITS = {"D", "W", "M", "Y", "DE"}
_SINGLE_DAY_BEFORE = frozenset(norm(w) for w in ("لمدة", "مدة", "طوال", "طيلة"))
_SINGLE_UNIT_BEFORE = frozenset(
    norm(w)
    for w in (
        "لمدة",
        "مدة",
        "طوال",
        "طيلة",
        "منذ",
        "خلال",
        "قبل",
        "بعد",
        "نحو",
        "حوالي",
        "قرابة",
        "ومنذ",
        "وخلال",
        "وقبل",
        "وبعد",
    )
)


def _plus_half(unit: str, n: int) -> str | None:
    """«عام ونصف» → P1Y6M, «ساعتين ونصف» → PT2H30M."""
    if unit == "Y":
        return f"P{n}Y6M"
    if unit == "M":
        return f"P{n}M15D"
    if unit == "D":
        return f"P{n}DT12H"
    if unit == "H":
        return f"PT{n}H30M"
    return None


_PERIOD = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def _merge_durations(a: str, b: str) -> str | None:
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
    if w and (y_ or mo or d):
        return None
    date_part = "".join(f"{v}{c}" for v, c in ((y_, "Y"), (mo, "M"), (w, "W"), (d, "D")) if v)
    time_part = "".join(f"{v}{c}" for v, c in ((h, "H"), (mi, "M"), (se, "S")) if v)
    return "P" + date_part + ("T" + time_part if time_part else "")


_BEFORE = frozenset(norm(w) for w in ("قبل", "وقبل"))
_SINCE = frozenset(norm(w) for w in ("منذ", "ومنذ"))
_AFTER = frozenset(norm(w) for w in ("بعد", "وبعد"))
_FROM_NOW = [norm("من"), norm("الآن")]
_FROM_WORDS = frozenset(norm(w) for w in ("من", "على", "عن", "موعد", "انطلاق", "بدء"))


def _ago(ctx: _Ctx, m: re.Match[str], unit: str, n: str, mod: str | None) -> _Found | None:
    """«قبل عشر سنوات», «وصل منذ يومين», «بعد أسبوعين من الآن»: a date counted from the article date;
    «قبل يومين من الحفل», «يعيش منذ عامين» stay durations."""
    if ctx.ref is None or unit not in _AGO_UNITS or not n.isdigit() or mod in ("MORE_THAN", "LESS_THAN"):
        return None
    before = _words_before(ctx, m.start(), 1)
    lead = before[-1] if before else ""
    after = _words_after(ctx, m.end(), 2)
    sign = -1
    if lead in _AFTER and (
        after[:2] == _FROM_NOW or (_CLAUSE_END.match(ctx.text, m.end()) and _tense(ctx, m.start(), m.end()) == "future")
    ):
        # «بعد أسبوعين من الآن», «سيعود بعد ثلاثة أشهر.»: counted from the article date (not «سيتنحى
        # بعد 17 عاما في رئاسته», where the span is the time spent)
        sign = 1
    elif lead in _SINCE:
        # «وصل منذ يومين»: a past event two days ago; «يعيش منذ عامين», «مطبق منذ ثماني سنوات»
        # (a state lasting years) stay durations
        if unit not in ("D", "W") or _tense(ctx, m.start(), m.end()) != "past" or (after and after[0] in _FROM_WORDS):
            return None
    elif lead not in _BEFORE or after and after[0] in _FROM_WORDS:
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
        value = f"{ref.year + k * (10 if unit == 'DE' else 1):04d}"
    return _Found(0, 0, "DATE", value, "APPROX" if mod == "APPROX" else None)


def _fam_set(ctx: _Ctx, m: re.Match[str]) -> _Found:
    t = ctx.t
    if _g(m, "set_adv"):
        value = t.sets.get(norm(m["set_adv"]))
        if value is None:
            raise Rejected
        return _Found(0, 0, "SET", value)
    if _g(m, "set_u"):
        unit, number = t.units[norm(m["set_u"])]
        n = _number(ctx, m["set_n"]) if _g(m, "set_n") else ("2" if number == "dual" else "1")
        if n == "X":
            raise Rejected
        value, _ = _unit_value(unit, n)
        return _Found(0, 0, "SET", value)
    if _g(m, "set_wp"):
        iso = t.weekday_plurals.get(norm(m["set_wp"]))
        if iso is None:
            raise Rejected
        return _Found(0, 0, "SET", f"XXXX-WXX-{iso}")
    if _g(m, "set_w"):
        key = norm(m["set_w"])
        iso = t.weekdays.get(key) or t.weekdays.get(norm("ال") + key)
        if iso is None:
            raise Rejected
        return _Found(0, 0, "SET", f"XXXX-WXX-{iso}")
    if _g(m, "set_dp"):
        part = t.dayparts.get(norm(m["set_dp"]))
        if part is None:
            raise Rejected
        return _Found(0, 0, "SET", f"XXXX-XX-XX{part[0]}")  # «كل صباح»
    per = _g(m, "set_per") or _g(m, "set_rate")
    if per:
        if _g(m, "set_rate") and not _is_rate(ctx, m.start()):
            raise Rejected
        unit = _PER_UNIT[norm(per).removeprefix("ال")]
        return _Found(0, 0, "SET", f"P1{unit}")  # «مرتين في الأسبوع», «10 آلاف م3 في اليوم»
    one = norm(m["set_one"])
    unit = {norm("العام"): "Y", norm("السنة"): "Y", norm("الشهر"): "M", norm("اليوم"): "D", norm("الأسبوع"): "W"}[one]
    before = _words_before(ctx, m.start(), 1)
    if not before or before[-1] not in (norm("في"), norm("خلال")):
        raise Rejected
    return _Found(0, 0, "SET", f"P1{unit}")


_PER_UNIT = {norm(w): u for w, u in (("يوم", "D"), ("أسبوع", "W"), ("شهر", "M"), ("عام", "Y"), ("سنة", "Y"))}
_RATE_BEFORE = re.compile(r"\d[^\d\n]{0,12}[^\S\n]+(?:في|كل)[^\S\n]+$")


def _is_rate(ctx: _Ctx, start: int) -> bool:
    """«بطاقة 10000م3 في اليوم», «20 ساعة في الأسبوع»: a quantity per period."""
    s0, _ = ctx.sentence_span(start)
    return _RATE_BEFORE.search(ctx.text, max(s0, start - 24), start) is not None


def _fam_vg(ctx: _Ctx, m: re.Match[str]) -> _Found:
    value = ctx.t.vague.get(norm(m["vg_v"]))
    if value is None:
        raise Rejected
    after = _words_after(ctx, m.end(), 1)
    if value == "FUTURE_REF" and after and after[0] in (norm("من"), norm("منه"), norm("منها")):
        raise Rejected  # «قريبا من»: near
    return _Found(0, 0, "DATE", value)


_HANDLERS = {
    "en": _fam_en,
    "num": _fam_num,
    "dana": _fam_dana,
    "dm": _fam_dm,
    "q": _fam_q,
    "ss": _fam_ss,
    "dec": _fam_dec,
    "per": _fam_per,
    "mon": _fam_mon,
    "wd": _fam_wd,
    "rel": _fam_rel,
    "tod": _fam_tod,
    "yr": _fam_yr,
    "set": _fam_set,
    "du": _fam_du,
    "vg": _fam_vg,
    "occ": occasions.handle,
    "mw": month_weeks.handle,
    "wy": word_years.handle,
    "age": ages.handle,
}


def _family(m: re.Match[str]) -> str:
    index = m.re.groupindex
    for name in FAMILIES:
        if name in index and m.group(name) is not None:
            return name
    raise AssertionError("no family matched")


def _span(m: re.Match[str], fam: str) -> tuple[int, int]:
    start = m.start(fam)
    end = m.end(fam)
    text = m.string
    while end > start and text[end - 1] in " \t\u00a0،,":
        end -= 1
    # «( 21 ) يوماً» keeps its brackets, «(31 عاما)» does not start one
    if fam == "rel" or fam == "wd":
        pass
    return start, end


def _handle(ctx: _Ctx, m: re.Match[str]) -> tuple[_Found, int] | None:
    fam = _family(m)
    try:
        found = _HANDLERS[fam](ctx, m)
    except (Rejected, ValueError, OverflowError):
        return None  # not an expression here, or a date outside the calendar (year 0, 10000)
    start, end = _span(m, fam)
    if found.stop:
        end = found.stop
        while end > start and m.string[end - 1] in " \t\u00a0،,":
            end -= 1
        found.start, found.end = start, end
        return found, found.stop
    found.start, found.end = start, end
    return found, m.end()


def extract(text: str, reference: date | None) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``reference``."""
    t = load()
    single = singles()
    bounds = [mm.start() for mm in _SENT_END.finditer(text)]
    ctx = _Ctx(text=text, ref=reference, t=t, bounds=bounds)
    pos = 0
    for cand, fams in _candidates(text):
        if cand < pos:
            continue
        starts = [cand]
        k = cand - 1
        while k > 0 and text[k] in " \t":
            k -= 1
        if k >= pos and k >= 0 and text[k] == "(":
            starts.insert(0, k)
        result = None
        for at in starts:
            for fam in fams:
                m = single[fam].match(text, at)
                if m is not None and (at == cand or ")" in m.group()):
                    result = _handle(ctx, m)
                    if result is not None:
                        break
            if result is not None:
                break
        if result is None:
            continue
        found, pos = result
        prev = ctx.found[-1] if ctx.found else None
        if (
            prev is not None
            and found.type == prev.type == "DURATION"
            and not found.mod
            and _AND.match(text, prev.end, found.start)
        ):
            merged = _merge_durations(prev.value, found.value)
            if merged is not None:
                prev.end, prev.value = found.end, merged
                continue
        if prev is not None and _minutes_after_daypart(ctx, prev, found):
            continue
        _agreeing_weekday(ctx, found)
        listed = _listed_day(ctx, found) or _listed_time(ctx, found)
        if listed is not None:
            ctx.found.append(listed)
        else:
            ctx.found.extend(_listed_counts(ctx, found))
        _after_found(ctx, found)
        ctx.found.append(found)
        for extra in _continued_ordinals(ctx, found):
            ctx.found.append(extra)
            pos = max(pos, extra.end)
    _join_ranges(ctx)
    _weekdays_dated_elsewhere(ctx)
    _bare_unit_durations(ctx)
    _centuries(ctx)
    _clock_twins(ctx)
    _time_before_its_day(ctx)
    return [_mention(ctx, f) for f in ctx.found]


_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _weekdays_dated_elsewhere(ctx: _Ctx) -> None:
    """«دعت المحكمة إلى تحري الهلال الثلاثاء … مساء يوم الثلاثاء 29 شعبان 1439هـ»: a bare weekday is the day
    of that weekday the article dates in full, when one lies within a week of the article date and the
    bare one was put a week off it without a past verb to say so («تدعو لتحري الهلال الثلاثاء»)."""
    if ctx.ref is None:
        return
    dated: dict[int, set[date]] = {}
    for f in ctx.found:
        if f.kind != "weekday" and f.type in ("DATE", "TIME") and _FULL_DAY.match(f.value):
            day = date.fromisoformat(f.value[:10])
            if abs((day - ctx.ref).days) <= 7:
                dated.setdefault(day.isoweekday(), set()).add(day)
    if not dated:
        return
    for f in ctx.found:
        if f.kind != "weekday" or not _FULL_DAY.match(f.value):
            continue
        text = ctx.text[f.start : f.end]
        words = _TOKEN.findall(text)
        if (words and norm(words[-1]) in ctx.t.modifiers) or any(c.isdigit() for c in text):
            continue  # «الثلاثاء المقبل» says its own direction; «يوم الأحد الموافق 24 /10» its own date
        day = date.fromisoformat(f.value[:10])
        days = dated.get(day.isoweekday(), set())
        same = [d for d in days if abs((d - day).days) == 7]
        if len(same) == 1 and day not in days and _tense(ctx, f.start, f.end) != "past":
            f.value = same[0].isoformat() + f.value[10:]


@lru_cache(maxsize=1)
def _bare_unit() -> re.Pattern[str]:
    t = load()
    units = [
        w
        for w, (unit, number) in t.units.items()
        if number == "sg" and unit in ("W", "M", "Y", "DE", "H") and not w.endswith("ا")
    ]
    return re.compile(rf"(?<!\w)(?:{alternation(list(t.bare_units['lead']))})[^\S\n]+(ال(?:{alternation(units)}))(?!\w)")


def _bare_unit_durations(ctx: _Ctx) -> None:
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
        after = _words_after(ctx, end, 1)
        if rest[:1].isdigit() or (
            after and (after[0].startswith("ال") or after[0] in ctx.t.bare_units["not_after"]) and rest[:1].isalpha()
        ):
            continue
        if _tense(ctx, start, end) not in ("past", "future"):
            continue
        unit = ctx.t.units[norm(ctx.text[start + 2 : end])][0]
        value = f"PT1{unit}" if unit == "H" else ("P10Y" if unit == "DE" else f"P1{unit}")
        at = bisect.bisect_left([f.start for f in ctx.found], start)
        ctx.found.insert(at, _Found(start, end, "DURATION", value))


_TWIN_CLOCK = re.compile(r"[^\S\n]*\([^\S\n]*(\d{1,2})[:.,](\d{2})(?![\d:.,]\d)")
_CLOCK_PREFIX = re.compile(r"^(.*T)\d{2}:\d{2}")


def _clock_twins(ctx: _Ctx) -> None:
    """«في الساعة 13,30 (10,30 ت غ)»: the same moment in another time zone, in brackets after a clock time."""
    for i in range(len(ctx.found) - 1, -1, -1):
        f = ctx.found[i]
        prefix = _CLOCK_PREFIX.match(f.value) if f.type == "TIME" else None
        m = _TWIN_CLOCK.match(ctx.text, f.end) if prefix else None
        if prefix is None or m is None or (i + 1 < len(ctx.found) and ctx.found[i + 1].start < m.end()):
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour <= 24 and minute < 60:
            ctx.found.insert(i + 1, _Found(m.start(1), m.end(2), "TIME", f"{prefix.group(1)}{hour:02d}:{minute:02d}"))


@lru_cache(maxsize=1)
def _century() -> re.Pattern[str]:
    t = load()
    ordinals = alternation([w for w, n in t.ordinal_days.items() if n <= 21])
    mods = alternation([w for w, d in t.modifiers.items() if d in ("past", "current")])
    return re.compile(rf"(?<!\w)(?:ال)?قرن(?:[^\S\n]+(?:الـ?[^\S\n]*)?(\d{{1,2}})(?!\d)|[^\S\n]+(?:({ordinals})|({mods})))(?!\w)")


def _centuries(ctx: _Ctx) -> None:
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
        ctx.found.insert(at, _Found(m.start(), m.end(), "DATE", f"{n - 1:02d}"))


_RANGE_JOIN = re.compile(r"^[^\S\n]*(?:-|–|(?:و[^\S\n]*)?(?:إلى|الى|حتى|لغاية))[^\S\n]*$")
_BETWEEN_JOIN = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*$")


def _join_ranges(ctx: _Ctx) -> None:
    """«من 13 إلى 15 تموز», «13-15 يوليو», «بين عامي 2010 و2014», «من 5 إلى 6 مساءً»: two ends found
    one after the other become one mention, its value the start and ``end_value`` the end (the month and
    the part of day were already carried to the first end when it was found). A change of date
    («تأجيل الموعد من 5 إلى 10 مايو») and a list («يومي 25 و26») stay two mentions."""
    joined: list[_Found] = []
    for f in ctx.found:
        a = joined[-1] if joined else None
        if a is not None and a.end_value is None and _range_ends(ctx, a, f):
            a.end_value, a.end_start, a.end = f.value, f.start, f.end
            first, last = a.bounds or interval(a.value), f.bounds or interval(f.value)
            a.bounds = (first[0], last[1]) if first and last else None
            continue
        joined.append(f)
    ctx.found[:] = joined


def _range_ends(ctx: _Ctx, a: _Found, b: _Found) -> bool:
    if a.type != b.type or a.type not in ("DATE", "TIME") or a.calendar != b.calendar or (b.mod and b.mod != a.mod):
        return False
    gap = ctx.text[a.end : b.start]
    before = _words_before(ctx, a.start, 3)
    opener = next((i for i in range(len(before) - 1, -1, -1) if before[i] in ctx.t.ranges["opens"]), None)
    if _BETWEEN_JOIN.match(gap):
        if opener is None or before[opener] not in ctx.t.ranges["between"]:
            return False
    elif not _RANGE_JOIN.match(gap) or ("-" not in gap and "–" not in gap and opener is None):
        return False
    if opener is not None and any(w in ctx.t.ranges["moves"] for w in before[:opener]):
        return False
    if a.type == "TIME":
        return a.value[:10] == b.value[:10] and a.value < b.value
    if not (a.value[:1].isdigit() and b.value[:1].isdigit()):
        return False
    first, last = a.bounds or interval(a.value), b.bounds or interval(b.value)
    return first is not None and last is not None and first[0] < last[0] and first[1] <= last[1]


_DAY_AFTER_TIME = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:(?:من|في)[^\S\n]+|لـ?|و)?[^\S\n]*$")


def _time_before_its_day(ctx: _Ctx) -> None:
    """«الساعة الواحدة ظهراً ليوم الخميس 7 / 10»: a clock time takes the day named right after it."""
    for f, nxt in zip(ctx.found, ctx.found[1:], strict=False):
        if (
            f.type == "TIME"
            and f.value.startswith("XXXX-XX-XXT")
            and nxt.type == "DATE"
            and len(nxt.value) == 10
            and nxt.value[:4].isdigit()
            and _DAY_AFTER_TIME.match(ctx.text[f.end : nxt.start])
        ):
            f.value = nxt.value + f.value[10:]
            if f.end_value is not None and f.end_value.startswith("XXXX-XX-XXT"):
                f.end_value = nxt.value + f.end_value[10:]


_AND = re.compile(r"[^\S\n]*و[^\S\n]*$")


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == "\u0640"):
        pos -= 1
    return pos


def _candidates(text: str) -> Iterator[tuple[int, tuple[str, ...]]]:
    """(start, families to try) for each word that may begin an expression."""
    folded = fold_same_length(text)
    fams = starter_families()
    for m in trigger().finditer(folded):
        s = m.group("s")
        if s is not None:
            chosen = fams.get(s)
            if chosen:
                yield _word_start(text, m.start()), chosen
        elif m.group("d") is not None:
            yield _word_start(text, m.start()), DIGIT_FAMILIES
        elif m.group("e") is not None:
            yield m.start(), ("en",)
        else:
            yield _word_start(text, m.start()), ("dec",)


_LISTED_DAY = re.compile(r"(?<![\d.,/])(\d{1,2})[^\S\n]*(?:و|،|,|-|–|إلى|الى|حتى|لغاية)[^\S\n]*(?:يوم[^\S\n]*)?$")


def _listed_day(ctx: _Ctx, f: _Found) -> _Found | None:
    """«يومي 25 و26 سبتمبر», «من 10 إلى 15 مايو»: the first day borrows the month of the second."""
    if f.type != "DATE" or len(f.value) != 10 or not f.value[:4].isdigit() or not ctx.text[f.start : f.start + 1].isdigit():
        return None
    floor = ctx.found[-1].end if ctx.found else 0
    m = _LISTED_DAY.search(ctx.text, max(floor, f.start - 14), f.start)
    if m is None:
        return None
    day = safe_date(int(f.value[:4]), int(f.value[5:7]), int(m.group(1)))
    if day is None or day.isoformat() >= f.value:
        return None
    return _Found(m.start(1), m.end(1), "DATE", day.isoformat(), calendar=f.calendar)


_MINUTES = re.compile(r"^PT(\d{1,2})M$")
_WHOLE_HOUR = re.compile(r"^(.*T\d{2}):00$")


def _minutes_after_daypart(ctx: _Ctx, prev: _Found, f: _Found) -> bool:
    """«الساعة الثامنة ليلا و44 دقيقة»: minutes said after the part of day belong to the hour before it."""
    minutes, hour = _MINUTES.match(f.value), _WHOLE_HOUR.match(prev.value)
    if (
        f.type != "DURATION"
        or prev.type != "TIME"
        or minutes is None
        or hour is None
        or int(minutes.group(1)) > 59
        or not _AND.match(ctx.text, prev.end, f.start)
    ):
        return False
    prev.value, prev.end = f"{hour.group(1)}:{int(minutes.group(1)):02d}", f.end
    return True


_ONE_UNIT = re.compile(r"^(PT?)(\d+)([A-Z]+)$")


@lru_cache(maxsize=1)
def _listed_number() -> re.Pattern[str]:
    words = alternation([w for w, v in load().numbers.items() if v.isdigit()])
    return re.compile(rf"(?:(?<=\sو)|(?<![\w.,/]))(\d{{1,3}}|{words})[^\S\n]*(?:و|أو|او|إلى|الى|-|–)[^\S\n]*$")


def _listed_counts(ctx: _Ctx, f: _Found) -> list[_Found]:
    """«بين 17 و23 دقيقة», «ما بين ستة وثمانية أسابيع», «18 و20 و29 عاما»: counts listed before a duration
    share its unit."""
    one = _ONE_UNIT.match(f.value) if f.type == "DURATION" and not f.mod else None
    if one is None:
        return []
    floor = ctx.found[-1].end if ctx.found else 0
    out: list[_Found] = []
    at = f.start
    while (m := _listed_number().search(ctx.text, max(floor, at - 24), at)) is not None:
        raw = m.group(1)
        n = raw if raw.isdigit() else ctx.t.numbers.get(norm(raw), "")
        if not n.isdigit() or int(n) == 0:
            break
        out.insert(0, _Found(m.start(1), m.end(1), "DURATION", f"{one.group(1)}{int(n)}{one.group(3)}"))
        at = m.start(1)
    return out


_LISTED_HOUR = re.compile(
    r"(?<![\d.,/:])(\d{1,2})(?::(\d{2}))?[^\S\n]*(?:-|–|إلى|الى|حتى|لغاية)[^\S\n]*(?:ال)?(?:ساعة[^\S\n]*)?$"
)
_CLOCK = re.compile(r"^(.*T)(\d{2}):(\d{2})")


def _listed_time(ctx: _Ctx, f: _Found) -> _Found | None:
    """«من 5 إلى 6 مساءً», «الساعة 7 إلى 8.30 مساءً»: the part of day of the second end holds for the first."""
    clock = _CLOCK.match(f.value) if f.type == "TIME" else None
    if clock is None:
        return None
    end_hour = int(clock.group(2))
    prev = ctx.found[-1] if ctx.found else None
    floor = prev.end if prev else 0
    m = _LISTED_HOUR.search(ctx.text, max(floor, f.start - 16), f.start)
    if m is not None:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        hour = hour + 12 if hour < 12 <= end_hour and hour + 12 <= end_hour else hour
        if hour > 24 or minute > 59:
            return None
        return _Found(m.start(1), m.end(2) if m.group(2) else m.end(1), "TIME", f"{clock.group(1)}{hour:02d}:{minute:02d}")
    prev_clock = _CLOCK.match(prev.value) if prev is not None and prev.type == "TIME" else None
    if prev is not None and prev_clock and _RANGE_GAP.match(ctx.text[prev.end : f.start]):
        hour = int(prev_clock.group(2))
        last_word = norm(ctx.text[prev.start : prev.end].split()[-1])
        if hour < 12 <= end_hour and hour + 12 <= end_hour and last_word not in ctx.t.dayparts:
            prev.value = f"{prev_clock.group(1)}{hour + 12:02d}:{prev_clock.group(3)}{prev.value[prev_clock.end() :]}"
    return None


_RANGE_GAP = re.compile(r"^[^\S\n]*(?:-|–|إلى|الى|حتى|لغاية)[^\S\n]*$")


@lru_cache(maxsize=1)
def _ordinal_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(an ordinal day at a position, «و» + an ordinal day continuing a list)."""
    ords = alternation(list(load().ordinal_days))
    return re.compile(rf"(?:{ords})(?!\w)"), re.compile(rf"[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*({ords})(?!\w)")


def _continued_ordinals(ctx: _Ctx, f: _Found) -> list[_Found]:
    """«الثامن من ذي الحجة والتاسع والعاشر»: bare ordinals after a dated ordinal day are days of its month."""
    if f.type != "DATE" or len(f.value) != 10 or not f.value[:4].isdigit():
        return []
    first_word, next_word = _ordinal_words()
    head = first_word.match(ctx.text, f.start)
    if head is None:
        return []
    first = ctx.t.ordinal_days.get(norm(head.group()), 0)
    day = date.fromisoformat(f.value)
    out: list[_Found] = []
    at = f.end
    while (m := next_word.match(ctx.text, at)) is not None:
        n = ctx.t.ordinal_days.get(norm(m.group(1)), 0)
        after = _words_after(ctx, m.end(), 1)
        if not first < n <= 31 or (after and after[0] == norm("من")):
            break  # «والثاني من الوفود»: another ordinal
        out.append(_Found(m.start(1), m.end(1), "DATE", (day + timedelta(days=n - first)).isoformat(), calendar=f.calendar))
        first, day, at = n, day + timedelta(days=n - first), m.end()
    return out


_AGREE_GAP = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:ال)?(?:موافق|موافقة|مصادف|مصادفة|متزامن)[^\S\n]*(?:لـ?|ل[^\S\n]*)?[^\S\n]*$")


_FOUR_DIGITS = re.compile(r"\d{4}")


def _agreeing_weekday(ctx: _Ctx, f: _Found) -> None:
    """«يوم الأحد الموافق 8 / 11 / 1436هـ»: the weekday names the date that follows it."""
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is None
        or prev.kind != "weekday"
        or f.type not in ("DATE", "TIME")
        or len(f.value) < 10
        or not f.value[:4].isdigit()
        or not _AGREE_GAP.match(ctx.text[prev.end : f.start])
        or not _FOUR_DIGITS.search(ctx.text, f.start, f.end)
    ):
        return
    day = f.value[:10]
    prev.value = day + prev.value[10:] if prev.type == "TIME" and len(prev.value) > 10 else day


def _after_found(ctx: _Ctx, f: _Found) -> None:
    if f.type == "SET":
        ctx.set_pos = f.start
    if f.type == "DATE" and len(f.value) == 10 and f.value[:4].isdigit():
        day = date.fromisoformat(f.value)
        ctx.day_anchor = (ctx.sentence_of(f.start), day, f.start)
    elif f.type == "TIME" and f.value[:4].isdigit() and len(f.value) >= 10:
        try:
            day = date.fromisoformat(f.value[:10])
        except ValueError:
            return
        ctx.day_anchor = (ctx.sentence_of(f.start), day, f.start)


def _mention(ctx: _Ctx, f: _Found) -> Mention:
    s0, s1 = ctx.sentence_span(f.start)
    sentence = ctx.text[s0:s1].strip()
    first = last = None
    if f.type in ("DATE", "TIME") and f.value[:1].isdigit():
        bounds = f.bounds or interval(f.value)
        if bounds:
            first, last = bounds[0].isoformat(), bounds[1].isoformat()
    return Mention(
        start=f.start,
        end=f.end,
        text=ctx.text[f.start : f.end],
        type=f.type,
        value=f.value,
        mod=f.mod,
        calendar=f.calendar,
        sentence=sentence,
        first_day=first,
        last_day=last,
        end_value=f.end_value,
        end_start=f.end_start,
    )
