"""TREC-style news documents: ``<DOC><DOCNO>…<TITLE>…<TIME>…<TEXT>…</DOC>``, one or many per file.

The files are SGML-like rather than strict XML (bare ``&`` in URLs is common), so
documents are cut out with a linear scan and their fields read with anchored
patterns; entity declarations are refused (defusedxml) and nothing is expanded
except the five predefined XML entities and character references.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Iterable, Iterator
from typing import IO

from newsreader.domain import ParsedArticle
from newsreader.importers import clean
from newsreader.importers.base import Record, Sample, Skipped, not_articles
from newsreader.importers.dates import iso_datetime
from newsreader.importers.decode import decode, detect_encoding
from newsreader.importers.markup import refuse_entities
from newsreader.importers.text import guess_language
from newsreader.text.clean import clean_line, clean_text

NAME = "trec"

_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?(?:<[A-Za-z]+>\s*)?<DOC>", re.IGNORECASE | re.DOTALL
)
_DOC_OPEN = re.compile(r"<DOC>", re.IGNORECASE)
_DOC_CLOSE = re.compile(r"</DOC>", re.IGNORECASE)
_FIELDS = (
    "DOCNO",
    "URL",
    "SRC",
    "SOURCE",
    "CAT",
    "TITLE",
    "HEADLINE",
    "HL",
    "TIME",
    "DATE",
    "DATE_TIME",
    "AUTHOR",
    "BYLINE",
    "ABSTRACT",
    "TEXT",
    "BODY",
    "LANG",
)
_ANY_FIELD = re.compile(rf"<({'|'.join(_FIELDS)})(?:\s[^>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_CHUNK = 1024 * 1024
_INNER_TAG = re.compile(r"</?P>|<P\s[^>]*>", re.IGNORECASE)


def sniff(sample: Sample) -> bool:
    return bool(_START.match(sample.text))


def parse(data: bytes, path: str) -> list[Record]:
    text = decode(data)
    refuse_entities(text)
    records = list(_scan([text], path))
    if not any(isinstance(r, ParsedArticle) for r in records):
        reasons = "; ".join(f"{r.record}: {r.reason}" for r in records if isinstance(r, Skipped))
        raise not_articles(reasons or "no <DOC> document in the file")
    return records


def stream(handle: IO[bytes], path: str) -> Iterator[Record]:
    """The documents of a TREC file of any size, read in chunks."""
    head = handle.read(_CHUNK)
    encoding = detect_encoding(head)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    first = decoder.decode(head)
    refuse_entities(first)

    def chunks() -> Iterator[str]:
        yield first.lstrip("\ufeff")
        while block := handle.read(_CHUNK):
            yield decoder.decode(block)
        yield decoder.decode(b"", final=True)

    yield from _scan(chunks(), path)


def _scan(chunks: Iterable[str], path: str) -> Iterator[Record]:
    """Cut documents out of the text as it comes; each document is an article or a Skipped record."""
    buffer = ""
    number = 0
    for chunk in chunks:
        buffer += chunk
        position = 0
        while True:
            start = _DOC_OPEN.search(buffer, position)
            if start is None:
                position = max(position, len(buffer) - 8)  # keep a partial "<DOC" for the next chunk
                break
            end = _DOC_CLOSE.search(buffer, start.end())
            if end is None:
                position = start.start()
                break
            number += 1
            following = _DOC_OPEN.search(buffer, start.end(), end.start())
            if following is not None:
                yield Skipped(f"document {number}", "damaged: its <DOC> is not closed before the next <DOC>")
                position = following.start()
                continue
            yield _document(buffer[start.end() : end.start()], path) or Skipped(f"document {number}", "no title and no text")
            position = end.end()
        buffer = buffer[position:]
    if _DOC_OPEN.search(buffer):
        yield Skipped(f"document {number + 1}", "truncated: the file ends before its </DOC>")


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

    title = clean_line(_field("TITLE", "HEADLINE", "HL") or "")
    body = clean_text(_field("TEXT", "BODY") or _field("ABSTRACT") or "")
    if not body and not title:
        return None
    source = clean_line(_field("SRC", "SOURCE") or "") or None
    if title:
        title, split_source = clean.split_outlet(title, source)
        source = source or split_source
    else:
        title, body = clean.derive_title(body)
    body = clean.clean_body(body, title)
    published = iso_datetime(_field("TIME", "DATE", "DATE_TIME"))
    docno = _field("DOCNO")
    url = _field("URL")
    return ParsedArticle(
        title=title,
        body=body,
        path=path,
        published=published,
        date_source="metadata" if published else None,
        source=clean.outlet_name(source, url),
        author=clean_line(_field("AUTHOR", "BYLINE") or "") or None,
        url=clean_line(url) if url else (f"trec:{clean_line(docno)}" if docno else None),
        language=(_field("LANG") or "").strip() or guess_language(title + " " + body[:200]),
    )
