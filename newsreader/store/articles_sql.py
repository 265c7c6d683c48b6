"""The SQL behind articles (writing them, reading them, their read state and outlets), as functions of
the library connection."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from newsreader.domain import Article, ArticleRow, Mention, ParsedArticle
from newsreader.errors import AmbiguousId, StoreError
from newsreader.store import timeline_mentions
from newsreader.store.connection import Connection

_ARTICLE_COLUMNS = "id, title, body, published, date_source, source, author, url, language, path, content_hash, imported_at, read"


class NewArticle(Protocol):
    """What the store writes for a new article: the article and what is derived from it, computed
    before the write (:class:`newsreader.importing.prepare.Prepared`)."""

    @property
    def article(self) -> ParsedArticle: ...
    @property
    def id(self) -> str: ...
    @property
    def digest(self) -> str: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def title_terms(self) -> str: ...
    @property
    def body_terms(self) -> str: ...
    @property
    def index_version(self) -> str | None:
        """The search analyser that made ``title_terms``/``body_terms`` (an empty library's index becomes its)."""

    @property
    def mentions_version(self) -> str | None:
        """The extractor that found ``mentions`` (an empty library's mentions become its)."""


Identify = Callable[[ParsedArticle], tuple[str, str]]
Prepare = Callable[[ParsedArticle], NewArticle]


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one parsed article: ``imported`` or ``duplicate``."""

    id: str
    status: str
    article: ParsedArticle


# -- writing articles --------------------------------------------------------------------------------
def known(db: Connection, keys: Sequence[tuple[str, str]]) -> list[bool]:
    """For each (id, content hash): is that article already in the library?"""
    return [_exists(db, aid, digest) for aid, digest in keys]


def _exists(db: Connection, aid: str, digest: str) -> bool:
    row = db.execute("SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [aid, digest]).fetchone()
    return row is not None


def add_prepared(
    db: Connection, items: Sequence[NewArticle | ParsedArticle], identify: Identify, prepare: Prepare, imported_at: str
) -> list[AddResult]:
    """Write prepared articles in one transaction; a plain ParsedArticle in ``items`` is one the
    caller already knows to be a duplicate (it is checked again here all the same: ``identify``
    gives its id and key, and should it be new after all, ``prepare`` derives what is written)."""
    from newsreader.store.search import index

    results: list[AddResult] = []
    renamed = {k.casefold(): v for k, v in outlet_names(db).items()}  # the user's outlet names win
    prepared = [e for e in items if not isinstance(e, ParsedArticle)]
    index_version = next((e.index_version for e in prepared if e.index_version), None)
    mentions_version = next((e.mentions_version for e in prepared if e.mentions_version), None)
    with db.atomic():
        if index_version is not None:
            index.claim(db, index_version)
        if mentions_version is not None:
            timeline_mentions.claim(db, mentions_version)
        for entry in items:
            if isinstance(entry, ParsedArticle):
                aid, digest = identify(entry)
                match = _match(db, aid, digest)
                if match is None:
                    entry = prepare(entry)
                else:
                    _note_outlet(db, match, entry, imported_at)
                    results.append(AddResult(match[0], "duplicate", entry))
                    continue
            item = entry.article
            match = _match(db, entry.id, entry.digest)
            if match is not None:
                _note_outlet(db, match, item, imported_at)
                results.append(AddResult(match[0], "duplicate", item))
                continue
            source = renamed.get(item.source.strip().casefold(), item.source) if item.source else None
            cursor = db.execute(
                "INSERT INTO articles (id, title, body, published, date_source, source, author,"
                " url, language, path, content_hash, imported_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    entry.id,
                    item.title,
                    item.body,
                    item.published,
                    item.date_source,
                    source,
                    item.author,
                    item.url,
                    item.language,
                    item.path,
                    entry.digest,
                    imported_at,
                ],
            )
            rowid = cursor.lastrowid
            assert rowid is not None
            timeline_mentions.insert(db, entry.id, entry.mentions)
            index.add_analysed(db, rowid, entry.title_terms, entry.body_terms, source)
            results.append(AddResult(entry.id, "imported", item))
    return results


def _match(db: Connection, aid: str, digest: str) -> tuple[str, int, str | None, str | None] | None:
    """(id, rowid, source, url) of the article that has this id (URL) or this text."""
    row = db.execute("SELECT id, n, source, url FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [aid, digest]).fetchone()
    return (row[0], row[1], row[2], row[3]) if row is not None else None


def _note_outlet(db: Connection, match: tuple[str, int, str | None, str | None], item: ParsedArticle, added_at: str) -> None:
    """Wire copy: the same text from another outlet (or at another URL) is kept as "also in"
    of the stored article (``source:`` finds it for that outlet: :mod:`newsreader.store.search.plan`)."""
    aid, rowid, source, url = match
    new_source = (item.source or "").strip() or None
    new_source = outlet_display(db, new_source) or new_source
    new_url = (item.url or "").strip() or None
    same_source = (new_source or "").casefold() == (source or "").strip().casefold()
    if (same_source and (new_url is None or new_url == url)) or (new_url is not None and new_url == url):
        return
    known = db.execute("SELECT source, url FROM article_outlets WHERE article_id = ?", [aid]).fetchall()
    if any((s or "").casefold() == (new_source or "").casefold() and (u or None) == new_url for s, u in known):
        return
    db.execute(
        "INSERT OR IGNORE INTO article_outlets (article_id, source, url, path, added_at) VALUES (?, ?, ?, ?, ?)",
        [aid, new_source, new_url, item.path, added_at],
    )


def set_published(db: Connection, aid: str, published: str, source: str) -> None:
    """Correct an article's date (in the caller's transaction)."""
    db.execute("UPDATE articles SET published = ?, date_source = ? WHERE id = ?", [published, source, aid])


# -- outlets ---------------------------------------------------------------------------------------------
def also_in(db: Connection, aid: str) -> list[tuple[str | None, str | None]]:
    """The other outlets (source, URL) that published article ``aid``'s text, in import order."""
    rows = db.execute("SELECT source, url FROM article_outlets WHERE article_id = ? ORDER BY rowid", [aid]).fetchall()
    return [(r[0], r[1]) for r in rows]


def outlet_display(db: Connection, name: str | None) -> str | None:
    """The name the user gave outlet ``name`` (None when they did not rename it)."""
    if not name:
        return None
    row = db.execute("SELECT display FROM outlet_names WHERE name = ?", [name.strip()]).fetchone()
    return str(row[0]) if row else None


def rename_outlet(db: Connection, name: str, display: str) -> int:
    """Show outlet ``name`` as ``display`` from now on (articles already stored and those imported
    later); ``source:`` finds it by either name. Returns the number of articles renamed."""
    name, display = name.strip(), display.strip()
    if not name or not display:
        raise ValueError("an outlet name cannot be empty")
    with db.atomic():
        db.execute("INSERT OR REPLACE INTO outlet_names (name, display) VALUES (?, ?)", [name, display])
        db.execute("UPDATE outlet_names SET display = ? WHERE display = ?", [display, name])
        db.execute("UPDATE article_outlets SET source = ? WHERE source = ? COLLATE NOCASE", [display, name])
        cursor = db.execute("UPDATE articles SET source = ? WHERE source = ? COLLATE NOCASE", [display, name])
    return int(cursor.rowcount)


def outlet_names(db: Connection) -> dict[str, str]:
    """Every rename the user made: name as files write it → the name shown."""
    return {r[0]: r[1] for r in db.execute("SELECT name, display FROM outlet_names").fetchall()}


# -- reading articles ----------------------------------------------------------------------------------
def count(db: Connection) -> int:
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def is_empty(db: Connection) -> bool:
    """No article yet (one row read, where ``count()`` reads a whole index)."""
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def article(db: Connection, aid: str) -> Article:
    row = db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [aid]).fetchone()
    if row is None:
        raise StoreError(f"no article with id {aid}")
    also = also_in(db, aid)
    return replace(_article(row), also_in=tuple(also)) if also else _article(row)


def find_article(db: Connection, prefix: str) -> Article | None:
    """An article by its id or an unambiguous id prefix (for the CLI); None when there is none.
    A prefix of several ids raises :class:`AmbiguousId`."""
    rows = db.execute(
        f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
        [prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
    ).fetchall()
    if len(rows) > 1 and rows[0][0] != prefix:
        raise AmbiguousId(f"the id prefix {prefix!r} matches several articles; give more of the id")
    return _article(rows[0]) if rows else None


def article_ids(db: Connection, *, newest_first: bool = True, unread_only: bool = False, limit: int | None = None) -> list[str]:
    """Article ids in list order (newest first), all or the first ``limit``."""
    # NULL sorts lowest in SQLite: newest first puts undated articles last by itself
    order = "DESC" if newest_first else "ASC"
    nulls = "" if newest_first else "published IS NULL, "
    where = "WHERE read = 0 " if unread_only else ""
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return [
        r[0]
        for r in db.execute(
            # (no "published IS NULL" term when newest first: it would keep the covering
            # (published, n, id) index unused and sort the whole table)
            f"SELECT id FROM articles {where}ORDER BY {nulls}published {order}, n {order}{tail}"
        )
    ]


def rows_cursor(db: Connection, ids: Sequence[str]) -> sqlite3.Cursor:
    """The list rows of a batch of ids (read with :func:`list_row`)."""
    return db.execute(
        "SELECT a.id, a.title, a.source, a.published, a.read, b.article_id IS NOT NULL"
        " FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id"
        " WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(list(ids))],
    )


def all_rows(db: Connection) -> Iterator[ArticleRow]:
    """Every article's list row, newest first (CLI ``list``)."""
    cursor = db.execute(
        "SELECT a.id, a.title, a.source, a.published, a.read, b.article_id IS NOT NULL"
        " FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id"
        " ORDER BY a.published DESC, a.n DESC"
    )
    for r in cursor:
        yield list_row(r)


def list_row(r: Sequence[Any]) -> ArticleRow:
    return ArticleRow(id=r[0], title=r[1], source=r[2], published=r[3], read=bool(r[4]), bookmarked=bool(r[5]))


# -- reading state -----------------------------------------------------------------------------------
def set_read(db: Connection, ids: Sequence[str], read: bool = True) -> None:
    with db.atomic():
        db.execute(
            "UPDATE articles SET read = ? WHERE id IN (SELECT value FROM json_each(?))",
            [int(read), json.dumps(list(ids))],
        )


def unread_ids(db: Connection) -> list[str]:
    return [r[0] for r in db.execute("SELECT id FROM articles WHERE read = 0")]


def mark_all_read(db: Connection) -> list[str]:
    """Mark every article read; returns the ids that were unread (for undo)."""
    with db.atomic():
        ids = unread_ids(db)
        db.execute("UPDATE articles SET read = 1 WHERE read = 0")
    return ids


# -- import log ----------------------------------------------------------------------------------------
def log_import(
    db: Connection,
    started_at: str,
    finished_at: str,
    paths: Sequence[str],
    imported: int,
    duplicates: int,
    failures: Sequence[tuple[str, str]],
) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO import_log (started_at, finished_at, paths, imported, duplicates, failed, failures)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                started_at,
                finished_at,
                json.dumps(list(paths), ensure_ascii=False),
                imported,
                duplicates,
                len(failures),
                json.dumps([list(f) for f in failures], ensure_ascii=False),
            ],
        )


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        title=row[1],
        body=row[2],
        published=row[3],
        date_source=row[4],
        source=row[5],
        author=row[6],
        url=row[7],
        language=row[8],
        path=row[9],
        content_hash=row[10],
        imported_at=row[11],
        read=bool(row[12]),
    )
