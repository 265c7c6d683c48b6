"""Snippets: a short excerpt of an article around the hits of a query (pure, no Qt, no SQL)."""

from __future__ import annotations

from dataclasses import dataclass

from newsreader.query_types import Query
from newsreader.search.highlight import hit_spans


@dataclass(frozen=True, slots=True)
class Snippet:
    """A short excerpt with the hit spans (relative to ``text``)."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The excerpt with every hit wrapped in ``before``/``after``."""
        out, last = [], 0
        for s, e in self.spans:
            out += [self.text[last:s], before, self.text[s:e], after]
            last = e
        out.append(self.text[last:])
        return "".join(out)


def snippet(text: str, query: Query, width: int = 200) -> Snippet:
    """An excerpt of about ``width`` characters around the first hits of ``query`` in ``text``."""
    text = text or ""
    spans = hit_spans(text, query, stop=12) if query.terms else []
    if not spans:
        return Snippet(_cut(text, 0, width)[0], ())
    # the window (starting a little before a hit) that covers the most hits
    best_start, best_count = spans[0][0], 0
    for s, _ in spans[:50]:
        count = sum(1 for a, b in spans if a >= s and b <= s + width)
        if count > best_count:
            best_start, best_count = s, count
    excerpt, start, end, lead = _cut(text, max(0, best_start - width // 4), width)
    inside = tuple((a - start + lead, b - start + lead) for a, b in spans if a >= start and b <= end)
    return Snippet(excerpt, inside)


def _cut(text: str, start: int, width: int) -> tuple[str, int, int, int]:
    """``text[start:start+width]`` snapped to word boundaries, newlines as spaces, with ellipses:
    (excerpt, start, end, length of the leading ellipsis)."""
    end = min(len(text), start + width)
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.find(" ", end, min(len(text), end + 20))
        end = space if space >= 0 else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    return lead + text[start:end].replace("\n", " ") + tail, start, end, len(lead)


def hit_snippet(title: str | None, body: str | None, query: Query, width: int = 200) -> Snippet:
    """A search result's snippet: from its body, or from its title when it has no body."""
    snip = snippet(body or "", query, width)
    if not snip.spans and query.terms:
        snip = snippet(title or "", query, width) if not body else snip
    return snip
