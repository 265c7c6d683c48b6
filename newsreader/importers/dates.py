"""Dates as they appear in article files → ISO 8601 strings (no Qt, no store)."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime

from newsreader.textnorm import latin_digits

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "january jan يناير كانون الثاني جانفي",
        "february feb فبراير شباط فيفري فبراير",
        "march mar مارس آذار اذار",
        "april apr أبريل ابريل إبريل نيسان أفريل افريل",
        "may مايو أيار ايار ماي",
        "june jun يونيو يونيه حزيران جوان",
        "july jul يوليو يوليه تموز جويلية جويليه",
        "august aug أغسطس اغسطس آب اب أوت اوت",
        "september sep sept سبتمبر أيلول ايلول",
        "october oct أكتوبر اكتوبر تشرين الأول تشرين الاول",
        "november nov نوفمبر تشرين الثاني",
        "december dec ديسمبر كانون الأول كانون الاول",
    ],
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
# Two-word Levantine names (must be tried before their single words).
_MONTHS.update({
    "كانون الثاني": 1, "كانون الأول": 12, "كانون الاول": 12,
    "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11,
})
_MONTHS.pop("كانون", None)
_MONTHS.pop("تشرين", None)
_MONTHS.pop("الأول", None)
_MONTHS.pop("الاول", None)
_MONTHS.pop("الثاني", None)

WEEKDAYS = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الاربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاحد",
]

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted((re.escape(w) for w in WEEKDAYS), key=len, reverse=True))
_SEP = r"[\s,،\-/.]*"

# "28 November 2024", "28 نوفمبر 2024", "November 28, 2024"
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(?P<d>\d{{1,2}}){_SEP}(?:من\s+)?(?P<m>{_MONTH_RE}){_SEP}(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![\w])(?P<m>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)", re.IGNORECASE
)
_NUMERIC = re.compile(r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)")
_NUMERIC_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?!\d)")

# A header line that is only a date: "• Thursday, 28 November 2024", "الخميس 28 نوفمبر 2024".
DATE_LINE = re.compile(
    rf"^[\s•·\-–|*]*(?:(?:{_WEEKDAY_RE})[\s,،]*)?"
    rf"(?:\d{{1,2}}{_SEP}(?:{_MONTH_RE}){_SEP}\d{{4}}|(?:{_MONTH_RE})\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}})"
    rf"(?:\s*(?:م|ميلادي)?[\s,،\-|]*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*(?:am|pm|ص|م)?)?)?\s*$",
    re.IGNORECASE,
)


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
            number = int(month) if month.isdigit() else _MONTHS.get(month.lower())
            if number is None:
                continue
            value = _valid(int(match.group("y")), number, int(match.group("d")))
            if value and (best is None or match.start() < best[0]):
                best = (match.start(), value)
            break
    if best is None:
        return None
    return best[1]


def is_date_line(line: str) -> bool:
    return bool(DATE_LINE.match(latin_digits(line)))


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
            return f"{day}T{int(time.group('h')):02d}:{time.group('mi')}" + (
                f":{time.group('s')}" if time.group("s") else ""
            )
        return day
    if len(text) <= 10 and parsed.hour == parsed.minute == parsed.second == 0 and "T" not in text:
        return parsed.strftime("%Y-%m-%d")
    result = parsed.replace(microsecond=0).isoformat()
    return result.replace("+00:00", "Z") if result.endswith("+00:00") else result
