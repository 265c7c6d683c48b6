"""Phrases and expected TIMEX3 values from other date parsers' Arabic tests (see ``timeline_suites.py``).

Each loader takes a mirror (a bare git directory) and returns ``(cases, skipped)``: the cases, and how many
were left out for each reason. Nothing here executes the mirrors' code: Haskell is read with regular
expressions, Python with :mod:`ast` and a whitelist evaluator.
"""

from __future__ import annotations

import ast
import re
import subprocess
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from hijridate import Hijri

ARABIC = re.compile(r"[\u0600-\u06FF]")
GRAINS = ("Year", "Month", "Week", "Day", "Hour", "Minute", "Second")


@dataclass(frozen=True)
class Case:
    suite: str
    cls: str
    phrase: str
    ref: date
    answers: frozenset[tuple[str, ...]]  # empty: nothing should be found


def show(repo: Path, path: str) -> str | None:
    out = subprocess.run(["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True, text=True)
    return out.stdout if out.returncode == 0 else None


def timex(t: datetime, grain: str, sunday_weeks: bool = False) -> str:
    if grain == "Year":
        return f"{t.year:04d}"
    if grain == "Month":
        return f"{t.year:04d}-{t.month:02d}"
    if grain == "Week":
        y, w, _ = (t + timedelta(days=1) if sunday_weeks else t).isocalendar()
        return f"{y:04d}-W{w:02d}"
    day = t.strftime("%Y-%m-%d")
    if grain == "Day":
        return day
    if grain == "Second" and t.second:
        return f"{day}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    return f"{day}T{t.hour:02d}:{t.minute:02d}"


def step_back(t: datetime, grain: str) -> datetime:
    """The last unit of an interval whose end ``t`` is exclusive."""
    if grain == "Year":
        return t - relativedelta(years=1)
    if grain == "Month":
        return t - relativedelta(months=1)
    if grain == "Week":
        return t - timedelta(weeks=1)
    if grain == "Day":
        return t - timedelta(days=1)
    return t - timedelta(hours=1) if grain == "Hour" else t - timedelta(minutes=1)


def mostly_in(first: date, last: date, unit: str) -> str:
    """The Gregorian month (or year) holding most days of ``first..last`` (a Hijri month or year)."""
    days = Counter((first + timedelta(days=i)) for i in range((last - first).days + 1))
    key = Counter(d.strftime("%Y-%m" if unit == "Month" else "%Y") for d in days)
    return key.most_common(1)[0][0]


def hijri_month(y: int, m: int) -> str:
    first = Hijri(y, m, 1).to_gregorian()
    return mostly_in(first, first + timedelta(days=Hijri(y, m, 1).month_length() - 1), "Month")


def hijri_year(y: int) -> str:
    return mostly_in(Hijri(y, 1, 1).to_gregorian(), Hijri(y + 1, 1, 1).to_gregorian() - timedelta(days=1), "Year")


def interval_answers(start: datetime, end: datetime, grain: str, now: datetime, hijri: bool) -> set[tuple[str, ...]]:
    """A half-open interval as a range, and the single values that name the same span."""
    last = step_back(end, grain)
    out: set[tuple[str, ...]] = {(timex(start, grain), timex(last, grain))}
    if start == now:  # "until 14:00", "within two weeks": the end point or the length
        out.add((timex(end if grain in ("Second", "Minute", "Hour") else last, grain),))
        if (days := (end.date() - now.date()).days) > 0:
            out.add((f"P{days}D",))
    if grain == "Week" and start > now:
        out.add((f"P{(end - start).days // 7}W",))
    if grain == "Day" and start.day == 1 and end.day == 11:
        out.add((f"{start:%Y-%m}|START",))
    if grain == "Day" and start.day == 21 and end.day == 1:
        out.add((f"{start:%Y-%m}|END",))
    if grain == "Hour" and start.hour == 18 and end.hour == 0 and end.date() > start.date():
        out |= {(f"{start:%Y-%m-%d}TNI",), (f"{start:%Y-%m-%d}TEV",)}
    if hijri:
        out.add((mostly_in(start.date(), end.date() - timedelta(days=1), "Month"),))
    return out


def month_parts(phrase: str, answers: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The guidelines' form of «منتصف/بداية month»: the month with mod MID/START, beside the suite's day."""
    out = set(answers)
    for (value,) in (a for a in answers if len(a) == 1):
        if re.fullmatch(r"\d{4}-\d\d-15", value) and re.search(r"منتصف|نصف|\bنص\b", phrase):
            out.add((f"{value[:7]}|MID",))
        if re.fullmatch(r"\d{4}-\d\d-01", value) and re.search(r"بداية|مطلع", phrase):
            out.add((f"{value[:7]}|START",))
    return out


def classify(answers: frozenset[tuple[str, ...]], hint: str = "") -> str:
    if hint:
        return hint
    if not answers:
        return "nothing to find"
    first = min(answers)
    if len(first) == 2:
        return "range"
    v = first[0].split("|")[0]
    if v == "PRESENT_REF":
        return "now"
    if v.startswith("P"):
        return "duration"
    if "T" in v:
        return "clock time" if ":" in v else "part of day"
    if "-W" in v:
        return "week"
    return {4: "year", 7: "month"}.get(len(v), "day")


# --- Duckling -----------------------------------------------------------------------------------------------

_TUPLE = r"\((\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)"


def _dt(m: tuple[str, ...]) -> datetime:
    return datetime(*(int(x) for x in m))  # type: ignore[misc]


def load_duckling(repo: Path) -> tuple[list[Case], Counter[str]]:
    now = datetime(2013, 2, 12, 4, 30)
    ref = now.date()
    cases: list[Case] = []
    skipped: Counter[str] = Counter()
    time_src = show(repo, "Duckling/Time/AR/Corpus.hs") or ""
    for block in re.finditer(r"examples \((.*?)\)\s*\[(.*?)\]", time_src, re.S):
        head, phrases = block.group(1), re.findall(r'"([^"]*)"', block.group(2))
        grain = next((g for g in GRAINS if re.search(rf"\b{g}\b", head)), "Day")
        tuples = re.findall(_TUPLE, head)
        hint = ""
        if head.startswith("datetimeInterval"):
            start, end = _dt(tuples[0]), _dt(tuples[1])
            holiday = "Holiday" in head
            got = interval_answers(start, end, grain, now, hijri=holiday)
            hint = "holiday" if holiday else ""
        else:
            t = _dt(tuples[0])
            got = {("PRESENT_REF",)} if grain == "Second" and t == now else {(timex(t, grain),)}
            hint = "holiday" if head.startswith("datetimeHoliday") else ""
        for p in phrases:
            answers = frozenset(month_parts(p, got))
            cases.append(Case("duckling", classify(answers, hint), p, ref, answers))
    negative = re.search(r"negativeCorpus.*?examples =\s*\[(.*?)\]", time_src, re.S)
    for p in re.findall(r'"([^"]*)"', negative.group(1) if negative else ""):
        cases.append(Case("duckling", "nothing to find (time)", p, ref, frozenset()))
    units = {"Second": "PT{}S", "Minute": "PT{}M", "Hour": "PT{}H", "Day": "P{}D", "Week": "P{}W"}
    units |= {"Month": "P{}M", "Year": "P{}Y"}
    duration_src = show(repo, "Duckling/Duration/AR/Corpus.hs") or ""
    for block in re.finditer(r"examples \(DurationData (\d+) (\w+)\)\s*\[(.*?)\]", duration_src, re.S):
        answers = frozenset({(units[block.group(2)].format(block.group(1)),)})
        cases += [Case("duckling", "duration", p, ref, answers) for p in re.findall(r'"([^"]*)"', block.group(3))]
    if not time_src:
        skipped["corpus file missing"] += 1
    return cases, skipped


# --- a whitelist evaluator for the Python tests' expected values --------------------------------------------


@dataclass(frozen=True)
class HijriDay:
    year: int
    month: int
    day: int
    level: str = "Day"  # "Month"/"Year" when the test fills the day (and month) from today's Hijri date


class Evaluator:
    """Evaluates literals, ``datetime(...)``, ``X.replace(...)``, ``relativedelta(...)``, ``Hijri(...)``,
    names bound in ``env`` and ``+``/``-``/unary minus; anything else raises ValueError."""

    def __init__(self, env: dict[str, Any]) -> None:
        self.env = env

    def __call__(self, node: ast.AST) -> Any:
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Tuple | ast.List):
            return [self(e) for e in node.elts]
        if isinstance(node, ast.Dict):
            return {self(k): self(v) for k, v in zip(node.keys, node.values, strict=True) if k is not None}
        if isinstance(node, ast.Name) and node.id in self.env:
            return self.env[node.id]
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return -self(node.operand)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
            left, right = self(node.left), self(node.right)
            return left + right if isinstance(node.op, ast.Add) else left - right
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "datetime" and node.attr == "datetime":
                return datetime
            base = self(node.value)
            if node.attr in ("year", "month", "day", "hour", "minute", "second"):
                return getattr(base, node.attr)
            if isinstance(base, datetime) and node.attr == "replace":
                return base.replace
            if node.attr in self.env.get("__units__", {}):
                return self.env["__units__"][node.attr]
        if isinstance(node, ast.Call):
            func = self(node.func)
            args = [self(a) for a in node.args]
            kwargs = {k.arg: self(k.value) for k in node.keywords if k.arg}
            if func is datetime or func is relativedelta or getattr(func, "__name__", "") == "replace":
                return func(*args, **kwargs)
            if func is HijriDay:
                level = "Day"
                if _is_attr(node.args[2], "HIJRI_DATE", "day"):
                    level = "Year" if _is_attr(node.args[1], "HIJRI_DATE", "month") else "Month"
                return HijriDay(*args, level=level)
        raise ValueError(ast.dump(node)[:80])


def _is_attr(node: ast.AST, name: str, attr: str) -> bool:
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == name and node.attr == attr
