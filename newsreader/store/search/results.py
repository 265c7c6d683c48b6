"""The results: a page of hits read from the articles, with the total (``Store.search``)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from newsreader.domain import Article, full_text
from newsreader.errors import QueryError
from newsreader.query_types import Query
from newsreader.search import highlight
from newsreader.search.query import parse
from newsreader.search.snippet import Snippet, snippet
from newsreader.store.connection import Connection
from newsreader.store.search.execute import MAX_IDS, SORTS, count, ordered_matches
from newsreader.store.search.plan import plan_query


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the article's list fields, its score and a snippet with hit spans."""

    id: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    score: float
    snippet: Snippet
    title_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of results. ``message`` is set (and ``hits`` empty) when the query was unusable."""

    query: str
    hits: list[SearchHit]
    total: int
    message: str | None = None


def _page(db: Connection, query: Query, ordered: list[tuple[int, float]], snippet_width: int) -> list[SearchHit]:
    """The hits for ``ordered`` (rowid, score): only these articles are read and given snippets."""
    if not ordered:
        return []
    rows = {
        r[0]: r[1:]
        for r in db.execute(
            "SELECT n, id, title, body, source, published, url FROM articles WHERE n IN (SELECT value FROM json_each(?))",
            [json.dumps([n for n, _ in ordered])],
        )
    }
    hits = []
    for n, score in ordered:
        if n not in rows:
            continue
        aid, title, body, source, published, url = rows[n]
        snip = snippet(body or "", query, snippet_width)
        if not snip.spans and query.terms:
            snip = snippet(title or "", query, snippet_width) if not body else snip
        hits.append(
            SearchHit(
                id=aid,
                title=title,
                source=source,
                published=published,
                url=url,
                score=round(-float(score), 4),
                snippet=snip,
                title_spans=tuple(highlight.hit_spans(title or "", query)),
            )
        )
    return hits


def results(
    db: Connection,
    query: Query,
    *,
    sort: str = "relevance",
    limit: int = 50,
    offset: int = 0,
    snippet_width: int = 200,
) -> list[SearchHit]:
    """A page of results with snippets (hits highlighted in the original text)."""
    return _results(db, query, sort, limit, offset, snippet_width)[0]


def _results(
    db: Connection, query: Query, sort: str, limit: int, offset: int, snippet_width: int = 200
) -> tuple[list[SearchHit], int]:
    """A page of hits and the (capped) total."""
    limit, offset = max(0, int(limit)), max(0, int(offset))
    plan = plan_query(db, query)
    ordered, total = ordered_matches(db, query, sort, offset + limit, plan)
    if total is None:
        total = count(db, query, plan=plan)
    return _page(db, query, ordered[offset : offset + limit], snippet_width), total


def run(db: Connection, text: str, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0) -> SearchResults:
    """Parse and run a search; never raises for any ``text`` (an unusable query → ``message``)."""
    try:
        query = parse(text)
    except QueryError as exc:
        return SearchResults(text if isinstance(text, str) else "", [], 0, str(exc))
    if sort not in SORTS:
        sort = "relevance"
    try:
        hits, total = _results(db, query, sort, MAX_IDS if limit is None else max(0, limit), max(0, offset))
    except sqlite3.OperationalError as exc:  # an FTS5 expression it could not use: not the user's fault
        return SearchResults(query.text, [], 0, f"this search could not be run ({exc})")
    return SearchResults(query.text, hits, max(total, offset + len(hits)))


def hit_spans(db: Connection, article_id_or_text: str | Article, query: str | Query) -> list[tuple[int, int]]:
    """Hit spans in an article's ``full_text`` (by id or Article) or in the given text."""
    try:
        parsed = query if isinstance(query, Query) else parse(query)
    except QueryError:
        return []
    if isinstance(article_id_or_text, Article):
        text = article_id_or_text.full_text
    else:
        row = db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id_or_text]).fetchone()
        text = article_id_or_text if row is None else full_text(row[0], row[1])
    return highlight.hit_spans(text, parsed)
