"""The extractor's fast paths give exactly what the plain forms they replace give.

Each fast path (a trie instead of a list of words, replacements instead of ``str.translate``,
a pattern rewritten to start with a character set, a guard before the English names) is
checked against the plain form, kept here as the reference, on text generated from the real
word tables with the spelling variants news text has (hamza seats, ta marbuta, alif maqsura,
harakat, tatweel, clitics, glued words, digits).
"""

from __future__ import annotations

import random
import re

import pytest

from newsreader.timeline import grammar
from newsreader.timeline.extractor import _SENT_END
from newsreader.timeline.tables import _DIACRITICS, alternation, load, word_pattern

_HARAKAT = [chr(c) for c in range(0x064B, 0x0653)]
_SWAPS = {"ا": "اأإآٱ", "أ": "اأإآ", "إ": "اإ", "ة": "ةه", "ه": "هة", "ي": "يى", "ى": "ىي"}
_GLUE = [" ", " ", " ", "  ", "\n", "، ", ",", ". ", "ـ", "و", "ب", "لـ", "ال", "(", ") ", "-", "/", "\u00a0"]


def plain_alternation(words: list[str]) -> str:
    """What :func:`alternation` returned before it was written as a trie."""
    uniq = sorted({_DIACRITICS.sub("", w) for w in words}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(word_pattern(w) for w in uniq) + ")"


def word_lists() -> dict[str, list[str]]:
    t = load()
    lists: dict[str, list[str]] = {
        name: list(getattr(t, name))
        for name in (
            "months",
            "weekdays",
            "modifiers",
            "parts",
            "dayparts",
            "ordinal_days",
            "hours",
            "minutes",
            "relative_days",
            "vague",
            "sets",
            "periods",
            "seasons",
            "quarters",
            "decades",
            "weekday_plurals",
            "units",
            "numbers",
        )
    }
    # words that share beginnings across alef forms and end inside one another
    lists["made_up"] = [
        "أمس",
        "امسية",
        "ام",
        "إلى",
        "الى",
        "آل",
        "ٱلفجر",
        "الفجر",
        "سنة",
        "سنه",
        "سن",
        "سنتين",
        "منه",
        "من",
        "منذ",
        "في",
        "فى",
        "يوم",
        "يوما",
        "يومي",
        "ثلاثة أيام",
        "ثلاثة",
    ]
    return lists


def vary(word: str, rng: random.Random) -> str:
    out = []
    for ch in word:
        out.append(rng.choice(_SWAPS[ch]) if ch in _SWAPS and rng.random() < 0.4 else ch)
        if rng.random() < 0.15:
            out.append(rng.choice(_HARAKAT + ["ـ"]))
    return "".join(out)


def texts(words: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = words + ["كتاب", "مدينة", "قال", "المعرض", "2024", "١٤٤٥", "3", "March", "ſunday"]
    result = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(2, 8)):
            parts.append(vary(rng.choice(pool), rng))
            parts.append(rng.choice(_GLUE))
        result.append("".join(parts))
    return result


@pytest.mark.parametrize("name", sorted(word_lists()))
def test_trie_alternation_matches_what_the_plain_one_matches(name: str) -> None:
    words = word_lists()[name]
    fast = re.compile(alternation(words))
    plain = re.compile(plain_alternation(words))
    # the alternation inside a longer pattern: what follows decides which word the engine keeps
    fast_in = re.compile(rf"(?:ال)?({alternation(words)})(?:[^\S\n]*(\w+)|(?!\w))")
    plain_in = re.compile(rf"(?:ال)?({plain_alternation(words)})(?:[^\S\n]*(\w+)|(?!\w))")
    checked = 0
    for text in texts(words, 150, seed=len(name)):
        for at in range(len(text)):
            a, b = fast.match(text, at), plain.match(text, at)
            assert (a and a.span()) == (b and b.span()), (name, text, at)
            a, b = fast_in.match(text, at), plain_in.match(text, at)
            assert (a and a.regs) == (b and b.regs), (name, text, at)
            checked += a is not None
    assert checked > 50  # the generated text does contain the words


def test_trie_keeps_the_order_of_overlapping_alef_forms() -> None:
    # «اب» (any alef) comes before «أبو» (no wasla) only because it is listed first: with a
    # following «و» the plain alternation still prefers the longer one, being sorted first
    words = ["أبو", "اب", "ٱبن"]
    for text in ("ابو", "أبو", "ٱبو", "ٱبن", "أب", "اب "):
        a = re.compile(alternation(words)).match(text)
        b = re.compile(plain_alternation(words)).match(text)
        assert (a and a.group()) == (b and b.group()), text


def test_the_trie_is_used_and_is_smaller() -> None:
    numbers = list(load().numbers)
    assert len(alternation(numbers)) < len(plain_alternation(numbers))
    assert alternation(["ثلاثة", "ثلاثين"]).count("ث") == 2  # «ثلاث» written once


def test_fold_same_length_is_the_translation() -> None:
    rng = random.Random(7)
    alphabet = "".join(grammar._FOLD_TO) + "ابتثجحخدذرزسشصضطظعغفقكلمنهويءئؤ 0123456789٠١٢.،\nabcſK"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert grammar.fold_same_length(text) == text.translate(grammar.FOLD_SAME_LENGTH)


def test_sentence_ends_are_those_of_the_plain_pattern() -> None:
    plain = re.compile(r"[!?؟\n]|(?<!\d)\.|\.(?!\d)")
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice("12.!?؟\nأب .") for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _SENT_END.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_english_guard_lets_through_every_character_an_english_name_can_start_with() -> None:
    t = load()
    names = list(t.months_en) + list(t.weekdays_en)
    firsts = "".join(sorted({w[0] for w in names}))
    guard = re.compile(rf"(?i:[{firsts}])")
    starts = [re.compile(rf"(?i:{re.escape(w[0])})") for w in names]
    for code in [*range(0x3000), 0x212A, 0x212B, *range(0xFB00, 0xFB07), *range(0xFF21, 0xFF5B)]:
        ch = chr(code)
        assert bool(guard.match(ch)) == any(s.match(ch) for s in starts), hex(code)
    # and the guarded trigger finds the same words as one without the guard
    source = grammar.trigger().pattern
    unguarded = re.compile(source.replace(f"(?=(?i:[{firsts}]))", ""))
    assert unguarded.pattern != source
    text = "وصل يوم ſunday, 3 MARCH 2024 و Mon. 4 march والخميس 12 ſeptember; Friday الجمعة 2019م"
    assert [m.span() for m in grammar.trigger().finditer(text)] == [m.span() for m in unguarded.finditer(text)]


def test_a_token_is_not_factored_out_when_a_rest_may_begin_inside_its_tail() -> None:
    from newsreader.timeline.tables import _trie

    a = ("ax?", frozenset("a"), frozenset("x"))  # a letter with an optional tail, like a mark
    x = ("x", frozenset("x"), frozenset())
    y = ("y", frozenset("y"), frozenset())
    plain = re.compile("(?:ax?x|ax?y)")
    assert plain.match("axy").group() == "ax"  # the first word, with the tail left out
    trie = re.compile("(?:" + _trie([[a, x], [a, y]]) + ")")
    assert trie.match("axy").group() == "ax"  # «ax?(?:x|y)» would give «axy»
    assert _trie([[a, y], [a, y, y]]) == "ax?(?:y|yy)"  # no overlap: factored
