"""The import pipeline: files → importers → store, as a plain generator of progress (STYLE §4.4).

``import_paths`` has no Qt in it; ``ui/jobs.py::GeneratorJob`` runs it in a worker
thread. Reading, parsing and preparing articles (de-duplication key, timeline mentions,
search terms: :func:`newsreader.importing.prepare.prepare`) is CPU work: for more than a few
files it runs in worker processes, one per core (:mod:`.pool`), while this process only writes. Each
batch of articles is written in one transaction (``Store.add_prepared``), so killing the
process leaves whole articles only, and a re-run completes the import (articles already
there are reported as duplicates and left unchanged; workers skip their extraction).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from newsreader.errors import ImportFailed, StoreError
from newsreader.importers import Skipped, streamable
from newsreader.importers.base import SNIFF_BYTES
from newsreader.importers.sources import Reader, Source, expand, shown
from newsreader.importing.pool import Entry, Prepare, read_sources, read_stream, worker_count
from newsreader.importing.prepare import Prepared, identify, prepare
from newsreader.store import AddResult, Store

log = logging.getLogger(__name__)

BATCH_ARTICLES = 200
BATCH_SECONDS = 0.5
PROGRESS_SECONDS = 0.1
#: After importing this many articles the search index is merged (optimize) before finishing.
OPTIMIZE_AFTER = 2000
#: Files bigger than this, of a format read as a stream (JSON Lines, JSON arrays, TREC), are read
#: record by record and prepared chunk by chunk: memory stays bounded whatever their size.
STREAM_BYTES = 8 * 1024 * 1024


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
class SkippedRecord:
    """A record of a file that was not imported: the file, where in it, and why."""

    path: str
    record: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportProgress:
    """A snapshot of an import run (the last one has ``finished=True``)."""

    files_done: int
    files_total: int
    imported: int
    duplicates: int
    failures: tuple[tuple[str, str], ...] = ()
    skipped: tuple[SkippedRecord, ...] = ()  # records of imported files that were not imported
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
    skipped: list[SkippedRecord] = field(default_factory=list)
    current: str = ""

    def snapshot(
        self, batch: Sequence[ImportedArticle] = (), *, finished: bool = False, cancelled: bool = False
    ) -> ImportProgress:
        return ImportProgress(
            files_done=self.files_done,
            files_total=self.files_total,
            imported=self.imported,
            duplicates=self.duplicates,
            failures=tuple(self.failures),
            skipped=tuple(self.skipped),
            new_ids=tuple(a.id for a in batch if a.status == "imported"),
            batch=tuple(batch),
            current=self.current,
            finished=finished,
            cancelled=cancelled,
            elapsed=time.monotonic() - self.started,
        )


def group_by_reason(items: Iterable[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """(reason, where) pairs grouped by reason, the most frequent first (then in order of appearance):
    how the command line and the import summary list failed files and skipped records."""
    groups: dict[str, list[str]] = {}
    for reason, where in items:
        groups.setdefault(reason, []).append(where)
    return sorted(groups.items(), key=lambda kv: -len(kv[1]))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _store_batch(store: Store, chunk: list[Entry], failures: list[tuple[str, str]]) -> list[AddResult]:
    """Write one batch in one transaction. If an article breaks the store (a bug, not a
    database error), the batch is rolled back and written article by article, so only
    that article is reported and the rest are stored."""
    try:
        return store.add_prepared(chunk, identify, prepare)
    except StoreError:
        raise  # disk full, read-only, locked: the import cannot go on
    except Exception as exc:
        log.warning("a batch could not be stored (%s: %s); retrying it article by article", type(exc).__name__, exc)
    results: list[AddResult] = []
    for entry in chunk:
        item = entry.article if isinstance(entry, Prepared) else entry
        try:
            results.extend(store.add_prepared([entry], identify, prepare))
        except StoreError:
            raise
        except Exception as exc:
            reason = f"article «{item.title[:60]}» could not be stored ({type(exc).__name__}: {exc})"
            failures.append((item.path, reason))
    return results


def _streams(source: Source) -> bool:
    """Whether a (big) source is of a format read as a stream."""
    reader = Reader()
    try:
        with reader.open(source) as handle:
            return streamable(handle.read(SNIFF_BYTES), source.suffix, source.size)
    except (ImportFailed, OSError):
        return False
    finally:
        reader.close()


def import_paths(
    db_path: Path,
    paths: Sequence[Path | str],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    batch_articles: int = BATCH_ARTICLES,
    batch_seconds: float = BATCH_SECONDS,
    prepare_fn: Prepare = prepare,
    follow_links: bool = False,
    on_busy: Callable[[], None] | None = None,
) -> Iterator[ImportProgress]:
    """Import every article file under ``paths`` into the (already migrated) library ``db_path``.

    Yields progress regularly and a final summary (``finished=True``). ``cancelled()``
    is checked between files; on cancel the articles parsed so far are written
    and the run stops. ``prepare_fn`` (a module-level function, as it may run in worker
    processes) derives what the store needs; benchmarks swap it to leave out the analysis.
    ``follow_links``: follow symbolic links out of the folders imported (only when the user asks).
    ``on_busy``: called when a batch has waited a second for another program's write lock.
    """
    started_at = _now()
    every = expand(paths, follow_links=follow_links, cancelled=cancelled)
    big = [s for s in every if s.error is None and s.size > STREAM_BYTES and _streams(s)]
    sources = [s for s in every if s not in big]
    run = _Run(files_total=len(every))
    yield run.snapshot()
    store = Store.connect(db_path)
    store.db.on_busy = on_busy
    try:
        store.check_intact()  # never write into a damaged library
    except BaseException:
        store.close()
        raise
    pending: list[Entry] = []
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

        def parts() -> Iterator[tuple[Source, list[Entry], list[str], list[Skipped], bool]]:
            for source, entries, errors, skipped in read_sources(db_path, sources, worker_count(sources), cancelled, prepare_fn):
                yield source, entries, errors, skipped, True
            for source in big:
                if cancelled():
                    return
                for entries, errors, skipped in read_stream(db_path, source, worker_count([source]), cancelled, prepare_fn):
                    yield source, entries, errors, skipped, False
                yield source, [], [], [], True

        for source, entries, errors, skipped, done in parts():
            run.current = source.display
            pending.extend(entries)
            run.failures.extend((source.display, error) for error in errors)
            run.skipped.extend(SkippedRecord(source.display, s.record, s.reason) for s in skipped)
            run.files_done += done
            now = time.monotonic()
            if len(pending) >= batch_articles or (pending and now - last_flush >= batch_seconds):
                while pending and (len(pending) >= batch_articles or time.monotonic() - last_flush >= batch_seconds):
                    yield run.snapshot(flush())
                last_yield = time.monotonic()
            elif now - last_yield >= PROGRESS_SECONDS:
                last_yield = now
                yield run.snapshot()
        stopped = cancelled() and run.files_done < run.files_total
        run.current = ""
        batch = flush()
        while pending:
            yield run.snapshot(batch)
            batch = flush()
        if run.imported >= OPTIMIZE_AFTER:
            run.current = "…"
            yield run.snapshot()
            store.optimize_search_index()
            run.current = ""
        store.log_import(started_at, [shown(p) for p in paths], run.imported, run.duplicates, run.failures)
        yield run.snapshot(batch, finished=True, cancelled=stopped)
    finally:
        store.close()
