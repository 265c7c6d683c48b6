"""The library schema, as sqlite-utils migrations. Never edit a shipped migration."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

from newsreader.store.version import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "migrations"]

migrations = Migrations("newsreader")


@migrations()
def m001_articles(db: Database) -> None:
    """Articles, mentions, bookmarks and the import log."""
    db.execute(
        """
        CREATE TABLE articles (
            n INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            published TEXT,
            date_source TEXT,
            source TEXT,
            author TEXT,
            url TEXT,
            language TEXT,
            path TEXT,
            content_hash TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            read INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash)")
    db.execute("CREATE INDEX articles_url ON articles(url)")
    # covers the article list (ORDER BY published DESC, n DESC → ids) without reading the table
    db.execute("CREATE INDEX articles_published ON articles(published, n, id)")
    db.execute("CREATE INDEX articles_source ON articles(source)")
    db.execute(
        """
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            mod TEXT,
            calendar TEXT NOT NULL DEFAULT 'gregorian',
            sentence TEXT NOT NULL DEFAULT '',
            first_day TEXT,
            last_day TEXT,
            PRIMARY KEY (article_id, idx)
        )
        """
    )
    db.execute("CREATE INDEX mentions_first_day ON mentions(first_day)")
    db.execute(
        """
        CREATE TABLE bookmarks (
            article_id TEXT PRIMARY KEY,
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE import_log (
            n INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            paths TEXT NOT NULL,
            imported INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            failures TEXT NOT NULL DEFAULT '[]'
        )
        """
    )


@migrations()
def m002_search_index(db: Database) -> None:
    """Full-text index over the analysed (normalised, stemmed) title and body.

    ``meta`` holds one token per article for its source (:func:`newsreader.store.search.index.source_token`,
    a letter, a digit and hex: no analysed word or prefix can reach it), so that ``source:`` filters are
    intersected inside FTS5. ``articles_read`` lets ``is:read``/``is:unread`` pick the smaller side;
    ``articles_search_dates`` checks a match's date without reading the article row.
    """
    db.execute(
        """
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, meta, content='', tokenize='unicode61 remove_diacritics 0'
        )
        """
    )
    db.execute("CREATE INDEX articles_read ON articles(read)")
    db.execute("CREATE INDEX articles_search_dates ON articles(n, published)")


@migrations()
def m003_dedup_key(db: Database) -> None:
    """The de-duplication key no longer follows the search analyser: ``content_hash`` is recomputed
    for every article with the frozen fold (:func:`newsreader.store.core.content_hash`). Keys written
    by any earlier analyser become what a re-import computes now. Should two articles now share a key
    (they are duplicates by it), the later one keeps its old key: nothing is lost."""
    from newsreader.store.core import content_hash

    conn, last = db.conn, -1
    while batch := conn.execute(
        "SELECT n, title, body, content_hash FROM articles WHERE n > ? ORDER BY n LIMIT 2000", [last]
    ).fetchall():
        changed = [(new, n) for n, title, body, old in batch if (new := content_hash(title, body)) != old]
        conn.executemany("UPDATE OR IGNORE articles SET content_hash = ? WHERE n = ?", changed)
        last = batch[-1][0]


@migrations()
def m004_search_state(db: Database) -> None:
    """``search_state`` (key, value): the analyser version the search index was built with
    (``analyzer``), and the progress of a re-index under way. A library with articles and no
    recorded version is re-indexed in the background at the next start. An empty library records
    none: its index takes the version of the analyser that writes its first articles
    (:func:`newsreader.store.search.index.claim`), or of the first check (``newsreader.derived``)."""
    db.execute("CREATE TABLE search_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m005_outlets(db: Database) -> None:
    """Wire copy and outlet names.

    ``article_outlets``: the other outlets (and URLs) that published an article's very text; the
    article itself is stored once, under the first outlet imported. ``outlet_names``: the names the
    user gave outlets (``name`` as files write it → ``display``), kept across re-imports.
    """
    db.execute(
        """
        CREATE TABLE article_outlets (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source TEXT,
            url TEXT,
            path TEXT,
            added_at TEXT NOT NULL,
            UNIQUE (article_id, source, url)
        )
        """
    )
    db.execute("CREATE INDEX article_outlets_source ON article_outlets(source)")
    db.execute("CREATE TABLE outlet_names (name TEXT PRIMARY KEY COLLATE NOCASE, display TEXT NOT NULL)")


@migrations()
def m006_mention_ranges(db: Database) -> None:
    """``mentions.end_value``, ``end_start``: the end of a range mention and where its expression begins
    («من 13 إلى 15 تموز» is one mention, its ``value`` the start). The mentions are derived data, and the
    extractor's version is recorded beside the search index's (``search_state`` key ``timeline``,
    :mod:`newsreader.store.timeline_mentions`): a library with articles has none recorded yet, so its
    mentions are extracted again in the background at the next start."""
    db.execute("ALTER TABLE mentions ADD COLUMN end_value TEXT")
    db.execute("ALTER TABLE mentions ADD COLUMN end_start INTEGER")
    if db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        from newsreader.store import timeline_mentions
        from newsreader.store.connection import Connection

        timeline_mentions.record_version(Connection(db.conn))
