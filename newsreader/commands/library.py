"""``newsreader list`` and ``newsreader show``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument
from newsreader.domain import Article
from newsreader.store import Store


def add_parser(sub: Any) -> None:
    p = sub.add_parser("list", help="list the articles in the library")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run_list)
    p = sub.add_parser("show", help="show one article with its body")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("id", metavar="ID", help="article id (or an unambiguous prefix)")
    p.set_defaults(func=run_show)


def open_store(args: argparse.Namespace) -> Store:
    return Store.open(paths.default_db_path(args.db), create=False)


def run_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rows = [{"id": r.id, "title": r.title, "published": r.published, "source": r.source} for r in store.iter_articles()]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for r in rows:
            sys.stdout.write(f"{r['id']}  {(r['published'] or '')[:10]:10}  {r['source'] or '':20}  {r['title']}\n")
    return 0


def article_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published,
        "date_source": article.date_source,
        "source": article.source,
        "author": article.author,
        "url": article.url,
        "language": article.language,
        "path": article.path,
        "imported_at": article.imported_at,
        "read": article.read,
        "body": article.body,
    }


def run_show(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        article = store.find_article(args.id)
    if article is None:
        raise UsageError(f"no article with id {args.id!r}")
    if args.json:
        json.dump(article_json(article), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(f"{article.title}\n{article.source or ''}  {article.published or ''}\n\n{article.body}\n")
    return 0
