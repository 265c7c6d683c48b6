"""Format detection from content (the extension only breaks ties)."""

from __future__ import annotations

import re

from newsreader.errors import ImportFailed
from newsreader.importers.base import SNIFF_BYTES, Importer, Sample
from newsreader.importers.decode import decode_head, utf16_without_bom
from newsreader.importers.markup import refuse_entities

_BINARY_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive (unpack it first)"),
    (b"\xfd7zXZ", "an xz archive (unpack it first)"),
    (b"BZh", "a bzip2 archive (unpack it first)"),
    (b"7z\xbc\xaf", "a 7-Zip archive (unpack it first)"),
    (b"Rar!", "a RAR archive (unpack it first)"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"SQLite format 3", "a database file"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")


def make_sample(data: bytes, suffix: str) -> Sample:
    head = data[:SNIFF_BYTES]
    return Sample(head=head, text=decode_head(head), suffix=suffix.lower())


def check_not_binary(data: bytes) -> None:
    """Raise ImportFailed for empty and binary files (with what they look like)."""
    if not data.strip():
        raise ImportFailed("empty file")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise ImportFailed(f"not an article file: it is {what}")
    if data.startswith(ZIP_MAGIC):
        raise ImportFailed("a zip archive inside an archive is not imported (unpack it first)")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and utf16_without_bom(head) is None:
        raise ImportFailed("binary file (not text)")


def detect(data: bytes, suffix: str, registry: list[Importer]) -> Importer:
    check_not_binary(data)
    sample = make_sample(data, suffix)
    start = sample.text[:4096]
    if _CONTROLS.search(start) and len(_CONTROLS.findall(start)) > 0.05 * max(1, len(start)):
        raise ImportFailed("binary file (not text)")
    if "<!entity" in sample.text.lower():
        refuse_entities(sample.text)  # raises before any XML parser sees it
    for importer in registry:
        if importer.sniff(sample):
            return importer
    raise ImportFailed("unknown format")
