"""Clock times: «الساعة 20:45», «الثامنة مساء», «الساعة 12 إلا ربعاً», «7:56:13», «18:04 ت م» (a wire's filing
time). Family ``tod``; the post-passes that carry a part of the day across a range, join minutes said
after the part of day, read a twin time in brackets and give a bare time the day named after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreader.timeline.context import AND_GAP, TOKEN, Ctx, Found, Rejected, words_after, words_before
from newsreader.timeline.families.durations import parse_number
from newsreader.timeline.families.weekdays import named_weekday, weekday_value
from newsreader.timeline.grammar import CM, OS, SP, Pieces, words
from newsreader.timeline.tables import Tables, alternation, norm
from newsreader.timeline.tense import clause_tense, strip_conj


def pattern(t: Tables, p: Pieces) -> str:
    """The family's regex (groups ``tod_*``)."""
    hours = alternation(list(t.hours))
    spoken = alternation(list(t.clock_numbers))  # «ثلاثة»: after «الساعة» or before a part of the day
    minutes = alternation(list(t.minutes))
    min_word = words("دقيقة", "دقائق", "دقايق")
    hour_any = rf"(?:{hours}|\d{{1,2}}(?:[:.]\d{{2}})?(?!\d))"
    tail_any = rf"(?:{SP}و{OS}(?:{minutes}|(?:\d{{1,2}}|{p.numw}){SP}{min_word}))?"
    day_words = words("اليوم", "أمس", "الأمس", "غد", "الغد", "غدا")
    clock_ampm = rf"\d{{1,2}}:\d{{2}}{SP}[مص](?!\w)"
    clock_bare = r"\d{1,2}:\d{2}(?::\d{2})?(?![\d:/])"  # «16:38», «7:56:13»
    dp = p.dp
    after = alternation(list(t.clock_after))
    half = rf"(?:{SP}{words('إلا')}{SP}{minutes})?{SP}(?:من{SP})?(?:{dp}|{after})(?!\w)"
    stems = alternation([w[2:] for w in t.hours if w.startswith("ال") and " " not in w])
    ll = "(?<=ل)ل"  # «للخمسة», «للساعة», «لل11»: the article after the clitic «ل» of a range's end
    return (
        rf"(?={words('الساعة')}|{hour_any}{tail_any}{half}|{spoken}|{clock_ampm}|{clock_bare}|{hours}(?!\w)|{ll})"
        rf"(?:(?P<tod_s>{words('الساعة')}|{ll}ساعة){OS})?(?:(?P<tod_hw>{hours})|{ll}(?P<tod_hst>{stems})(?!\w)"
        rf"|(?:{ll})?(?P<tod_hc>{spoken})(?!\w)|(?P<tod_hhmm>\d{{4}})(?!\d)"
        rf"|(?:{ll})?(?P<tod_h>\d{{1,2}})(?:(?P<tod_sep>[:.,])(?P<tod_mi>\d{{1,2}})(?::(?P<tod_sec>\d{{2}}))?)?(?!\d))"
        rf"(?:{SP}و{OS}(?:(?P<tod_fw>{minutes})|(?:(?P<tod_fm>\d{{1,2}})|(?P<tod_fn>{p.numw})){SP}{min_word})"
        rf"|{SP}{words('إلا')}{SP}(?P<tod_less>{minutes}))?"
        rf"(?:{SP}(?P<tod_ampm>[مص])(?!\w)|{SP}(?:من{SP})?(?P<tod_dp>{dp})(?:{SP}(?P<tod_rel>{day_words})"
        rf"(?:{CM}{SP}(?P<tod_w2>{p.wd}))?|{SP}(?:{p.yom}{SP})?(?P<tod_w>{p.wd}))?|{SP}(?P<tod_cx>{after})(?!\w))?"
    )


def handle(ctx: Ctx, m: re.Match[str]) -> Found:
    hw = m.group("tod_hw")
    hhmm = m.group("tod_hhmm")
    cx = ctx.t.clock_after.get(norm(m.group("tod_cx") or ""))
    if m.group("tod_hst"):
        hw = "ال" + m["tod_hst"]  # «للسابعة»
    if m.group("tod_hc"):
        with_article = norm(m["tod_hc"]).startswith("ال") or ctx.text[m.start("tod_hc") - 2 : m.start("tod_hc")] == "لل"
        if not (m.group("tod_s") or with_article and (m.group("tod_dp") or cx or _range_end(ctx, m))):
            raise Rejected  # «ثلاثة» alone is a count, «قتل ثلاثة صباح اليوم» too
        hour, minute = ctx.t.clock_numbers[norm(m["tod_hc"])], 0
    elif hw:
        hour_w = ctx.t.hours.get(norm(hw))
        if hour_w is None:
            raise Rejected
        hour, minute = hour_w, 0
    elif hhmm:
        if not m.group("tod_s"):
            raise Rejected  # «1831» is a clock time only after «الساعة»
        hour, minute = int(hhmm[:2]), int(hhmm[2:])
    else:
        hour = int(m["tod_h"])
        minute = int(m["tod_mi"]) if m.group("tod_mi") else 0
        if m.group("tod_mi") and len(m["tod_mi"]) == 1 and not m.group("tod_sec"):
            raise Rejected  # «11:2:40» only with its seconds
        if m.group("tod_sep") in (".", ",") and not (m.group("tod_s") or m.group("tod_dp") or m.group("tod_ampm")):
            raise Rejected
    if m.group("tod_fw"):
        minute = ctx.t.minutes.get(norm(m["tod_fw"]), 0)
    elif m.group("tod_fm"):
        minute = int(m["tod_fm"])
    elif m.group("tod_fn"):
        minute = int(parse_number(ctx, m["tod_fn"]))  # «الثامنة وعشر دقائق»
    elif m.group("tod_less"):
        # «الساعة 12 إلا ربعاً»: a quarter to twelve
        hour, minute = (hour - 1) % 24, 60 - ctx.t.minutes.get(norm(m["tod_less"]), 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        raise Rejected
    dpw = m.group("tod_dp")
    ampm = m.group("tod_ampm")
    if ampm:
        if not m.group("tod_mi"):
            raise Rejected
        if ampm == "م" and hour < 12:
            hour += 12
        elif ampm == "ص" and hour == 12:
            hour = 0
    elif dpw:
        part = ctx.t.dayparts.get(norm(dpw))
        shift = part[1] if part else "am"
        if shift == "pm" and hour < 12 or shift == "night" and 6 <= hour < 12:
            hour += 12
        elif shift == "night" and hour == 12:
            hour = 24  # «12 ليلا»: midnight
        elif shift == "am" and hour == 12:
            hour = 0 if norm(dpw) in (norm("فجرا"), norm("فجر")) else 12
    elif cx:
        if hour < 12 and (cx == "pm" or cx == "night" and hour >= 6):
            hour += 12  # «الساعة 8 بعد المغرب», «التاسعة في الليل»
    elif not (m.group("tod_s") or hhmm or m.group("tod_sep") == ":" or _clock_lead(ctx, m) or _range_end(ctx, m)):
        raise Rejected
    elif hour < 12 and _half_of_day(ctx, m.start()) == "pm":
        hour += 12  # «هذا المساء … الساعة 8», «بعد المغرب الساعة 7»
    if not m.group("tod_s") and m.group("tod_sep") == ":" and not (dpw or ampm) and hour > 23:
        raise Rejected
    sec = m.group("tod_sec")
    clock = f"T{hour:02d}:{minute:02d}" + (f":{sec}" if sec else "")
    rel, wdw = m.group("tod_rel"), m.group("tod_w")
    if (rel or wdw) and ctx.ref is not None:
        if rel:
            key = norm(rel)
            offset = {norm("اليوم"): 0, norm("أمس"): -1, norm("الأمس"): -1}.get(key, 1)
            day = ctx.ref + timedelta(days=offset)
            named = ctx.t.weekdays.get(norm(m.group("tod_w2") or ""))
            if named is not None:
                day = named_weekday(ctx, day, named)
        else:
            iso = ctx.t.weekdays.get(norm(wdw or ""))
            if iso is None:
                raise Rejected
            day = date.fromisoformat(weekday_value(ctx, m.start(), m.end(), iso, None)[0])
        return Found(0, 0, "TIME", day.isoformat() + clock)
    sent = ctx.sentence_of(m.start())
    anchor = ctx.day_anchor
    if anchor and anchor[0] == sent and ctx.set_pos < anchor[2]:
        return Found(0, 0, "TIME", anchor[1].isoformat() + clock)
    if ctx.ref is not None and _alone_on_its_line(ctx, m):
        return Found(0, 0, "TIME", ctx.ref.isoformat() + clock)  # a wire's filing time: the article's day
    if (
        ctx.ref is not None
        and (ctx.set_pos < 0 or ctx.sentence_of(ctx.set_pos) != sent)
        and clause_tense(ctx, m.start(), m.end()) == "future"
    ):
        # «سيجري اللقاء عند الساعة 20:45»: a coming event at an hour, no day named: the article's day
        # (not the hours of a recurring event, «يوميا من الساعة الخامسة»)
        return Found(0, 0, "TIME", ctx.ref.isoformat() + clock)
    return Found(0, 0, "TIME", "XXXX-XX-XX" + clock)


def _half_of_day(ctx: Ctx, start: int) -> str | None:
    """am/pm said earlier in the sentence of a bare clock time (the clock-context table)."""
    s0, _ = ctx.sentence_span(start)
    before = " ".join(norm(w) for w in TOKEN.findall(ctx.text[s0:start]))
    found = None
    for phrase, shift in ctx.t.clock_context.items():
        at = before.rfind(phrase)
        if at >= 0 and (found is None or at > found[0]):
            found = (at, shift)
    return found[1] if found else None


#: what follows the first end of a range of hours («من الستة للسبعة», «من السادسة إلى السابعة»)
_TO_NEXT = re.compile(r"[^\S\n]*(?:(?:و?(?:إلى|الى|حتى|لغاية))[^\S\n]+|ل(?=ل|\d))")
#: … and what comes before its second end
_TO_PREV = re.compile(r"^[^\S\n]*(?:و?(?:إلى|الى|حتى|لغاية)[^\S\n]*|ل)$")


def _range_end(ctx: Ctx, m: re.Match[str]) -> bool:
    """«من الستة للسبعة», «من الساعة 4 ونص للخمسة»: an hour without «الساعة» at either end of a range of hours."""
    group = "tod_hw" if m.group("tod_hw") else "tod_hc"
    word = m.group(group) or ""
    if word and not (norm(word).startswith("ال") or ctx.text[m.start(group) - 2 : m.start(group)] == "لل"):
        return False  # «من ثلاث إلى أربع مباريات», «من صفر إلى 100»: counts
    after = words_after(ctx, m.end(), 1)
    if after and after[0] in ctx.t.units:
        return False
    before = words_before(ctx, m.start(), 1)
    if before and strip_conj(before[-1], 2) == "من" and _TO_NEXT.match(ctx.text, m.end()):
        return True
    prev = ctx.found[-1] if ctx.found else None
    return prev is not None and prev.type == "TIME" and _TO_PREV.match(ctx.text[prev.end : m.start("tod")]) is not None


_LINE_REST = re.compile(r"[^\S\n]*(?:\w{1,2}(?!\w)[^\S\n]*){0,3}(?:\n|$)")


def _clock_lead(ctx: Ctx, m: re.Match[str]) -> bool:
    """«عند السابعة», «في تمام العاشرة»: an hour named without «الساعة»."""
    hw = m.group("tod_hw")
    if hw and norm(hw) in ctx.t.cues["clock_alone"]:
        return True
    before = words_before(ctx, m.start(), 1)
    return bool(hw) and bool(before) and before[-1] in ctx.t.cues["clock_lead"]


def _alone_on_its_line(ctx: Ctx, m: re.Match[str]) -> bool:
    """«18:04 ت م» on a line of its own (at most a time-zone abbreviation after it)."""
    line_start = ctx.text.rfind("\n", 0, m.start()) + 1
    return not ctx.text[line_start : m.start()].strip() and _LINE_REST.match(ctx.text, m.end()) is not None


_TWIN_CLOCK = re.compile(r"[^\S\n]*\([^\S\n]*(\d{1,2})[:.,](\d{2})(?![\d:.,]\d)")


_CLOCK_PREFIX = re.compile(r"^(.*T)\d{2}:\d{2}")


def clock_twins(ctx: Ctx) -> None:
    """«في الساعة 13,30 (10,30 ت غ)»: the same moment in another time zone, in brackets after a clock time."""
    for i in range(len(ctx.found) - 1, -1, -1):
        f = ctx.found[i]
        prefix = _CLOCK_PREFIX.match(f.value) if f.type == "TIME" else None
        m = _TWIN_CLOCK.match(ctx.text, f.end) if prefix else None
        if prefix is None or m is None or (i + 1 < len(ctx.found) and ctx.found[i + 1].start < m.end()):
            continue
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour <= 24 and minute < 60:
            ctx.found.insert(i + 1, Found(m.start(1), m.end(2), "TIME", f"{prefix.group(1)}{hour:02d}:{minute:02d}"))


_MINUTES = re.compile(r"^PT(\d{1,2})M$")


_WHOLE_HOUR = re.compile(r"^(.*T\d{2}):00$")


def minutes_after_daypart(ctx: Ctx, prev: Found, f: Found) -> bool:
    """«الساعة الثامنة ليلا و44 دقيقة»: minutes said after the part of day belong to the hour before it."""
    minutes, hour = _MINUTES.match(f.value), _WHOLE_HOUR.match(prev.value)
    if (
        f.type != "DURATION"
        or prev.type != "TIME"
        or minutes is None
        or hour is None
        or int(minutes.group(1)) > 59
        or not AND_GAP.match(ctx.text, prev.end, f.start)
    ):
        return False
    prev.value, prev.end = f"{hour.group(1)}:{int(minutes.group(1)):02d}", f.end
    return True


_LISTED_HOUR = re.compile(
    r"(?<![\d.,/:])(\d{1,2})(?::(\d{2}))?[^\S\n]*(?:-|–|إلى|الى|حتى|لغاية|أو|او)[^\S\n]*(?:ال)?(?:ساعة[^\S\n]*)?$"
)


_CLOCK = re.compile(r"^(.*T)(\d{2}):(\d{2})")


def listed_time(ctx: Ctx, f: Found) -> Found | None:
    """«من 5 إلى 6 مساءً», «الساعة 7 إلى 8.30 مساءً»: the part of day of the second end holds for the first."""
    clock = _CLOCK.match(f.value) if f.type == "TIME" else None
    if clock is None:
        return None
    end_hour = int(clock.group(2))
    prev = ctx.found[-1] if ctx.found else None
    floor = prev.end if prev else 0
    m = _LISTED_HOUR.search(ctx.text, max(floor, f.start - 16), f.start)
    if m is not None:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        hour = hour + 12 if hour < 12 <= end_hour and hour + 12 <= end_hour else hour
        if hour > 24 or minute > 59:
            return None
        return Found(m.start(1), m.end(2) if m.group(2) else m.end(1), "TIME", f"{clock.group(1)}{hour:02d}:{minute:02d}")
    prev_clock = _CLOCK.match(prev.value) if prev is not None and prev.type == "TIME" else None
    if prev is not None and prev_clock and _RANGE_GAP.match(ctx.text[prev.end : f.start]):
        hour = int(prev_clock.group(2))
        last_word = norm(ctx.text[prev.start : prev.end].split()[-1])
        if hour < 12 <= end_hour and hour + 12 <= end_hour and last_word not in ctx.t.dayparts:
            prev.value = f"{prev_clock.group(1)}{hour + 12:02d}:{prev_clock.group(3)}{prev.value[prev_clock.end() :]}"
    return None


_RANGE_GAP = re.compile(r"^[^\S\n]*(?:-|–|و?(?:إلى|الى|حتى|لغاية)|ل)[^\S\n]*$")


def clock_ranges(ctx: Ctx) -> None:
    """«من الستة للسبعة», «من الساعة 4 ونص للخمسة بعد العصر»: two hours joined by the clitic «ل» after «من»
    are one range (the other joins, «إلى», «حتى», are the ranges post-pass's)."""
    joined: list[Found] = []
    for f in ctx.found:
        a = joined[-1] if joined else None
        if a is not None and a.type == f.type == "TIME" and _RANGE_GAP.match(ctx.text[a.end : f.start]):
            _afternoon_end(ctx, a, f)
        if (
            a is not None
            and a.type == f.type == "TIME"
            and a.end_value is None
            and _CLOCK.match(a.value)
            and _CLOCK.match(f.value)
            and a.value[:10] == f.value[:10]
            and _CLITIC_TO.match(ctx.text, a.end, f.start)
            and (before := words_before(ctx, a.start, 1))
            and strip_conj(before[-1], 2) == "من"
        ):
            # the end's text keeps its clitic: «للتاسعة» is one word
            a.end_value, a.end_start, a.end = f.value, f.start - (ctx.text[f.start - 1] == "ل"), f.end
            continue
        joined.append(f)
    ctx.found[:] = joined


_CLITIC_TO = re.compile(r"[^\S\n]*ل$")


def _afternoon_end(ctx: Ctx, a: Found, b: Found) -> None:
    """«من السابعة مساء إلى التاسعة»: an end before its start, with no part of the day of its own, is in the
    start's half of the day."""
    start, end = _CLOCK.match(a.value), _CLOCK.match(b.value)
    if start is None or end is None or a.value[:10] != b.value[:10]:
        return
    last = norm(ctx.text[b.start : b.end].split()[-1])
    own_half = last in ctx.t.dayparts or last in ctx.t.clock_after
    if int(start.group(2)) >= 12 > int(end.group(2)) and int(end.group(2)) + 12 > int(start.group(2)) and not own_half:
        b.value = f"{end.group(1)}{int(end.group(2)) + 12:02d}:{end.group(3)}{b.value[end.end() :]}"


_DAY_AFTER_TIME = re.compile(r"^[^\S\n]*[،,]?[^\S\n]*(?:(?:من|في)[^\S\n]+|لـ?|و)?[^\S\n]*$")


def time_before_its_day(ctx: Ctx) -> None:
    """«الساعة الواحدة ظهراً ليوم الخميس 7 / 10»: a clock time takes the day named right after it."""
    for f, nxt in zip(ctx.found, ctx.found[1:], strict=False):
        if (
            f.type == "TIME"
            and f.value.startswith("XXXX-XX-XXT")
            and nxt.type == "DATE"
            and len(nxt.value) == 10
            and nxt.value[:4].isdigit()
            and _DAY_AFTER_TIME.match(ctx.text[f.end : nxt.start])
        ):
            f.value = nxt.value + f.value[10:]
            if f.end_value is not None and f.end_value.startswith("XXXX-XX-XXT"):
                f.end_value = nxt.value + f.end_value[10:]


def lone_times_today(ctx: Ctx) -> None:
    """«عند الساعة الثالثة صباحا», «من الساعة 3 إلى الساعة 4 بعد العصر» as a sentence of their own: nothing
    else tells their day, so they are on the reference day (a clock time in a sentence that tells of an event
    keeps an unknown day unless a day is named: «اندلع العنف في الساعة 13,30»). The words around it may
    only be the cue words ``lone_clock``."""
    if ctx.ref is None:
        return
    for f in ctx.found:
        if f.type != "TIME" or not f.value.startswith("XXXX-XX-XXT"):
            continue
        s0, s1 = ctx.sentence_span(f.start)
        rest = ctx.text[s0:s1]
        for g in ctx.found:
            if g.start >= s0 and g.end <= s1:
                rest = rest[: g.start - s0] + " " * (g.end - g.start) + rest[g.end - s0 :]
        lone = ctx.t.cues["lone_clock"]
        if all(w in lone or strip_conj(w, 2) in lone for w in map(norm, TOKEN.findall(rest))):
            day = ctx.ref.isoformat()
            f.value = day + f.value[10:]
            if f.end_value is not None and f.end_value.startswith("XXXX-XX-XXT"):
                f.end_value = day + f.end_value[10:]
