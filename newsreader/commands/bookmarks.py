"""``newsreader bookmarks [--db PATH] [--json] [--tag TAG] [--export json|csv|md] [--output FILE]``
and editing: ``--add ID``, ``--remove ID``, ``--toggle ID`` (with ``--note`` / ``--tags a,b``)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsreader import bookmarks_export, csvout, paths
from newsreader.commands import UsageError, add_db_argument
from newsreader.errors import ExportFailed
from newsreader.store import Store


def add_parser(sub: Any) -> None:
    p = sub.add_parser("bookmarks", help="list, edit or export bookmarks")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--tag", help="only bookmarks carrying this tag")
    p.add_argument("--export", choices=bookmarks_export.FORMATS, help="export format")
    p.add_argument("--output", metavar="FILE", help="write the export to FILE (default: stdout)")
    edit = p.add_mutually_exclusive_group()
    edit.add_argument("--add", metavar="ID", help="bookmark an article (id or unambiguous prefix)")
    edit.add_argument("--remove", metavar="ID", help="remove a bookmark")
    edit.add_argument("--toggle", metavar="ID", help="toggle a bookmark")
    p.add_argument("--note", help="note for --add")
    p.add_argument("--tags", help="comma-separated tags for --add")
    p.set_defaults(func=run)


def _resolve(store: Store, prefix: str) -> str:
    article = store.find_article(prefix)
    if article is None:
        raise UsageError(f"no article with id {prefix!r}")
    return article.id


def write_export(path: Path, text: str) -> None:
    """Write an export file; a folder, a missing folder or one we cannot write is a clear error."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        reason = "it is a folder" if path.is_dir() else (exc.strerror or str(exc)).lower()
        raise ExportFailed(f"cannot write the export to {path}: {reason}") from None


def run(args: argparse.Namespace) -> int:
    with Store.open(paths.default_db_path(args.db), create=False) as store:
        if args.add:
            aid = _resolve(store, args.add)
            tags = [t for t in (args.tags or "").split(",") if t.strip()]
            store.add_bookmark(aid, args.note or "", tags)
            if args.note is not None:
                store.set_bookmark_note(aid, args.note)
        elif args.remove:
            store.remove_bookmark(_resolve(store, args.remove))
        elif args.toggle:
            state = store.toggle_bookmark(_resolve(store, args.toggle))
            sys.stderr.write("bookmarked\n" if state else "bookmark removed\n")
        items = store.bookmarks(args.tag)
    if args.export:
        text = bookmarks_export.export(items, args.export)
        if args.output:
            write_export(Path(args.output), text)
        else:
            sys.stdout.write(text.removeprefix(csvout.BOM))  # the BOM is for files spreadsheets open
        return 0
    if args.json:
        json.dump([bookmarks_export.as_dict(b) for b in items], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    for b in items:
        labels = " ".join(f"#{t}" for t in b.tags)
        sys.stdout.write(f"{b.article_id}  {(b.published or '')[:10]:10}  {b.title}  {labels}\n")
        if b.note:
            sys.stdout.write(f"    {b.note}\n")
    return 0
