"""Importer registry: detect a file's format from its content and parse it.

Every importer is a pure transformer ``parse(data: bytes, path: str) -> list[ParsedArticle]``
(STYLE §3.7). ``parse_file`` reads one file (or every member of a .zip) and raises
:class:`~newsreader.errors.ImportFailed` with a clear reason.
"""

from __future__ import annotations

import logging
from pathlib import Path

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import feeds, html, jsonfeed, scraped, text, trec, unknown_markup
from newsreader.importers.base import MAX_FILE_BYTES, Importer
from newsreader.importers.sniff import detect

__all__ = ["MAX_FILE_BYTES", "REGISTRY", "ImportFailed", "Importer", "detect_format", "parse_bytes", "parse_file"]

log = logging.getLogger(__name__)

# Order matters: the most specific sniffers first, plain text last.
REGISTRY: list[Importer] = [
    Importer(trec.NAME, trec.sniff, trec.parse),
    Importer(feeds.NAME, feeds.sniff, feeds.parse),
    Importer(html.NAME, html.sniff, html.parse),
    Importer(jsonfeed.NAME, jsonfeed.sniff, jsonfeed.parse),
    Importer(unknown_markup.NAME, unknown_markup.sniff, unknown_markup.parse),
    Importer(scraped.NAME, scraped.sniff, scraped.parse),
    Importer(text.NAME, text.sniff, text.parse),
]


def detect_format(data: bytes, suffix: str = "") -> str:
    return detect(data, suffix, REGISTRY).name


def parse_bytes(data: bytes, path: str, suffix: str | None = None) -> list[ParsedArticle]:
    """Parse one file's bytes; ``path`` is recorded on each article."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed(f"file too large ({len(data) // (1024 * 1024)} MB; the limit is 50 MB)")
    importer = detect(data, Path(path).suffix if suffix is None else suffix, REGISTRY)
    try:
        articles = importer.parse(data, path)
    except ImportFailed:
        raise
    except (ValueError, LookupError, NotImplementedError, OverflowError, RecursionError, EOFError) as exc:
        # malformed input that a parsing library rejects in its own way (found by fuzzing:
        # feedparser on out-of-range character references, lxml on control characters…)
        log.info("%s: %s rejected the file", path, importer.name, exc_info=True)
        raise ImportFailed(f"damaged or malformed {importer.name} file ({type(exc).__name__}: {exc})") from None
    if not articles:
        raise ImportFailed("no articles found in the file")
    return articles


def read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailed(f"file too large ({size // (1024 * 1024)} MB; the limit is 50 MB)")
        with path.open("rb") as handle:
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
        raise ImportFailed("file too large (over the 50 MB limit)")
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
