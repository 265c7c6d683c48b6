"""``newsreader import [--db PATH] [--json] [--quiet] [--follow-links] [--watch] PATH...``: import article
files, folders and .zip archives. Symbolic links out of a folder are reported and skipped unless
``--follow-links``. ``--watch`` keeps importing the new files that appear under the PATHs until
interrupted.

On a terminal a progress bar shows files, articles, rate and time left (nothing extra when the
output is piped, with ``--json`` or ``--quiet``); the summary groups failed files and skipped
records by reason, with counts and the first few paths.

Exit codes: 0 every file imported (duplicates count as imported), 1 some files
failed, 2 usage errors, 130 stopped by Ctrl+C (the summary says what was imported; a second
Ctrl+C quits at once). ``--json`` prints one object; its ``articles`` lists every
article found, new and duplicate, each with a ``status`` (``imported``/``duplicate``); its
``skipped`` lists every record of an imported file that was not imported (``path``, ``record``:
where in the file, ``reason``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, TextIO

from newsreader import paths
from newsreader.commands import UsageError, add_db_argument, counted
from newsreader.commands.interrupt import EXIT_INTERRUPTED, stop_on_ctrl_c
from newsreader.importing.pipeline import ImportedArticle, ImportProgress, group_by_reason, import_paths
from newsreader.store import Store

#: Paths shown under each reason of the summary.
SHOWN_PER_REASON = 3


def add_parser(sub: Any) -> None:
    p = sub.add_parser("import", help="import article files, folders and .zip archives into the library")
    add_db_argument(p)
    p.add_argument("--json", action="store_true", help="print one JSON object with the results")
    p.add_argument("--quiet", "-q", action="store_true", help="print only the summary line and problems (no progress)")
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="follow symbolic links out of the folders imported (by default they are reported and skipped)",
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help="after importing, keep importing new files that appear under the PATHs until interrupted",
    )
    p.add_argument("paths", nargs="*", metavar="PATH", help="files, folders or .zip archives")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not args.paths:
        raise UsageError("import needs at least one PATH (a file, folder or .zip archive)")
    db_path = paths.default_db_path(args.db)
    Store.open(db_path).close()  # migrate on this thread before the pipeline connects
    if args.watch:
        return _watch(db_path, args)
    final, articles = _import(db_path, [Path(p) for p in args.paths], args)
    _report(final, articles, args, sys.stdout)
    if final.cancelled:
        return EXIT_INTERRUPTED
    return 1 if final.failures else 0


def _import(db_path: Path, targets: Sequence[Path], args: argparse.Namespace) -> tuple[ImportProgress, list[ImportedArticle]]:
    articles: list[ImportedArticle] = []
    final: ImportProgress | None = None
    with stop_on_ctrl_c("the import") as cancelled, _progress(not args.json and not args.quiet and sys.stderr.isatty()) as show:
        for progress in import_paths(db_path, targets, follow_links=args.follow_links, cancelled=cancelled, on_busy=_say_waiting):
            articles.extend(progress.batch)
            show(progress)
            if progress.finished:
                final = progress
    assert final is not None
    return final, articles


def _say_waiting() -> None:
    sys.stderr.write("newsreader: waiting for the library: another program is writing to it…\n")


def _report(final: ImportProgress, articles: list[ImportedArticle], args: argparse.Namespace, out: TextIO) -> None:
    if args.json:
        json.dump(
            {
                "imported": final.imported,
                "duplicates": final.duplicates,
                "cancelled": final.cancelled,
                "failed": [{"path": p, "error": e} for p, e in final.failures],
                "skipped": [{"path": s.path, "record": s.record, "reason": s.reason} for s in final.skipped],
                "articles": [
                    {
                        "id": a.id,
                        "path": a.path,
                        "title": a.title,
                        "published": a.published,
                        "source": a.source,
                        "status": a.status,
                    }
                    for a in articles
                ],
            },
            out,
            ensure_ascii=False,
        )
        out.write("\n")
        return
    if final.cancelled:
        out.write(f"stopped by Ctrl+C after {final.files_done} of {final.files_total} files\n")
    out.write(f"imported: {final.imported}\nduplicates: {final.duplicates}\nfailed: {final.failed}\n")
    _groups(out, ((error, path) for path, error in final.failures))
    if final.skipped:
        out.write(f"skipped records: {len(final.skipped)}\n")
        _groups(out, ((s.reason, f"{s.path} ({s.record})") for s in final.skipped))
    if not args.quiet:
        out.write(f"({counted(final.files_done, 'file')} in {final.elapsed:.1f} s)\n")


def _groups(out: TextIO, items: Iterable[tuple[str, str]]) -> None:
    for reason, where in group_by_reason(items):
        out.write(f"  {reason}: {len(where)}\n")
        for one in where[:SHOWN_PER_REASON]:
            out.write(f"    {one}\n")
        if len(where) > SHOWN_PER_REASON:
            out.write(f"    … and {len(where) - SHOWN_PER_REASON} more\n")


def _progress(enabled: bool) -> AbstractContextManager[Callable[[ImportProgress], None]]:
    """A progress bar on the terminal (rich), or nothing."""
    if not enabled:
        return nullcontext(lambda _progress: None)
    return _RichProgress()


class _RichProgress:
    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self.bar = Progress(
            TextColumn("files"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[articles]}"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.bar.add_task("import", total=None, articles="")

    def __enter__(self) -> Callable[[ImportProgress], None]:
        self.bar.__enter__()
        return self.show

    def show(self, progress: ImportProgress) -> None:
        done = progress.imported + progress.duplicates
        rate = done / progress.elapsed if progress.elapsed > 0 else 0.0
        self.bar.update(
            self.task, total=progress.files_total, completed=progress.files_done, articles=f"{done:,} articles ({rate:,.0f}/s)"
        )

    def __exit__(self, *exc: object) -> None:
        self.bar.__exit__(None, None, None)


def _watch(db_path: Path, args: argparse.Namespace) -> int:
    """Import the PATHs, then every new or changed file under them, until interrupted."""
    from newsreader.watch import FolderWatch

    watch = FolderWatch([Path(p) for p in args.paths], follow_links=args.follow_links)
    out = sys.stdout
    if not args.json and not args.quiet:
        out.write(f"watching {', '.join(str(p) for p in args.paths)} (Ctrl+C to stop)\n")
        out.flush()
    failed = False
    try:
        for batch in _batches(watch):
            final, articles = _import(db_path, batch, args)
            _report(final, articles, args, out)
            out.flush()
            failed |= bool(final.failures)
    except KeyboardInterrupt:
        pass
    return 1 if failed else 0


def _batches(watch: Any) -> Iterator[list[Path]]:
    while True:
        ready = watch.poll()
        if ready:
            yield ready
        watch.wait()
