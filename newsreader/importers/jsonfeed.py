"""JSON arrays/objects and JSON Lines with the field names real datasets use.

Every record is accounted for: an article (a record with a headline but no body is a title-only
article), or :class:`~newsreader.importers.base.Skipped` with its position (``record N`` of an
array, ``line N`` of JSON Lines) and the reason. Big files are read as a stream
(:func:`stream`): JSON Lines line by line, a JSON array incrementally (ijson), so memory stays
bounded whatever the size of the export.
"""

from __future__ import annotations

import codecs
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import IO, Any

import ijson

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import clean
from newsreader.importers.base import Record, Sample, Skipped, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode, detect_encoding
from newsreader.importers.markup import html_to_text, looks_like_html
from newsreader.importers.text import dateline, guess_language
from newsreader.text.clean import clean_line, clean_text

NAME = "json"

TITLE_KEYS = ("title", "headline", "name", "subject")
BODY_KEYS = ("body", "content", "text", "article", "full_text", "fulltext", "articleBody", "description", "summary")
DATE_KEYS = (
    "published",
    "date",
    "published_at",
    "publishedAt",
    "publish_date",
    "pub_date",
    "pubDate",
    "datePublished",
    "date_published",
    "created_at",
    "time",
    "timestamp",
    "date_created",
    "updated",
)
CRAWL_DATE_KEYS = ("date_extracted", "crawled", "scraped_at", "date_crawled", "retrieved")
SOURCE_KEYS = ("source", "outlet", "site", "site_name", "publisher", "source_name", "newspaper")
URL_KEYS = ("url", "link", "href", "permalink", "canonical_url")
AUTHOR_KEYS = ("author", "authors", "byline", "writer")
LIST_KEYS = ("articles", "items", "data", "entries", "results", "docs", "documents", "posts", "news")
NEITHER = "no title and no text"
_HEAD_BYTES = 512 * 1024


def sniff(sample: Sample) -> bool:
    return sample.text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{")


def parse(data: bytes, path: str) -> list[Record]:
    text = decode(data).strip()
    try:
        records = list(_records(text, path))
    except ImportFailed as exc:
        # a JSON array cut short (a download that stopped): its complete records are imported and the
        # file named as damaged, as when it is read as a stream
        salvaged = _salvage(data, path) if str(exc).startswith("invalid JSON (") else []
        if not any(isinstance(r, ParsedArticle) for r in salvaged):
            raise
        records = salvaged
    if not any(isinstance(r, ParsedArticle) for r in records):
        raise not_articles(_nothing_found(records))
    return records


def _salvage(data: bytes, path: str) -> list[Record]:
    try:
        return list(stream(io.BytesIO(data), path))
    except ImportFailed:
        return []


def _nothing_found(records: list[Record]) -> str:
    reasons = sorted({r.reason for r in records if isinstance(r, Skipped)})
    if not reasons:
        return "JSON without article fields (title; body, content or text)"
    return f"JSON without article fields (title; body, content or text): {len(records)} records, " + "; ".join(reasons)


def _records(text: str, path: str) -> Iterator[Record]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = text.splitlines()
        if len(lines) > 1 and all(x.lstrip().startswith("{") for x in [x for x in lines if x.strip()][:2]):
            yield from _json_lines(iter(lines), path)
            return
        raise ImportFailed(f"invalid JSON (truncated or damaged): {exc.msg} at line {exc.lineno}") from None
    yield from _from_value(value, path)


def _from_value(value: Any, path: str) -> Iterator[Record]:
    if isinstance(value, dict):
        for key in LIST_KEYS:
            if isinstance(value.get(key), list):
                value = value[key]
                break
        else:
            value = [value]
    if not isinstance(value, list):
        raise not_articles("the JSON holds neither objects nor a list of objects")
    for number, item in enumerate(value, 1):
        yield _record(item, path, f"record {number}")


def _record(item: Any, path: str, where: str) -> Record:
    if not isinstance(item, dict):
        return Skipped(where, f"not an object (a JSON {_kind(item)})")
    return to_article(item, path) or Skipped(where, NEITHER)


def _kind(value: Any) -> str:
    return {list: "list", str: "string", bool: "true/false", type(None): "null"}.get(type(value), "number")


def _json_lines(lines: Iterable[str | bytes], path: str) -> Iterator[Record]:
    good = bad = 0
    last: tuple[int, str] | None = None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if last is not None:  # a damaged line that is not the last one
            yield Skipped(f"line {last[0]}", last[1])
            last = None
        try:
            value = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            bad += 1
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "not UTF-8"
            last = (number, f"not valid JSON ({reason})")
            continue
        good += 1
        yield _record(value, path, f"line {number}")
    if last is not None:
        yield Skipped(f"line {last[0]}", f"cut short: the file ends inside this line ({last[1]})")
    if not good:
        raise ImportFailed("invalid JSON Lines: no line is a JSON object")


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = item.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = _first(value, ("name", "title", "value", "text", "@value"))
    if isinstance(value, list):
        parts = [p for p in (_string(v) for v in value) if p]
        return "، ".join(parts) if parts else None
    text = clean_line(str(value))
    return text or None


def to_article(item: dict[str, Any], path: str) -> ParsedArticle | None:
    """The article of one record; None when it has neither a title nor any text."""
    title = _string(_first(item, TITLE_KEYS))
    raw_body = _first(item, BODY_KEYS)
    if isinstance(raw_body, list):
        raw_body = "\n\n".join(str(x) for x in raw_body)
    body_text = str(raw_body) if raw_body is not None and not isinstance(raw_body, dict) else ""
    body = clean_text(html_to_text(body_text) if looks_like_html(body_text) else body_text)
    if not body and not title:
        return None
    source = _string(_first(item, SOURCE_KEYS))
    url = _string(_first(item, URL_KEYS))
    if not title:
        title, body = clean.derive_title(body)
    else:
        title, split_source = clean.split_outlet(title)
        source = source or split_source
    body = clean.clean_body(body, title)
    published, date_source = iso_datetime(_first(item, DATE_KEYS)), "json"
    if published is None:
        published, date_source = iso_datetime(_first(item, CRAWL_DATE_KEYS)), "json:date_extracted"
        _place, when, _agency = dateline(body)
        if when:
            published, date_source = when, "dateline"
    return ParsedArticle(
        title=title,
        body=body,
        path=path,
        published=published,
        date_source=date_source if published else None,
        source=clean.outlet_name(source, url),
        author=_string(_first(item, AUTHOR_KEYS)),
        url=url,
        language=_string(item.get("language") or item.get("lang")) or guess_language(title + " " + body[:200]),
    )


# --- streaming -------------------------------------------------------------------------------


def stream(handle: IO[bytes], path: str) -> Iterator[Record]:
    """The records of a JSON file of any size: JSON Lines line by line, an array (or an object
    holding one under a usual key) incrementally."""
    head = handle.read(_HEAD_BYTES)
    handle.seek(0)
    encoding = detect_encoding(head)
    if codecs.lookup(encoding).name not in ("utf-8", "utf-8-sig"):
        text_handle = io.TextIOWrapper(handle, encoding=encoding, errors="replace")
        if _is_json_lines(head.decode(encoding, errors="replace")):
            yield from _json_lines(text_handle, path)
            return
        raise ImportFailed(
            f"a JSON array this big is read only in UTF-8 (this file is {encoding}); convert it to UTF-8 or JSON Lines"
        )
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    if head.startswith(codecs.BOM_UTF8):
        handle.read(len(codecs.BOM_UTF8))
    if _is_json_lines(text):
        yield from _json_lines(handle, path)
        return
    prefix = "item" if text.startswith("[") else _list_prefix(handle)
    handle.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
    number = 0
    try:
        for number, item in enumerate(ijson.items(handle, prefix, use_float=True), 1):
            yield _record(item, path, f"record {number}")
    except ijson.JSONError as exc:
        if number == 0:
            raise ImportFailed(f"invalid JSON (truncated or damaged): {exc}") from None
        first = str(exc).strip().split("\n", 1)[0].rstrip(": ")
        if "EOF" in first or "incomplete" in first.lower():
            yield Skipped(
                "end of file",
                f"cut short: the file ends after record {number} "
                f"({number} complete records imported; the record cut in the middle is not)",
            )
        else:
            yield Skipped(
                "end of file",
                f"damaged JSON after record {number} ({first}): {number} complete records "
                "imported, the rest of the file cannot be read",
            )


def _is_json_lines(text: str) -> bool:
    lines = [x.strip() for x in islice(text.splitlines(), 0, 3)]
    if len(lines) < 2 or not lines[0].startswith("{"):
        return False
    try:
        json.loads(lines[0])
    except json.JSONDecodeError:
        return False
    return True


def _list_prefix(handle: IO[bytes]) -> str:
    """The ijson prefix of the records of a top-level object: ``articles.item``… (or the object)."""
    try:
        for prefix, event, _value in ijson.parse(handle):
            if event == "start_array" and prefix in LIST_KEYS:
                return f"{prefix}.item"
    except ijson.JSONError as exc:
        raise ImportFailed(f"invalid JSON (truncated or damaged): {exc}") from None
    return ""
