"""Plain domain values shared by the core and the GUI (no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """What an importer produces from a file, before it is stored.

    ``body`` keeps paragraphs separated by one blank line ("\\n\\n").
    ``published`` is ISO 8601: ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM[:SS][+zone]``.
    ``date_source`` says where the date came from (``metadata``, ``dateline``,
    ``feed``, ``json``, ``header``, ``user`` …).
    """

    title: str
    body: str
    path: str = ""
    published: str | None = None
    date_source: str | None = None
    source: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """An article as stored in the library."""

    id: str
    title: str
    body: str
    published: str | None
    date_source: str | None
    source: str | None
    author: str | None
    url: str | None
    language: str | None
    path: str | None
    content_hash: str
    imported_at: str
    read: bool = False
    #: the other outlets (source, URL) that published the same text (wire copy), in import order
    also_in: tuple[tuple[str | None, str | None], ...] = ()

    @property
    def full_text(self) -> str:
        """The text that timeline offsets index: title, blank line, body."""
        return full_text(self.title, self.body)


def full_text(title: str, body: str) -> str:
    """Join title and body the way mention offsets count them."""
    return f"{title}\n\n{body}" if body else title


def reference_date(published: str | None, imported_at: str | None = None) -> date | None:
    """The date against which an article's relative dates are resolved."""
    for value in (published, imported_at):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """The few fields the article list shows."""

    id: str
    title: str
    source: str | None
    published: str | None
    read: bool
    bookmarked: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """One temporal expression found in an article's full text.

    ``start``/``end`` index ``Article.full_text`` (Python str offsets).
    ``first_day``/``last_day`` are ISO dates of the interval the mention covers,
    or None when it has no calendar value (durations, sets, vague references).
    """

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value
    mod: str | None = None
    calendar: str = "gregorian"  # or "hijri"
    sentence: str = ""
    first_day: str | None = None
    last_day: str | None = None
    #: A range («من 13 إلى 15 تموز», «بين عامي 2010 و2014») is one mention: ``value`` is its start and
    #: ``end_value`` its end (TIMEX3 both); ``first_day``/``last_day`` span the whole range, and ``end_start``
    #: is where the end's own expression begins (TimeML writes a range as its two TIMEX3 points).
    end_value: str | None = None
    end_start: int | None = None


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A bookmarked article with the user's note and tags."""

    article_id: str
    title: str
    created_at: str
    note: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    source: str | None = None
    published: str | None = None
    url: str | None = None
