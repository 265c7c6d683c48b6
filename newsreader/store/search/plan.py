"""The planner: how a parsed query (:class:`newsreader.query_types.Query`) is asked of the index.

The FTS5 expression is built from the analysed terms, each quoted (:func:`term_fts`), never from raw
user text. ``source:`` is part of the MATCH expression (a token per source in the index's ``meta``
column); dates, ``is:read``/``is:unread`` and ``is:bookmarked`` become a set of rowids built from an
index when they select fewer than :data:`SET_MAX` articles (or their complement does), otherwise a check
on each match (dates through the narrow ``articles_search_dates`` index). A prefix that begins at most
:data:`EXPAND_MAX` indexed words is searched as their OR (the words come from an fts5vocab view).
:func:`tune` gives each connection a 64 MiB page cache (and no memory map: see :data:`CACHE_KIB`).
:mod:`.execute` runs a plan; :mod:`.results` reads the page of results.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from newsreader.query_types import Query, Term
from newsreader.store import bookmarks_sql
from newsreader.store.connection import Connection
from newsreader.store.search import index

#: Turns a prefix into the indexed words that begin with it (None: leave it a prefix query).
Expander = Callable[[str], "list[str] | None"]


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def term_fts(term: Term, expand: Expander | None = None) -> str:
    """A term as FTS5 syntax. ``expand`` may turn a prefix into the index's own words that
    begin with it (cheaper for FTS5 than a prefix query); it returns None to keep ``prefix *``."""
    if term.prefix:
        parts: list[str] = []
        for form in dict.fromkeys((term.stems[0], *term.alternatives)):
            words = [w for w in (expand(form) or ()) if w.startswith(form)] if expand is not None else []
            if words:
                parts += [_quote(w) for w in words]
            else:
                parts.append(f"{_quote(form)} *")
        parts = list(dict.fromkeys(parts))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    return _quote(" ".join(term.stems))


def fts_expression(query: Query, expand: Expander | None = None) -> str | None:
    """The FTS5 MATCH expression of a query, or None for a filters-only query (``expand``: see :func:`term_fts`)."""
    if not query.groups:
        return None
    parts = []
    for group in query.groups:
        if len(group) == 1:
            parts.append(term_fts(group[0], expand))
        else:
            parts.append("(" + " OR ".join(term_fts(t, expand) for t in group) + ")")
    expr = " AND ".join(parts)
    if query.excluded:
        expr = f"({expr}) NOT (" + " OR ".join(term_fts(t, expand) for t in query.excluded) + ")"
    return expr


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


def _expander(db: Connection) -> Expander:
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


def sql_filters(query: Query, db: Connection | None = None) -> tuple[list[str], list[Any]]:
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


def _match_filters(db: Connection, query: Query) -> tuple[list[str], list[Any], bool]:
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


def _expression(db: Connection, query: Query, *, sources: bool = True) -> str | None:
    """The MATCH expression: the words (prefixes expanded), and the sources' ``meta`` tokens (unless
    ``sources`` is false: the source filter is then a predicate, :func:`_wire_copies`)."""
    expr = fts_expression(query, _expander(db))
    if expr is None:
        return None
    tokens = _source_tokens(db, query.sources) if sources else None
    if tokens:
        expr = f"({expr}) AND ({tokens})"
    return expr


def _source_tokens(db: Connection, sources: Sequence[str]) -> str | None:
    """The FTS5 expression of the ``meta`` tokens of every name the ``source:`` outlets go by (None: none)."""
    names = source_names(db, sources) if sources else []
    tokens = [t for t in dict.fromkeys(index.source_token(s) for s in names) if t]
    return " OR ".join(f'"{t}"' for t in tokens) or None


@dataclass(frozen=True, slots=True)
class Plan:
    """How one query is run: its MATCH expression (None: filters only) and the other filters as
    predicates on the FTS matches ``f`` (``join``: they need ``a`` = articles)."""

    expr: str | None
    preds: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    join: str = ""  # the articles table as ``a`` (with an index hint) when the preds read it

    def matches_sql(self, columns: str) -> str:
        sql = f"SELECT {columns} FROM articles_fts f" + (f" JOIN {self.join} ON a.n = f.rowid" if self.join else "")
        return sql + " WHERE articles_fts MATCH ?" + "".join(f" AND {p}" for p in self.preds)


def _wire_copies(db: Connection, query: Query) -> str | None:
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


def plan_query(db: Connection, query: Query) -> Plan:
    tune(db)
    wire = _wire_copies(db, query)
    expr = _expression(db, query, sources=wire is None)
    if expr is None:
        return Plan(None)
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
    return Plan(expr, tuple(preds), tuple(params), table)
