"""What every importer shares: the sample used for sniffing, size limits, records, helpers.

Importers are pure transformers (STYLE §3.7): ``parse(data: bytes, path: str)`` returns the
file's records in order: each a :class:`ParsedArticle` or a :class:`Skipped` record (with its
position and why it was not imported), or raises :class:`ImportFailed` for the whole file; they
never touch the store, the file system or Qt. An importer that can also read a file as a stream
(``stream(handle, path)``: JSON Lines, JSON arrays, TREC, feeds) has no size limit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed

#: Files read whole (pages, plain text, feeds) are refused above this size; streamed formats are not.
MAX_FILE_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 64 * 1024

__all__ = ["MAX_FILE_BYTES", "SNIFF_BYTES", "ImportFailed", "Importer", "Record", "Sample", "Skipped"]


@dataclass(frozen=True, slots=True)
class Sample:
    """The start of a file, for format detection."""

    head: bytes  # the first SNIFF_BYTES bytes
    text: str  # ``head`` decoded (best effort), presentation forms not yet folded
    suffix: str  # lower-case extension with its dot ("" when none)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record of a file that was not imported: where it is (``record 3``, ``line 12``, ``item 5``,
    ``document 2``, ``end of file``) and why."""

    record: str
    reason: str


Record = ParsedArticle | Skipped
Stream = Callable[[IO[bytes], str], Iterator[Record]]


@dataclass(frozen=True, slots=True)
class Importer:
    """One entry of the registry: a name, a content sniffer, a parser and (maybe) a streaming reader."""

    name: str
    sniff: Callable[[Sample], bool]
    parse: Callable[[bytes, str], Sequence[Record]]
    stream: Stream | None = None
    #: read whole by ``parse`` up to the size limit, as a stream only above it (feeds: feedparser is
    #: more lenient with damaged XML than the streaming reader)
    stream_only_when_too_large: bool = False


def not_articles(reason: str) -> ImportFailed:
    return ImportFailed(f"no articles: {reason}")


def articles_only(records: Sequence[Record]) -> list[ParsedArticle]:
    return [r for r in records if isinstance(r, ParsedArticle)]
