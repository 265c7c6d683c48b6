"""What every importer shares: the sample used for sniffing, size limits, helpers.

Importers are pure transformers (STYLE §3.7): ``parse(data: bytes, path: str)``
returns ``list[ParsedArticle]`` or raises :class:`ImportFailed`; they never touch
the store, the file system or Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed

MAX_FILE_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 64 * 1024

__all__ = ["MAX_FILE_BYTES", "SNIFF_BYTES", "ImportFailed", "Importer", "Sample"]


@dataclass(frozen=True, slots=True)
class Sample:
    """The start of a file, for format detection."""

    head: bytes  # the first SNIFF_BYTES bytes
    text: str  # ``head`` decoded (best effort), presentation forms not yet folded
    suffix: str  # lower-case extension with its dot ("" when none)


@dataclass(frozen=True, slots=True)
class Importer:
    """One entry of the registry: a name, a content sniffer and a parser."""

    name: str
    sniff: Callable[[Sample], bool]
    parse: Callable[[bytes, str], list[ParsedArticle]]


def not_articles(reason: str) -> ImportFailed:
    return ImportFailed(f"no articles: {reason}")
