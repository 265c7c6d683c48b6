"""``newsreader search [--db PATH] [--json] [--limit N] [--sort relevance|date] QUERY``.

:func:`find` is the search the command runs (the benchmarks and tests run it too): the text parsed,
the query run in the store, each hit given its snippet.

Prints ``{"query", "total", "results": [{"id", "title", "source", "published", "url", "snippet",
"score", "highlights"}]}`` with ``--json`` (``highlights``: [start, end] of each hit in ``snippet``).
An unusable query (only common words, a bad date…) prints its message (with ``--json``: the
same object with no results and a ``"message"``) and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument, counted
from newsreader.errors import QueryError
from newsreader.store import Store
from newsreader.store.search.execute import SORTS

if TYPE_CHECKING:
    from newsreader.search.snippet import Snippet


def add_parser(sub: Any) -> None:
    p = sub.add_parser("search", help="search the library (Arabic-aware: clitics, diacritics, spellings)")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="results to show (default 20)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N results")
    p.add_argument("--sort", choices=SORTS, default="relevance", help="relevance (bm25) or date")
    p.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help='words, "a phrase", -exclude, a OR b, prefix*, source:NAME, from:/to:YYYY[-MM[-DD]], is:bookmarked, is:unread',
    )
    p.set_defaults(func=run)


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: the article's list fields, its score and a snippet with hit spans."""

    id: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    score: float
    snippet: Snippet
    title_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchResults:
    """A page of results. ``message`` is set (and ``hits`` empty) when the query was unusable."""

    query: str
    hits: list[Hit]
    total: int
    message: str | None = None


def find(
    store: Store, text: str, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0, snippet_width: int = 200
) -> SearchResults:
    """Parse and run a search, snippets cut; never raises for any ``text`` (an unusable query → ``message``)."""
    from newsreader.search.highlight import hit_spans
    from newsreader.search.query import parse
    from newsreader.search.snippet import hit_snippet

    try:
        query = parse(text)
    except QueryError as exc:
        return SearchResults(text if isinstance(text, str) else "", [], 0, str(exc))
    page = store.search(query, sort=sort, limit=limit, offset=offset)
    hits = [
        Hit(
            id=h.id,
            title=h.title,
            source=h.source,
            published=h.published,
            url=h.url,
            score=h.score,
            snippet=hit_snippet(h.title, h.body, query, snippet_width),
            title_spans=tuple(hit_spans(h.title or "", query)),
        )
        for h in page.hits
    ]
    return SearchResults(query.text, hits, page.total, page.message)


def as_json(res: SearchResults) -> dict[str, Any]:
    out: dict[str, Any] = {
        "query": res.query,
        "total": res.total,
        "results": [
            {
                "id": h.id,
                "title": h.title,
                "source": h.source,
                "published": h.published,
                "url": h.url,
                "snippet": h.snippet.text,
                "score": h.score,
                "highlights": [list(s) for s in h.snippet.spans],
            }
            for h in res.hits
        ],
    }
    if res.message:
        out["message"] = res.message
    return out


def run(args: argparse.Namespace) -> int:
    if args.limit < 0 or args.offset < 0:
        raise UsageError("--limit and --offset must not be negative")
    text = " ".join(args.query)
    from newsreader.commands.interrupt import EXIT_INTERRUPTED
    from newsreader.commands.uptodate import bring_up_to_date

    with Store.open(paths.default_db_path(args.db), create=False) as store:
        if not bring_up_to_date(store, "search"):
            return EXIT_INTERRUPTED
        res = find(store, text, sort=args.sort, limit=args.limit, offset=args.offset)
    if args.json:
        json.dump(as_json(res), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if res.message:
        if not args.json:
            sys.stderr.write(f"newsreader: {res.message}\n")
        return 1
    if not args.json:
        total = counted(res.total, "result")
        sys.stdout.write(f"{len(res.hits)} of {total}\n" if res.total > len(res.hits) else f"{total}\n")
        for h in res.hits:
            sys.stdout.write(f"\n{h.id}  {(h.published or '')[:10]:10}  {h.source or ''}\n{h.title}\n  {h.snippet.marked()}\n")
    return 0
