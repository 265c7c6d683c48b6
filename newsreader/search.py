"""The search box: parse what the user typed, build the FTS5 expression, find hits (pure, no Qt, no SQL).

Syntax (like a web search engine)::

    تعاون اقتصادي          both words, any order, anywhere in title or body
    "رئيس النظام"          the words next to each other, in that order
    -رياضة  -"كرة القدم"   exclude a word or a phrase
    سوريا OR العراق        either (OR binds tighter than the implicit AND; | works too)
    تعاو*                  words beginning with تعاو (after clitics: التعاون، وبالتعاون)
    source:aawsat          filters: source:NAME (several = any), from:YYYY[-MM[-DD]], to:…,
    from:2015-07 to:2015-08    is:bookmarked, is:unread, is:read

Every word is analysed with :mod:`newsreader.analysis`, exactly like the indexed text, and
quoted for FTS5: user input never reaches MATCH unparsed.

Errors: :func:`parse` raises :class:`~newsreader.errors.QueryError` (a message for the user)
when nothing usable is left (empty query, only common words such as «في», only exclusions,
a bad date). It raises nothing else, whatever the input. The store's ``search`` turns that
error into an empty result carrying the message.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from newsreader import analysis
from newsreader.errors import QueryError
from newsreader.text import arabic
from newsreader.textnorm import latin_digits

MAX_QUERY_LENGTH = 1000
MAX_TERMS = 32

#: Turns a prefix into the indexed words that begin with it (None: leave it a prefix query).
Expander = Callable[[str], "list[str] | None"]


@dataclass(frozen=True, slots=True)
class Term:
    """One searchable unit: a word (one stem), a phrase (several) or a prefix."""

    text: str
    stems: tuple[str, ...]
    prefix: bool = False
    #: Other forms of a prefix (its stem and its clitic-stripped surface differ).
    alternatives: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1

    def fts(self, expand: Expander | None = None) -> str:
        """This term as FTS5 syntax. ``expand`` may turn a prefix into the index's own words that
        begin with it (cheaper for FTS5 than a prefix query); it returns None to keep ``prefix *``."""
        if self.prefix:
            parts: list[str] = []
            for form in dict.fromkeys((self.stems[0], *self.alternatives)):
                words = [w for w in (expand(form) or ()) if w.startswith(form)] if expand is not None else []
                if words:
                    parts += [_quote(w) for w in words]
                else:
                    parts.append(f"{_quote(form)} *")
            parts = list(dict.fromkeys(parts))
            return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
        return _quote(" ".join(self.stems))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: an AND of OR-groups, exclusions and filters."""

    text: str
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str | None = None  # inclusive ISO date
    date_before: str | None = None  # exclusive ISO date
    bookmarked: bool = False
    read: bool | None = None
    notes: tuple[str, ...] = field(default=())
    tag: str | None = None  # bookmarks carrying this tag: the window's tag filter (no operator types it)

    @property
    def has_filters(self) -> bool:
        return bool(self.sources or self.date_from or self.date_before or self.bookmarked or self.read is not None or self.tag)

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every positive term (for highlighting)."""
        return tuple(t for g in self.groups for t in g)

    def fts(self, expand: Expander | None = None) -> str | None:
        """The FTS5 MATCH expression, or None for a filters-only query (``expand``: see :meth:`Term.fts`)."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            if len(group) == 1:
                parts.append(group[0].fts(expand))
            else:
                parts.append("(" + " OR ".join(t.fts(expand) for t in group) + ")")
        expr = " AND ".join(parts)
        if self.excluded:
            expr = f"({expr}) NOT (" + " OR ".join(t.fts(expand) for t in self.excluded) + ")"
        return expr


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


# A phrase (closed or running to the end), a filter, or a bare word; an optional leading -.
_TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')
_FILTER = re.compile(r"(?i)^(source|src|from|to|is|مصدر|من|الى|إلى)[:：](.*)$")
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")


def _period(value: str, field_name: str) -> tuple[date, date]:
    """First day and the day after the last day of YYYY[-MM[-DD]]."""
    m = _DATE.match(latin_digits(value.strip()))
    if not m:
        raise QueryError(
            f"{field_name}: needs a date like 2015, 2015-07 or 2015-07-21 (got «{value}»)", "date_form", field_name, value
        )
    try:
        year = int(m.group(1))
        if m.group(3):
            first = date(year, int(m.group(2)), int(m.group(3)))
            return first, first + timedelta(days=1)
        if m.group(2):
            month = int(m.group(2))
            first = date(year, month, 1)
            nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return first, nxt
        return date(year, 1, 1), (date(year + 1, 1, 1) if year < 9999 else date(9999, 12, 31))
    except ValueError:
        raise QueryError(f"{field_name}: «{value}» is not a date", "not_a_date", field_name, value) from None


def _word_term(text: str, *, allow_stopword: bool) -> Term | None:
    prefix = text.endswith("*")
    core = text.rstrip("*")
    toks = analysis.tokens(core)
    if not toks:
        return None
    if prefix and len(toks) == 1:
        tok = toks[0]
        if len(tok) < 2:
            return None
        stem = analysis.stem(tok)
        bare = analysis.strip_prefixes(tok)
        alts = tuple(a for a in dict.fromkeys((bare,)) if a != stem and len(a) >= 2)
        return Term(text, (stem if len(stem) >= 2 else tok,), prefix=True, alternatives=alts)
    if len(toks) == 1 and not allow_stopword and toks[0] in analysis.STOPWORDS:
        return None
    return Term(text, tuple(analysis.stem(t) for t in toks))


def parse(text: str) -> Query:
    """Parse the search box. Raises :class:`QueryError` (user-facing message) and nothing else."""
    try:
        return _parse(text)
    except QueryError:
        raise
    except Exception as exc:  # defensive: a bug here must not become a traceback in the UI
        raise QueryError("this search could not be understood; try simpler words", "not_understood") from exc


def _parse(text: str) -> Query:
    if not isinstance(text, str):
        raise QueryError("type something to search for", "empty")
    text = text.replace("\x00", " ")[:MAX_QUERY_LENGTH]
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    sources: list[str] = []
    date_from: date | None = None
    date_before: date | None = None
    bookmarked = False
    read: bool | None = None
    stopwords: list[str] = []
    pending_or = False
    count = 0
    for m in _TOKEN.finditer(text):
        negative, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
        if phrase is None and word is not None:
            if word in ("OR", "|", "أو"):
                pending_or = bool(groups)
                continue
            if word in ("AND", "و") and not negative:
                continue
            fm = _FILTER.match(word)
            if fm and not negative:
                key, value = fm.group(1).lower(), fm.group(2).strip('"')
                if key in ("source", "src", "مصدر"):
                    if value:
                        sources.append(value)
                    continue
                if key in ("from", "من"):
                    if value:
                        first, _ = _period(value, "from")
                        date_from = first if date_from is None else max(date_from, first)
                    continue
                if key in ("to", "الى", "إلى"):
                    if value:
                        _, after = _period(value, "to")
                        date_before = after if date_before is None else min(date_before, after)
                    continue
                if key == "is":
                    flag = value.lower()
                    if flag in ("bookmarked", "bookmark", "starred", "مفضلة", "محفوظ"):
                        bookmarked = True
                    elif flag in ("unread", "new", "غير-مقروء"):
                        read = False
                    elif flag in ("read", "مقروء"):
                        read = True
                    else:
                        raise QueryError(f"is:{value} is not known; use is:bookmarked, is:unread or is:read", "unknown_is", value)
                    continue
        if count >= MAX_TERMS:
            continue
        term = _phrase_term(phrase) if phrase is not None else _word_term(word or "", allow_stopword=negative)
        if term is None:
            if phrase is None and word and not negative and analysis.tokens(word):
                stopwords.append(word)
            pending_or = False
            continue
        count += 1
        if negative:
            excluded.append(term)
        elif pending_or and groups:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    if date_from and date_before and date_from >= date_before:
        raise QueryError("from: is after to:; nothing can match", "from_after_to")
    query = Query(
        text=text,
        groups=tuple(tuple(g) for g in groups),
        excluded=tuple(excluded),
        sources=tuple(sources),
        date_from=date_from.isoformat() if date_from else None,
        date_before=date_before.isoformat() if date_before else None,
        bookmarked=bookmarked,
        read=read,
        notes=tuple(stopwords),
    )
    if not query.groups and not query.has_filters:
        if stopwords:
            words = " ".join(stopwords)
            raise QueryError(f"«{words}» is too common to search for on its own; add a more specific word", "too_common", words)
        if excluded:
            raise QueryError("a search needs at least one word to look for, not only words to exclude", "only_excluded")
        raise QueryError("type a word to search for", "no_word")
    return query


def _phrase_term(phrase: str) -> Term | None:
    toks = analysis.tokens(phrase)
    if not toks:
        return None
    return Term(f'"{phrase}"', tuple(analysis.stem(t) for t in toks))


# -- hits in original text ---------------------------------------------------------------
_LETTER_CLASS = {
    "ا": "[اأإآٱﺍ-ﺎ]",
    "ي": "[يىﻯ-ﻴ]",
    "ه": "[هةﻩ-ﻬﺓﺔ]",
    "ء": "[ءؤئﺀ-ﺌ]",
    **{str(d): f"[{d}{chr(0x660 + d)}{chr(0x6F0 + d)}]" for d in range(10)},
}
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
        for w in analysis.words_of(m):
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
        yield from analysis.raw_words(text)
        return
    last = -1
    for m in _candidates(query).finditer(text):
        if m.start() < last:
            continue
        raw = analysis.raw_word_at(text, m.start())
        if raw is not None:
            last = raw.end()
            yield raw


def _phrase_end(text: str, m: re.Match[str], first: analysis.Word, phrase: Term) -> int | None:
    """Where ``phrase`` ends if it starts at ``first`` (a token of raw word ``m``), else None."""
    stems = list(phrase.stems[1:])
    tokens = analysis.words_of(m)
    rest = [t.stem for t in tokens[tokens.index(first) + 1 :]]
    end = m.end()
    while stems:
        while rest and stems:
            if rest.pop(0) != stems.pop(0):
                return None
        if not stems:
            break
        nxt = analysis.next_raw_word(text, end)
        if nxt is None:
            return None
        rest = [t.stem for t in analysis.words_of(nxt)]
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


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short excerpt with the hit spans (relative to ``text``)."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt with every hit wrapped in ``before``/``after``."""
        out, last = [], 0
        for s, e in self.spans:
            out += [self.text[last:s], before, self.text[s:e], after]
            last = e
        out.append(self.text[last:])
        return "".join(out)


def snippet(text: str, query: Query, width: int = 200) -> Snippet:
    """An excerpt of about ``width`` characters around the first hits of ``query`` in ``text``."""
    text = text or ""
    spans = hit_spans(text, query, stop=12) if query.terms else []
    if not spans:
        return Snippet(_cut(text, 0, width)[0], ())
    # the window (starting a little before a hit) that covers the most hits
    best_start, best_count = spans[0][0], 0
    for s, _ in spans[:50]:
        count = sum(1 for a, b in spans if a >= s and b <= s + width)
        if count > best_count:
            best_start, best_count = s, count
    excerpt, start, end, lead = _cut(text, max(0, best_start - width // 4), width)
    inside = tuple((a - start + lead, b - start + lead) for a, b in spans if a >= start and b <= end)
    return Snippet(excerpt, inside)


def _cut(text: str, start: int, width: int) -> tuple[str, int, int, int]:
    """``text[start:start+width]`` snapped to word boundaries, newlines as spaces, with ellipses:
    (excerpt, start, end, length of the leading ellipsis)."""
    end = min(len(text), start + width)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, min(len(text), end + 20))
        end = space if space >= 0 else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return lead + text[start:end].replace("\n", " ") + tail, start, end, len(lead)
