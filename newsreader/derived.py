"""Bringing a library's derived data up to this version: the search index (for the analyser), then the
timeline mentions (for the extractor), a short step at a time (the window runs the steps on its writer
thread; the old index and mentions serve meanwhile).

The search index is analysed here, not in the store: the store hands out the articles whose index rows
are stale (:meth:`~newsreader.store.Store.stale_search_rows`) and writes back the rows analysed here
(:meth:`~newsreader.store.Store.write_search_rows`). The analyser's version is read without loading the
analyser (:mod:`newsreader.search.version`): a library that is current costs one look.
"""

from __future__ import annotations

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


def update_derived_step(store: Store) -> tuple[str, int, int] | None:
    """One short step of bringing the derived data up to this version: the search index first
    (``"search"``), then the timeline mentions (``"timeline"``); (what, done, total), or None when both are current."""
    state = reindex_search_step(store)
    if state is not None:
        return "search", *state
    state = store.reextract_mentions_step()
    if state is not None:
        return "timeline", *state
    return None
