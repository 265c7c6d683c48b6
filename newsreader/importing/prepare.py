"""Preparing articles for the store: their id and de-duplication key (:func:`identify`), and what the
library derives from them (timeline mentions, search index terms: :func:`prepare`).

This is the costly part of an import and involves no SQL, so it runs in the import's worker
processes (:mod:`.pool`); the store is handed the results and only writes them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from newsreader.domain import Mention, ParsedArticle, full_text, reference_date
from newsreader.store import AddResult, Store


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article with everything the store derives from it computed (no SQL involved),
    so the costly part of an import can run in worker processes."""

    article: ParsedArticle
    id: str
    digest: str
    mentions: tuple[Mention, ...]
    title_terms: str
    body_terms: str
    #: The search analyser that made ``title_terms``/``body_terms`` (an empty library's index becomes its).
    index_version: str | None = None
    #: The extractor that found ``mentions`` (an empty library's mentions become its).
    mentions_version: str | None = None


def content_hash(title: str, body: str) -> str:
    """De-duplication key: the folded title and body (:func:`newsreader.text.fold.fold`, frozen: it does
    not follow the search analyser, so a search change never makes a re-import duplicate articles)."""
    import hashlib  # OpenSSL's start-up (~4 ms) is for writes, not for opening a library

    from newsreader.text.fold import fold

    key = fold(title) + "\n" + fold(body)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def article_id(parsed: ParsedArticle, digest: str) -> str:
    """Deterministic id: from the URL when there is one, else from the content."""
    import hashlib

    basis = f"url:{parsed.url.strip()}" if parsed.url and parsed.url.strip() else f"hash:{digest}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def identify(item: ParsedArticle) -> tuple[str, str]:
    """(id, content hash) of a parsed article: enough to know whether it is a duplicate."""
    digest = content_hash(item.title, item.body)
    return article_id(item, digest), digest


def prepare(item: ParsedArticle, key: tuple[str, str] | None = None, today: date | None = None) -> Prepared:
    """Derive the id, de-duplication key (``key``, when already computed by :func:`identify`),
    timeline mentions and index terms of an article."""
    from newsreader import timeline
    from newsreader.search import analyzer, version

    aid, digest = key or identify(item)
    # An undated article is never resolved against the import day: its relative dates stay unresolved
    # (the timeline asks for a reference date) rather than dated to "today" by accident.
    ref = reference_date(item.published) or today
    return Prepared(
        article=item,
        id=aid,
        digest=digest,
        mentions=tuple(timeline.extract(full_text(item.title, item.body), ref)),
        title_terms=analyzer.index_text(item.title),
        body_terms=analyzer.index_text(item.body),
        index_version=version.ANALYZER_VERSION,
        mentions_version=timeline.extractor_version(),
    )


def add_articles(store: Store, parsed: Iterable[ParsedArticle]) -> list[AddResult]:
    """Store new articles (with their mentions and index rows) in one transaction.

    An article whose id (URL) or normalised content is already in the library
    is a duplicate and leaves the library unchanged (and costs no extraction).
    """
    items = list(parsed)
    known = store.known([identify(item) for item in items])
    return store.add_prepared([item if known[i] else prepare(item) for i, item in enumerate(items)], identify, prepare)
