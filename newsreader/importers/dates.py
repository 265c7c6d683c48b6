"""Dates as they appear in article files → ISO 8601 strings (no Qt, no store)."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from newsreader.text.arabic import latin_digits
from newsreader.timeline import tables

# One month table for the importer and the timeline: resources/timeline/months.tsv (Arabic: Gregorian,
# Levantine, Maghreb; Hijri months are written beside a Hijri year and are not calendar dates here)
# and months_en.tsv. Spelling variants (hamza, taa marbuta, alif maqsura) are folded by ``norm``.
_TABLES = tables.load()
_MONTHS: dict[str, int] = {name: info.month for name, info in _TABLES.months.items() if info.system != "hijri"}
_MONTHS.update(dict(_TABLES.months_en.items()))
_HIJRI: set[str] = {name for name, info in _TABLES.months.items() if info.system == "hijri"}
_ARABIC_MONTHS = [name for name in _MONTHS if not name.isascii()]
_LATIN_MONTHS = [name for name in _MONTHS if name.isascii()]

WEEKDAYS = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    *_TABLES.weekdays,
]

_MONTH_RE = (
    tables.alternation(_ARABIC_MONTHS)
    + "|(?i:"
    + "|".join(sorted((re.escape(m) for m in _LATIN_MONTHS), key=len, reverse=True))
    + r")\.?"
)
# «آب/أغسطس», «أغسطس (آب)»: a month named twice, in two systems
_MONTH = rf"(?P<m>{_MONTH_RE})(?:\s*[/(]\s*(?:{_MONTH_RE})\s*\)?)?"
_SEP = r"[\s,،\-/.]*"

# "28 November 2024", "28 نوفمبر 2024", "November 28, 2024", "12 آب/أغسطس 2024 م"
_DAY_MONTH_YEAR = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){_SEP}(?:من\s+)?{_MONTH}{_SEP}(?P<y>\d{{4}})(?!\d)")
_MONTH_DAY_YEAR = re.compile(rf"(?<![\w])(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)")
_OFFSET = re.compile(
    r"(?:GMT|UTC|غرينتش|جرينتش|غرينيتش)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    r"|(?P<sign2>[+-])(?P<oh2>\d{2}):?(?P<om2>\d{2})",
    re.IGNORECASE,
)
_PM = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:pm|مساء|مساءً|م)(?!\w)", re.IGNORECASE)

# What a date line may hold besides dates: labels, calendar marks, times, zones.
_DATE_LINE_WORDS = frozenset(
    tables.norm(w)
    for w in (
        "هـ",
        "ه",
        "م",
        "ميلادي",
        "ميلادية",
        "هجري",
        "هجرية",
        "الموافق",
        "الساعة",
        "ص",
        "صباحا",
        "صباحاً",
        "مساء",
        "مساءً",
        "بتوقيت",
        "توقيت",
        "غرينتش",
        "جرينتش",
        "مكة",
        "المكرمة",
        "القدس",
        "القاهرة",
        "أبوظبي",
        "الرياض",
        "نشر",
        "نشرت",
        "في",
        "بتاريخ",
        "تاريخ",
        "النشر",
        "آخر",
        "تحديث",
        "محدث",
        "التحديث",
        "am",
        "pm",
        "gmt",
        "utc",
        "published",
        "updated",
        "on",
        "at",
        "last",
        "posted",
        "date",
    )
)
_DATE_TOKENS = re.compile(r"[^\s,،\-–—/|•·*()\[\]:.]+")


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return datetime(y, m, d).strftime("%Y-%m-%d")
    except ValueError:
        return None


def find_date(text: str) -> str | None:
    """The first calendar date written in ``text`` (Arabic or English), as ``YYYY-MM-DD``."""
    text = latin_digits(text)
    best: tuple[int, str] | None = None
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _NUMERIC_DMY):
        for match in pattern.finditer(text):
            month = match.group("m")
            number = int(month) if month.isdigit() else month_number(month)
            if number is None:
                continue
            value = _valid(int(match.group("y")), number, int(match.group("d")))
            if value and (best is None or match.start() < best[0]):
                best = (match.start(), value)
            break
    if best is None:
        return None
    return best[1]


def month_number(name: str) -> int | None:
    """The month a (Gregorian, Levantine, Maghreb or English) month name stands for."""
    key = name.lower().rstrip(".") if name.isascii() else tables.norm(name)
    return _MONTHS.get(key)


def is_date_line(line: str) -> bool:
    """A line that is only a date: weekday, Hijri and Gregorian dates with their هـ / م marks, a
    time, a zone or GMT offset, a label such as «آخر تحديث» («الخميس 12 رمضان 1446 هـ - 13 مارس
    2025 م | 10:30 GMT+3»)."""
    line = latin_digits(line).strip(" \t•·*-–—|")
    if not line or len(line) > 160 or find_date(line) is None:
        return False
    for token in _DATE_TOKENS.findall(line):
        if token.isdigit() or token.lower() in _DATE_LINE_WORDS or tables.norm(token) in _DATE_LINE_WORDS:
            continue
        if _is_calendar_word(token) or _CLOCK_TOKEN.fullmatch(token):
            continue
        return False
    return True


_CLOCK_TOKEN = re.compile(r"\+?\d{1,4}(?:st|nd|rd|th)?|(?:GMT|UTC)[+-]?\d*", re.IGNORECASE)


def _is_calendar_word(token: str) -> bool:
    key = tables.norm(token)
    if key in _MONTHS or key in _HIJRI or token.lower().rstrip(".") in _MONTHS:
        return True
    if key in _TABLES.weekdays or token.lower() in WEEKDAYS:
        return True
    # the words of two-word month names (كانون الثاني, ربيع الأول, جمادى الآخرة, ذو القعدة)
    return any(key in name.split() for name in (*_MONTHS, *_HIJRI) if " " in name)


def date_in_line(line: str) -> str | None:
    """The date (and time, with its offset) of a date line or a byline, ISO 8601; None without one."""
    text = latin_digits(line)
    day = find_date(text)
    if day is None:
        return None
    where = _first_date_end(text)
    clock = _TIME.search(text, where)
    if clock is None or int(clock.group("h")) > 23:
        return day
    hour = int(clock.group("h"))
    if hour < 12 and _PM.match(text, clock.start()):
        hour += 12
    value = f"{day}T{hour:02d}:{clock.group('mi')}"
    offset = _OFFSET.search(text, clock.end())
    if offset:
        sign = offset.group("sign") or offset.group("sign2")
        hours = int(offset.group("oh") or offset.group("oh2"))
        minutes = int(offset.group("om") or offset.group("om2") or 0)
        if hours <= 14:
            value += f"{sign}{hours:02d}:{minutes:02d}"
    return value


def _first_date_end(text: str) -> int:
    ends = [m.end() for p in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _NUMERIC_DMY) for m in [p.search(text)] if m]
    return min(ends) if ends else 0


def iso_datetime(value: object) -> str | None:
    """Normalise a machine-readable date (ISO 8601, RFC 822, "2015-07-21 02:51:32")."""
    if value is None:
        return None
    text = latin_digits(str(value)).strip()
    if not text:
        return None
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        parsed = datetime.fromisoformat(candidate)
    except ValueError:
        parsed = None
    if parsed is None:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        day = find_date(text)
        if day is None:
            return None
        time = _TIME.search(text[text.find(day[:4]) :] if day[:4] in text else text)
        if time and int(time.group("h")) < 24:
            return f"{day}T{int(time.group('h')):02d}:{time.group('mi')}" + (f":{time.group('s')}" if time.group("s") else "")
        return day
    if len(text) <= 10 and parsed.hour == parsed.minute == parsed.second == 0 and "T" not in text:
        return parsed.strftime("%Y-%m-%d")
    result = parsed.replace(microsecond=0).isoformat()
    return result.replace("+00:00", "Z") if result.endswith("+00:00") else result
