"""TREC-style news documents: ``<DOC><DOCNO>…<TITLE>…<TIME>…<TEXT>…</DOC>``, one or many per file.

The files are SGML-like rather than strict XML (bare ``&`` in URLs is common), so
documents are cut out with a linear scan and their fields read with anchored
patterns; entity declarations are refused (defusedxml) and nothing is expanded
except the five predefined XML entities and character references.
"""

from __future__ import annotations

import html
import re

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers.base import Sample, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode
from newsreader.importers.markup import refuse_entities
from newsreader.importers.text import guess_language
from newsreader.textnorm import clean_line, clean_text

NAME = "trec"

_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<[A-Za-z]+>\s*)?<DOC>",
                    re.IGNORECASE | re.DOTALL)
_DOC_OPEN = re.compile(r"<DOC>", re.IGNORECASE)
_DOC_CLOSE = re.compile(r"</DOC>", re.IGNORECASE)
_FIELDS = ("DOCNO", "URL", "SRC", "SOURCE", "CAT", "TITLE", "HEADLINE", "HL", "TIME", "DATE", "DATE_TIME",
           "AUTHOR", "BYLINE", "ABSTRACT", "TEXT", "BODY", "LANG")
_ANY_FIELD = re.compile(rf"<({'|'.join(_FIELDS)})(?:\s[^>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_INNER_TAG = re.compile(r"</?P>|<P\s[^>]*>", re.IGNORECASE)


def sniff(sample: Sample) -> bool:
    return bool(_START.match(sample.text))


def parse(data: bytes, path: str) -> list[ParsedArticle]:
    text = decode(data)
    refuse_entities(text)
    articles: list[ParsedArticle] = []
    position = 0
    while True:
        start = _DOC_OPEN.search(text, position)
        if start is None:
            break
        end = _DOC_CLOSE.search(text, start.end())
        if end is None:
            raise ImportFailed(f"truncated XML: <DOC> at character {start.start()} has no </DOC>")
        following = _DOC_OPEN.search(text, start.end(), end.start())
        if following is not None:
            raise ImportFailed(f"damaged XML: <DOC> at character {start.start()} is not closed before the next <DOC>")
        article = _document(text[start.end() : end.start()], path)
        if article is not None:
            articles.append(article)
        position = end.end()
    if not articles:
        raise not_articles("TREC documents without a title or text")
    return articles


def _fields(doc: str) -> dict[str, str]:
    """Every non-empty field of one document, in one pass (the first of each name wins)."""
    found: dict[str, str] = {}
    for match in _ANY_FIELD.finditer(doc):
        name = match.group(1).upper()
        if name not in found and match.group(2).strip():
            found[name] = match.group(2)
    return found


def _pick(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        if name in fields:
            return _unescape(fields[name])
    return None


def _unescape(value: str) -> str:
    if "<![CDATA[" in value:
        value = _CDATA.sub(r"\1", value)
    return html.unescape(_INNER_TAG.sub("\n\n", value)) if ("&" in value or "<" in value) else value


def _document(doc: str, path: str) -> ParsedArticle | None:
    fields = _fields(doc)

    def _field(*names: str) -> str | None:
        return _pick(fields, *names)

    title = _field("TITLE", "HEADLINE", "HL")
    body = clean_text(_field("TEXT", "BODY") or _field("ABSTRACT") or "")
    if not body:
        return None
    title = clean_line(title) if title else body.split("\n", 1)[0][:120]
    published = iso_datetime(_field("TIME", "DATE", "DATE_TIME"))
    docno = _field("DOCNO")
    url = _field("URL")
    return ParsedArticle(
        title=title, body=body, path=path, published=published, date_source="metadata" if published else None,
        source=clean_line(_field("SRC", "SOURCE") or "") or None,
        author=clean_line(_field("AUTHOR", "BYLINE") or "") or None,
        url=clean_line(url) if url else (f"trec:{clean_line(docno)}" if docno else None),
        language=(_field("LANG") or "").strip() or guess_language(title + " " + body[:200]),
    )
