"""RSS 2.0, RSS 1.0 and Atom files (feedparser): each item is an article.

A feed cut short (a download that stopped, a disk that filled up) is named as damaged: its
complete items are imported, the item cut in the middle never is, and the file's report says
where it ends ("ends before </rss>; 12 complete items imported").

A feed of ordinary size is read whole by feedparser (lenient with damaged XML). A feed bigger than
the size limit is read as a stream (:func:`stream`): lxml's pull parser over the items, each item
cleared once read, entities never expanded, and every item cleaned by the same :func:`_entry`.
"""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Callable, Iterator
from typing import IO, Any

import feedparser
from feedparser.datetimes import _parse_date as feed_date
from lxml import etree

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import clean
from newsreader.importers.base import Record, Sample, Skipped, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode, detect_encoding
from newsreader.importers.markup import NOT_XML, html_to_text, refuse_entities
from newsreader.importers.text import guess_language
from newsreader.text.clean import clean_line, clean_text

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
        records.append(
            Skipped(
                "end of file",
                f"damaged feed: it ends before </{root_name}>; {min(complete, len(entries))} complete items imported{cut}",
            )
        )
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
        title=title,
        body=body,
        path=path,
        published=published,
        date_source="feed" if published else None,
        source=clean.outlet_name(outlet, url or link),
        author=clean_line(str(entry.get("author", ""))) or None,
        url=url,
        language=guess_language(title + " " + body[:200]),
    )


# Streaming: the XML names of what ``_entry`` reads (RSS 2.0, RSS 1.0 and Atom spell them differently).
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_ITEMS = ("item", f"{_RSS1}item", f"{_ATOM}entry", "entry")
_CHUNK = 1024 * 1024


def stream(handle: IO[bytes], path: str) -> Iterator[Record]:
    """The items of a feed of any size, read in chunks (a feed within the size limit is read
    whole by :func:`parse`). Records are the same as :func:`parse` gives for a well-formed feed."""
    head = handle.read(_CHUNK)
    decoder = codecs.getincrementaldecoder(detect_encoding(head))(errors="replace")
    first = decoder.decode(head).lstrip("\ufeff")
    refuse_entities(first)
    root = _ROOT_NAME.search(first)
    root_name = root.group(1) if root else "rss"
    # The text is decoded here (as for a feed read whole) and handed to lxml as UTF-8, whatever the
    # file's declaration says; no entity is ever expanded, nothing is fetched, no huge text node.
    parser = etree.XMLPullParser(
        events=("start", "end"),
        tag=_ITEMS,
        encoding="utf-8",
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )
    channel: dict[str, str | None] = {}
    opened = complete = 0

    def items(text: str, final: bool = False) -> Iterator[Record]:
        nonlocal opened, complete
        error: etree.XMLSyntaxError | None = None
        try:
            if text:
                parser.feed(NOT_XML.sub("", text).encode("utf-8"))
        except etree.XMLSyntaxError as exc:
            error = exc  # the items complete before the damage in this chunk are still read
        if final:
            parser.close()  # a file cut short raises here: the elements lxml then closes itself are not read
        for event, element in parser.read_events():
            if event == "start":
                opened += 1
                continue
            complete += 1
            if not channel:
                channel.update(_channel(element))
            yield _entry(_fields(element), channel.get("title"), channel.get("link"), path) or Skipped(
                f"item {complete}", "no title and no text"
            )
            element.clear()
            parent = element.getparent()
            while parent is not None and element.getprevious() is not None:
                del parent[0]  # the items already read (and the channel's fields, once noted)
        if error is not None:
            raise error

    articles = 0
    at_end = False
    try:
        for record in _chunks(items, first, handle, decoder):
            articles += isinstance(record, ParsedArticle)
            yield record
        at_end = True
        for record in items("", final=True):
            articles += isinstance(record, ParsedArticle)
            yield record
    except etree.XMLSyntaxError as exc:
        if not at_end:
            if not articles:
                raise ImportFailed(f"damaged feed XML ({exc})") from None
            yield Skipped(
                "end of file", f"damaged feed XML ({exc}); {complete} complete items imported, the rest of the file is not read"
            )
            return
        cut = opened > complete
        if cut:
            yield Skipped(f"item {complete + 1}", f"cut short: the file ends inside this item (before </{root_name}>)")
        if not articles:
            raise ImportFailed(f"truncated feed: it ends before </{root_name}> and has no complete item") from None
        yield Skipped(
            "end of file",
            f"damaged feed: it ends before </{root_name}>; {complete} complete items "
            f"imported{'; the last item is cut in the middle and not imported' if cut else ''}",
        )
        return
    if not articles:
        raise not_articles("the feed has no items with text")


def _chunks(
    items: Callable[[str], Iterator[Record]], first: str, handle: IO[bytes], decoder: codecs.IncrementalDecoder
) -> Iterator[Record]:
    yield from items(first)
    while block := handle.read(_CHUNK):
        yield from items(decoder.decode(block))
    yield from items(decoder.decode(b"", final=True))


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _channel(item: Any) -> dict[str, str | None]:
    """The feed's title and link, from the element holding the first item (RSS 2.0: the channel,
    Atom: the feed) or the root's channel (RSS 1.0, where items are its siblings)."""
    holder = item.getparent()
    if holder is not None and _local(holder.tag) == "RDF":
        holder = next((c for c in holder if _local(c.tag) == "channel"), holder)
    found: dict[str, str | None] = {"title": None, "link": None}
    for child in holder if holder is not None else ():
        name = _local(child.tag)
        if name == "title" and found["title"] is None:
            found["title"] = _text(child)
        elif name == "link" and found["link"] is None:
            found["link"] = child.get("href") or (child.text or "").strip() or None
    return found


def _text(element: Any) -> str:
    """An element's content as feedparser gives it: its text, or the markup of an XHTML (Atom) body."""
    if element.get("type") == "xhtml" or len(element):
        inner = (element.text or "") + "".join(etree.tostring(c, encoding="unicode", with_tail=True) for c in element)
        return inner
    return str(element.text or "")


def _fields(item: Any) -> dict[str, Any]:
    """One item as the fields :func:`_entry` reads from a feedparser entry."""
    fields: dict[str, Any] = {}
    content: list[dict[str, str]] = []
    for child in item:
        tag = child.tag if isinstance(child.tag, str) else ""
        name = _local(tag)
        if tag == _CONTENT or (name == "content" and tag.startswith(_ATOM)):
            content.append({"value": _text(child)})
        elif name == "link":
            href = child.get("href")
            if href is None:
                fields.setdefault("link", (child.text or "").strip())
            elif child.get("rel", "alternate") == "alternate":
                fields.setdefault("link", href)
        elif name in ("guid", "id"):
            fields.setdefault("id", (child.text or "").strip())
        elif name in ("pubDate", "published", "issued") or (tag == f"{_DC}date"):
            fields.setdefault("published", (child.text or "").strip())
        elif name in ("updated", "modified"):
            fields.setdefault("updated", (child.text or "").strip())
        elif name == "author":
            inner = next((c for c in child if _local(c.tag) == "name"), None)
            fields.setdefault("author", ((inner if inner is not None else child).text or "").strip())
        elif tag == f"{_DC}creator":
            fields.setdefault("author", (child.text or "").strip())
        elif name in ("title", "summary", "description"):
            fields.setdefault(name, _text(child))
    if content:
        fields["content"] = content
    for key in ("published", "updated"):
        if fields.get(key):
            fields[f"{key}_parsed"] = feed_date(fields[key])
    return fields
