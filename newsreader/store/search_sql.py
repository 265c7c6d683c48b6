"""The SQL behind search and bookmarks, as functions of a ``sqlite_utils.Database``.

``Store`` exposes them as thin methods. Queries come in parsed (:class:`newsreader.search.Query`):
the FTS5 expression is built from analysed, quoted terms, never from raw user text.

Speed (see ``bench/search.py``): a relevance search over a word that is in every article must stay
fast, so a search ranks (bm25, title weighted ×3 over body) only the newest matches that pass the
filters — :data:`RANK_CAP` of them for a page within the first :data:`RANK_CAP` results,
:data:`RANK_MAX` for a deeper page or the whole id list — inside one FTS5 query (``ORDER BY rowid
DESC LIMIT``: FTS5 walks its doclists backwards and stops early); the ranking is sorted in Python and
only the articles of the requested page are read and given snippets. ``source:`` is part of the
MATCH expression (a token per source in the index's ``meta`` column); dates, ``is:read``/``is:unread``
and ``is:bookmarked`` become a set of rowids built from an index when they select fewer than
:data:`SET_MAX` articles (or their complement does), otherwise a check on each match (dates through
the narrow ``articles_search_dates`` index). A prefix that begins at most :data:`EXPAND_MAX` indexed
words is searched as their OR (the words come from an fts5vocab view). A date-sorted search orders the
same newest matches by date; the total is exact up to :data:`COUNT_CAP` (with filters:
:data:`FILTERED_COUNT_CAP`). Everything beyond the caps is still reachable by refining the query.
:func:`tune` gives each connection a 64 MiB page cache (and no memory map: see :data:`CACHE_KIB`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsreader import search
from newsreader.domain import Article, full_text
from newsreader.errors import QueryError
from newsreader.store import bookmarks_sql, search_index
from newsreader.store.connection import Connection

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


#: A filter matching fewer articles than this is applied as a set of rowids (built from an index);
#: a wider one is checked on each match (most matches pass it, so few are read).
SET_MAX = 10000
#: Connection settings for search (set once per connection): a 64 MiB page cache, and no memory map.
#: A memory-mapped library is read through page faults, and the kernel reads ahead around each one
#: (8 MiB on the benchmark machine): a rare word's first search at 1M articles read 244 MiB and took
#: 1.8 s; read page by page, 1.3 MiB and 71 ms. Searches on a warm cache are as fast either way.
CACHE_KIB = 65536


#: A prefix that begins at most this many indexed words is searched as their OR (FTS5 walks those
#: doclists lazily, newest first); a wider one stays an FTS5 prefix query.
EXPAND_MAX = 64
_VOCAB = "temp.articles_fts_vocab"


def tune(db: Connection) -> None:
    """Once per connection: a page cache big enough for the index's hot pages, and the
    vocabulary view (fts5vocab, a temp table: no schema change) that expands prefixes."""
    try:
        if db.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'articles_fts_vocab'").fetchone():
            return
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, articles_fts, 'row')")
    except sqlite3.Error:
        pass


def _expander(db: Connection) -> search.Expander:
    def expand(prefix: str) -> list[str] | None:
        if not prefix or ord(prefix[-1]) >= 0x10FFFF:
            return None
        after = prefix[:-1] + chr(ord(prefix[-1]) + 1)  # every word beginning with prefix sorts before it
        try:
            rows = db.execute(
                f"SELECT term FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT {EXPAND_MAX + 1}", [prefix, after]
            ).fetchall()
        except (sqlite3.Error, UnicodeError, ValueError):
            return None
        if not rows or len(rows) > EXPAND_MAX:
            return None
        return [r[0] for r in rows]

    return expand


def source_names(db: Connection, sources: Sequence[str]) -> list[str]:
    """Every name the outlets of a ``source:`` filter go by: the outlet table's names, hosts and
    slugs (:func:`newsreader.outlets.aliases`) and the names the user renamed (``outlet_names``)."""
    from newsreader import outlets

    names: dict[str, str] = {}
    for source in sources:
        renamed = [
            r[0]
            for r in db.execute("SELECT name FROM outlet_names WHERE display = ? COLLATE NOCASE", [source.strip()]).fetchall()
        ]
        for name in (source, *renamed):
            for alias in outlets.aliases(name):
                names.setdefault(alias.strip().casefold(), alias.strip())
    return list(names.values())


#: The bookmarks carrying a tag (the parameter): the article ids.
_TAGGED = f"SELECT b.article_id FROM bookmarks b WHERE {bookmarks_sql.HAS_TAG}"


def _sql_filters(query: search.Query, db: Connection | None = None) -> tuple[list[str], list[Any]]:
    """The filters as SQL over ``a`` (articles), for a query without words."""
    where: list[str] = []
    params: list[Any] = []
    if query.sources:
        names = source_names(db, query.sources) if db is not None else list(query.sources)
        folded = json.dumps([s.strip().casefold() for s in names], ensure_ascii=False)
        where.append(
            "(lower(trim(a.source)) IN (SELECT value FROM json_each(?)) OR a.id IN"
            " (SELECT article_id FROM article_outlets WHERE lower(trim(source)) IN (SELECT value FROM json_each(?))))"
        )
        params += [folded, folded]
    if query.date_from:
        where.append("a.published >= ?")
        params.append(query.date_from)
    if query.date_before:
        where.append("a.published < ?")
        params.append(query.date_before)
    if query.bookmarked:
        where.append("a.id IN (SELECT article_id FROM bookmarks)")
    if query.tag:
        where.append(f"a.id IN ({_TAGGED})")
        params.append(query.tag)
    if query.read is not None:
        where.append("a.read = ?")
        params.append(int(query.read))
    return where, params


def _fewer_than(db: Connection, where: str, params: list[Any], cap: int) -> bool:
    sql = f"SELECT count(*) FROM (SELECT 1 FROM articles WHERE {where} LIMIT {int(cap)})"
    return int(db.execute(sql, params).fetchone()[0]) < cap


def _set_or_row(
    db: Connection, where: str, params: list[Any], complement: str, cparams: list[Any], row: str
) -> tuple[str, list[Any], bool]:
    """A filter on FTS matches ``f``: (predicate, params, needs the articles join). ``+f.rowid``
    keeps SQLite from pushing the IN list into FTS5 as one lookup per value."""
    if _fewer_than(db, where, params, SET_MAX):
        return f"+f.rowid IN (SELECT n FROM articles WHERE {where})", params, False
    if _fewer_than(db, complement, cparams, SET_MAX):
        return f"+f.rowid NOT IN (SELECT n FROM articles WHERE {complement})", cparams, False
    return row, params, True


def _match_filters(db: Connection, query: search.Query) -> tuple[list[str], list[Any], bool]:
    """The filters other than ``source:`` (which is in the MATCH expression) as predicates on FTS
    matches ``f`` (joined to ``a`` = articles when the third item is true)."""
    preds: list[str] = []
    params: list[Any] = []
    join = False
    if query.date_from or query.date_before:
        cond, cparams, comp, comp_params = [], [], ["published IS NULL"], []
        if query.date_from:
            cond.append("published >= ?")
            cparams.append(query.date_from)
            comp.append("published < ?")
            comp_params.append(query.date_from)
        if query.date_before:
            cond.append("published < ?")
            cparams.append(query.date_before)
            comp.append("published >= ?")
            comp_params.append(query.date_before)
        row = " AND ".join(f"a.{c}" for c in cond)
        pred, pp, j = _set_or_row(db, " AND ".join(cond), cparams, " OR ".join(comp), comp_params, row)
        preds.append(pred)
        params += pp
        join |= j
    if query.read is not None:
        value = int(query.read)
        pred, pp, j = _set_or_row(db, "read = ?", [value], "read = ?", [1 - value], "a.read = ?")
        preds.append(pred)
        params += pp
        join |= j
    if query.bookmarked:
        preds.append("+f.rowid IN (SELECT a2.n FROM bookmarks b JOIN articles a2 ON a2.id = b.article_id)")
    if query.tag:
        preds.append(f"+f.rowid IN (SELECT a2.n FROM articles a2 WHERE a2.id IN ({_TAGGED}))")
        params.append(query.tag)
    return preds, params, join


def _expression(db: Connection, query: search.Query, *, sources: bool = True) -> str | None:
    """The MATCH expression: the words (prefixes expanded), and the sources' ``meta`` tokens (unless
    ``sources`` is false: the source filter is then a predicate, :func:`_wire_copies`)."""
    expr = query.fts(_expander(db))
    if expr is None:
        return None
    tokens = _source_tokens(db, query.sources) if sources else None
    if tokens:
        expr = f"({expr}) AND ({tokens})"
    return expr


def _source_tokens(db: Connection, sources: Sequence[str]) -> str | None:
    """The FTS5 expression of the ``meta`` tokens of every name the ``source:`` outlets go by (None: none)."""
    names = source_names(db, sources) if sources else []
    tokens = [t for t in dict.fromkeys(search_index.source_token(s) for s in names) if t]
    return " OR ".join(f'"{t}"' for t in tokens) or None


@dataclass(frozen=True, slots=True)
class _Plan:
    """How one query is run: its MATCH expression (None: filters only) and the other filters as
    predicates on the FTS matches ``f`` (``join``: they need ``a`` = articles)."""

    expr: str | None
    preds: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    join: str = ""  # the articles table as ``a`` (with an index hint) when the preds read it

    def matches_sql(self, columns: str) -> str:
        sql = f"SELECT {columns} FROM articles_fts f" + (f" JOIN {self.join} ON a.n = f.rowid" if self.join else "")
        return sql + " WHERE articles_fts MATCH ?" + "".join(f" AND {p}" for p in self.preds)


def _wire_copies(db: Connection, query: search.Query) -> str | None:
    """With ``source:`` for an outlet that also published articles stored under another outlet (wire
    copy, ``article_outlets``): the folded names to filter on by predicate, as JSON (the ``meta``
    tokens only know each article's own outlet); else None (the tokens do it, inside FTS5)."""
    if not query.sources:
        return None
    folded = json.dumps([n.casefold() for n in source_names(db, query.sources)], ensure_ascii=False)
    found = db.execute(
        "SELECT 1 FROM article_outlets WHERE lower(trim(source)) IN (SELECT value FROM json_each(?)) LIMIT 1", [folded]
    ).fetchone()
    return folded if found else None


def _plan(db: Connection, query: search.Query) -> _Plan:
    tune(db)
    wire = _wire_copies(db, query)
    expr = _expression(db, query, sources=wire is None)
    if expr is None:
        return _Plan(None)
    preds, params, join = _match_filters(db, query)
    if wire is not None:
        # the outlet's own articles through their index tokens (a scan of the articles table for their folded
        # source names took 0.4 s at 1M articles), or the articles it published as wire copy
        preds.append(
            "(+f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            " OR +f.rowid IN (SELECT a2.n FROM article_outlets o JOIN articles a2 ON a2.id = o.article_id"
            " WHERE lower(trim(o.source)) IN (SELECT value FROM json_each(?))))"
        )
        params += [_source_tokens(db, query.sources) or '""', wire]
    table = ""
    if join:
        table = "articles a"
        if (
            not any("a.read" in p for p in preds)
            and db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'articles_search_dates'").fetchone()
        ):
            table += " INDEXED BY articles_search_dates"  # (n, published): no article row is read
    return _Plan(expr, tuple(preds), tuple(params), table)


def _window(need: int) -> int:
    """How many of the newest matches are ranked to serve the first ``need`` results."""
    return RANK_CAP if need <= RANK_CAP else RANK_MAX


def _matches(db: Connection, plan: _Plan, sort: str, window: int) -> list[tuple[int, float]]:
    """The newest ``window`` matches that pass the filters: (rowid, bm25), newest first."""
    score = f"bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0)" if sort == "relevance" else "0.0"
    sql = plan.matches_sql(f"f.rowid, {score}") + f" ORDER BY f.rowid DESC LIMIT {int(window)}"
    return [(int(n), float(sc)) for n, sc in db.execute(sql, [plan.expr, *plan.params])]


def _scores(db: Connection, plan: _Plan, rowids: list[int], sort: str) -> list[tuple[int, float]]:
    """bm25 of these matches (newest first): FTS5 walks only their rowid range, the rest is skipped."""
    if sort != "relevance" or not rowids:
        return [(n, 0.0) for n in rowids]
    sql = (
        f"SELECT f.rowid, bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0) FROM articles_fts f"
        " WHERE articles_fts MATCH ? AND f.rowid >= ? AND f.rowid <= ?"
        " AND +f.rowid IN (SELECT value FROM json_each(?)) ORDER BY f.rowid DESC"
    )
    return [(int(n), float(sc)) for n, sc in db.execute(sql, [plan.expr, min(rowids), max(rowids), json.dumps(rowids)])]


def _ordered(
    db: Connection, query: search.Query, sort: str, need: int, plan: _Plan | None = None, window: int | None = None
) -> tuple[list[tuple[int, float]], int | None]:
    """The first ``need`` results (rowid, score) in result order, and the total when it is
    already known (fewer matches than the ranking window: by default :func:`_window` of ``need``)."""
    plan = plan or _plan(db, query)
    window = _window(need) if window is None else window
    if plan.expr is None:  # filters only: newest first
        where, params = _sql_filters(query, db)
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


def count(db: Connection, query: search.Query, cap: int = COUNT_CAP, plan: _Plan | None = None) -> int:
    """How many articles match (at most ``cap``; with filters at most :data:`FILTERED_COUNT_CAP`)."""
    plan = plan or _plan(db, query)
    if plan.expr is None:
        where, params = _sql_filters(query, db)
        sql = "SELECT 1 FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
        return int(db.execute(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)})", params).fetchone()[0])
    if plan.preds:
        cap = min(cap, FILTERED_COUNT_CAP)
    sql = f"SELECT count(*) FROM ({plan.matches_sql('1')} LIMIT {int(cap)})"
    return int(db.execute(sql, [plan.expr, *plan.params]).fetchone()[0])


def ids(db: Connection, query: search.Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """Matching article ids in result order (at most ``limit``)."""
    # the whole list ranks RANK_MAX matches, so its first page and the rest agree (the GUI shows both)
    ordered, _ = _ordered(db, query, sort, max(0, int(limit)), window=RANK_MAX)
    if not ordered:
        return []
    by_n = dict(
        db.execute(
            "SELECT n, id FROM articles WHERE n IN (SELECT value FROM json_each(?))", [json.dumps([n for n, _ in ordered])]
        ).fetchall()
    )
    return [by_n[n] for n, _ in ordered if n in by_n]


def _page(db: Connection, query: search.Query, ordered: list[tuple[int, float]], snippet_width: int) -> list[SearchHit]:
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
        snip = search.snippet(body or "", query, snippet_width)
        if not snip.spans and query.terms:
            snip = search.snippet(title or "", query, snippet_width) if not body else snip
        hits.append(
            SearchHit(
                id=aid,
                title=title,
                source=source,
                published=published,
                url=url,
                score=round(-float(score), 4),
                snippet=snip,
                title_spans=tuple(search.hit_spans(title or "", query)),
            )
        )
    return hits


def results(
    db: Connection,
    query: search.Query,
    *,
    sort: str = "relevance",
    limit: int = 50,
    offset: int = 0,
    snippet_width: int = 200,
) -> list[SearchHit]:
    """A page of results with snippets (hits highlighted in the original text)."""
    return _results(db, query, sort, limit, offset, snippet_width)[0]


def _results(
    db: Connection, query: search.Query, sort: str, limit: int, offset: int, snippet_width: int = 200
) -> tuple[list[SearchHit], int]:
    """A page of hits and the (capped) total."""
    limit, offset = max(0, int(limit)), max(0, int(offset))
    plan = _plan(db, query)
    ordered, total = _ordered(db, query, sort, offset + limit, plan)
    if total is None:
        total = count(db, query, plan=plan)
    return _page(db, query, ordered[offset : offset + limit], snippet_width), total


def run(db: Connection, text: str, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0) -> SearchResults:
    """Parse and run a search; never raises for any ``text`` (an unusable query → ``message``)."""
    try:
        query = search.parse(text)
    except QueryError as exc:
        return SearchResults(text if isinstance(text, str) else "", [], 0, str(exc))
    if sort not in SORTS:
        sort = "relevance"
    try:
        hits, total = _results(db, query, sort, MAX_IDS if limit is None else max(0, limit), max(0, offset))
    except sqlite3.OperationalError as exc:  # an FTS5 expression it could not use: not the user's fault
        return SearchResults(query.text, [], 0, f"this search could not be run ({exc})")
    return SearchResults(query.text, hits, max(total, offset + len(hits)))


def safe_ids(db: Connection, text: str | search.Query, *, sort: str = "relevance", limit: int = MAX_IDS) -> list[str]:
    """``ids`` for raw text or a parsed query; [] when the query is unusable."""
    try:
        query = text if isinstance(text, search.Query) else search.parse(text)
        return ids(db, query, sort=sort if sort in SORTS else "relevance", limit=limit)
    except (QueryError, sqlite3.OperationalError):
        return []


def hit_spans(db: Connection, article_id_or_text: str | Article, query: str | Query) -> list[tuple[int, int]]:
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
