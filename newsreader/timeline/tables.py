"""Load the word tables in ``resources/timeline/`` and turn them into regex pieces.

The tables are plain TSV data (see ``resources/timeline/README.md``), the cue words
around expressions one list per kind in ``cue_words.txt``. Lookups go
through :func:`norm`, which folds the spelling variants Arabic news text uses
(hamza forms, taa marbuta, alif maqsura, diacritics, tatweel), so a table lists
each word once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsreader import paths
from newsreader.text import arabic

_DIACRITICS = re.compile(f"[{arabic.MARKS_CLASS}]")
_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans(arabic.SPELLING_FOLDS)

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
_MARKS = f"[{arabic.MARKS_CLASS}]?"


@lru_cache(maxsize=1 << 16)  # the extractor folds the words around every match: most repeat
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
    """A non-capturing alternation of word patterns, longest first.

    Written as a trie (:func:`_trie`): it matches exactly what ``(?:w1|w2|…)`` of the word
    patterns matches, preferring the same word, but a word that fails costs one step at the
    first letter where it parts from the others, not a step for each of hundreds of words."""
    uniq = sorted({_DIACRITICS.sub("", w) for w in words}, key=lambda w: (-len(w), w))
    if any(ch != " " and ch.isspace() for w in uniq for ch in w):
        return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")"
    return "(?:" + _trie([[_token(ch) for ch in w] for w in uniq]) + ")"


# -- the trie ---------------------------------------------------------------------------
# A token is one character of a word pattern: (its regex, the characters it can begin with,
# the characters its optional or repeated tail takes). A letter is a class of its variants with
# an optional mark after it; a space is a run of spaces.
Token = tuple[str, frozenset[str], frozenset[str]]
_WS = frozenset({" "})  # stands for any space but a newline: words hold no other space (checked above)
_MARK_CHARS = arabic.MARKS


def _token(ch: str) -> Token:
    if ch == " ":
        return r"[^\S\n]+", _WS, _WS
    if ch in _VARIANTS:
        return _VARIANTS[ch] + _MARKS, frozenset(_VARIANTS[ch][1:-1]), _MARK_CHARS
    return re.escape(ch) + _MARKS, frozenset(ch), _MARK_CHARS


def _trie(seqs: list[list[Token]]) -> str:
    """The alternation of ``seqs`` (in this order of preference) with common first tokens factored out.

    Exact, not approximate: alternatives are only moved past others that cannot begin with the
    same character (so at most one of them can match at any place), and a token is only factored
    out when none of the rests could begin inside its optional tail (a mark, a space) and a word
    that ends there comes last, so the engine tries the same words in the same order."""
    buckets: list[list[list[Token]]] = []
    for seq in seqs:
        if not seq:  # a word ended here: nothing may move past it
            buckets.append([seq])
            continue
        first = seq[0]
        target = None
        for i in range(len(buckets) - 1, -1, -1):
            head = buckets[i][0]
            if head and head[0][0] == first[0]:
                target = i
                break
            if not head or head[0][1] & first[1]:
                break  # it would move past an alternative that may match here
        if target is None:
            buckets.append([seq])
        else:
            buckets[target].append(seq)
    return "|".join(_bucket(b) for b in buckets)


def _bucket(seqs: list[list[Token]]) -> str:
    if len(seqs) == 1:
        return "".join(t[0] for t in seqs[0])
    first = seqs[0][0]
    rests = [seq[1:] for seq in seqs]
    ended = [i for i, r in enumerate(rests) if not r]
    safe = all(not (r[0][1] & first[2]) for r in rests if r) and all(i == len(rests) - 1 for i in ended)
    if not safe:
        return "|".join("".join(t[0] for t in seq) for seq in seqs)
    return first[0] + "(?:" + _trie(rests) + ")"


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


@dataclass(frozen=True, slots=True)
class Occasion:
    calendar: str  # hijri, greg
    month: int
    day: int
    days: int  # how many days it lasts


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
    number_scales: dict[str, tuple[int, str]]  # «مئة», «ألف», «آلاف» → (value, hundreds/thousands/times)
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
    ranges: dict[str, frozenset[str]]  # kind (opens, between, moves) → words around «من X إلى Y»
    bare_units: dict[str, frozenset[str]]  # kind (lead, not_after) → words around «خلال الشهر»
    occasions: dict[str, tuple[Occasion, ...]]
    occasion_words: dict[str, dict[str, str]]  # kind (day, epithet, lead) → word → value
    month_ordinals: dict[str, str]  # «الثانية» → 2, «الأخير» → L
    anchored_days: frozenset[str]  # relative days counted from the day the sentence is about
    clock_context: dict[str, str]  # phrase earlier in the sentence → am/pm for a bare clock time
    clock_after: dict[str, str]  # phrase right after a clock time → am/pm/night («بعد المغرب»)
    clock_numbers: dict[str, int]  # cardinal hour words, only after «الساعة» or before a part of the day
    cues: dict[str, frozenset[str]]  # kind → the cue words of ``cue_words.txt``, folded for lookup
    cue_words: dict[str, tuple[str, ...]]  # … as written there, for patterns (:func:`alternation`)


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
    cue_words: dict[str, tuple[str, ...]] = {}
    for kind, word in _rows("cue_words.txt"):
        cue_words[kind] = (*cue_words.get(kind, ()), word)
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
        number_scales={norm(r[0]): (int(r[1]), r[2]) for r in _rows("number_scales.tsv")},
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
        ranges=_kinds("ranges.tsv"),
        bare_units=_kinds("bare_units.tsv"),
        occasions=_occasions(),
        occasion_words=_kind_values("occasion_words.tsv"),
        month_ordinals=_map("month_ordinals.tsv"),
        clock_context=_map("clock_context.tsv"),
        clock_after=_map("clock_after.tsv"),
        clock_numbers=_imap("clock_numbers.tsv"),
        anchored_days=frozenset(norm(r[0]) for r in _rows("relative_days.tsv") if r[2:3] == ["anchor"]),
        cues={kind: frozenset(norm(w) for w in words) for kind, words in cue_words.items()},
        cue_words=cue_words,
    )


def _occasions() -> dict[str, tuple[Occasion, ...]]:
    out: dict[str, tuple[Occasion, ...]] = {}
    for name, cal, month, day, days in _rows("occasions.tsv"):
        key = norm(name)
        out[key] = (*out.get(key, ()), Occasion(cal, int(month), int(day), int(days)))
    return out


def _kind_values(name: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in _rows(name):
        out.setdefault(row[0], {})[norm(row[1])] = row[2] if len(row) > 2 else ""
    return out
