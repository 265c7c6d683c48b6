"""The results: a page of hits read from the articles, with the total (``Store.search``).

Only the articles of the requested page are read; their snippets are cut by the caller
(:func:`newsreader.search.snippet.hit_snippet`), which has the query's analysis: the store has none.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from newsreader.query_types import Query
from newsreader.store.connection import Connection
from newsreader.store.search.execute import MAX_IDS, SORTS, count, ordered_matches
from newsreader.store.search.plan import plan_query


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the article's list fields, its text (for a snippet) and its score."""

    id: str
    title: str
    body: str
    source: str | None
    published: str | None
    url: str | None
    score: float


@dataclass(frozen=True, slots=True)
class SearchPage:
    """A page of results and the (capped) total. ``message`` is set (and ``hits`` empty) when SQLite
    could not run the query."""

    hits: list[SearchHit]
    total: int
    message: str | None = None


def _read(db: Connection, ordered: list[tuple[int, float]]) -> list[SearchHit]:
    """The hits for ``ordered`` (rowid, score): only these articles are read."""
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
        hits.append(
            SearchHit(id=aid, title=title, body=body, source=source, published=published, url=url, score=round(-float(score), 4))
        )
    return hits


def _page(db: Connection, query: Query, sort: str, limit: int, offset: int) -> tuple[list[SearchHit], int]:
    """A page of hits and the (capped) total."""
    limit, offset = max(0, int(limit)), max(0, int(offset))
    plan = plan_query(db, query)
    ordered, total = ordered_matches(db, query, sort, offset + limit, plan)
    if total is None:
        total = count(db, query, plan=plan)
    return _read(db, ordered[offset : offset + limit]), total


def page(db: Connection, query: Query, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0) -> SearchPage:
    """Run a parsed query: a page of hits; never raises for SQLite refusing the FTS5 expression (→ ``message``)."""
    if sort not in SORTS:
        sort = "relevance"
    try:
        hits, total = _page(db, query, sort, MAX_IDS if limit is None else max(0, limit), max(0, offset))
    except sqlite3.OperationalError as exc:  # an FTS5 expression it could not use: not the user's fault
        return SearchPage([], 0, f"this search could not be run ({exc})")
    return SearchPage(hits, max(total, offset + len(hits)))
