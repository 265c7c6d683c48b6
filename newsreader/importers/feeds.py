"""RSS 2.0, RSS 1.0 and Atom files (feedparser): each item is an article."""

from __future__ import annotations

import re
import time
from typing import Any

import feedparser

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers.base import Sample, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode
from newsreader.importers.markup import html_to_text, refuse_entities
from newsreader.importers.text import guess_language
from newsreader.textnorm import clean_line, clean_text

NAME = "feed"

_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*(?:<!DOCTYPE[^>]*>\s*)?"
    r"<(?:rss|feed|rdf:RDF)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff(sample: Sample) -> bool:
    return bool(_ROOT.match(sample.text))


def parse(data: bytes, path: str) -> list[ParsedArticle]:
    text = decode(data)
    refuse_entities(text)
    # feedparser gets already-decoded text, so it never fetches anything or guesses the encoding again.
    feed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries: list[Any] = list(feed.entries)
    if feed.bozo and not entries:
        reason = getattr(feed, "bozo_exception", "malformed")
        raise ImportFailed(f"truncated or damaged feed XML: {reason}")
    source = clean_line(str(feed.feed.get("title", ""))) or None
    articles = [a for a in (_entry(e, source, path) for e in entries) if a is not None]
    if not articles:
        raise not_articles("the feed has no items with text")
    return articles


def _struct_iso(value: Any) -> str | None:
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None


def _entry(entry: Any, source: str | None, path: str) -> ParsedArticle | None:
    content = entry.get("content") or []
    raw = content[0].get("value", "") if content else entry.get("summary", "") or entry.get("description", "")
    body = clean_text(html_to_text(str(raw)))
    title = clean_line(html_to_text(str(entry.get("title", "")))) or body.split("\n", 1)[0][:120]
    if not body:
        if not title:
            return None
        body = title
    published = iso_datetime(entry.get("published") or entry.get("updated")) or _struct_iso(
        entry.get("published_parsed") or entry.get("updated_parsed")
    )
    return ParsedArticle(
        title=title, body=body, path=path, published=published, date_source="feed" if published else None,
        source=source, author=clean_line(str(entry.get("author", ""))) or None,
        url=str(entry.get("link") or entry.get("id") or "") or None,
        language=guess_language(title + " " + body[:200]),
    )
