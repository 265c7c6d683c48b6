"""The state of the data a library derives from its articles with a versioned algorithm: the search
index (:mod:`newsreader.store.search.index`, the analyser's version) and the timeline mentions
(:mod:`newsreader.store.timeline_mentions`, the extractor's version). One table, ``search_state``
(key, value; created by ``m004_search_state``, its name kept from when it served the index alone)."""

from __future__ import annotations

from newsreader.store.connection import Connection


def state(db: Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM search_state WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def set_state(db: Connection, key: str, value: str | None) -> None:
    if value is None:
        db.execute("DELETE FROM search_state WHERE key = ?", [key])
    else:
        db.execute("INSERT OR REPLACE INTO search_state (key, value) VALUES (?, ?)", [key, value])
