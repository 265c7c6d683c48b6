"""Bytes → text: BOMs, UTF-8, UTF-16, Windows-1256, ISO-8859-6 (charset-normalizer)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from newsreader.errors import ImportFailed

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings that Arabic text files really come in; charset-normalizer chooses among them.
_CANDIDATES = ["utf_8", "utf_16", "cp1256", "iso8859_6", "cp1252", "mac_arabic", "cp720"]
_DETECT_BYTES = 512 * 1024
_LOW = bytes(range(9))


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for UTF-16 without a BOM, else None.

    In UTF-16 text one byte of every pair is the "row" of the character: 0x00 for
    ASCII, 0x06 for Arabic, 0x20 for punctuation, 0xFE/0xFB for presentation forms.
    So one byte lane is made almost only of a few such values while the other varies.
    """
    head = data[:4096]
    if len(head) < 8 or (b"\x00" not in head and b"\x06" not in head):
        return None
    even, odd = head[0::2], head[1::2]

    def rows(lane: bytes) -> float:
        return sum(lane.count(b) for b in (0x00, 0x06, 0x20, 0x25, 0xFB, 0xFE)) / len(lane)

    def low(lane: bytes) -> float:
        return (len(lane) - len(lane.translate(None, _LOW))) / len(lane)

    if rows(odd) > 0.9 and low(odd) > 0.5 and low(even) < 0.1:
        return "utf-16-le"
    if rows(even) > 0.9 and low(even) > 0.5 and low(odd) < 0.1:
        return "utf-16-be"
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: BOM, then UTF-8 validation, then charset-normalizer.

    charset-normalizer looks at (at most) the first 512 KB, limited to the
    encodings Arabic text comes in; nothing is decoded by trial and error.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    utf16 = utf16_without_bom(data)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut inside a multi-byte character at the very end is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return "utf-8"
    else:
        return "utf-8"
    best = from_bytes(data[:_DETECT_BYTES], cp_isolation=_CANDIDATES).best()
    if best is None:
        raise ImportFailed("cannot decode: the text encoding is not recognised")
    return str(best.encoding)


def decode(data: bytes) -> str:
    """Decode a whole file; raises ImportFailed when it is not text."""
    encoding = detect_encoding(data)
    try:
        text = data.decode(encoding, errors="strict")
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise ImportFailed(f"cannot decode: invalid {encoding} text") from None
        text = data.decode("utf-8", errors="ignore")  # only a truncated last character
    except LookupError:
        raise ImportFailed(f"cannot decode: unknown encoding {encoding}") from None
    return text.lstrip("\ufeff")


def decode_head(head: bytes) -> str:
    """Best-effort decoding of a file's first bytes, for sniffing only."""
    try:
        return decode(head)
    except ImportFailed:
        return head.decode("latin-1")
