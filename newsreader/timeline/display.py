"""Labels for mentions in the interface language (Arabic or English), with honest precision (no Qt)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from newsreader.domain import Mention
from newsreader.text import arabic
from newsreader.timeline.resolve import interval

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ORDINALS = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
SEASONS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
PARTS_OF_DAY = {"TMO": "صباحاً", "TAF": "بعد الظهر", "TEV": "مساءً", "TNI": "ليلاً"}
MODS = {"START": "مطلع", "MID": "منتصف", "END": "نهاية", "APPROX": "نحو", "MORE_THAN": "أكثر من", "LESS_THAN": "أقل من"}
VAGUE = {"PAST_REF": "مؤخراً", "PRESENT_REF": "حالياً", "FUTURE_REF": "مستقبلاً"}

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS_EN = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
PARTS_OF_DAY_EN = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}
MODS_EN = {"START": "early", "MID": "mid", "END": "late", "APPROX": "about", "MORE_THAN": "more than", "LESS_THAN": "less than"}
VAGUE_EN = {"PAST_REF": "recently", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_ARABIC_DIGITS = arabic.TO_ARABIC_INDIC_DIGITS

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CLOCK = re.compile(r"^XXXX-XX-XXT(\d{2}:\d{2})$")


def _digits(s: str, arabic: bool) -> str:
    return s.translate(_ARABIC_DIGITS) if arabic else s


def _with_mod(label: str, mod: str | None, language: str = "ar") -> str:
    mods = MODS if language == "ar" else MODS_EN
    return f"{mods[mod]} {label}" if mod in mods else label


def format_mention_date(m: Mention, *, arabic_digits: bool, language: str = "ar") -> str:
    """The date a mention names, in the interface language, no more precise than the text was. A range
    names both ends, what they share said once: «13 – 15 يوليو 2014», «2010 – 2014», «الساعة 17:00 – 18:00»."""
    if m.end_value is not None:
        start = _one_date(replace(m, end_value=None), arabic_digits=arabic_digits, language=language)
        end = _one_date(replace(m, value=m.end_value, mod=None, end_value=None), arabic_digits=arabic_digits, language=language)
        return _range_label(start.split(" "), end.split(" "))
    return _one_date(m, arabic_digits=arabic_digits, language=language)


def _range_label(start: list[str], end: list[str]) -> str:
    """The two ends' labels joined by a dash, the words they end with (month, year) said once after both,
    else the words they begin with (day, «الساعة») said once before both."""
    shared = 0
    while shared < min(len(start), len(end)) - 1 and start[-1 - shared] == end[-1 - shared]:
        shared += 1
    if shared:
        return f"{' '.join(start[:-shared])} – {' '.join(end)}"
    lead = 0
    while lead < min(len(start), len(end)) - 1 and start[lead] == end[lead]:
        lead += 1
    return f"{' '.join(start)} – {' '.join(end[lead:])}"


def _one_date(m: Mention, *, arabic_digits: bool, language: str) -> str:
    if language != "ar":
        return _english(m)
    v = m.value
    if (d := _DAY.match(v)) is not None:
        day = date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
        label = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"
        t = d.group(4)
        if t and ":" in t:
            label += f" الساعة {t}"
        elif t:
            label += f" {PARTS_OF_DAY['T' + t]}"
        return _digits(_with_mod(label, m.mod), arabic_digits)
    if (d := _MONTH.match(v)) is not None:
        label = f"{MONTHS[int(d.group(2)) - 1]} {int(d.group(1))}"
    elif (d := _YEAR.match(v)) is not None:
        label = str(int(d.group(1)))
    elif (d := _WEEK.match(v)) is not None:
        label = f"الأسبوع {int(d.group(2))} من {int(d.group(1))}"
    elif (d := _QUARTER.match(v)) is not None:
        label = f"الربع {ORDINALS[int(d.group(2))]} {int(d.group(1))}"
    elif (d := _HALF.match(v)) is not None:
        label = f"النصف {ORDINALS[int(d.group(2))]} {int(d.group(1))}"
    elif (d := _SEASON.match(v)) is not None:
        label = f"{SEASONS[d.group(2)]} {int(d.group(1))}"
    elif (d := _DECADE.match(v)) is not None:
        start = int(d.group(1)) * 10
        label = f"{start}–{start + 9}"
    elif (d := _CLOCK.match(v)) is not None:
        label = f"الساعة {d.group(1)}"
    elif v in VAGUE:
        return VAGUE[v]
    else:
        return m.text
    return _digits(_with_mod(label, m.mod), arabic_digits)


def _english(m: Mention) -> str:
    """:func:`format_mention_date` in English (Latin digits)."""
    v = m.value
    if (d := _DAY.match(v)) is not None:
        day = date(int(d.group(1)), int(d.group(2)), int(d.group(3)))
        label = f"{WEEKDAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
        t = d.group(4)
        if t and ":" in t:
            label += f" at {t}"
        elif t:
            label += f", {PARTS_OF_DAY_EN['T' + t]}"
    elif (d := _MONTH.match(v)) is not None:
        label = f"{MONTHS_EN[int(d.group(2)) - 1]} {int(d.group(1))}"
    elif (d := _YEAR.match(v)) is not None:
        label = str(int(d.group(1)))
    elif (d := _WEEK.match(v)) is not None:
        label = f"week {int(d.group(2))} of {int(d.group(1))}"
    elif (d := _QUARTER.match(v)) is not None:
        label = f"Q{d.group(2)} {int(d.group(1))}"
    elif (d := _HALF.match(v)) is not None:
        label = f"H{d.group(2)} {int(d.group(1))}"
    elif (d := _SEASON.match(v)) is not None:
        label = f"{SEASONS_EN[d.group(2)]} {int(d.group(1))}"
    elif (d := _DECADE.match(v)) is not None:
        start = int(d.group(1)) * 10
        label = f"{start}–{start + 9}"
    elif (d := _CLOCK.match(v)) is not None:
        label = f"at {d.group(1)}"
    elif v in VAGUE_EN:
        return VAGUE_EN[v]
    else:
        return m.text
    return _with_mod(label, m.mod, "en")


def hijri_label(m: Mention, *, arabic_digits: bool = False, language: str = "ar") -> str | None:
    """The Hijri date («7 ذو القعدة 1436هـ») when the text used the Hijri calendar, else None."""
    if m.calendar != "hijri" or not m.first_day:
        return None
    if m.end_value is not None and m.last_day:  # a range: each end as a day, a month or a year of its own
        ends = [
            hijri_label(
                Mention(
                    m.start,
                    m.end,
                    m.text,
                    m.type,
                    value,
                    calendar="hijri",
                    first_day=bounds[0].isoformat(),
                    last_day=bounds[1].isoformat(),
                ),
                arabic_digits=arabic_digits,
                language=language,
            )
            for value in (m.value, m.end_value)
            if (bounds := interval(value)) is not None
        ]
        if len(ends) == 2 and ends[0] and ends[1]:
            return _range_label(ends[0].split(" "), ends[1].split(" "))
    first = date.fromisoformat(m.first_day)
    last = date.fromisoformat(m.last_day or m.first_day)
    from newsreader.timeline import hijri  # hijridate: only for a Hijri label

    h = hijri.from_gregorian(first + (last - first) / 2)
    if h is None:
        return None
    year, month, day = h
    name = hijri.MONTH_NAMES[month - 1] if language == "ar" else hijri.MONTH_NAMES_EN[month - 1]
    era = "هـ" if language == "ar" else " AH"
    if first == last:
        label = f"{day} {name} {year}{era}"
    elif (last - first).days < 31:
        label = f"{name} {year}{era}"
    else:
        label = f"{year}{era}"
    return _digits(label, arabic_digits and language == "ar")


def group_key(m: Mention) -> tuple[int, int]:
    """(year, month) to group a mention under; month 0 when it spans months, (0, 0) when undated."""
    if not m.first_day or not m.last_day:
        return (0, 0)
    first = date.fromisoformat(m.first_day)
    last = date.fromisoformat(m.last_day)
    if (first.year, first.month) == (last.year, last.month):
        return (first.year, first.month)
    return (first.year, 0)
