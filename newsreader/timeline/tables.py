"""Load the word tables in ``resources/timeline/`` and turn them into regex pieces.

The tables are plain TSV data (see ``resources/timeline/README.md``). Lookups go
through :func:`norm`, which folds the spelling variants Arabic news text uses
(hamza forms, taa marbuta, alif maqsura, diacritics, tatweel), so a table lists
each word once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsreader import paths

_DIACRITICS = re.compile("[\u064b-\u0652\u0640\u0670]")
_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})

_VARIANTS = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ة": "[ةه]",
    "ه": "[هة]",
    "ى": "[ىي]",
    "ي": "[يى]",
}
_MARKS = "[\u064b-\u0652\u0640]?"


def norm(word: str) -> str:
    """Fold a word for table lookup."""
    return _SPACES.sub(" ", _DIACRITICS.sub("", word).translate(_FOLD)).strip()


def word_pattern(word: str) -> str:
    """A regex (no groups) matching ``word`` with its common spelling variants."""
    out: list[str] = []
    for ch in _DIACRITICS.sub("", word):
        if ch == " ":
            out.append(r"[^\S\n]+")
        elif ch in _VARIANTS:
            out.append(_VARIANTS[ch] + _MARKS)
        else:
            out.append(re.escape(ch) + _MARKS)
    return "".join(out)


def alternation(words: list[str] | set[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation of word patterns, longest first."""
    uniq = sorted({_DIACRITICS.sub("", w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")"


def _rows(name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    with open(paths.resource("timeline", name), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True, slots=True)
class MonthInfo:
    month: int
    system: str  # greg, levant, maghreb, hijri
    weak: bool


@dataclass(frozen=True)
class Tables:
    months: dict[str, MonthInfo]
    months_en: dict[str, int]
    weekdays: dict[str, int]
    weekdays_en: dict[str, int]
    weekday_plurals: dict[str, int]
    ordinal_days: dict[str, int]
    hours: dict[str, int]
    minutes: dict[str, int]
    dayparts: dict[str, tuple[str, str]]
    numbers: dict[str, str]
    units: dict[str, tuple[str, str]]
    parts: dict[str, str]
    modifiers: dict[str, str]
    relative_days: dict[str, int]
    vague: dict[str, str]
    sets: dict[str, str]
    periods: dict[str, str]
    seasons: dict[str, str]
    decades: dict[str, int]
    quarters: dict[str, str]
    traps: dict[str, frozenset[str]]
    tense: dict[str, frozenset[str]]


def _map(name: str) -> dict[str, str]:
    return {norm(r[0]): r[1] for r in _rows(name)}


def _imap(name: str) -> dict[str, int]:
    return {norm(r[0]): int(r[1]) for r in _rows(name)}


def _kinds(name: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, word in _rows(name):
        out.setdefault(kind, set()).add(norm(word))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def load() -> Tables:
    """All tables (read once)."""
    months: dict[str, MonthInfo] = {}
    for row in _rows("months.tsv"):
        info = MonthInfo(int(row[1]), row[2], len(row) > 3 and row[3] == "weak")
        months.setdefault(norm(row[0]), info)
    return Tables(
        months=months,
        months_en={r[0].lower(): int(r[1]) for r in _rows("months_en.tsv")},
        weekdays=_imap("weekdays.tsv"),
        weekdays_en={r[0].lower(): int(r[1]) for r in _rows("weekdays_en.tsv")},
        weekday_plurals=_imap("weekday_plurals.tsv"),
        ordinal_days=_imap("ordinal_days.tsv"),
        hours=_imap("hours.tsv"),
        minutes=_imap("minutes.tsv"),
        dayparts={norm(r[0]): (r[1], r[2]) for r in _rows("dayparts.tsv")},
        numbers=_map("numbers.tsv"),
        units={norm(r[0]): (r[1], r[2]) for r in _rows("units.tsv")},
        parts=_map("parts.tsv"),
        modifiers=_map("modifiers.tsv"),
        relative_days=_imap("relative_days.tsv"),
        vague=_map("vague.tsv"),
        sets=_map("sets.tsv"),
        periods=_map("periods.tsv"),
        seasons=_map("seasons.tsv"),
        decades=_imap("decades.tsv"),
        quarters=_map("quarters.tsv"),
        traps=_kinds("traps.tsv"),
        tense=_kinds("tense.tsv"),
    )
