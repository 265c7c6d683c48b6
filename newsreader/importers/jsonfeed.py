"""JSON arrays/objects and JSON Lines with the field names real datasets use."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers.base import Sample, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode
from newsreader.importers.markup import html_to_text, looks_like_html
from newsreader.importers.text import dateline, guess_language
from newsreader.textnorm import clean_line, clean_text

NAME = "json"

TITLE_KEYS = ("title", "headline", "name", "subject")
BODY_KEYS = ("body", "content", "text", "article", "full_text", "fulltext", "articleBody", "description", "summary")
DATE_KEYS = (
    "published", "date", "published_at", "publishedAt", "publish_date", "pub_date", "pubDate", "datePublished",
    "date_published", "created_at", "time", "timestamp", "date_created", "updated",
)
CRAWL_DATE_KEYS = ("date_extracted", "crawled", "scraped_at", "date_crawled", "retrieved")
SOURCE_KEYS = ("source", "outlet", "site", "site_name", "publisher", "source_name", "newspaper")
URL_KEYS = ("url", "link", "href", "permalink", "canonical_url")
AUTHOR_KEYS = ("author", "authors", "byline", "writer")
LIST_KEYS = ("articles", "items", "data", "entries", "results", "docs", "documents", "posts", "news")


def sniff(sample: Sample) -> bool:
    return sample.text.lstrip("\ufeff \t\r\n")[:1] in ("[", "{")


def parse(data: bytes, path: str) -> list[ParsedArticle]:
    text = decode(data).strip()
    items = list(_records(text))
    articles = [a for a in (to_article(item, path) for item in items) if a is not None]
    if not articles:
        raise not_articles("JSON without article fields (title; body, content or text)")
    return articles


def _records(text: str) -> Iterable[Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [x for x in text.splitlines() if x.strip()]
        if len(lines) > 1 and all(x.lstrip().startswith("{") for x in lines[:2]):
            return _json_lines(lines)
        raise ImportFailed(f"invalid JSON (truncated or damaged): {exc.msg} at line {exc.lineno}") from None
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in LIST_KEYS:
            if isinstance(value.get(key), list):
                return list(value[key])
        return [value]
    raise not_articles("the JSON holds neither objects nor a list of objects")


def _json_lines(lines: list[str]) -> list[Any]:
    records: list[Any] = []
    bad = 0
    for line in lines:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            bad += 1
    if not records:
        raise ImportFailed("invalid JSON Lines: no line is a JSON object")
    if bad and bad == len(lines) - len(records) and bad > len(records):
        raise ImportFailed(f"invalid JSON Lines: {bad} of {len(lines)} lines are damaged")
    return records


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


def to_article(item: Any, path: str) -> ParsedArticle | None:
    if not isinstance(item, dict):
        return None
    title = _string(_first(item, TITLE_KEYS))
    raw_body = _first(item, BODY_KEYS)
    if isinstance(raw_body, list):
        raw_body = "\n\n".join(str(x) for x in raw_body)
    body_text = str(raw_body) if raw_body is not None and not isinstance(raw_body, dict) else ""
    body = clean_text(html_to_text(body_text) if looks_like_html(body_text) else body_text)
    if not body and not title:
        return None
    if not title:
        title = body.split("\n", 1)[0][:120]
    if not body:
        return None
    published, date_source = iso_datetime(_first(item, DATE_KEYS)), "json"
    if published is None:
        published, date_source = iso_datetime(_first(item, CRAWL_DATE_KEYS)), "json:date_extracted"
        _place, when, _agency = dateline(body)
        if when:
            published, date_source = when, "dateline"
    return ParsedArticle(
        title=clean_line(title), body=body, path=path,
        published=published, date_source=date_source if published else None,
        source=_string(_first(item, SOURCE_KEYS)), author=_string(_first(item, AUTHOR_KEYS)),
        url=_string(_first(item, URL_KEYS)), language=_string(item.get("language") or item.get("lang"))
        or guess_language(title + " " + body[:200]),
    )
