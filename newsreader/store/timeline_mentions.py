"""The timeline mentions stored with each article, and keeping them in step with the extractor.

Mentions are derived data: ``search_state`` records (key ``timeline``) the
:func:`newsreader.timeline.extractor_version` they were extracted with. When it differs (new rules or new
word tables), :func:`reextract_step` extracts the mentions of a batch of articles again per call, each its
own short transaction, so the library stays usable and an article's old mentions serve until its new
ones replace them; an interrupted re-extraction resumes where it was at the next start.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from newsreader.domain import Mention, full_text, reference_date
from newsreader.store import derived
from newsreader.store.connection import Connection

#: Articles re-extracted per :func:`reextract_step` (well under a second of work: the writer thread stays free).
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


def record_version(db: Connection) -> None:
    from newsreader.timeline import extractor_version

    derived.set_state(db, _VERSION, extractor_version())


def is_current(db: Connection) -> bool:
    """Were the stored mentions extracted by this extractor? (An empty library's are.)"""
    from newsreader.timeline import extractor_version

    if recorded_version(db) == extractor_version():
        return True
    return db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None


def reextract_step(db: Connection, batch: int | None = None) -> tuple[int, int] | None:
    """One step of re-extracting the mentions with the current extractor: (articles done, articles in all)
    after it, or None when the mentions are current (the step that finishes records the version)."""
    from newsreader import timeline

    version = timeline.extractor_version()
    with db.atomic():
        if is_current(db):
            if recorded_version(db) != version:  # an empty library: nothing to extract again
                record_version(db)
            derived.set_state(db, _NEXT, None)
            derived.set_state(db, _UPTO, None)
            return None
        if derived.state(db, _NEXT) != version:  # a new run (or a newer extractor than the interrupted run's)
            derived.set_state(db, _NEXT, version)
            derived.set_state(db, _UPTO, "0")
        upto = int(derived.state(db, _UPTO) or 0)
        rows = db.execute(
            "SELECT n, id, title, body, published FROM articles WHERE n > ? ORDER BY n LIMIT ?",
            [upto, int(batch or REEXTRACT_BATCH)],
        ).fetchall()
        for _n, aid, title, body, published in rows:
            replace(db, aid, timeline.extract(full_text(title, body), reference_date(published)))
        if rows:
            upto = int(rows[-1][0])
            derived.set_state(db, _UPTO, str(upto))
            done = int(db.execute("SELECT count(*) FROM articles WHERE n <= ?", [upto]).fetchone()[0])
            total = int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
            return done, max(total, done)
        derived.set_state(db, _NEXT, None)
        derived.set_state(db, _UPTO, None)
        record_version(db)
    return None


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
