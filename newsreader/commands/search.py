"""``newsreader search [--db PATH] [--json] [--limit N] [--sort relevance|date] QUERY``.

Prints ``{"query", "total", "results": [{"id", "title", "source", "published", "url", "snippet",
"score", "highlights"}]}`` with ``--json`` (``highlights``: [start, end] of each hit in ``snippet``).
An unusable query (only common words, a bad date…) prints its message (with ``--json``: the
same object with no results and a ``"message"``) and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument
from newsreader.store import Store
from newsreader.store.search.execute import SORTS
from newsreader.store.search.results import SearchResults


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
    with Store.open(paths.default_db_path(args.db), create=False) as store:
        res = store.search(text, sort=args.sort, limit=args.limit, offset=args.offset)
    if args.json:
        json.dump(as_json(res), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    if res.message:
        if not args.json:
            sys.stderr.write(f"newsreader: {res.message}\n")
        return 1
    if not args.json:
        shown = f"{len(res.hits)} of {res.total}" if res.total > len(res.hits) else str(res.total)
        sys.stdout.write(f"{shown} result{'s' if res.total != 1 else ''}\n")
        for h in res.hits:
            sys.stdout.write(f"\n{h.id}  {(h.published or '')[:10]:10}  {h.source or ''}\n{h.title}\n  {h.snippet.marked()}\n")
    return 0
