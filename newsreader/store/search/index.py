"""Keeping the full-text index in step with the articles table.

``articles_fts`` is a contentless FTS5 table keyed by ``articles.n``; it holds the analysed
shadow of each article (normalised words reduced to their stems, made by the search analyser outside
the store and handed in: :func:`add_analysed`), never the original text, and in ``meta`` a token for the
article's source (:func:`source_token`). Rows are written in the article's own transaction.

The index follows the analyser: ``search_state`` records the version of the analyser it was built with
(the caller names it: the store analyses nothing). When that differs (new rules or a new lexicon), the
index is rebuilt in steps (driven by :mod:`newsreader.importing.derived`): :func:`stale_rows` hands out a batch of
articles still to analyse, :func:`write_rows` writes their analysed rows into a new index,
``articles_fts_next``, each its own short transaction (so searches and imports go on meanwhile and the
old index keeps serving); the last step swaps the new index in, in one transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from newsreader.store import derived
from newsreader.store.connection import Connection


def source_token(source: str | None) -> str | None:
    """The ``meta`` token of a source name (case-insensitive): ``s0`` + hex. Analysed words are
    letters only or digits only, and prefixes at least two of them, so none can match it."""
    name = (source or "").strip().casefold()
    if not name:
        return None
    return "s0" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:15]


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
#: Articles handed out per :func:`stale_rows` (about a second of analysis: the writer thread stays free).
REINDEX_BATCH = 400


_state, _set_state = derived.state, derived.set_state


@dataclass(frozen=True, slots=True)
class StaleRow:
    """An article whose index row is still to be made by the current analyser (:func:`stale_rows`)."""

    n: int
    title: str
    body: str
    #: The sources it is indexed under (its own, then the other outlets that published it).
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class IndexRow:
    """An article's analysed title and body, to be written under rowid ``n`` (:func:`write_rows`)."""

    n: int
    title_terms: str
    body_terms: str
    sources: tuple[str, ...]


def recorded_version(db: Connection) -> str | None:
    """The analyser version the index was built with (None: unknown, an older library)."""
    return _state(db, "analyzer")


def record_version(db: Connection, version: str) -> None:
    """The index is analyser ``version``'s."""
    _set_state(db, "analyzer", version)


def is_current(db: Connection, version: str) -> bool:
    """Was the index built by analyser ``version``? (An empty library's is, whatever it recorded.)"""
    if recorded_version(db) == version:
        return True
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def claim(db: Connection, version: str) -> None:
    """Articles analysed by ``version`` are about to be the first of an empty library: its index is that
    analyser's (so a library an import filled is not re-indexed at the next start). Inside the caller's
    transaction, before the articles are written."""
    if recorded_version(db) != version and db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        _drop_next(db)
        record_version(db, version)


def stale_rows(db: Connection, version: str, batch: int | None = None) -> list[StaleRow] | None:
    """The next articles to analyse for a re-index by analyser ``version`` ([] when every article is in
    the new index: :func:`write_rows` of [] then swaps it in), or None when the index is current. A new
    index is begun (``articles_fts_next``) when none is under way for this version; a re-index interrupted
    (the program closed) resumes where it was."""
    with db.atomic():
        if is_current(db, version):
            if recorded_version(db) != version:  # an empty library: nothing to rebuild
                record_version(db, version)
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
        return [
            StaleRow(int(n), title, body, tuple(meta_sources(source, others.get(aid, ()))))
            for n, aid, title, body, source in rows
        ]


def write_rows(db: Connection, version: str, rows: Sequence[IndexRow]) -> tuple[int, int] | None:
    """Write the analysed rows of :func:`stale_rows` into the new index: (articles done, articles in all)
    after them, or None when the index is current (writing [] when no article is left swaps the new index
    in, unless articles were imported since the last batch was handed out). One transaction."""
    with db.atomic():
        if _state(db, "next_version") != version or not _has_next(db):  # finished or dropped meanwhile
            return None if is_current(db, version) else _progress(db, 0)
        upto = int(_state(db, "next_upto") or 0)
        for row in rows:
            _insert(db, _NEXT, row.n, row.title_terms, row.body_terms, list(row.sources))
        if rows:
            upto = max(upto, *(row.n for row in rows))
            _set_state(db, "next_upto", str(upto))
            return _progress(db, upto)
        if db.execute("SELECT 1 FROM articles WHERE n > ? LIMIT 1", [upto]).fetchone() is not None:
            return _progress(db, upto)  # articles came in meanwhile: the next step hands them out
        # every article is in the new index: it replaces the old one
        db.execute("DROP TABLE articles_fts")
        db.execute(f"ALTER TABLE {_NEXT} RENAME TO articles_fts")
        _set_state(db, "next_version", None)
        _set_state(db, "next_upto", None)
        record_version(db, version)
    return None


def _progress(db: Connection, upto: int) -> tuple[int, int]:
    done = int(db.execute("SELECT count(*) FROM articles WHERE n <= ?", [upto]).fetchone()[0])
    total = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    return done, max(total, done)


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
    """Index one article whose text was already analysed (:func:`newsreader.search.analyzer.index_text`,
    e.g. in an import worker process)."""
    _insert(db, "articles_fts", rowid, title_terms, body_terms, [source] if source else [])


def _insert(db: Connection, table: str, rowid: int, title_terms: str, body_terms: str, sources: list[str]) -> None:
    db.execute(
        f"INSERT INTO {table} (rowid, title, body, meta) VALUES (?, ?, ?, ?)", [rowid, title_terms, body_terms, meta(sources)]
    )
