"""The walk: find candidate words, try the families that can start there, keep what a family accepts, then
the post-passes that join ranges and fill in what one mention tells about another.

Each family (its pattern and its handler) is a module of :mod:`newsreader.timeline.families`; the patterns
are compiled together in :mod:`newsreader.timeline.grammar`, under the family prefixes of ``FAMILIES``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from newsreader.domain import Mention
from newsreader.text import arabic
from newsreader.timeline.context import AND_LIST, Ctx, Found, Rejected
from newsreader.timeline.families import (
    ages,
    compounds,
    dates,
    decades,
    durations,
    month_weeks,
    months,
    occasions,
    periods,
    quarters,
    ranges,
    relative_days,
    seasons,
    sets,
    times,
    vague,
    weekdays,
    word_years,
    years,
)
from newsreader.timeline.grammar import DIGIT_FAMILIES, FAMILIES, fold_same_length, singles, starter_families, trigger
from newsreader.timeline.resolve import interval
from newsreader.timeline.tables import load

#: ``[!?؟\n]|(?<!\d)\.|\.(?!\d)``, written to begin with a character set so that the search
#: skips to the next candidate character in C
_SENT_END = re.compile(r"[!?؟\n.](?:(?<=[!?؟\n])|(?<!\d\.)|(?!\d))")


#: family prefix (the patterns' group names) → its handler
HANDLERS: dict[str, Callable[[Ctx, re.Match[str]], Found]] = {
    "en": dates.english,
    "num": dates.numeric,
    "dana": dates.day_of_that_month,
    "dm": dates.day_month,
    "q": quarters.handle,
    "ss": seasons.handle,
    "dec": decades.handle,
    "per": periods.handle,
    "mon": months.handle,
    "wd": weekdays.handle,
    "rel": relative_days.handle,
    "tod": times.handle,
    "yr": years.handle,
    "set": sets.handle,
    "du": durations.handle,
    "vg": vague.handle,
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


def _handle(ctx: Ctx, m: re.Match[str]) -> tuple[Found, int] | None:
    fam = _family(m)
    try:
        found = HANDLERS[fam](ctx, m)
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
    ctx = Ctx(text=text, ref=reference, t=t, bounds=bounds)
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
            and AND_LIST.match(text, prev.end, found.start)
            and not compounds.between(ctx, prev)
        ):
            merged = compounds.merge_durations(prev.value, found.value)
            if merged is not None:
                prev.end, prev.value = found.end, merged
                continue
        if prev is not None and times.minutes_after_daypart(ctx, prev, found):
            continue
        weekdays.agreeing_weekday(ctx, found)
        listed = ranges.listed_day(ctx, found) or times.listed_time(ctx, found)
        if listed is not None:
            ctx.found.append(listed)
        else:
            ctx.found.extend(compounds.listed_counts(ctx, found))
        _after_found(ctx, found)
        ctx.found.append(found)
        for extra in dates.continued_ordinals(ctx, found):
            ctx.found.append(extra)
            pos = max(pos, extra.end)
    times.clock_ranges(ctx)
    ranges.join_ranges(ctx)
    weekdays.weekdays_dated_elsewhere(ctx)
    weekdays.weekdays_in_counted_weeks(ctx)
    durations.bare_unit_durations(ctx)
    decades.centuries(ctx)
    times.clock_twins(ctx)
    times.time_before_its_day(ctx)
    times.lone_times_today(ctx)
    return [_mention(ctx, f) for f in ctx.found]


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] == arabic.TATWEEL):
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


def _after_found(ctx: Ctx, f: Found) -> None:
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


def _mention(ctx: Ctx, f: Found) -> Mention:
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
