"""Keeping the full-text index in step with the articles table.

``articles_fts`` is a contentless FTS5 table keyed by ``articles.n``; it holds the analysed
shadow of each article (:func:`newsreader.analysis.index_text`: normalised words reduced to
their stems), never the original text, and in ``meta`` a token for the article's source
(:func:`source_token`). Rows are written in the article's own transaction.
"""

from __future__ import annotations

import hashlib

from newsreader import analysis
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
    add_analysed(db, rowid, analysis.index_text(title), analysis.index_text(body),
                 source if isinstance(source, str) else None)


def rebuild(db: Connection) -> int:
    """Re-index every article (after an analyser change). Returns the number indexed."""
    count = 0
    with db.atomic():
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        for n, title, body, source in db.execute("SELECT n, title, body, source FROM articles").fetchall():
            add(db, n, title, body, source)
            count += 1
    return count


def optimize(db: Connection) -> None:
    """Merge the index's b-trees into one (after a large import; makes queries faster)."""
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")


def add_analysed(db: Connection, rowid: int, title_terms: str, body_terms: str, source: str | None) -> None:
    """Index one article whose text was already analysed (:func:`newsreader.analysis.index_text`),
    e.g. in an import worker process."""
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body, meta) VALUES (?, ?, ?, ?)",
        [rowid, title_terms, body_terms, source_token(source) or ""],
    )
