"""Other date parsers' Arabic test suites, run through the timeline extractor.

Usage: python bench/timeline_suites.py [--mirrors /work/.mirror] [--misses N]

The phrases and their expected values are read at run time from local mirrors of the parsers' repositories
(``<mirrors>/<owner>+<name>/repo``, bare git directories, read with ``git show HEAD:<path>``); their text never
enters the project. A mirror that is absent is reported and skipped (exit 0).

* **Duckling** (facebook/duckling): ``Duckling/Time/AR/Corpus.hs`` (``examples (datetime (2013, 2, 12, …)
  Grain) ["phrase", …]``, intervals, holidays; the negative corpus) and ``Duckling/Duration/AR/Corpus.hs``;
  reference time Tuesday 2013-02-12T04:30.
* **dateparser** (scrapinghub/dateparser): the Arabic cases of ``tests/test_freshness_date_parser.py`` (their
  ``now``, 2014-09-01), ``tests/test_hijri.py``, ``tests/test_languages.py`` (translations whose English form
  names a value) and ``tests/test_search.py`` (their ``RELATIVE_BASE``).
* **Maha** (TRoboto/Maha): ``tests/parsers/test_time.py`` and ``tests/parsers/test_duration.py``; reference
  time Wednesday 2021-09-01T10:38:04. The expected values are Python expressions, evaluated by a small
  whitelist evaluator (``suites_sources.Evaluator``; the Python loaders are in ``suites_python.py``), never
  executed; the duration tests draw a random template per word, taken here in turn (word *i*, template *i*).

What counts as right: the extractor runs on the phrase alone with the suite's reference day. The expected
value is written as a TIMEX3 value at the suite's grain (year ``2013``, month ``2013-02``, ISO week
``2013-W07`` — a week the suite starts on Sunday is the ISO week of its Monday —, day, ``…T15:00`` for an hour,
``…T15:15`` for a minute, durations ``PT2M``, which compare by amount: ``P1.5Y`` = ``P1Y6M``, ``P1W`` = ``P7D``).
The phrase is right when one mention has that value (a range: one mention whose start and end are the
interval's first and last unit) and no other mention carries a value that disagrees (a coarser value that
contains it, such as the day of a clock time, agrees). A suite's *now* is ``PRESENT_REF``; an interval that
starts now may also be its end point or its length (``خلال اسبوعين``: ``P2W``); an interval that is a whole unit
may be that unit (the first or last ten days of a month ``YYYY-MM`` with mod START/END; 18:00-24:00 ``TNI`` or
``TEV``; a Hijri month the Gregorian month that holds most of it); «بعد/قبل N unit» may also be the day it
points at; «منتصف/بداية month», a suite's 15th/1st, may also be the month with mod MID/START (the
guidelines' form). Negative phrases are right when nothing of that kind is found (a time parser's negative
phrase may hold a duration). Cases whose value depends on the reference's time of day (the extractor takes a
day), and cases with no value to compare (am/pm flags, tokenisation), are counted as skipped, by reason.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from suites_python import load_dateparser, load_maha  # noqa: E402
from suites_sources import Case, load_duckling  # noqa: E402

from newsreader.commands.timeline import timexes_json  # noqa: E402
from newsreader.timeline import extract  # noqa: E402

SOURCES = (
    ("duckling", "facebook+duckling", load_duckling),
    ("dateparser", "scrapinghub+dateparser", load_dateparser),
    ("maha", "TRoboto+Maha", load_maha),
)

_DURATION = re.compile(
    r"^P(?:([\d.]+)Y)?(?:([\d.]+)M)?(?:([\d.]+)W)?(?:([\d.]+)D)?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?$"
)


def duration_amount(value: str) -> tuple[float, float] | None:
    """``(months, seconds)`` of a TIMEX3 duration, or None."""
    m = _DURATION.match(value)
    if not m or value in ("P", "PT"):
        return None
    y, mo, w, d, h, mi, s = (float(g) if g else 0.0 for g in m.groups())
    return round(12 * y + mo, 3), round((((7 * w + d) * 24 + h) * 60 + mi) * 60 + s, 3)


def same(predicted: str, expected: str) -> bool:
    """``expected`` may carry ``|MOD``: then the mention's mod must be that; otherwise the mod is not compared."""
    if "|" in expected:
        return predicted == expected
    value = predicted.split("|", 1)[0]
    if value == expected:
        return True
    a, b = duration_amount(value), duration_amount(expected)
    return a is not None and a == b


def answers(phrase: str, ref: date) -> list[tuple[str, ...]]:
    """What the extractor says of a phrase: one tuple per mention (a range: its start and end)."""
    out: list[tuple[str, ...]] = []
    for m in extract(phrase, ref):
        points = timexes_json(m)
        values = tuple(f"{p['value']}|{p['mod']}" if p.get("mod") else str(p["value"]) for p in points)
        out.append(values)
    return out


def is_right(case: Case, said: list[tuple[str, ...]]) -> bool:
    if not case.answers:  # a time parser's negative phrase may still hold a duration, a duration parser's a date
        durations = [duration_amount(v.split("|")[0]) is not None for got in said for v in got]
        return not any(durations) if case.cls.endswith("(duration)") else all(durations)
    for i, got in enumerate(said):
        for want in case.answers:
            if len(got) == len(want) and all(same(g, w) for g, w in zip(got, want, strict=True)):
                rest = [v.split("|", 1)[0] for j, other in enumerate(said) if j != i for v in other]
                plain = [w.split("|", 1)[0] for w in want]
                if all(any(p.startswith(v) for p in plain) for v in rest):
                    return True
    return False


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirrors", default="/work/.mirror")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed phrases per class")
    a = ap.parse_args()
    mirrors = Path(a.mirrors)
    total = [0, 0]
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list[str]] = defaultdict(list)
    for name, folder, load in SOURCES:
        repo = mirrors / folder / "repo"
        if not repo.is_dir():
            print(f"{name:11} mirror absent ({repo}): skipped")
            continue
        cases, skipped = load(repo)
        right = 0
        seen: set[tuple[str, date]] = set()
        unique = [c for c in cases if (c.phrase, c.ref) not in seen and not seen.add((c.phrase, c.ref))]
        for case in unique:
            said = answers(case.phrase, case.ref)
            ok = is_right(case, said)
            right += ok
            key = f"{name}: {case.cls}"
            by_class[key][0] += ok
            by_class[key][1] += 1
            if not ok:
                misses[key].append(f"{case.phrase!r} want {sorted(case.answers)} got {said}")
        total[0] += right
        total[1] += len(unique)
        skip = ", ".join(f"{n} {why}" for why, n in sorted(skipped.items())) or "none"
        print(f"{name:11} {right:4}/{len(unique):4} right ({right / max(len(unique), 1):.0%}) | skipped: {skip}")
    for key in sorted(by_class):
        r, n = by_class[key]
        print(f"  {key:42} {r:4}/{n:4}")
        for line in misses[key][: a.misses]:
            print(f"      {line}")
    if total[1]:
        print(f"all         {total[0]:4}/{total[1]:4} right ({total[0] / total[1]:.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
