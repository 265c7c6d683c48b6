"""Find and resolve the dates an Arabic text mentions (no Qt).

Each family of expressions is a module of :mod:`newsreader.timeline.families` (its pattern beside its
handler), built on the word tables in ``resources/timeline/``; :mod:`newsreader.timeline.grammar` compiles
the patterns and :mod:`newsreader.timeline.extractor` walks the text and runs the post-passes.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import replace
from datetime import date

from newsreader.domain import Mention

#: Bumped with every change to the extractor's code that changes what it finds or how it resolves it.
RULES_VERSION = 5  # 5: issue 16: a phrase alone, nth weekdays and days of a month, ranges, occasions, anaphora;
# clock times, durations of several parts, numbers in words, sets, spoken forms
# 4: the marks of newsreader.text.arabic (all harakat, Quranic marks, superscript alef)


@functools.cache
def extractor_version() -> str:
    """The extractor's version: its rules and its data (the word tables and cue words of
    ``resources/timeline``). A library records the version its stored mentions were extracted with; one
    extracted by another version is re-extracted in the background (:mod:`newsreader.store.timeline_mentions`)."""
    from newsreader import paths

    crc = 0
    for path in sorted(paths.resource("timeline").iterdir()):
        if path.is_file() and path.suffix in (".tsv", ".txt"):
            crc = zlib.crc32(path.name.encode("utf-8") + b"\0" + path.read_bytes(), crc)
    return f"{RULES_VERSION}.{crc:08x}"


def extract(text: str, reference: date | None) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``reference``, sorted by start."""
    from newsreader.timeline import extractor as _impl

    return _impl.extract(text, reference)


_CONNECTOR_TAIL = re.compile(r"[^\S\n]*(?:[-–،,]|و?(?:إلى|الى|حتى|لغاية)|و|(?<!\w)ل)?[^\S\n]*$")


def timexes(mentions: list[Mention]) -> list[Mention]:
    """The mentions as TIMEX3 expressions: a range («من 13 إلى 15 تموز», one mention) becomes its two ends,
    each with its own text, offsets, value and days, as TimeML writes a range (it has no range value)."""
    from newsreader.timeline.resolve import interval

    out: list[Mention] = []
    for m in mentions:
        if m.end_value is None or m.end_start is None or not m.start < m.end_start < m.end:
            out.append(m)
            continue
        head = m.text[: m.end_start - m.start]
        tail = _CONNECTOR_TAIL.search(head)
        head = head[: tail.start()] if tail is not None and tail.start() > 0 else head
        first, last = interval(m.value), interval(m.end_value)
        out.append(
            replace(
                m,
                text=head,
                end=m.start + len(head),
                end_value=None,
                end_start=None,
                last_day=first[1].isoformat() if first else m.first_day,
            )
        )
        out.append(
            replace(
                m,
                text=m.text[m.end_start - m.start :],
                start=m.end_start,
                value=m.end_value,
                mod=None,
                end_value=None,
                end_start=None,
                first_day=last[0].isoformat() if last else m.last_day,
            )
        )
    return out
