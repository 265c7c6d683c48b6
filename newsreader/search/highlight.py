"""Hits in original text: the spans a parsed query matches, diacritics and all (pure, no Qt, no SQL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from newsreader.query_types import Query, Term
from newsreader.search import analyzer
from newsreader.text import arabic


def _letter_classes() -> dict[str, str]:
    """Each letter that other spellings fold to, as a regex class of all of them (ا: ا أ إ آ ٱ), and each
    digit with its Arabic-Indic and Persian forms: all from :mod:`newsreader.text.arabic`. (No presentation
    forms: a text that has any never meets this pattern, :func:`_raw_candidates` analyses all its words.)"""
    spellings: dict[str, str] = {}
    for variant, letter in arabic.LETTER_FOLDS.items():
        spellings[letter] = spellings.get(letter, letter) + variant
    for digit, *forms in zip("0123456789", arabic.ARABIC_INDIC_DIGITS, arabic.EXTENDED_ARABIC_INDIC_DIGITS, strict=True):
        spellings[digit] = digit + "".join(forms)
    return {c: f"[{forms}]" for c, forms in spellings.items()}


_LETTER_CLASS = _letter_classes()
_PRESENTATION = re.compile(f"[{arabic.PRESENTATION_FORMS_CLASS}]")
_OPTIONAL_MARKS = f"[{arabic.MARKS_CLASS}]*"


@lru_cache(maxsize=64)
def _candidates(query: Query) -> re.Pattern[str]:
    """A quick filter: words of original text that contain some term's stem (marks allowed between
    letters, spelling variants folded). Only those words are analysed."""
    stems = {s for t in query.terms for s in (t.stems[0], *t.alternatives) if s}  # a phrase starts with its first
    alts = sorted((_OPTIONAL_MARKS.join(_LETTER_CLASS.get(c, re.escape(c)) for c in s) for s in stems), key=len, reverse=True)
    latin = any(c.isascii() and c.isalpha() for s in stems for c in s)
    return re.compile("|".join(alts) or "(?!)", re.IGNORECASE if latin else 0)


def hit_spans(text: str, query: Query, stop: int | None = None) -> list[tuple[int, int]]:
    """Every (start, end) span of ``text`` (original, with diacritics) that a positive term
    of ``query`` matches, in order and without overlaps (the first ``stop`` or so, if given)."""
    terms = query.terms
    if not terms or not text:
        return []
    exact, prefixes, phrases = _matchers(query)
    spans: list[tuple[int, int]] = []
    for m in _raw_candidates(text, query):
        for w in analyzer.words_of(m):
            if w.stem in exact or (prefixes and w.stem.startswith(prefixes)):
                spans.append((w.start, w.end))
            for p in phrases.get(w.stem, ()):
                end = _phrase_end(text, m, w, p)
                if end is not None:
                    spans.append((w.start, end))
        if stop is not None and len(spans) >= stop:
            break
    return _merge(spans)


@lru_cache(maxsize=64)
def _matchers(query: Query) -> tuple[frozenset[str], tuple[str, ...], dict[str, list[Term]]]:
    """(stems of single words, prefixes, phrases by their first stem) of the positive terms."""
    exact = frozenset(t.stems[0] for t in query.terms if not t.is_phrase and not t.prefix)
    prefixes = tuple(dict.fromkeys(f for t in query.terms if t.prefix for f in (t.stems[0], *t.alternatives)))
    phrases: dict[str, list[Term]] = {}
    for t in query.terms:
        if t.is_phrase:
            phrases.setdefault(t.stems[0], []).append(t)
    return exact, prefixes, phrases


def _raw_candidates(text: str, query: Query) -> Iterator[re.Match[str]]:
    """The raw words of ``text`` that may hold a hit, in order (all of them when the text has
    presentation forms; else those around a match of the candidate pattern)."""
    if _PRESENTATION.search(text):
        yield from analyzer.raw_words(text)
        return
    last = -1
    for m in _candidates(query).finditer(text):
        if m.start() < last:
            continue
        raw = analyzer.raw_word_at(text, m.start())
        if raw is not None:
            last = raw.end()
            yield raw


def _phrase_end(text: str, m: re.Match[str], first: analyzer.Word, phrase: Term) -> int | None:
    """Where ``phrase`` ends if it starts at ``first`` (a token of raw word ``m``), else None."""
    stems = list(phrase.stems[1:])
    tokens = analyzer.words_of(m)
    rest = [t.stem for t in tokens[tokens.index(first) + 1 :]]
    end = m.end()
    while stems:
        while rest and stems:
            if rest.pop(0) != stems.pop(0):
                return None
        if not stems:
            break
        nxt = analyzer.next_raw_word(text, end)
        if nxt is None:
            return None
        rest = [t.stem for t in analyzer.words_of(nxt)]
        end = nxt.end()
    return end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
