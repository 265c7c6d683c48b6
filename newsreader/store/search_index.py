"""Keeping the full-text index in step with the articles table."""

from __future__ import annotations

from sqlite_utils import Database

from newsreader import analysis


def add(db: Database, rowid: int, title: str, body: str) -> None:
    """Index one article's analysed title and body under the article's rowid."""
    db.execute(
        "INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
        [rowid, analysis.index_text(title), analysis.index_text(body)],
    )
