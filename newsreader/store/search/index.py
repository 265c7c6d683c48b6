"""Keeping the full-text index in step with the articles table.

``articles_fts`` is a contentless FTS5 table keyed by ``articles.n``; it holds the analysed
shadow of each article (:func:`newsreader.search.analyzer.index_text`: normalised words reduced to
their stems), never the original text, and in ``meta`` a token for the article's source
(:func:`source_token`). Rows are written in the article's own transaction.

The index follows the analyser: ``search_state`` records the :data:`newsreader.search.version.ANALYZER_VERSION`
it was built with. When that differs (new rules or a new lexicon), :func:`reindex_step` builds a new
index, ``articles_fts_next``, a batch per call (each its own short transaction, so searches and imports
go on meanwhile and the old index keeps serving); the last call swaps it in, in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newsreader.search import analyzer
from newsreader.search import version as search_version
from newsreader.store import derived
from newsreader.store.connection import Connection

_FROM_ROW = object()


def source_token(source: str | None) -> str | None:
    """The ``meta`` token of a source name (case-insensitive): ``s0`` + hex. Analysed words are
    letters only or digits only, and prefixes at least two of them, so none can match it."""
    name = (source or "").strip().casefold()
    if not name:
        return None
    return "s0" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:15]


def add(db: Connection, rowid: int, title: str, body: str, source: object = _FROM_ROW) -> None:
    """Index one article's analysed title and body (and its source: read from the articles row
    unless given) under the article's rowid."""
    if source is _FROM_ROW:
        row = db.execute("SELECT source FROM articles WHERE n = ?", [rowid]).fetchone()
        source = row[0] if row else None
    add_analysed(db, rowid, analyzer.index_text(title), analyzer.index_text(body), source if isinstance(source, str) else None)


def rebuild(db: Connection) -> int:
    """Re-index every article at once (in one transaction). Returns the number indexed."""
    count = 0
    with db.atomic():
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        others = other_outlets(db)
        for n, aid, title, body, source in db.execute("SELECT n, id, title, body, source FROM articles").fetchall():
            _insert(
                db,
                "articles_fts",
                n,
                analyzer.index_text(title),
                analyzer.index_text(body),
                meta_sources(source, others.get(aid, ())),
            )
            count += 1
        record_version(db)
    return count


def other_outlets(db: Connection, ids: Sequence[str] | None = None) -> dict[str, list[str | None]]:
    """article id → the other outlets that published its text (wire copy), in the order they were added."""
    sql = "SELECT article_id, source FROM article_outlets"
    params: list[str] = []
    if ids is not None:
        if not ids:
            return {}
        sql += f" WHERE article_id IN ({', '.join('?' * len(ids))})"
        params = list(ids)
    others: dict[str, list[str | None]] = {}
    for aid, other in db.execute(sql + " ORDER BY rowid", params).fetchall():
        others.setdefault(aid, []).append(other)
    return others


# -- following the analyser ------------------------------------------------------------------------
_NEXT = "articles_fts_next"
#: The index's definition (the one ``m002_search_index`` created, which as a shipped migration keeps its own copy).
_FTS_DDL = "CREATE VIRTUAL TABLE {name} USING fts5(title, body, meta, content='', tokenize='unicode61 remove_diacritics 0')"
#: Articles analysed per :func:`reindex_step` (about a second of work: the writer thread stays free).
REINDEX_BATCH = 400


_state, _set_state = derived.state, derived.set_state


def recorded_version(db: Connection) -> str | None:
    """The analyser version the index was built with (None: unknown, an older library)."""
    return _state(db, "analyzer")


def record_version(db: Connection) -> None:
    """The index is the current analyser's."""
    _set_state(db, "analyzer", search_version.ANALYZER_VERSION)


def is_current(db: Connection) -> bool:
    """Was the index built by this analyser? (An empty library's is, whatever it recorded.)"""
    if recorded_version(db) == search_version.ANALYZER_VERSION:
        return True
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def reindex_step(db: Connection, batch: int | None = None) -> tuple[int, int] | None:
    """One step of re-indexing with the current analyser: (articles done, articles in all) after it,
    or None when the index is current (the step that finishes swaps the new index in and returns None).
    Each step is its own transaction; a re-index interrupted (the program closed) resumes where it was."""
    version = search_version.ANALYZER_VERSION
    with db.atomic():
        if is_current(db):
            if recorded_version(db) != version:  # an empty library: nothing to rebuild
                record_version(db)
            _drop_next(db)
            return None
        if _state(db, "next_version") != version or not _has_next(db):
            _drop_next(db)
            db.execute(_FTS_DDL.format(name=_NEXT))
            _set_state(db, "next_version", version)
            _set_state(db, "next_upto", "0")
        upto = int(_state(db, "next_upto") or 0)
        rows = db.execute(
            "SELECT n, id, title, body, source FROM articles WHERE n > ? ORDER BY n LIMIT ?",
            [upto, int(batch or REINDEX_BATCH)],
        ).fetchall()
        others = other_outlets(db, [row[1] for row in rows])
        for n, aid, title, body, source in rows:
            _insert(
                db, _NEXT, n, analyzer.index_text(title), analyzer.index_text(body), meta_sources(source, others.get(aid, ()))
            )
        if rows:
            upto = int(rows[-1][0])
            _set_state(db, "next_upto", str(upto))
            done = int(db.execute("SELECT count(*) FROM articles WHERE n <= ?", [upto]).fetchone()[0])
            total = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
            return done, max(total, done)
        # every article is in the new index: it replaces the old one
        db.execute("DROP TABLE articles_fts")
        db.execute(f"ALTER TABLE {_NEXT} RENAME TO articles_fts")
        _set_state(db, "next_version", None)
        _set_state(db, "next_upto", None)
        record_version(db)
    return None


def _has_next(db: Connection) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [_NEXT]).fetchone() is not None


def _drop_next(db: Connection) -> None:
    if _has_next(db):
        db.execute(f"DROP TABLE {_NEXT}")
    _set_state(db, "next_version", None)
    _set_state(db, "next_upto", None)


def meta_sources(source: str | None, others: Sequence[str | None] = ()) -> list[str]:
    """The sources an article is indexed under: its own, then the other outlets that published it."""
    seen: dict[str, str] = {}
    for name in (source, *others):
        if name and name.strip() and name.strip().casefold() not in seen:
            seen[name.strip().casefold()] = name.strip()
    return list(seen.values())


def meta(sources: list[str]) -> str:
    return " ".join(t for t in (source_token(s) for s in sources) if t)


def optimize(db: Connection) -> None:
    """Merge the index's b-trees into one (after a large import; makes queries faster)."""
    with db.atomic():
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")


def add_analysed(db: Connection, rowid: int, title_terms: str, body_terms: str, source: str | None) -> None:
    """Index one article whose text was already analysed (:func:`newsreader.search.analyzer.index_text`),
    e.g. in an import worker process."""
    _insert(db, "articles_fts", rowid, title_terms, body_terms, [source] if source else [])


def _insert(db: Connection, table: str, rowid: int, title_terms: str, body_terms: str, sources: list[str]) -> None:
    db.execute(
        f"INSERT INTO {table} (rowid, title, body, meta) VALUES (?, ?, ?, ?)", [rowid, title_terms, body_terms, meta(sources)]
    )
