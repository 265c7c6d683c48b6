"""RSS 2.0, RSS 1.0 and Atom files (feedparser): each item is an article.

A feed cut short (a download that stopped, a disk that filled up) is named as damaged: its
complete items are imported, the item cut in the middle never is, and the file's report says
where it ends ("ends before </rss>; 12 complete items imported").
"""

from __future__ import annotations

import re
import time
from typing import Any

import feedparser

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import clean
from newsreader.importers.base import Record, Sample, Skipped, not_articles
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
_ROOT_NAME = re.compile(r"<(rss|feed|rdf:RDF)\b", re.IGNORECASE)
_ITEM_CLOSE = re.compile(r"</(?:item|entry)\s*>", re.IGNORECASE)
_ITEM_OPEN = re.compile(r"<(?:item|entry)[\s>]", re.IGNORECASE)


def sniff(sample: Sample) -> bool:
    return bool(_ROOT.match(sample.text))


def parse(data: bytes, path: str) -> list[Record]:
    text = decode(data)
    refuse_entities(text)
    root = _ROOT_NAME.search(text[:65536])
    root_name = root.group(1) if root else "rss"
    truncated = re.search(rf"</{re.escape(root_name)}\s*>", text[-65536:], re.IGNORECASE) is None
    complete = len(_ITEM_CLOSE.findall(text)) if truncated else -1
    # feedparser gets already-decoded text, so it never fetches anything or guesses the encoding again.
    feed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries: list[Any] = list(feed.entries)
    if feed.bozo and not entries:
        reason = getattr(feed, "bozo_exception", "malformed")
        if truncated:
            raise ImportFailed(f"truncated feed: it ends before </{root_name}> and has no complete item")
        raise ImportFailed(f"truncated or damaged feed XML: {reason}")
    source = clean_line(str(feed.feed.get("title", ""))) or None
    link = str(feed.feed.get("link", "")) or None
    records: list[Record] = []
    for number, entry in enumerate(entries, 1):
        if truncated and number > complete:
            records.append(Skipped(f"item {number}", f"cut short: the file ends inside this item (before </{root_name}>)"))
            continue
        records.append(_entry(entry, source, link, path) or Skipped(f"item {number}", "no title and no text"))
    if truncated:
        opened = len(_ITEM_OPEN.findall(text))
        cut = "; the last item is cut in the middle and not imported" if opened > complete else ""
        records.append(Skipped("end of file", f"damaged feed: it ends before </{root_name}>; "
                                              f"{min(complete, len(entries))} complete items imported{cut}"))
    if not any(isinstance(r, ParsedArticle) for r in records):
        raise not_articles("the feed has no items with text")
    return records


def _struct_iso(value: Any) -> str | None:
    if isinstance(value, time.struct_time):
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    return None


def _entry(entry: Any, source: str | None, link: str | None, path: str) -> ParsedArticle | None:
    content = entry.get("content") or []
    raw = content[0].get("value", "") if content else entry.get("summary", "") or entry.get("description", "")
    body = clean_text(html_to_text(str(raw)))
    title = clean_line(html_to_text(str(entry.get("title", ""))))
    if not body and not title:
        return None
    url = str(entry.get("link") or entry.get("id") or "") or None
    outlet = source
    if title:
        title, split_source = clean.split_outlet(title, source)
        outlet = outlet or split_source
    else:
        title, body = clean.derive_title(body)
    body = clean.clean_body(body, title)
    published = iso_datetime(entry.get("published") or entry.get("updated")) or _struct_iso(
        entry.get("published_parsed") or entry.get("updated_parsed")
    )
    return ParsedArticle(
        title=title, body=body, path=path, published=published, date_source="feed" if published else None,
        source=clean.outlet_name(outlet, url or link), author=clean_line(str(entry.get("author", ""))) or None,
        url=url, language=guess_language(title + " " + body[:200]),
    )
