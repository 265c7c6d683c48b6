"""The timeline mentions stored with each article, and the state of their re-extraction.

Mentions are derived data: ``search_state`` records (key ``timeline``) the extractor version
(:func:`newsreader.timeline.extractor_version`) they were extracted with. When it differs (new rules or new
word tables), :mod:`newsreader.importing.derived` extracts the mentions of a batch of articles again per
step: :func:`stale_articles` hands out the next batch and :func:`write_extracted` writes their new
mentions, each its own short transaction, so the library stays usable and an article's old mentions serve
until its new ones replace them; an interrupted re-extraction resumes where it was at the next start. The
store never runs the extractor: the version is a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsreader.domain import Mention
from newsreader.store import derived
from newsreader.store.connection import Connection

#: Articles handed out per :func:`stale_articles` (well under a second of work: the writer thread stays free).
REEXTRACT_BATCH = 300

_VERSION, _NEXT, _UPTO = "timeline", "timeline_next", "timeline_upto"


def insert(db: Connection, aid: str, found: Sequence[Mention]) -> None:
    """Store an article's mentions (its old ones, if any, already deleted)."""
    db.conn.executemany(
        'INSERT INTO mentions (article_id, idx, start, "end", text, type, value, mod, calendar,'
        " sentence, first_day, last_day, end_value, end_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                aid,
                i,
                m.start,
                m.end,
                m.text,
                m.type,
                m.value,
                m.mod,
                m.calendar,
                m.sentence,
                m.first_day,
                m.last_day,
                m.end_value,
                m.end_start,
            )
            for i, m in enumerate(found)
        ],
    )


def replace(db: Connection, aid: str, found: Sequence[Mention]) -> None:
    db.execute("DELETE FROM mentions WHERE article_id = ?", [aid])
    insert(db, aid, found)


def recorded_version(db: Connection) -> str | None:
    """The extractor version the stored mentions come from (None: unknown, an older library)."""
    return derived.state(db, _VERSION)


def record_version(db: Connection, version: str) -> None:
    derived.set_state(db, _VERSION, version)


def is_current(db: Connection, version: str) -> bool:
    """Were the stored mentions extracted by extractor ``version``? (An empty library's are.)"""
    if recorded_version(db) == version:
        return True
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def _forget_run(db: Connection) -> None:
    derived.set_state(db, _NEXT, None)
    derived.set_state(db, _UPTO, None)


def claim(db: Connection, version: str) -> None:
    """Articles whose mentions extractor ``version`` wrote are about to be the first of an empty library:
    its mentions are that extractor's (so a library an import filled is not re-extracted at the next
    start). Inside the caller's transaction, before the articles are written."""
    if recorded_version(db) != version and db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None:
        _forget_run(db)
        record_version(db, version)


@dataclass(frozen=True, slots=True)
class StaleArticle:
    """An article whose mentions another extractor wrote: what extracting them again needs."""

    n: int
    id: str
    title: str
    body: str
    published: str | None


def stale_articles(db: Connection, version: str, batch: int | None = None) -> list[StaleArticle] | None:
    """The next articles whose mentions extractor ``version`` should write again ([] when every article
    has them: :func:`write_extracted` of [] then records the version), or None when the mentions are
    current. A run interrupted (the program closed) resumes where it was."""
    with db.atomic():
        if is_current(db, version):
            if recorded_version(db) != version:  # an empty library: nothing to extract again
                record_version(db, version)
            _forget_run(db)
            return None
        if derived.state(db, _NEXT) != version:  # a new run (or a newer extractor than the interrupted run's)
            derived.set_state(db, _NEXT, version)
            derived.set_state(db, _UPTO, "0")
        upto = int(derived.state(db, _UPTO) or 0)
        rows = db.execute(
            "SELECT n, id, title, body, published FROM articles WHERE n > ? ORDER BY n LIMIT ?",
            [upto, int(batch or REEXTRACT_BATCH)],
        ).fetchall()
    return [StaleArticle(n=r[0], id=r[1], title=r[2], body=r[3], published=r[4]) for r in rows]


def write_extracted(
    db: Connection, version: str, extracted: Sequence[tuple[StaleArticle, Sequence[Mention]]]
) -> tuple[int, int] | None:
    """Write the mentions extractor ``version`` found in articles of :func:`stale_articles`: (articles done,
    articles in all) after them, or None when that was the last step (the version is then recorded).
    An article re-dated meanwhile keeps the mentions its new date gave it."""
    with db.atomic():
        if not extracted:
            if derived.state(db, _NEXT) == version:
                _forget_run(db)
                record_version(db, version)
            return None
        if derived.state(db, _NEXT) == version:  # (else another run began meanwhile: it does this batch again)
            for article, found in extracted:
                row = db.execute("SELECT published FROM articles WHERE id = ?", [article.id]).fetchone()
                if row is not None and row[0] == article.published:
                    replace(db, article.id, found)
            upto = max(int(derived.state(db, _UPTO) or 0), extracted[-1][0].n)  # (another process may be ahead)
            derived.set_state(db, _UPTO, str(upto))
        upto = int(derived.state(db, _UPTO) or 0)
        done = int(db.execute("SELECT count(*) FROM articles WHERE n <= ?", [upto]).fetchone()[0])
        total = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
        return done, max(total, done)


_MENTION_COLUMNS = 'start, "end", text, type, value, mod, calendar, sentence, first_day, last_day, end_value, end_start'


def mentions(db: Connection, aid: str) -> list[Mention]:
    cursor = db.execute(f"SELECT {_MENTION_COLUMNS} FROM mentions WHERE article_id = ? ORDER BY idx", [aid])
    return [_mention(r) for r in cursor]


def story_mentions(db: Connection, ids: Sequence[str], limit: int = 1000) -> list[tuple[str, str, Mention]]:
    """(article id, title, mention) for the dated mentions of up to ``limit`` articles."""
    cursor = db.execute(
        'SELECT a.id, a.title, m.start, m."end", m.text, m.type, m.value, m.mod, m.calendar, m.sentence,'
        " m.first_day, m.last_day, m.end_value, m.end_start FROM mentions m JOIN articles a ON a.id = m.article_id"
        " WHERE m.article_id IN (SELECT value FROM json_each(?)) AND m.first_day IS NOT NULL"
        " ORDER BY m.first_day, a.id, m.idx",
        [json.dumps(list(ids[:limit]))],
    )
    return [(r[0], r[1], _mention(r[2:])) for r in cursor]


def _mention(r: Sequence[Any]) -> Mention:
    return Mention(
        start=r[0],
        end=r[1],
        text=r[2],
        type=r[3],
        value=r[4],
        mod=r[5],
        calendar=r[6],
        sentence=r[7],
        first_day=r[8],
        last_day=r[9],
        end_value=r[10],
        end_start=r[11],
    )
