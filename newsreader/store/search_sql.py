"""The SQL behind search and bookmarks, as functions of a ``sqlite_utils.Database``.

``Store`` exposes them as thin methods. Queries come in parsed (:class:`newsreader.search.Query`):
the FTS5 expression is built from analysed, quoted terms, never from raw user text.

Speed: a relevance search over a word that is in every article must stay fast, so a search
ranks (bm25, title weighted ×3 over body) only the :data:`RANK_CAP` most recently imported
matches (with filters: the newest RANK_CAP matches that pass them); a date-sorted search
orders the :data:`RANK_CAP` newest matches by date; the total is exact up to :data:`COUNT_CAP`.
Everything beyond the caps is still reachable by refining the query.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from newsreader import search
from newsreader.domain import Article, Bookmark, full_text
from newsreader.errors import QueryError

#: A relevance search without filters ranks at most this many of the newest matches.
RANK_CAP = 1000
#: ``total`` is exact up to this many matches, then reported as this number.
COUNT_CAP = 10000
#: With filters, ``total`` is exact up to this many.
FILTERED_COUNT_CAP = 1000
#: ``search_ids`` returns at most this many ids.
MAX_IDS = 10000
TITLE_WEIGHT, BODY_WEIGHT = 3.0, 1.0
SORTS = ("relevance", "date")

Query = search.Query


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One result: the article's list fields, its score and a snippet with hit spans."""

    id: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    score: float
    snippet: search.Snippet
    title_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of results. ``message`` is set (and ``hits`` empty) when the query was unusable."""

    query: str
    hits: list[SearchHit]
    total: int
    message: str | None = None


def _filters(query: search.Query) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if query.sources:
        where.append("a.source IN (SELECT value FROM json_each(?)) COLLATE NOCASE")
        params.append(json.dumps(list(query.sources)))
    if query.date_from:
        where.append("a.published >= ?")
        params.append(query.date_from)
    if query.date_before:
        where.append("a.published < ?")
        params.append(query.date_before)
    if query.bookmarked:
        where.append("a.id IN (SELECT article_id FROM bookmarks)")
    if query.read is not None:
        where.append("a.read = ?")
        params.append(int(query.read))
    return where, params


def _select(query: search.Query, sort: str, columns: str) -> tuple[str, list[Any]]:
    """SQL selecting ``columns`` (over ``a`` = articles and ``score``) in result order."""
    where, params = _filters(query)
    expr = query.fts()
    if expr is None:  # filters only: newest first
        sql = f"SELECT {columns}, 0.0 AS score FROM articles a"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return sql + " ORDER BY a.published IS NULL, a.published DESC, a.n DESC", params
    cap = "" if where else f" ORDER BY rowid DESC LIMIT {RANK_CAP}"
    if sort == "date":
        # no bm25: the matches are walked in the published index order
        sql = (
            f"SELECT {columns}, 0.0 AS score FROM articles a"
            f" WHERE a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?{cap})"
        )
        if where:
            sql += " AND " + " AND ".join(where)
        return sql + " ORDER BY a.published IS NULL, a.published DESC, a.n DESC", [expr, *params]
    if where:  # bm25 for the newest matches that pass the filters, until RANK_CAP of them are found
        outer = ", ".join(c.strip().split(".")[-1] for c in columns.split(","))
        sql = (
            f"SELECT {outer}, score FROM (SELECT {columns}, f.score AS score, a.n AS _n FROM"
            f" (SELECT rowid, bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score"
            " FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC) f"
            " JOIN articles a ON a.n = f.rowid WHERE " + " AND ".join(where) + f" LIMIT {RANK_CAP})"
        )
        return sql + " ORDER BY score, _n DESC", [expr, *params]
    sql = (
        f"SELECT {columns}, f.score AS score FROM"
        f" (SELECT rowid, bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score"
        f" FROM articles_fts WHERE articles_fts MATCH ?{cap}) f"
        " JOIN articles a ON a.n = f.rowid"
    )
    return sql + " ORDER BY f.score, a.n DESC", [expr, *params]


def count(db: Database, query: search.Query, cap: int = COUNT_CAP) -> int:
    """How many articles match (at most ``cap``)."""
    expr = query.fts()
    if expr is not None and not _filters(query)[0]:
        return int(db.execute(
            "SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)", [expr, int(cap)]
        ).fetchone()[0])
    where, params = _filters(query)
    if expr is None:
        sql = "SELECT 1 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
    else:  # stream the newest matches through the filters; stop at the cap
        sql = (
            "SELECT 1 FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC) f"
            " JOIN articles a ON a.n = f.rowid WHERE " + " AND ".join(where)
        )
        params = [expr, *params]
        cap = min(cap, FILTERED_COUNT_CAP)
    return int(db.execute(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)})", params).fetchone()[0])


def ids(db: Database, query: search.Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """Matching article ids in result order (at most ``limit``)."""
    sql, params = _select(query, sort, "a.id")
    return [r[0] for r in db.execute(f"{sql} LIMIT ?", [*params, int(limit)])]


def results(
    db: Database, query: search.Query, *, sort: str = "relevance", limit: int = 50, offset: int = 0,
    snippet_width: int = 200,
) -> list[SearchHit]:
    """A page of results with snippets (hits highlighted in the original text)."""
    sql, params = _select(query, sort, "a.id, a.title, a.body, a.source, a.published, a.url")
    rows = db.execute(f"{sql} LIMIT ? OFFSET ?", [*params, int(limit), int(offset)]).fetchall()
    hits = []
    for aid, title, body, source, published, url, score in rows:
        snip = search.snippet(body or "", query, snippet_width)
        if not snip.spans and query.terms:
            snip = search.snippet(title or "", query, snippet_width) if not body else snip
        hits.append(
            SearchHit(
                id=aid, title=title, source=source, published=published, url=url,
                score=round(-float(score), 4), snippet=snip,
                title_spans=tuple(search.hit_spans(title or "", query)),
            )
        )
    return hits


def run(
    db: Database, text: str, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0
) -> SearchResults:
    """Parse and run a search; never raises for any ``text`` (an unusable query → ``message``)."""
    try:
        query = search.parse(text)
    except QueryError as exc:
        return SearchResults(text if isinstance(text, str) else "", [], 0, str(exc))
    if sort not in SORTS:
        sort = "relevance"
    try:
        hits = results(db, query, sort=sort, limit=MAX_IDS if limit is None else max(0, limit),
                       offset=max(0, offset))
        total = count(db, query)
    except sqlite3.OperationalError as exc:  # an FTS5 expression it could not use: not the user's fault
        return SearchResults(query.text, [], 0, f"this search could not be run ({exc})")
    return SearchResults(query.text, hits, max(total, offset + len(hits)))


def safe_ids(db: Database, text: str | search.Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """``ids`` for raw text or a parsed query; [] when the query is unusable."""
    try:
        query = text if isinstance(text, search.Query) else search.parse(text)
        return ids(db, query, sort=sort if sort in SORTS else "relevance", limit=limit)
    except (QueryError, sqlite3.OperationalError):
        return []


def hit_spans(db: Database, article_id_or_text: str | Article, query: str | Query) -> list[tuple[int, int]]:
    """Hit spans in an article's ``full_text`` (by id or Article) or in the given text."""
    try:
        parsed = query if isinstance(query, search.Query) else search.parse(query)
    except QueryError:
        return []
    if isinstance(article_id_or_text, Article):
        text = article_id_or_text.full_text
    else:
        row = db.execute("SELECT title, body FROM articles WHERE id = ?", [article_id_or_text]).fetchone()
        text = article_id_or_text if row is None else full_text(row[0], row[1])
    return search.hit_spans(text, parsed)


# -- bookmarks ------------------------------------------------------------------------------
_BOOKMARK_COLUMNS = "b.article_id, a.title, b.created_at, b.note, b.tags, a.source, a.published, a.url"


def _clean_tags(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split())
        if tag and tag not in out:
            out.append(tag)
    return out


def add_bookmark(db: Database, aid: str, now: str, note: str = "", tags: Sequence[str] = ()) -> None:
    """Bookmark an article (keeping an existing bookmark's note and tags unless given)."""
    with db.atomic():
        db.execute(
            "INSERT INTO bookmarks (article_id, note, tags, created_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(article_id) DO NOTHING",
            [aid, note, json.dumps(_clean_tags(tags), ensure_ascii=False), now],
        )
        if note:
            db.execute("UPDATE bookmarks SET note = ? WHERE article_id = ?", [note, aid])
        if tags:
            db.execute(
                "UPDATE bookmarks SET tags = ? WHERE article_id = ?",
                [json.dumps(_clean_tags(tags), ensure_ascii=False), aid],
            )


def remove_bookmark(db: Database, aid: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM bookmarks WHERE article_id = ?", [aid])


def is_bookmarked(db: Database, aid: str) -> bool:
    return db.execute("SELECT 1 FROM bookmarks WHERE article_id = ?", [aid]).fetchone() is not None


def toggle_bookmark(db: Database, aid: str, now: str) -> bool:
    """Bookmark or un-bookmark; returns whether the article is now bookmarked."""
    with db.atomic():
        if is_bookmarked(db, aid):
            remove_bookmark(db, aid)
            return False
        add_bookmark(db, aid, now)
        return True


def set_note(db: Database, aid: str, note: str, now: str) -> None:
    with db.atomic():
        add_bookmark(db, aid, now)
        db.execute("UPDATE bookmarks SET note = ? WHERE article_id = ?", [note, aid])


def set_tags(db: Database, aid: str, tags: Sequence[str], now: str) -> None:
    with db.atomic():
        add_bookmark(db, aid, now)
        db.execute(
            "UPDATE bookmarks SET tags = ? WHERE article_id = ?",
            [json.dumps(_clean_tags(tags), ensure_ascii=False), aid],
        )


def _bookmark(row: Sequence[Any]) -> Bookmark:
    try:
        tags = tuple(str(t) for t in json.loads(row[4] or "[]"))
    except ValueError:
        tags = ()
    return Bookmark(
        article_id=row[0], title=row[1] or "", created_at=row[2], note=row[3] or "", tags=tags,
        source=row[5], published=row[6], url=row[7],
    )


def bookmark(db: Database, aid: str) -> Bookmark | None:
    row = db.execute(
        f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id"
        " WHERE b.article_id = ?",
        [aid],
    ).fetchone()
    return None if row is None else _bookmark(row)


def bookmarks(db: Database, tag: str | None = None) -> list[Bookmark]:
    """Every bookmark (newest first), or those carrying ``tag``."""
    sql = f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id"
    params: list[Any] = []
    if tag:
        sql += " WHERE EXISTS (SELECT 1 FROM json_each(b.tags) WHERE json_each.value = ?)"
        params.append(tag)
    sql += " ORDER BY b.created_at DESC, b.rowid DESC"
    return [_bookmark(r) for r in db.execute(sql, params)]


def bookmark_tags(db: Database) -> list[str]:
    """Every tag in use, sorted."""
    return [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT j.value FROM bookmarks b, json_each(b.tags) j WHERE json_valid(b.tags) ORDER BY 1"
        )
    ]
