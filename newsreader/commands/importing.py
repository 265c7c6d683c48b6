"""``newsreader import [--db PATH] [--json] [--follow-links] PATH...``: import article files, folders
and .zip archives. Symbolic links out of a folder are reported and skipped unless ``--follow-links``.

Exit codes: 0 every file imported (duplicates count as imported), 1 some files
failed, 2 usage errors. ``--json`` prints one object; its ``articles`` lists every
article found, new and duplicate, each with a ``status`` (``imported``/``duplicate``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument
from newsreader.importing import ImportedArticle, ImportProgress, import_paths
from newsreader.store import Store


def add_parser(sub: Any) -> None:
    p = sub.add_parser("import", help="import article files, folders and .zip archives into the library")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print one JSON object with the results")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links out of the folders imported (by default they are reported and skipped)")
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or .zip archives")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        raise UsageError("import needs at least one PATH (a file, folder or .zip archive)")
    db_path = paths.default_db_path(args.db)
    Store.open(db_path).close()  # migrate on this thread before the pipeline connects
    articles: list[ImportedArticle] = []
    final: ImportProgress | None = None
    for progress in import_paths(db_path, [Path(p) for p in args.paths], follow_links=args.follow_links):
        articles.extend(progress.batch)
        if progress.finished:
            final = progress
    assert final is not None
    if args.json:
        json.dump(
            {
                "imported": final.imported,
                "duplicates": final.duplicates,
                "failed": [{"path": p, "error": e} for p, e in final.failures],
                "articles": [
                    {"id": a.id, "path": a.path, "title": a.title, "published": a.published, "source": a.source,
                     "status": a.status}
                    for a in articles
                ],
            },
            sys.stdout, ensure_ascii=False,
        )
        sys.stdout.write("\n")
    else:
        out = sys.stdout
        out.write(f"imported: {final.imported}\nduplicates: {final.duplicates}\nfailed: {final.failed}\n")
        for path, error in final.failures:
            out.write(f"  {path}: {error}\n")
        out.write(f"({final.files_done} files in {final.elapsed:.1f} s)\n")
    return 1 if final.failures else 0
