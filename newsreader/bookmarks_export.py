"""Export bookmarks as JSON, CSV or Markdown (pure functions: bookmarks in, text out)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from newsreader import csvout
from newsreader.domain import Bookmark

FORMATS = ("json", "csv", "md")
FIELDS = ("id", "title", "source", "published", "url", "note", "tags", "created_at")


def as_dict(b: Bookmark) -> dict[str, Any]:
    return {
        "id": b.article_id,
        "title": b.title,
        "source": b.source,
        "published": b.published,
        "url": b.url,
        "note": b.note,
        "tags": list(b.tags),
        "created_at": b.created_at,
    }


def to_json(bookmarks: Sequence[Bookmark]) -> str:
    return json.dumps([as_dict(b) for b in bookmarks], ensure_ascii=False, indent=1) + "\n"


def to_csv(bookmarks: Sequence[Bookmark]) -> str:
    """CSV with a header; tags joined with "; " (for spreadsheets: :mod:`newsreader.csvout`)."""
    rows = []
    for b in bookmarks:
        d = as_dict(b)
        d["tags"] = "; ".join(b.tags)
        rows.append(["" if d[f] is None else d[f] for f in FIELDS])
    return csvout.to_csv(FIELDS, rows, lineterminator="\n")


def _md(text: str) -> str:
    """Escape what Markdown would read as markup in inline text."""
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return " ".join(text.split())


#: What stays as it is in a URL written into Markdown: the URL syntax itself, and escapes already made.
_URL_SAFE = ":/?#[]@!$&'*+,;=%~"


def _md_url(url: str) -> str:
    """A URL as a Markdown link destination (``<…>``): spaces, angle brackets, parentheses, backticks,
    backslashes and line breaks percent-escaped, so the URL can neither end the link nor add markup."""
    return quote(url.strip(), safe=_URL_SAFE)


def to_markdown(bookmarks: Sequence[Bookmark], heading: str = "Bookmarks") -> str:
    lines = [f"# {_md(heading)}", ""]
    for b in bookmarks:
        title = _md(b.title) or b.article_id
        url = _md_url(b.url or "")
        lines.append(f"- [{title}](<{url}>)" if url.startswith(("http://", "https://")) else f"- {title}")
        meta = " · ".join(_md(x) for x in (b.source or "", (b.published or "")[:10]) if x)
        if meta:
            lines.append(f"  {meta}")
        if b.tags:
            lines.append("  " + " ".join(f"`{t.replace('`', '')}`" for t in b.tags))
        for note_line in b.note.splitlines():
            if note_line.strip():
                lines.append(f"  > {_md(note_line)}")
    if not bookmarks:
        lines.append("(none)")
    return "\n".join(lines) + "\n"


def export(bookmarks: Sequence[Bookmark], fmt: str) -> str:
    """``fmt`` is one of :data:`FORMATS`."""
    if fmt == "json":
        return to_json(bookmarks)
    if fmt == "csv":
        return to_csv(bookmarks)
    if fmt == "md":
        return to_markdown(bookmarks)
    raise ValueError(f"unknown export format {fmt!r}")
