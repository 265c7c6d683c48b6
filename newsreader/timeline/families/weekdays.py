"""Weekdays: «الثلاثاء», «يوم الجمعة المقبل», «أمس الأحد», «الجمعة 15 الجاري», «الخميس من الأسبوع المقبل».
Family ``wd``; the post-passes that date a bare weekday from a full date beside it or elsewhere in the text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreader.timeline import infer
from newsreader.timeline.context import TOKEN, Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.grammar import CM, OS, SP, Pieces, words
from newsreader.timeline.resolve import add_months, last_dom, safe_date, weekday_for
from newsreader.timeline.tables import norm
from newsreader.timeline.tense import clause_tense, is_nonpast


def pattern(p: Pieces) -> str:
    """The family's regex (groups ``wd_*``)."""
    rel = words("اليوم", "أمس", "الأمس", "غدا", "غداً", "غدًا", "غد", "الغد")
    # «أحد الأسبوع الماضي», «ثلاثاء الأسبوع الفائت»: a weekday in construct with its week
    bare = rf"(?P<wd_bw>{p.bare_wd}){SP}{words('الأسبوع')}{SP}(?P<wd_bmod>{p.mod})(?!\w)"
    return (
        rf"{bare}|(?:(?P<wd_dp>{p.dp}){SP})?(?:(?P<wd_rel>{rel}){CM}{OS})?"
        rf"(?:(?P<wd_this>{words('هذا', 'هذه')}){SP})?(?:{words('يوم', 'يوما', 'يومي')}{SP})?(?P<wd_w>{p.wd})"
        rf"(?:{SP}(?P<wd_mod2>{p.mod2})(?!\w)|{OS}(?P<wd_mod>{p.mod})"
        rf"|{SP}(?:(?:من|في){SP})?(?:{words('الأسبوع')}{SP}(?P<wd_wmod>{p.mod})(?!\w)|(?P<wd_wthis>{words('هذا الأسبوع')})(?!\w))"
        rf"|{CM}{SP}(?:الـ?{OS})?(?:(?P<wd_d>\d{{1,2}})(?![\d/:\-]|[.,]\d)|(?P<wd_o>{p.ordw})(?!\w))(?:{SP}(?:من{SP}{words('الشهر')}{SP})?(?P<wd_dmod>{p.mod})(?!\w)"
        rf"|(?={OS}(?:[،,.؛:)\n]|$))))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    if m.group("wd_bw"):
        if ctx.ref is None:
            raise Rejected
        iso_b = ctx.t.weekdays[norm("ال" + m["wd_bw"])]
        return Found(0, 0, "DATE", _in_week(ctx, m["wd_bmod"], iso_b).isoformat())
    iso = ctx.t.weekdays.get(norm(m["wd_w"]))
    if iso is None:
        raise Rejected
    after = words_after(ctx, m.end(), 1)
    if after and after[0] in (norm("عشر"), norm("عشرة")):
        raise Rejected
    cl = m.group("cl") or ""
    if iso == 1 and not m.group("wd_rel") and not m.group("wd_mod"):
        before1 = words_before(ctx, m.start(), 1)
        if any(c in cl for c in "بلك") or (before1 and before1[-1] in ctx.t.cues["the_two_before"]):
            raise Rejected  # «بالاثنين», «بين الاثنين»: «the two»
    before = words_before(ctx, m.start(), 1)
    if before and before[-1] in ctx.t.traps.get("weekday_before", frozenset()) and not m.group("wd_mod"):
        raise Rejected  # «خطباء الجمعة»: the Friday sermon in general
    rel = m.group("wd_rel")
    if rel and ctx.ref is not None:
        day: date | None = named_weekday(ctx, ctx.ref + timedelta(days=_rel_offset(ctx, rel)), iso)
        value = day.isoformat() if day else ""
    elif m.group("wd_wthis") and ctx.ref is not None:
        value = _in_week(ctx, "", iso).isoformat()  # «الخميس من هذا الأسبوع»
    elif m.group("wd_wmod") and ctx.ref is not None:
        # «الجمعة من الأسبوع المقبل»: that weekday in the week before, of or after the article date's
        day = _in_week(ctx, m["wd_wmod"], iso)
        value = day.isoformat()
    elif (m.group("wd_d") or m.group("wd_o")) and ctx.ref is not None:
        n = int(m["wd_d"]) if m.group("wd_d") else ctx.t.ordinal_days.get(norm(m["wd_o"]), 0)
        day = _weekday_with_day(ctx, m, iso, n)
        value = day.isoformat()
    elif m.group("wd_mod2") and ctx.ref is not None:
        # «الخميس بعد القادم», «الثلاثاء قبل الماضي»: a week past the next or the last one
        second = infer.second_dir(m["wd_mod2"], ctx.t) or "past"
        day = weekday_for(ctx.ref, iso, second + "_strict") + timedelta(weeks=1 if second == "future" else -1)
        value = day.isoformat()
    elif m.group("wd_this") and not m.group("wd_mod"):
        value, day = weekday_value(ctx, m.start(), m.end(), iso, "الجاري")  # «هذا الاثنين»: this coming one
    else:
        value, day = weekday_value(ctx, m.start(), m.end(), iso, m.group("wd_mod"))
    bound = rel or m.group("wd_d") or m.group("wd_o") or m.group("wd_wmod") or m.group("wd_wthis") or m.group("wd_mod2")
    kind = "" if bound else "weekday"
    dpw = m.group("wd_dp")
    if dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        if part:
            if day is not None:
                value = f"{value}{part[0]}"
            return Found(0, 0, "TIME", value, kind=kind)
    return Found(0, 0, "DATE", value, kind=kind)


def _in_week(ctx: Ctx, mod_word: str, iso: int) -> date:
    """That weekday in the week before, of or after the article date's."""
    assert ctx.ref is not None
    step = {"past": -1, "future": 1}.get(ctx.t.modifiers.get(norm(mod_word), ""), 0)
    monday = ctx.ref - timedelta(days=ctx.ref.isoweekday() - 1) + timedelta(weeks=step)
    return monday + timedelta(days=iso - 1)


def weekday_value(ctx: Ctx, start: int, end: int, iso: int, mod_word: str | None) -> tuple[str, date | None]:
    direction = infer.mod_dir(mod_word, ctx.t)
    if ctx.ref is None:
        return f"XXXX-WXX-{iso}", None
    if direction in ("past", "future"):
        day = weekday_for(ctx.ref, iso, direction + "_strict")
    elif direction == "current":
        day = weekday_for(ctx.ref, iso, "future")
    else:
        # news report the past with past verbs; a present-tense verb next to a
        # weekday («يجتمع المجلس الثلاثاء») announces a coming day
        tense = clause_tense(ctx, start, end)
        if tense == "unknown" and is_nonpast(words_after(ctx, end, 1), ctx.t.tense) and ctx.text[end : end + 1] == " ":
            tense = "nonpast"  # «الأحد يبدأ التسجيل»
        day = weekday_for(ctx.ref, iso, "future" if tense in ("future", "nonpast") else "past")
    return day.isoformat(), day


def _rel_offset(ctx: Ctx, word: str) -> int:
    """Days from the article date of «اليوم», «أمس», «غدا» … (the relative-days table)."""
    key = norm(word)
    if key in ctx.t.cues["tomorrow"]:
        return 1
    return ctx.t.relative_days.get(key, -1 if key in ctx.t.cues["yesterday"] else 0)


def named_weekday(ctx: Ctx, day: date, iso: int) -> date:
    """«أمس السبت» written a day after the article date says: the weekday wins.

    The text was written on another day than the reference (the day before or after it was
    published, or a wire story reprinted): the nearest day with that weekday is meant, and the
    reference moves with it for the rest of the article's relative dates."""
    if ctx.ref is None or day.isoweekday() == iso:
        return day
    diff = (iso - day.isoweekday()) % 7  # days ahead to that weekday
    shift = diff if diff <= 3 else diff - 7
    ctx.ref = ctx.ref + timedelta(days=shift)
    return day + timedelta(days=shift)


def _weekday_with_day(ctx: Ctx, m: re.Match[str], iso: int, d: int) -> date:
    """«الجمعة 15 الجاري», «الأحد 3.»: the day ``d`` of the month around the article date that falls on the weekday."""
    assert ctx.ref is not None
    direction = ctx.t.modifiers.get(norm(m.group("wd_dmod") or ""))
    if direction is not None:
        step = {"past": -1, "future": 1}.get(direction, 0)
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        day = safe_date(y, mo, d)
        if day is None:
            raise Rejected
        return day
    options = []
    for step in (-2, -1, 0, 1, 2):
        y, mo = add_months(ctx.ref.year, ctx.ref.month, step)
        day = safe_date(y, mo, d)
        if day is not None and day.isoweekday() == iso:
            options.append(day)
    if not options:
        raise Rejected
    return min(options, key=lambda c: abs((c - ctx.ref).days) if ctx.ref else 0)


_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def weekdays_dated_elsewhere(ctx: Ctx) -> None:
    """«دعت المحكمة إلى تحري الهلال الثلاثاء … مساء يوم الثلاثاء 29 شعبان 1439هـ»: a bare weekday is the day
    of that weekday the article dates in full, when one lies within a week of the article date and the
    bare one was put a week off it without a past verb to say so («تدعو لتحري الهلال الثلاثاء»)."""
    if ctx.ref is None:
        return
    dated: dict[int, set[date]] = {}
    for f in ctx.found:
        if f.kind != "weekday" and f.type in ("DATE", "TIME") and _FULL_DAY.match(f.value):
            day = date.fromisoformat(f.value[:10])
            if abs((day - ctx.ref).days) <= 7:
                dated.setdefault(day.isoweekday(), set()).add(day)
    if not dated:
        return
    for f in ctx.found:
        if f.kind != "weekday" or not _FULL_DAY.match(f.value):
            continue
        text = ctx.text[f.start : f.end]
        words = TOKEN.findall(text)
        if (words and norm(words[-1]) in ctx.t.modifiers) or any(c.isdigit() for c in text):
            continue  # «الثلاثاء المقبل» says its own direction; «يوم الأحد الموافق 24 /10» its own date
        day = date.fromisoformat(f.value[:10])
        days = dated.get(day.isoweekday(), set())
        same = [d for d in days if abs((d - day).days) == 7]
        if len(same) == 1 and day not in days and clause_tense(ctx, f.start, f.end) != "past":
            f.value = same[0].isoformat() + f.value[10:]


_AGREE_GAP = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:ال)?(?:موافق|موافقة|مصادف|مصادفة|متزامن)[^\S\n]*(?:لـ?|ل[^\S\n]*)?[^\S\n]*$")


def agreeing_weekday(ctx: Ctx, f: Found) -> None:
    """«يوم الأحد الموافق 8 / 11 / 1436هـ»: the weekday names the date that follows it."""
    prev = ctx.found[-1] if ctx.found else None
    if (
        prev is None
        or prev.kind != "weekday"
        or f.type not in ("DATE", "TIME")
        or len(f.value) < 10
        or not f.value[:4].isdigit()
        or not _AGREE_GAP.match(ctx.text[prev.end : f.start])
    ):
        return
    day = f.value[:10]
    prev.value = day + prev.value[10:] if prev.type == "TIME" and len(prev.value) > 10 else day


_COUNTED = re.compile(r"^P(\d+)([DWMY])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_WEEKDAY_GAP = re.compile(r"^[^\S\n]*(?:(?:يوم|في)[^\S\n]+)?$")


def _counted_day(ctx: Ctx, f: Found) -> date | None:
    """The day «بعد أسبوعين», «بعد شهرين» points at (a date from the article date, or a count after «بعد»)."""
    assert ctx.ref is not None
    ref = ctx.ref
    after = words_after(ctx, f.end, 1)
    if after and after[0] in ctx.t.cues["from_words"]:
        return None  # «بعد أسبوعين من المفاوضات»: counted from another event
    count = _COUNTED.match(f.value) if f.type == "DURATION" and not f.mod else None
    if count is not None:
        before = words_before(ctx, f.start, 1)
        if not (before and before[-1] in ctx.t.cues["after"]):
            return None
        n, unit = int(count.group(1)), count.group(2)
        if unit in ("D", "W"):
            return ref + timedelta(days=n * (7 if unit == "W" else 1))
        y, mo = add_months(ref.year, ref.month, n * (12 if unit == "Y" else 1))
        return safe_date(y, mo, min(ref.day, last_dom(y, mo)))
    before = words_before(ctx, f.start, 1)
    if f.type != "DATE" or f.kind or not (before and before[-1] in ctx.t.cues["after"]):
        return None
    week = _WEEK.match(f.value)
    if week is not None:
        return date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
    if len(f.value) == 7 and f.value[:4].isdigit() and f.value[5:7].isdigit():
        y, mo = int(f.value[:4]), int(f.value[5:7])
        return safe_date(y, mo, min(ref.day, last_dom(y, mo)))
    return None


def weekdays_in_counted_weeks(ctx: Ctx) -> None:
    """«بعد أسبوعين يوم الخميس», «الخميس بعد شهرين»: the weekday in the week the count points at, one mention."""
    if ctx.ref is None or len(ctx.found) < 2:
        return
    out: list[Found] = []
    i = 0
    found = ctx.found
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        merged = None
        if b is not None and a.kind == "weekday" and _FULL_DAY.match(a.value) and a.type == "DATE":
            gap = ctx.text[a.end : b.start]
            point = _counted_day(ctx, b) if _AFTER_GAP.match(gap) else None
            if point is not None:
                merged = (a.start, b.end, point, date.fromisoformat(a.value).isoweekday())
        elif b is not None and b.kind == "weekday" and _FULL_DAY.match(b.value) and b.type == "DATE":
            point = _counted_day(ctx, a) if _WEEKDAY_GAP.match(ctx.text[a.end : b.start]) else None
            if point is not None:
                merged = (a.start, b.end, point, date.fromisoformat(b.value).isoweekday())
        if merged is None:
            out.append(a)
            i += 1
            continue
        start, end, point, iso = merged
        day = point + timedelta(days=iso - point.isoweekday())
        out.append(Found(start, end, "DATE", day.isoformat()))
        i += 2
    found[:] = out


_AFTER_GAP = re.compile(r"^[^\S\n]*(?:بعد|وبعد)[^\S\n]*$")
