"""The tense of the clause around a mention: whether a bare date lies ahead or behind."""

from __future__ import annotations

from newsreader.timeline.context import TOKEN, Ctx, words_after, words_before
from newsreader.timeline.tables import norm


def strip_conj(w: str, longer_than: int) -> str:
    return w[1:] if w[:1] in ("و", "ف") and len(w) > longer_than else w


def has_future(words: list[str], t: dict[str, frozenset[str]]) -> bool:
    fut = t.get("future", frozenset())
    notfut = t.get("not_future_prefix", frozenset())
    for w in words:
        bare = strip_conj(w, 4)
        if w in fut or bare in fut:
            return True
        if len(bare) >= 4 and bare[0] == "س" and bare[1] in "يتنا" and not any(bare.startswith(p) for p in notfut):
            return True
    return False


def clause_before(ctx: Ctx, start: int, before: list[str], n: int = 8) -> list[str]:
    """The words of the clause a mention sits in, up to the mention (cut at «أن», «الذي», commas …)."""
    clause = before[-n:]
    for i in range(len(clause) - 1, -1, -1):
        if clause[i] in ctx.t.cues["clause_breaks"]:
            clause = clause[i + 1 :]
            break
    s0, _ = ctx.sentence_span(start)
    cut = max(ctx.text.rfind(ch, s0, start) for ch in '،,;:«»"')
    if cut >= 0:
        tail = [norm(w) for w in TOKEN.findall(ctx.text[cut:start])]
        clause = clause[-len(tail) :] if tail else []
    return clause


def clause_tense(ctx: Ctx, start: int, end: int) -> str:
    """``future``, ``past``, ``nonpast`` or ``unknown`` for the clause around a mention.

    The mention's own clause speaks first (a future marker, then a past verb), then
    a future marker anywhere in the sentence before it, then a present-tense verb.
    """
    t = ctx.t.tense
    before = words_before(ctx, start, 30)
    after = words_after(ctx, end, 4)
    # the words after speak for the mention's clause only up to a comma («مساء الخميس، إن من المقرر …»)
    stop = next((i for i, ch in enumerate(ctx.text[end : end + 60]) if ch in "،,;؛"), None)
    if stop is not None:
        after = after[: len(TOKEN.findall(ctx.text[end : end + stop]))]
    clause = clause_before(ctx, start, before)
    if has_future(clause + after[:3], t):
        return "future"
    past = t.get("past", frozenset())
    for w in clause + after[:3]:
        if w in past or strip_conj(w, 3) in past:
            return "past"
    if has_future(before + after, t):
        return "future"
    if is_nonpast(before[-6:], t):
        return "nonpast"
    alone = standing_alone(ctx, start, end)
    if alone is not None:
        return alone
    return "unknown"


def standing_alone(ctx: Ctx, start: int, end: int) -> str | None:
    """A date phrase that is its whole sentence («الخميس», «بعد ثلاثة أسابيع», «منذ يومين»), no verb to
    go by: ``future`` (a phrase alone names the coming one), ``past`` after «منذ»; None in a sentence
    with other words."""
    s0, s1 = ctx.sentence_span(start)
    if s1 - s0 > 120:
        return None
    outside = TOKEN.findall(ctx.text[s0:start]) + TOKEN.findall(ctx.text[end:s1])
    lone = ctx.t.cues["phrase_words"]
    since = ctx.t.cues["since"]
    past = False
    t = ctx.t
    for w in outside:
        key = strip_conj(norm(w), 2)
        if key not in lone and key not in t.months and key not in t.weekdays and key not in t.ordinal_days:
            return None  # «من 13 تموز إلى 15 تموز», «من الثالث وحتى الخامس من مارس»: the other end is no verb
        past = past or key in since
    return "past" if past else "future"


def is_nonpast(words: list[str], t: dict[str, frozenset[str]]) -> bool:
    """A present-tense verb among ``words`` («يبدأ», «تنطلق»)."""
    notverb = t.get("not_verb", frozenset())
    nonpast = t.get("nonpast", frozenset())
    for w in words:
        bare = strip_conj(w, 4)
        if w in nonpast or bare in nonpast:
            return True
        if len(bare) >= 4 and bare[0] == "ي" and bare not in notverb and not bare.startswith("يوم"):
            return True
    return False
