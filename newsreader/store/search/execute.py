"""The executor: a planned search run over the index, its matches ranked and counted.

Speed (see ``bench/search.py``): a relevance search over a word that is in every article must stay
fast, so a search ranks (bm25, title weighted ×3 over body) only the newest matches that pass the
filters — :data:`RANK_CAP` of them for a page within the first :data:`RANK_CAP` results,
:data:`RANK_MAX` for a deeper page or the whole id list — inside one FTS5 query (``ORDER BY rowid
DESC LIMIT``: FTS5 walks its doclists backwards and stops early); the ranking is sorted in Python and
only the articles of the requested page are read (:mod:`.results`). A date-sorted search orders the
same newest matches by date; the total is exact up to :data:`COUNT_CAP` (with filters:
:data:`FILTERED_COUNT_CAP`). Everything beyond the caps is still reachable by refining the query.
"""

from __future__ import annotations

import json
import sqlite3

from newsreader.query_types import Query
from newsreader.store.connection import Connection
from newsreader.store.search.plan import Plan, plan_query, sql_filters

#: A search ranks (or, by date, orders) this many of the newest matches that pass its filters when
#: the page asked for lies within them (a page of 20: bm25 for 500 rows, not 1000) ...
RANK_CAP = 500
#: ... and up to this many for a deeper page or the whole id list (the GUI's list, ``--limit 1000``).
RANK_MAX = 1000
#: ``total`` is exact up to this many matches, then reported as this number.
COUNT_CAP = 10000
#: With filters, ``total`` is exact up to this many.
FILTERED_COUNT_CAP = 1000
#: ``search_ids`` returns at most this many ids.
MAX_IDS = 10000
TITLE_WEIGHT, BODY_WEIGHT = 3.0, 1.0
SORTS = ("relevance", "date")


def _window(need: int) -> int:
    """How many of the newest matches are ranked to serve the first ``need`` results."""
    return RANK_CAP if need <= RANK_CAP else RANK_MAX


def _matches(db: Connection, plan: Plan, sort: str, window: int) -> list[tuple[int, float]]:
    """The newest ``window`` matches that pass the filters: (rowid, bm25), newest first."""
    score = f"bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)" if sort == "relevance" else "0.0"
    sql = plan.matches_sql(f"f.rowid, {score}") + f" ORDER BY f.rowid DESC LIMIT {int(window)}"
    return [(int(n), float(sc)) for n, sc in db.execute(sql, [plan.expr, *plan.params])]


def _scores(db: Connection, plan: Plan, rowids: list[int], sort: str) -> list[tuple[int, float]]:
    """bm25 of these matches (newest first): FTS5 walks only their rowid range, the rest is skipped."""
    if sort != "relevance" or not rowids:
        return [(n, 0.0) for n in rowids]
    sql = (
        f"SELECT f.rowid, bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0) FROM articles_fts f"
        " WHERE articles_fts MATCH ? AND f.rowid >= ? AND f.rowid <= ?"
        " AND +f.rowid IN (SELECT value FROM json_each(?)) ORDER BY f.rowid DESC"
    )
    return [(int(n), float(sc)) for n, sc in db.execute(sql, [plan.expr, min(rowids), max(rowids), json.dumps(rowids)])]


def ordered_matches(
    db: Connection, query: Query, sort: str, need: int, plan: Plan | None = None, window: int | None = None
) -> tuple[list[tuple[int, float]], int | None]:
    """The first ``need`` results (rowid, score) in result order, and the total when it is
    already known (fewer matches than the ranking window: by default :func:`_window` of ``need``)."""
    plan = plan or plan_query(db, query)
    window = _window(need) if window is None else window
    if plan.expr is None:  # filters only: newest first
        where, params = sql_filters(query, db)
        sql = "SELECT a.n, 0.0 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY a.published IS NULL, a.published DESC, a.n DESC LIMIT ?"
        return [(int(n), 0.0) for n, _ in db.execute(sql, [*params, int(need)])], None
    total: int | None
    if plan.preds:  # one pass through the filters finds the capped total and the newest to rank
        newest = [
            int(r[0])
            for r in db.execute(
                plan.matches_sql("f.rowid") + f" ORDER BY f.rowid DESC LIMIT {max(window, FILTERED_COUNT_CAP)}",
                [plan.expr, *plan.params],
            )
        ]
        found, total = _scores(db, plan, newest[:window], sort), len(newest)
    else:
        found = _matches(db, plan, sort, window)
        total = len(found) if len(found) < window else None  # else: counted (capped) by ``count``
    if sort == "date":
        dates = dict(
            db.execute(
                "SELECT n, published FROM articles WHERE n IN (SELECT value FROM json_each(?))",
                [json.dumps([n for n, _ in found])],
            ).fetchall()
        )
        # newest date first, undated last, then the newest import first
        found.sort(key=lambda r: (dates.get(r[0]) is not None, dates.get(r[0]) or "", r[0]), reverse=True)
    else:
        found.sort(key=lambda r: (r[1], -r[0]))
    return found[:need], total


def count(db: Connection, query: Query, cap: int = COUNT_CAP, plan: Plan | None = None) -> int:
    """How many articles match (at most ``cap``; with filters at most :data:`FILTERED_COUNT_CAP`)."""
    plan = plan or plan_query(db, query)
    if plan.expr is None:
        where, params = sql_filters(query, db)
        sql = "SELECT 1 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        return int(db.execute(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)})", params).fetchone()[0])
    if plan.preds:
        cap = min(cap, FILTERED_COUNT_CAP)
    sql = f"SELECT count(*) FROM ({plan.matches_sql('1')} LIMIT {int(cap)})"
    return int(db.execute(sql, [plan.expr, *plan.params]).fetchone()[0])


def ids(db: Connection, query: Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """Matching article ids in result order (at most ``limit``)."""
    # the whole list ranks RANK_MAX matches, so its first page and the rest agree (the GUI shows both)
    ordered, _ = ordered_matches(db, query, sort, max(0, int(limit)), window=RANK_MAX)
    if not ordered:
        return []
    by_n = dict(
        db.execute(
            "SELECT n, id FROM articles WHERE n IN (SELECT value FROM json_each(?))", [json.dumps([n for n, _ in ordered])]
        ).fetchall()
    )
    return [by_n[n] for n, _ in ordered if n in by_n]


def safe_ids(db: Connection, query: Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """``ids``, or [] when SQLite refuses the query (not the user's fault: the parser accepted it)."""
    try:
        return ids(db, query, sort=sort if sort in SORTS else "relevance", limit=limit)
    except sqlite3.OperationalError:
        return []
