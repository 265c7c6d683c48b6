"""What the extractor knows while it walks one text: the found mentions, anchors, sentence bounds."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from newsreader.timeline.tables import Tables, norm

TOKEN = re.compile(r"[^\W\d_]+")
#: Where a clause ends after a position: punctuation, a line's end or the text's.
CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,،؛;:!?؟)\n]|$)")
#: Only «و» between two expressions (matched with an end position: ``AND_GAP.match(text, a, b)``).
AND_GAP = re.compile(r"[^\S\n]*و[^\S\n]*$")
#: … or «، و» (the last of a list: «3 ساعات، و30 دقيقة»)
AND_LIST = re.compile(r"[^\S\n]*[،,]?[^\S\n]*و[^\S\n]*$")


class Rejected(Exception):  # noqa: N818 - control flow, not an error
    """The matched text is not a temporal expression here."""


@dataclass
class Found:
    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    calendar: str = "gregorian"
    bounds: tuple[date, date] | None = None  # the interval, when the value cannot say it (a Hijri month)
    stop: int = 0  # set by a handler that used less of the match than the pattern took (a month list)
    kind: str = ""  # "weekday": a bare weekday; "month": a month whose year was inferred
    end_value: str | None = None  # a range: its end (``value`` is its start)
    end_start: int | None = None  # … and where the end's expression begins


@dataclass
class Ctx:
    text: str
    ref: date | None
    t: Tables
    bounds: list[int]
    last_year: int | None = None
    last_month: tuple[int, int] | None = None
    anchor: tuple[int, int, int | None] | None = None  # (sentence, year, month) of the last explicit year
    day_anchor: tuple[int, date, int] | None = None  # (sentence, day, end offset)
    set_pos: int = -1
    found: list[Found] = field(default_factory=list)
    named_months: dict[int, int] = field(default_factory=dict)  # month → year it was last named with

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.bounds, pos)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = self.sentence_of(pos)
        start = self.bounds[i - 1] + 1 if i > 0 else 0
        end = self.bounds[i] if i < len(self.bounds) else len(self.text)
        return start, end


def words_before(ctx: Ctx, pos: int, n: int) -> list[str]:
    s0, _ = ctx.sentence_span(pos)
    chunk = ctx.text[max(s0, pos - 15 * n) : pos]
    return [norm(w) for w in TOKEN.findall(chunk)[-n:]]


def words_after(ctx: Ctx, pos: int, n: int) -> list[str]:
    _, s1 = ctx.sentence_span(max(pos - 1, 0))  # ``pos`` is an end: its sentence is the one before it
    chunk = ctx.text[pos : min(s1, pos + 15 * n)]
    return [norm(w) for w in TOKEN.findall(chunk)[:n]]
