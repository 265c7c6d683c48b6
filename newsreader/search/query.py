"""The search box: parse what the user typed into a :class:`~newsreader.query_types.Query` (pure, no Qt, no SQL).

Syntax (like a web search engine)::

    تعاون اقتصادي          both words, any order, anywhere in title or body
    "رئيس النظام"          the words next to each other, in that order
    -رياضة  -"كرة القدم"   exclude a word or a phrase
    سوريا OR العراق        either (OR binds tighter than the implicit AND; | works too)
    تعاو*                  words beginning with تعاو (after clitics: التعاون، وبالتعاون)
    source:aawsat          filters: source:NAME (several = any), from:YYYY[-MM[-DD]], to:…,
    from:2015-07 to:2015-08    is:bookmarked, is:unread, is:read

Every word is analysed with :mod:`newsreader.search.analyzer`, exactly like the indexed text; the
store quotes each term for FTS5 (:mod:`newsreader.store.search.plan`): user input never reaches MATCH
unparsed.

Errors: :func:`parse` raises :class:`~newsreader.errors.QueryError` (a message for the user)
when nothing usable is left (empty query, only common words such as «في», only exclusions,
a bad date). It raises nothing else, whatever the input. Callers show that message (the window in
its list, ``newsreader search`` on stderr); the store only ever sees parsed queries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsreader.errors import QueryError
from newsreader.query_types import Query, Term
from newsreader.search import analyzer
from newsreader.text.arabic import latin_digits

MAX_QUERY_LENGTH = 1000
MAX_TERMS = 32

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
    toks = analyzer.tokens(core)
    if not toks:
        return None
    if prefix and len(toks) == 1:
        tok = toks[0]
        if len(tok) < 2:
            return None
        stem = analyzer.stem(tok)
        bare = analyzer.strip_prefixes(tok)
        alts = tuple(a for a in dict.fromkeys((bare,)) if a != stem and len(a) >= 2)
        return Term(text, (stem if len(stem) >= 2 else tok,), prefix=True, alternatives=alts)
    if len(toks) == 1 and not allow_stopword and toks[0] in analyzer.STOPWORDS:
        return None
    return Term(text, tuple(analyzer.stem(t) for t in toks))


def parse(text: str, *, narrow: Callable[[Query], Query] | None = None) -> Query:
    """Parse the search box. Raises :class:`QueryError` (user-facing message) and nothing else.
    ``narrow`` adds the caller's own filters to the parsed query (the window's view: unread,
    bookmarks, a tag) before it is checked for something to look for."""
    try:
        return _parse(text, narrow)
    except QueryError:
        raise
    except Exception as exc:  # defensive: a bug here must not become a traceback in the UI
        raise QueryError("this search could not be understood; try simpler words", "not_understood") from exc


def _parse(text: str, narrow: Callable[[Query], Query] | None = None) -> Query:
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
            if phrase is None and word and not negative and analyzer.tokens(word):
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
    if narrow is not None:
        query = narrow(query)
    if not query.groups and not query.has_filters:
        if stopwords:
            words = " ".join(stopwords)
            raise QueryError(f"«{words}» is too common to search for on its own; add a more specific word", "too_common", words)
        if excluded:
            raise QueryError("a search needs at least one word to look for, not only words to exclude", "only_excluded")
        raise QueryError("type a word to search for", "no_word")
    return query


def _phrase_term(phrase: str) -> Term | None:
    toks = analyzer.tokens(phrase)
    if not toks:
        return None
    return Term(f'"{phrase}"', tuple(analyzer.stem(t) for t in toks))
