"""Bringing a library's derived data up to this version, a short step at a time (the window runs the
steps on its writer thread; the old index and mentions serve meanwhile), and re-dating an article.

The timeline mentions are extracted here, not in the store: the store hands out the articles whose
mentions another extractor wrote (:meth:`~newsreader.store.Store.stale_mentions`) and writes back what
the extractor finds here (:meth:`~newsreader.store.Store.write_mentions`). The extractor's version is
read without loading the extractor: a library that is current costs one look.
"""

from __future__ import annotations

from newsreader.domain import full_text, reference_date
from newsreader.store import Store


def timeline_current(store: Store) -> bool:
    """Were the library's mentions extracted by this version's extractor?"""
    from newsreader.timeline import extractor_version

    return store.mentions_current(extractor_version())


def reextract_mentions_step(store: Store, batch: int | None = None) -> tuple[int, int] | None:
    """One short step of extracting the mentions again with the current extractor: (done, total), or None
    when they are current (each article keeps its old mentions until its new ones replace them)."""
    from newsreader import timeline

    version = timeline.extractor_version()
    stale = store.stale_mentions(version, batch)
    if stale is None:
        return None
    found = [(a, timeline.extract(full_text(a.title, a.body), reference_date(a.published))) for a in stale]
    return store.write_mentions(version, found)


def update_derived_step(store: Store) -> tuple[str, int, int] | None:
    """One short step of bringing the derived data up to this version: the search index first
    (``"search"``), then the timeline mentions (``"timeline"``); (what, done, total), or None when both are current."""
    state = store.reindex_search_step()
    if state is not None:
        return "search", *state
    state = reextract_mentions_step(store)
    if state is not None:
        return "timeline", *state
    return None


def set_published(store: Store, aid: str, published: str, source: str = "user") -> None:
    """Correct an article's date and re-resolve its mentions against it (written in one transaction)."""
    from newsreader import timeline

    article = store.article(aid)
    store.set_published(aid, published, timeline.extract(article.full_text, reference_date(published)), source)
