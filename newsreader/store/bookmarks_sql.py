"""The SQL behind bookmarks (notes and tags), as functions of the library connection."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsreader.domain import Bookmark
from newsreader.store.connection import Connection

#: A bookmark ``b`` carries the tag given as the parameter (bookmarks, and search's tag filter).
HAS_TAG = "EXISTS (SELECT 1 FROM json_each(b.tags) WHERE json_each.value = ?)"
_BOOKMARK_COLUMNS = "b.article_id, a.title, b.created_at, b.note, b.tags, a.source, a.published, a.url"


def _clean_tags(tags: Sequence[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        tag = " ".join(str(tag).split())
        if tag and tag not in out:
            out.append(tag)
    return out


def add_bookmark(db: Connection, aid: str, now: str, note: str = "", tags: Sequence[str] = ()) -> None:
    """Bookmark an article (keeping an existing bookmark's note and tags unless given)."""
    with db.atomic():
        db.execute(
            "INSERT INTO bookmarks (article_id, note, tags, created_at) VALUES (?, ?, ?, ?) ON CONFLICT(article_id) DO NOTHING",
            [aid, note, json.dumps(_clean_tags(tags), ensure_ascii=False), now],
        )
        if note:
            db.execute("UPDATE bookmarks SET note = ? WHERE article_id = ?", [note, aid])
        if tags:
            db.execute(
                "UPDATE bookmarks SET tags = ? WHERE article_id = ?",
                [json.dumps(_clean_tags(tags), ensure_ascii=False), aid],
            )


def remove_bookmark(db: Connection, aid: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM bookmarks WHERE article_id = ?", [aid])


def is_bookmarked(db: Connection, aid: str) -> bool:
    return db.execute("SELECT 1 FROM bookmarks WHERE article_id = ?", [aid]).fetchone() is not None


def toggle_bookmark(db: Connection, aid: str, now: str) -> bool:
    """Bookmark or un-bookmark; returns whether the article is now bookmarked."""
    with db.atomic():
        if is_bookmarked(db, aid):
            remove_bookmark(db, aid)
            return False
        add_bookmark(db, aid, now)
        return True


def set_note(db: Connection, aid: str, note: str, now: str) -> None:
    with db.atomic():
        add_bookmark(db, aid, now)
        db.execute("UPDATE bookmarks SET note = ? WHERE article_id = ?", [note, aid])


def set_tags(db: Connection, aid: str, tags: Sequence[str], now: str) -> None:
    with db.atomic():
        add_bookmark(db, aid, now)
        db.execute(
            "UPDATE bookmarks SET tags = ? WHERE article_id = ?",
            [json.dumps(_clean_tags(tags), ensure_ascii=False), aid],
        )


def _bookmark(row: Sequence[Any]) -> Bookmark:
    try:
        tags = tuple(str(t) for t in json.loads(row[4] or "[]"))
    except ValueError:
        tags = ()
    return Bookmark(
        article_id=row[0],
        title=row[1] or "",
        created_at=row[2],
        note=row[3] or "",
        tags=tags,
        source=row[5],
        published=row[6],
        url=row[7],
    )


def bookmark(db: Connection, aid: str) -> Bookmark | None:
    row = db.execute(
        f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id WHERE b.article_id = ?",
        [aid],
    ).fetchone()
    return None if row is None else _bookmark(row)


def bookmarks(db: Connection, tag: str | None = None) -> list[Bookmark]:
    """Every bookmark (newest first), or those carrying ``tag``."""
    sql = f"SELECT {_BOOKMARK_COLUMNS} FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id"
    params: list[Any] = []
    if tag:
        sql += f" WHERE {HAS_TAG}"
        params.append(tag)
    sql += " ORDER BY b.created_at DESC, b.rowid DESC"
    return [_bookmark(r) for r in db.execute(sql, params)]


def bookmark_tags(db: Connection) -> list[str]:
    """Every tag in use, sorted."""
    return [
        r[0]
        for r in db.execute("SELECT DISTINCT j.value FROM bookmarks b, json_each(b.tags) j WHERE json_valid(b.tags) ORDER BY 1")
    ]
