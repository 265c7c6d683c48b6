"""Arrange timeline mentions for display: chronological groups, undated section, story merge (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from newsreader.domain import Article, Mention

# Named tuples rather than dataclasses: the timeline pane shows on the window's first paint, and
# a dataclass costs several times as much to define (0.8–0.9 against 0.1 ms each, measured).


class Entry(NamedTuple):
    """One line of a timeline: a mention, and the article it came from (story timeline)."""

    mention: Mention
    article_id: str = ""
    article_title: str = ""


class MonthGroup(NamedTuple):
    month: int | None  # None: the year only (e.g. «2012», «صيف 2021» spans are placed by first day)
    entries: list[Entry]  # filled by build()


class YearGroup(NamedTuple):
    year: int
    months: list[MonthGroup]


class Timeline(NamedTuple):
    years: list[YearGroup]
    undated: list[Entry]  # durations, sets, vague references


def is_dated(m: Mention) -> bool:
    return bool(m.first_day) and m.type in ("DATE", "TIME")


def _precision_month(m: Mention) -> int | None:
    """The month to file a mention under, or None when it covers more than one month."""
    assert m.first_day is not None
    last = m.last_day or m.first_day
    if m.first_day[:7] == last[:7]:
        return int(m.first_day[5:7])
    return None


def build(entries: Iterable[Entry]) -> Timeline:
    """Group dated entries by year then month in chronological order; the rest go to ``undated``."""
    dated: list[Entry] = []
    undated: list[Entry] = []
    for e in entries:
        (dated if is_dated(e.mention) else undated).append(e)
    dated.sort(key=lambda e: (e.mention.first_day or "", e.mention.last_day or "", e.mention.start))
    years: list[YearGroup] = []
    for e in dated:
        assert e.mention.first_day is not None
        year = int(e.mention.first_day[:4])
        month = _precision_month(e.mention)
        if not years or years[-1].year != year:
            years.append(YearGroup(year, []))
        months = years[-1].months
        if not months or months[-1].month != month:
            # whole-year or multi-month entries of a year come before its months
            if month is None and months and months[-1].month is not None:
                target = next((g for g in months if g.month is None), None)
                if target is None:
                    target = MonthGroup(None, [])
                    months.insert(0, target)
                target.entries.append(e)
                continue
            months.append(MonthGroup(month, []))
        months[-1].entries.append(e)
    return Timeline(years, undated)


def from_mentions(mentions: Sequence[Mention], article_id: str = "", title: str = "") -> Timeline:
    return build(Entry(m, article_id, title) for m in mentions)


def shorten(sentence: str, mention: Mention, width: int = 140) -> str:
    """The sentence cut to about ``width`` characters around the mention, with «…» where cut."""
    text = " ".join(sentence.split()).rstrip(".… ")
    if len(text) <= width:
        return text
    pos = text.find(mention.text)
    if pos < 0:
        return text[: width - 1].rstrip() + "…"
    start = max(0, pos - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    out = text[start:end].strip()
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else "")


CSV_COLUMNS = (
    "article_id",
    "title",
    "published",
    "text",
    "type",
    "value",
    "mod",
    "calendar",
    "first_day",
    "last_day",
    "start",
    "end",
    "sentence",
    "end_value",
)


def to_csv(mentions: Sequence[Mention], article: Article) -> str:
    """One row per mention, chronological (undated ones last), with the article it came from (a range:
    ``value`` its start, ``end_value`` its end, ``first_day``–``last_day`` the whole; for spreadsheets:
    :mod:`newsreader.csvout`)."""
    from newsreader import csvout

    ordered = sorted(mentions, key=lambda m: (m.first_day is None, m.first_day or "", m.start))
    return csvout.to_csv(
        CSV_COLUMNS,
        (
            [
                article.id,
                article.title,
                article.published or "",
                m.text,
                m.type,
                m.value,
                m.mod or "",
                m.calendar,
                m.first_day or "",
                m.last_day or "",
                m.start,
                m.end,
                " ".join(m.sentence.split()),
                m.end_value or "",
            ]
            for m in ordered
        ),
    )
