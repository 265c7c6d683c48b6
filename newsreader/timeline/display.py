"""Arabic labels for mentions, with honest precision (used by the timeline pane; no Qt)."""

from __future__ import annotations

import re
from datetime import date

from newsreader.domain import Mention

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
          "نوفمبر", "ديسمبر")
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
ORDINALS = {1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع"}
SEASONS = {"SP": "ربيع", "SU": "صيف", "FA": "خريف", "WI": "شتاء"}
PARTS_OF_DAY = {"TMO": "صباحاً", "TAF": "بعد الظهر", "TEV": "مساءً", "TNI": "ليلاً"}
MODS = {"START": "مطلع", "MID": "منتصف", "END": "نهاية", "APPROX": "نحو", "MORE_THAN": "أكثر من",
        "LESS_THAN": "أقل من"}
VAGUE = {"PAST_REF": "مؤخراً", "PRESENT_REF": "حالياً", "FUTURE_REF": "مستقبلاً"}
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

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


def _with_mod(label: str, mod: str | None) -> str:
    return f"{MODS[mod]} {label}" if mod in MODS else label


def format_mention_date(m: Mention, *, arabic_digits: bool) -> str:
    """The date a mention names, in Arabic, no more precise than the text was."""
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


def hijri_label(m: Mention, *, arabic_digits: bool = False) -> str | None:
    """The Hijri date («7 ذو القعدة 1436هـ») when the text used the Hijri calendar, else None."""
    if m.calendar != "hijri" or not m.first_day:
        return None
    first = date.fromisoformat(m.first_day)
    last = date.fromisoformat(m.last_day or m.first_day)
    from newsreader.timeline import hijri  # hijridate: only for a Hijri label

    h = hijri.from_gregorian(first + (last - first) / 2)
    if h is None:
        return None
    year, month, day = h
    name = hijri.MONTH_NAMES[month - 1]
    if first == last:
        label = f"{day} {name} {year}هـ"
    elif (last - first).days < 31:
        label = f"{name} {year}هـ"
    else:
        label = f"{year}هـ"
    return _digits(label, arabic_digits)


def group_key(m: Mention) -> tuple[int, int]:
    """(year, month) to group a mention under; month 0 when it spans months, (0, 0) when undated."""
    if not m.first_day or not m.last_day:
        return (0, 0)
    first = date.fromisoformat(m.first_day)
    last = date.fromisoformat(m.last_day)
    if (first.year, first.month) == (last.year, last.month):
        return (first.year, first.month)
    return (first.year, 0)
