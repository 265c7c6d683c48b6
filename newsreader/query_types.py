"""A parsed search query as plain values (no Qt, no SQL, no analysis).

:func:`newsreader.search.query.parse` builds a :class:`Query` from what the user typed; the store
runs it (:mod:`newsreader.store.search`, which builds the FTS5 expression from the terms) and
:mod:`newsreader.search.highlight` finds its hits in original text. The values live at the bottom,
beside the domain values, so that the store needs nothing of the parser or the analyser.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Term:
    """One searchable unit: a word (one stem), a phrase (several) or a prefix."""

    text: str
    stems: tuple[str, ...]
    prefix: bool = False
    #: Other forms of a prefix (its stem and its clitic-stripped surface differ).
    alternatives: tuple[str, ...] = ()

    @property
    def is_phrase(self) -> bool:
        return len(self.stems) > 1


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: an AND of OR-groups, exclusions and filters."""

    text: str
    groups: tuple[tuple[Term, ...], ...] = ()
    excluded: tuple[Term, ...] = ()
    sources: tuple[str, ...] = ()
    date_from: str | None = None  # inclusive ISO date
    date_before: str | None = None  # exclusive ISO date
    bookmarked: bool = False
    read: bool | None = None
    notes: tuple[str, ...] = field(default=())
    tag: str | None = None  # bookmarks carrying this tag: the window's tag filter (no operator types it)

    @property
    def has_filters(self) -> bool:
        return bool(self.sources or self.date_from or self.date_before or self.bookmarked or self.read is not None or self.tag)

    @property
    def terms(self) -> tuple[Term, ...]:
        """Every positive term (for highlighting)."""
        return tuple(t for g in self.groups for t in g)
