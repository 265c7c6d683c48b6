"""Bringing a library's derived data up to this version, a short step at a time (the window runs the
steps on its writer thread; the old index and mentions serve meanwhile): the search index (for the
analyser), then the timeline mentions (for the extractor); and re-dating an article.

The analyser and the extractor run here, not in the store: the store hands out the articles whose index
rows or mentions are stale (:meth:`~newsreader.store.Store.stale_search_rows`,
:meth:`~newsreader.store.Store.stale_mentions`) and writes back what is found here
(:meth:`~newsreader.store.Store.write_search_rows`, :meth:`~newsreader.store.Store.write_mentions`).
The versions are read without loading the analyser or the extractor (:mod:`newsreader.search.version`,
:func:`newsreader.timeline.extractor_version`): a library that is current costs one look each.
"""

from __future__ import annotations

from newsreader.domain import full_text, reference_date
from newsreader.search import version
from newsreader.store import Store
from newsreader.store.search.index import IndexRow


def search_index_current(store: Store) -> bool:
    """Was the library's search index built by this version's analyser?"""
    return store.search_index_current(version.ANALYZER_VERSION)


def reindex_search_step(store: Store, batch: int | None = None) -> tuple[int, int] | None:
    """One short step of re-indexing for the current analyser: (done, total), or None when the index is
    current (the old index serves searches until the last step swaps the new one in)."""
    current = version.ANALYZER_VERSION
    stale = store.stale_search_rows(current, batch)
    if stale is None:
        return None
    from newsreader.search.analyzer import index_text  # only when there is work: the lexicon is loaded here

    rows = [IndexRow(r.n, index_text(r.title), index_text(r.body), r.sources) for r in stale]
    return store.write_search_rows(current, rows)


def timeline_current(store: Store) -> bool:
    """Were the library's mentions extracted by this version's extractor?"""
    from newsreader.timeline import extractor_version

    return store.mentions_current(extractor_version())


def reextract_mentions_step(store: Store, batch: int | None = None) -> tuple[int, int] | None:
    """One short step of extracting the mentions again with the current extractor: (done, total), or None
    when they are current (each article keeps its old mentions until its new ones replace them)."""
    from newsreader import timeline

    current = timeline.extractor_version()
    stale = store.stale_mentions(current, batch)
    if stale is None:
        return None
    found = [(a, timeline.extract(full_text(a.title, a.body), reference_date(a.published))) for a in stale]
    return store.write_mentions(current, found)


def update_derived_step(store: Store) -> tuple[str, int, int] | None:
    """One short step of bringing the derived data up to this version: the search index first
    (``"search"``), then the timeline mentions (``"timeline"``); (what, done, total), or None when both are current."""
    state = reindex_search_step(store)
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
