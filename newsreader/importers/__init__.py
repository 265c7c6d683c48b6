"""Importer registry: detect a file's format from its content and parse it.

Every importer is a pure transformer ``parse(data: bytes, path: str)`` returning the file's records
(STYLE §3.7): articles, and :class:`~newsreader.importers.base.Skipped` records saying which record
was not imported and why. :func:`parse_records` reads one file's bytes; :func:`stream_records` reads
a file of any size as a stream, for the formats that allow it (JSON Lines, JSON arrays, TREC, feeds);
``parse_file`` reads one file (or every member of a .zip). Whole files fail with
:class:`~newsreader.errors.ImportFailed` and a clear reason.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import csvfile, feeds, html, jsonfeed, scraped, text, trec, unknown_markup
from newsreader.importers.base import MAX_FILE_BYTES, SNIFF_BYTES, Importer, Record, Skipped
from newsreader.importers.sniff import detect, make_sample

__all__ = [
    "MAX_FILE_BYTES",
    "REGISTRY",
    "FileRecords",
    "ImportFailed",
    "Importer",
    "Record",
    "Skipped",
    "detect_format",
    "parse_bytes",
    "parse_file",
    "parse_records",
    "stream_records",
    "streamable",
]

log = logging.getLogger(__name__)

# Order matters: the most specific sniffers first, plain text last.
REGISTRY: list[Importer] = [
    Importer(trec.NAME, trec.sniff, trec.parse, trec.stream),
    Importer(feeds.NAME, feeds.sniff, feeds.parse, feeds.stream, stream_only_when_too_large=True),
    Importer(html.NAME, html.sniff, html.parse),
    Importer(jsonfeed.NAME, jsonfeed.sniff, jsonfeed.parse, jsonfeed.stream),
    Importer(csvfile.NAME, csvfile.sniff, csvfile.parse, csvfile.stream),
    Importer(unknown_markup.NAME, unknown_markup.sniff, unknown_markup.parse),
    Importer(scraped.NAME, scraped.sniff, scraped.parse),
    Importer(text.NAME, text.sniff, text.parse),
]

# What a file's name promises, and the importers that keep that promise: a JSON name only JSON;
# a markup name any markup (a feed saved as .xml or .html, TREC in .xml), never plain text.
_MARKUP = (feeds.NAME, trec.NAME, html.NAME, unknown_markup.NAME)
_PROMISES: dict[str, tuple[str, tuple[str, ...]]] = {
    ".json": ("JSON", (jsonfeed.NAME,)),
    ".jsonl": ("JSON Lines", (jsonfeed.NAME,)),
    ".ndjson": ("JSON Lines", (jsonfeed.NAME,)),
    ".csv": ("CSV", (csvfile.NAME,)),
    ".tsv": ("TSV", (csvfile.NAME,)),
    ".xml": ("XML", _MARKUP),
    ".rss": ("RSS", _MARKUP),
    ".atom": ("Atom", _MARKUP),
    ".html": ("HTML", _MARKUP),
    ".htm": ("HTML", _MARKUP),
    ".xhtml": ("HTML", _MARKUP),
}


@dataclass(slots=True)
class FileRecords:
    """One file's articles and its records that were not imported."""

    articles: list[ParsedArticle] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def detect_format(data: bytes, suffix: str = "") -> str:
    return _importer(data, suffix).name


def _importer(data: bytes, suffix: str) -> Importer:
    importer = detect(data, suffix, REGISTRY)
    promise = _PROMISES.get(suffix.lower())
    if promise is not None and importer.name not in promise[1]:
        start = make_sample(data[:200], suffix).text.strip().replace("\n", " ")[:40]
        raise ImportFailed(f"a {suffix.lower()} file that is not {promise[0]}: it starts with «{start}»")
    return importer


def streamable(head: bytes, suffix: str, size: int | None = None) -> bool:
    """Whether a file starting with ``head`` (of ``size`` bytes) is read as a stream (no size limit)."""
    try:
        importer = _importer(head[:SNIFF_BYTES], suffix)
    except ImportFailed:
        return False
    if importer.stream_only_when_too_large and (size is None or size <= MAX_FILE_BYTES):
        return False
    return importer.stream is not None


def parse_records(data: bytes, path: str, suffix: str | None = None) -> FileRecords:
    """Parse one file's bytes; ``path`` is recorded on each article. Raises ImportFailed when the
    file has no article (naming why)."""
    if len(data) > MAX_FILE_BYTES:
        from newsreader.importers.sources import too_large

        raise ImportFailed(too_large(len(data)))
    importer = _importer(data, Path(path).suffix if suffix is None else suffix)
    try:
        records = importer.parse(data, path)
    except ImportFailed:
        raise
    except (ValueError, LookupError, NotImplementedError, OverflowError, RecursionError, EOFError) as exc:
        # malformed input that a parsing library rejects in its own way (found by fuzzing:
        # feedparser on out-of-range character references, lxml on control characters…)
        log.info("%s: %s rejected the file", path, importer.name, exc_info=True)
        raise ImportFailed(f"damaged or malformed {importer.name} file ({type(exc).__name__}: {exc})") from None
    result = FileRecords()
    for record in records:
        (result.articles if isinstance(record, ParsedArticle) else result.skipped).append(record)  # type: ignore[arg-type]
    if not result.articles:
        raise ImportFailed("no articles found in the file")
    return result


def parse_bytes(data: bytes, path: str, suffix: str | None = None) -> list[ParsedArticle]:
    """The articles of one file's bytes (see :func:`parse_records`)."""
    return parse_records(data, path, suffix).articles


def stream_records(handle: IO[bytes], path: str, suffix: str) -> Iterator[Record]:
    """The records of a file of any size, read as a stream (a streamable format: :func:`streamable`)."""
    head = handle.read(SNIFF_BYTES)
    handle.seek(0)
    importer = _importer(head, suffix)
    if importer.stream is None:
        raise ImportFailed(f"file too large for a {importer.name} file (the limit is 50 MB)")
    try:
        yield from importer.stream(handle, path)
    except ImportFailed:
        raise
    except (ValueError, LookupError, OverflowError, RecursionError, EOFError) as exc:
        raise ImportFailed(f"damaged or malformed {importer.name} file ({type(exc).__name__}: {exc})") from None


def read_limited(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``. Opened without blocking, so that a
    named pipe (or a device) put in its place is refused instead of waited on for ever."""
    from newsreader.importers.sources import not_regular, too_large

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise ImportFailed(not_regular(info.st_mode) or "not a regular file")
            if info.st_size > MAX_FILE_BYTES:
                raise ImportFailed(too_large(info.st_size))
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ImportFailed("file not found") from None
    except IsADirectoryError:
        raise ImportFailed("is a folder, not a file") from None
    except PermissionError:
        raise ImportFailed("permission denied") from None
    except OSError as exc:
        raise ImportFailed(f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(too_large(len(data)))
    return data


def parse_file(path: Path) -> list[ParsedArticle]:
    """Parse one article file (any supported format, or a .zip of them). Raises ImportFailed.

    For a zip archive the articles of every member are returned; it fails only
    when no member has any.
    """
    from newsreader.importers.sources import Reader, expand

    path = Path(path)
    if path.is_dir():
        raise ImportFailed("is a folder, not a file")
    sources = expand([path])
    if len(sources) == 1 and sources[0].member is None:
        return parse_bytes(read_limited(path), str(path))
    reader = Reader()
    articles: list[ParsedArticle] = []
    reasons: list[str] = []
    try:
        for source in sources:
            try:
                articles.extend(parse_bytes(reader.read(source), source.display, source.suffix))
            except ImportFailed as exc:
                reasons.append(f"{source.display}: {exc}")
    finally:
        reader.close()
    if not articles:
        raise ImportFailed("; ".join(reasons) if reasons else "empty zip archive")
    return articles
