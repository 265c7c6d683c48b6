"""The Python suites (dateparser, Maha): phrases and expected values read from their test files with :mod:`ast`."""

from __future__ import annotations

import ast
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri
from suites_sources import (
    ARABIC,
    Case,
    Evaluator,
    HijriDay,
    classify,
    hijri_month,
    hijri_year,
    month_parts,
    show,
    timex,
)

SKIP_TIME_OF_DAY = "value depends on the reference's time of day"
SKIP_NO_VALUE = "no value to compare"


def _case(suite: str, phrase: str, ref: date, answers: set[tuple[str, ...]], hint: str = "") -> Case:
    frozen = frozenset(month_parts(phrase, answers))
    return Case(suite, classify(frozen, hint), phrase.strip(), ref, frozen)


# --- dateparser ---------------------------------------------------------------------------------------------

DATEPARSER_FILES = (
    "tests/test_freshness_date_parser.py",
    "tests/test_hijri.py",
    "tests/test_languages.py",
    "tests/test_search.py",
)
_UNITS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}


def _translation(text: str, now: datetime) -> set[tuple[str, ...]] | str:
    if m := re.fullmatch(r"(\d+) (second|minute|hour|day|week|month|year)", text):
        n, unit = m.groups()
        return {(f"PT{n}{_UNITS[unit]}" if unit in ("second", "minute", "hour") else f"P{n}{_UNITS[unit]}",)}
    if m := re.fullmatch(r"(\d+) (day|week|month|year) ago", text):
        n, unit = int(m.group(1)), m.group(2)
        return {(timex(now - relativedelta(**{f"{unit}s": n}), "Day"),)}
    if re.fullmatch(r"ago \d+ (hour|minute|second)|\d+ (hour|minute) ago", text):
        return SKIP_TIME_OF_DAY
    try:
        return {(timex(datetime.strptime(text, "%d %B %Y %I:%M %p"), "Minute"),)}
    except ValueError:
        return SKIP_NO_VALUE


def load_dateparser(repo: Path) -> tuple[list[Case], Counter[str]]:
    now = datetime(2014, 9, 1, 10, 30)  # test_freshness_date_parser's ``now``
    evaluate = Evaluator({"datetime": datetime})
    cases: list[Case] = []
    skipped: Counter[str] = Counter()
    for path in DATEPARSER_FILES:
        src = show(repo, path)
        if src is None:
            skipped[f"{path} missing"] += 1
            continue
        for node in ast.walk(ast.parse(src)):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "param"):
                continue
            try:
                args = [evaluate(a) for a in node.args]
                kwargs = {k.arg: evaluate(k.value) for k in node.keywords if k.arg}
            except ValueError:
                continue
            texts = [a for a in [*args, *kwargs.values()] if isinstance(a, str)]
            if not any(ARABIC.search(t) for t in texts):  # (a Hijri string without هـ is not one in text)
                continue
            if ("languages" in path or "search" in path) and args[0] != "ar":
                continue
            if "freshness" in path:
                ago = kwargs.get("ago", {})
                if set(ago) & {"hours", "minutes", "seconds"}:
                    skipped[SKIP_TIME_OF_DAY] += 1
                    continue
                cases.append(_case("dateparser", args[0], now.date(), {(timex(now - relativedelta(**ago), "Day"),)}))
            elif "hijri" in path:
                t = kwargs["dt_obj"]
                grain = "Minute" if t.hour or t.minute else "Day"
                cases.append(_case("dateparser", kwargs["dt_string"], now.date(), {(timex(t, grain),)}, "hijri"))
            elif "languages" in path:
                if len(args) < 3 or not isinstance(args[2], str):
                    skipped[SKIP_NO_VALUE] += 1
                    continue
                got = _translation(args[2], now)
                if isinstance(got, str):
                    skipped[got] += 1
                else:
                    cases.append(_case("dateparser", args[1], now.date(), got))
            elif len(args) >= 3 and isinstance(args[2], list):  # search: (substring, datetime) pairs
                base = kwargs.get("settings", {}).get("RELATIVE_BASE", now)
                for phrase, t in args[2]:
                    cases.append(_case("dateparser", phrase, base.date(), {(timex(t, "Day"),)}))
            else:
                skipped[SKIP_NO_VALUE] += 1
    return cases, skipped


# --- Maha ---------------------------------------------------------------------------------------------------

YEAR = {"current_year", "previous_year", "next_year", "after_before_years", "next_two_years", "previous_two_years"}
YEAR |= {"this_year"}
MONTH = {"n_months", "after_30_months", "specific_month", "next_specific_month_same_year", "month_and_year"}
MONTH |= {"next_specific_month_next_year", "previous_specific_month_previous_year", "previous_this_month"}
MONTH |= {"previous_specific_month_same_year"}
WEEK = {"next_weeks", "previous_weeks"}
DAY = {"next_days", "previous_days", "specific_next_weekday", "specific_previous_weekday", "first_day_and_month"}
TABLE = {**dict.fromkeys(YEAR, "Year"), **dict.fromkeys(MONTH, "Month"), **dict.fromkeys(WEEK, "Week")}
TABLE |= {**dict.fromkeys(DAY, "Day"), "specific_hour": "Hour"}
SKIP = dict.fromkeys(["after_hours", "before_hours", "specific_minute", "after_minutes", "before_minutes"], SKIP_TIME_OF_DAY)
SKIP |= {"am": SKIP_NO_VALUE, "pm": SKIP_NO_VALUE, "different_start_of_week": "the test changes the start of the week"}
DURATION_UNITS = {"SECONDS": "S", "MINUTES": "TM", "HOURS": "H", "DAYS": "D", "WEEKS": "W", "MONTHS": "M", "YEARS": "Y"}
SHORT = {"S": "SECONDS", "MIN": "MINUTES", "H": "HOURS", "D": "DAYS", "W": "WEEKS", "MON": "MONTHS", "Y": "YEARS"}


def _num(v: float) -> str:
    return f"{v:f}".rstrip("0").rstrip(".")


def duration_timex(amounts: list[float], units: list[str]) -> str:
    total: Counter[str] = Counter()
    for amount, unit in zip(amounts, units, strict=True):
        total[unit] += amount
    date_part = "".join(f"{_num(total[u])}{u}" for u in ("Y", "M", "W", "D") if total[u])
    time_part = "".join(f"{_num(total[u])}{u[-1]}" for u in ("H", "TM", "S") if total[u])
    return f"P{date_part}" + (f"T{time_part}" if time_part else "")


def _rows(fn: ast.FunctionDef, evaluate: Evaluator, generators: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """A parametrized test's rows as ``{argname: (value, node)}``; an unparametrized one's phrase."""
    for dec in fn.decorator_list:
        if isinstance(dec, ast.Call) and isinstance(dec.func, ast.Attribute) and dec.func.attr == "parametrize":
            names = [n.strip() for n in evaluate(dec.args[0]).split(",") if n.strip()]
            values = dec.args[1]
            if isinstance(values, ast.Call):  # chain(get_singular_values("…", …), …): templates taken in turn
                rows = []
                for gen in values.args:
                    assert isinstance(gen, ast.Call) and isinstance(gen.func, ast.Name)
                    positions = generators[gen.func.id]
                    for i, word in enumerate(evaluate(a) for a in gen.args):
                        amount, template = positions[i % len(positions)]
                        rows.append({"expected": (amount, None), "input": (template.format(word), None)})
                return rows
            assert isinstance(values, ast.List)
            out = []
            for elt in values.elts:
                parts = elt.elts if isinstance(elt, ast.Tuple) else [elt]
                out.append({n: (evaluate(p), p) for n, p in zip(names, parts, strict=True)})
            return out
    for node in ast.walk(fn):
        first = node.args[0] if isinstance(node, ast.Call) and node.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and ARABIC.search(first.value):
            return [{"input": (first.value, None)}]
    return []


def _expects_nothing(fn: ast.FunctionDef) -> bool:
    """``assert output == []``."""
    return any(
        isinstance(n, ast.Compare) and any(isinstance(c, ast.List) and not c.elts for c in n.comparators) for n in ast.walk(fn)
    )


def _assertion(fn: ast.FunctionDef) -> ast.Call | None:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id.startswith("assert_"):
            return node
    return None


def _grain_of(node: ast.AST | None, value: Any) -> str | None:
    """The grain an expected ``NOW.replace(...)``/``DATE.replace(...)`` names; None: depends on the time of day."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace":
        base = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
        keys = {k.arg for k in node.keywords}
        if base == "NOW" and ("hour" in keys) != ("minute" in keys):
            return None
        if keys & {"hour", "minute"}:
            return "Second" if "second" in keys and value.second else "Minute"
        return "Day" if "day" in keys else "Month" if "month" in keys else "Year" if "year" in keys else "Day"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "datetime":
        return ("Day", "Hour", "Minute", "Second")[min(len(node.args), 6) - 3]
    return "Day"


def _point(value: Any, node: ast.AST | None, grain: str | None) -> str | None:
    if isinstance(value, HijriDay):
        if value.level == "Year":
            return hijri_year(value.year)
        if value.level == "Month":
            return hijri_month(value.year, value.month)
        return Hijri(value.year, value.month, value.day).to_gregorian().isoformat()
    if value is None:
        return None
    g = grain or _grain_of(node, value)
    return None if g is None else timex(value, g, sunday_weeks=True)


def load_maha(repo: Path) -> tuple[list[Case], Counter[str]]:
    today = datetime(2021, 9, 1)
    now = today.replace(hour=10, minute=38, second=4)
    hijri_today = Gregorian(2021, 9, 1).to_hijri()
    units = {**DURATION_UNITS, **{k: DURATION_UNITS[v] for k, v in SHORT.items()}}
    env: dict[str, Any] = {"datetime": datetime, "DATE": today, "NOW": now, "HIJRI_DATE": hijri_today}
    env |= {"Hijri": HijriDay, "relativedelta": relativedelta, "DurationUnit": None, "__units__": units}
    env |= dict.fromkeys(["MO", "SA", "TU"])  # start-of-week settings (that test is skipped)
    env |= {k: DURATION_UNITS[v] for k, v in SHORT.items()}
    cases: list[Case] = []
    skipped: Counter[str] = Counter()
    for path in ("tests/parsers/test_time.py", "tests/parsers/test_duration.py"):
        src = show(repo, path)
        if src is None:
            skipped[f"{path} missing"] += 1
            continue
        tree = ast.parse(src)
        generators: dict[str, list[Any]] = {}
        for fn in tree.body:
            if isinstance(fn, ast.FunctionDef) and fn.name.startswith("get_"):
                for node in ast.walk(fn):
                    if isinstance(node, ast.Assign) and isinstance(node.value, ast.List):
                        generators[fn.name] = ast.literal_eval(node.value)
        for fn in tree.body:
            if not (isinstance(fn, ast.FunctionDef) and fn.name.startswith("test_")):
                continue
            name = fn.name.removeprefix("test_")
            evaluate = Evaluator(env)
            try:
                rows = _rows(fn, evaluate, generators)
            except ValueError:
                skipped[f"{name}: expected value not read"] += 1
                continue
            if name in SKIP:
                skipped[SKIP[name]] += len(rows)
                continue
            check = _assertion(fn)
            for row in rows:
                phrase = row["input"][0]
                if _expects_nothing(fn):
                    dimension = "duration" if "duration" in path else "time"
                    cases.append(_case("maha", phrase, today.date(), set(), f"nothing to find ({dimension})"))
                    continue
                if name == "now":
                    cases.append(_case("maha", phrase, today.date(), {("PRESENT_REF",)}))
                    continue
                if check is None:
                    skipped[SKIP_NO_VALUE] += 1
                    continue
                bound = Evaluator({**env, **{k: v for k, (v, _) in row.items()}})

                def arg(i: int, check: ast.Call = check, row: dict[str, Any] = row, bound: Evaluator = bound) -> Any:
                    node = check.args[i]
                    if isinstance(node, ast.Name) and node.id in row:
                        return row[node.id]
                    return bound(node), node

                kind = check.func.id if isinstance(check.func, ast.Name) else ""
                if "duration" in path:
                    if kind == "assert_expression_output":
                        amount, unit = arg(1)[0], arg(2)[0]
                        if amount < 0:
                            skipped["negative amount"] += 1
                            continue
                        cases.append(_case("maha", phrase, today.date(), {(duration_timex([amount], [unit]),)}))
                    else:
                        amounts = arg(1)[0]
                        units_of = row["units"][0] if "units" in row else arg(2)[0]
                        cases.append(_case("maha", phrase, today.date(), {(duration_timex(amounts, units_of),)}))
                    continue
                if kind == "assert_interval_output":
                    (start, s_node), (end, e_node) = arg(1), arg(2)
                    s_grain = _grain_of(s_node, start) if start is not None else "Day"
                    e_grain = _grain_of(e_node, end) if end is not None else "Day"
                    if s_grain is None or e_grain is None:
                        skipped[SKIP_TIME_OF_DAY] += 1
                        continue
                    if isinstance(s_node, ast.Name) and s_node.id == "NOW":
                        s_grain = e_grain
                    first, last = _point(start, s_node, s_grain), _point(end, e_node, e_grain)
                    if first is None or last is None:
                        got = {(first or last or "",)}
                    else:
                        got = {(first, last)}
                        if isinstance(s_node, ast.Name) and s_node.id == "NOW":
                            got.add(("PRESENT_REF", last))
                    cases.append(_case("maha", phrase, today.date(), got))
                    continue
                value, node = arg(1)
                hint = "hijri" if isinstance(value, HijriDay) else ""
                point = _point(value, node, TABLE.get(name))
                if point is None:
                    skipped[SKIP_TIME_OF_DAY] += 1
                    continue
                got = {(point,)}
                if isinstance(value, HijriDay) and value.day == 1 and re.search(r"بداية|مطلع", phrase):
                    got.add((f"{hijri_month(value.year, value.month)}|START",))
                if name in YEAR | MONTH and re.match(r"\s*(بعد|قبل)", phrase):
                    got.add((timex(value, "Day"),))
                if name in WEEK and "expected_week" in row and re.match(r"\s*(بعد|قبل)", phrase):
                    got.add((timex(today + timedelta(weeks=row["expected_week"][0]), "Day"),))
                cases.append(_case("maha", phrase, today.date(), got, hint))
    return cases, skipped
