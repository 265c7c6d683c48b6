"""Keeping the full-text index in step with the articles table.

``articles_fts`` is a contentless FTS5 table keyed by ``articles.n``; it holds the analysed
shadow of each article (:func:`newsreader.analysis.index_text`: normalised words reduced to
their stems), never the original text. Rows are written in the article's own transaction.
"""

from __future__ import annotations

from sqlite_utils import Database

from newsreader import analysis


def add(db: Database, rowid: int, title: str, body: str) -> None:
    """Index one article's analysed title and body under the article's rowid."""
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
        [rowid, analysis.index_text(title), analysis.index_text(body)],
    )


def remove(db: Database, rowid: int, title: str, body: str) -> None:
    """Drop one article from the index (a contentless table needs the indexed values back)."""
    db.execute(
        "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        [rowid, analysis.index_text(title), analysis.index_text(body)],
    )


def rebuild(db: Database) -> int:
    """Re-index every article (after an analyser change). Returns the number indexed."""
    count = 0
    with db.atomic():
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        for n, title, body in db.execute("SELECT n, title, body FROM articles").fetchall():
            add(db, n, title, body)
            count += 1
    return count


def optimize(db: Database) -> None:
    """Merge the index's b-trees (after a large import; makes queries faster)."""
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('optimize')")
