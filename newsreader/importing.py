"""The import pipeline: files → importers → store, as a plain generator of progress (STYLE §4.4).

``import_paths`` has no Qt in it; ``ui/jobs.py::GeneratorJob`` runs it in a worker
thread. Each batch of articles is written in one transaction (``Store.add_articles``),
so killing the process leaves whole articles only, and a re-run completes the import
(articles already there are reported as duplicates and left unchanged).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import parse_bytes
from newsreader.importers.sources import Reader, expand
from newsreader.store import AddResult, Store

log = logging.getLogger(__name__)

BATCH_ARTICLES = 200
BATCH_SECONDS = 0.5
PROGRESS_SECONDS = 0.1


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """One article of a written batch: ``status`` is ``imported`` or ``duplicate``."""

    id: str
    status: str
    path: str
    title: str
    published: str | None
    source: str | None


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """A snapshot of an import run (the last one has ``finished=True``)."""

    files_done: int
    files_total: int
    imported: int
    duplicates: int
    failures: tuple[tuple[str, str], ...] = ()
    new_ids: tuple[str, ...] = ()  # ids stored by the batch written just before this snapshot
    batch: tuple[ImportedArticle, ...] = ()  # every article of that batch, new and duplicate
    current: str = ""
    finished: bool = False
    cancelled: bool = False
    elapsed: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)


@dataclass
class _Run:
    files_total: int
    started: float = field(default_factory=time.monotonic)
    files_done: int = 0
    imported: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    current: str = ""

    def snapshot(self, batch: Sequence[ImportedArticle] = (), *, finished: bool = False,
                 cancelled: bool = False) -> ImportProgress:
        return ImportProgress(
            files_done=self.files_done, files_total=self.files_total, imported=self.imported,
            duplicates=self.duplicates, failures=tuple(self.failures),
            new_ids=tuple(a.id for a in batch if a.status == "imported"), batch=tuple(batch),
            current=self.current, finished=finished, cancelled=cancelled,
            elapsed=time.monotonic() - self.started,
        )


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _store_batch(store: Store, chunk: list[ParsedArticle], failures: list[tuple[str, str]]) -> list[AddResult]:
    """Write one batch in one transaction. If an article breaks the store's analysis
    (a bug, not a database error), the batch is rolled back and written article by
    article, so only that article is reported and the rest are stored."""
    try:
        return store.add_articles(chunk)
    except sqlite3.OperationalError:
        raise  # locked, disk full, read-only: the import cannot go on
    except Exception as exc:
        log.warning("a batch could not be stored (%s: %s); retrying it article by article", type(exc).__name__, exc)
    results: list[AddResult] = []
    for item in chunk:
        try:
            results.extend(store.add_articles([item]))
        except sqlite3.OperationalError:
            raise
        except Exception as exc:
            reason = f"article «{item.title[:60]}» could not be stored ({type(exc).__name__}: {exc})"
            failures.append((item.path, reason))
    return results


def import_paths(
    db_path: Path,
    paths: Sequence[Path | str],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
) -> Iterator[ImportProgress]:
    """Import every article file under ``paths`` into the (already migrated) library ``db_path``.

    Yields progress regularly and a final summary (``finished=True``). ``cancelled()``
    is checked between files; on cancel the articles parsed so far are written
    and the run stops.
    """
    started_at = _now()
    sources = expand(paths)
    run = _Run(files_total=len(sources))
    yield run.snapshot()
    store = Store.connect(db_path)
    reader = Reader()
    pending: list[ParsedArticle] = []
    last_flush = last_yield = time.monotonic()
    stopped = False

    def flush() -> list[ImportedArticle]:
        """Write (at most) one batch of pending articles in one transaction."""
        nonlocal pending, last_flush
        last_flush = time.monotonic()
        if not pending:
            return []
        chunk, pending = pending[:batch_articles], pending[batch_articles:]
        results = _store_batch(store, chunk, run.failures)
        batch = [
            ImportedArticle(r.id, r.status, r.article.path, r.article.title, r.article.published, r.article.source)
            for r in results
        ]
        run.imported += sum(1 for b in batch if b.status == "imported")
        run.duplicates += sum(1 for b in batch if b.status == "duplicate")
        return batch

    try:
        for source in sources:
            if cancelled():
                stopped = True
                break
            run.current = source.display
            try:
                pending.extend(parse_bytes(reader.read(source), source.display, source.suffix))
            except ImportFailed as exc:
                run.failures.append((source.display, str(exc)))
            except Exception as exc:  # an importer bug must not stop the other files
                run.failures.append((source.display, f"cannot be read ({type(exc).__name__}: {exc})"))
            run.files_done += 1
            now = time.monotonic()
            if len(pending) >= batch_articles or (pending and now - last_flush >= batch_seconds):
                while pending and (len(pending) >= batch_articles or time.monotonic() - last_flush >= batch_seconds):
                    yield run.snapshot(flush())
                last_yield = time.monotonic()
            elif now - last_yield >= PROGRESS_SECONDS:
                last_yield = now
                yield run.snapshot()
        run.current = ""
        batch = flush()
        while pending:
            yield run.snapshot(batch)
            batch = flush()
        store.log_import(started_at, [str(p) for p in paths], run.imported, run.duplicates, run.failures)
        yield run.snapshot(batch, finished=True, cancelled=stopped)
    finally:
        reader.close()
        store.close()
