"""XML or markup that is none of the known formats: refused with a clear reason."""

from __future__ import annotations

import re

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers.base import Sample

NAME = "unknown-xml"
_MARKUP = re.compile(r"^\s*<(?:\?xml|!DOCTYPE|[A-Za-z][\w:.-]*)[\s>/]", re.IGNORECASE)
_ROOT = re.compile(r"<([A-Za-z][\w:.-]*)[\s>/]")


def sniff(sample: Sample) -> bool:
    return bool(_MARKUP.match(sample.text))


def parse(data: bytes, path: str) -> list[ParsedArticle]:
    head = data[:4096].decode("utf-8", errors="replace")
    root = _ROOT.search(re.sub(r"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>", "", head, flags=re.DOTALL))
    what = f"<{root.group(1)}>" if root else "markup"
    raise ImportFailed(f"unknown format: XML with root {what} is not RSS, Atom, HTML or TREC <DOC>")
