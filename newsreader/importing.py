"""The import pipeline: files → importers → store, as a plain generator of progress (STYLE §4.4).

``import_paths`` has no Qt in it; ``ui/jobs.py::GeneratorJob`` runs it in a worker
thread. Reading, parsing and preparing articles (de-duplication key, timeline mentions,
search terms: :func:`newsreader.store.core.prepare`) is CPU work: for more than a few
files it runs in worker processes, one per core, while this process only writes. Each
batch of articles is written in one transaction (``Store.add_prepared``), so killing the
process leaves whole articles only, and a re-run completes the import (articles already
there are reported as duplicates and left unchanged; workers skip their extraction).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.context
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed, StoreError
from newsreader.importers import Skipped, parse_records, stream_records, streamable
from newsreader.importers.base import SNIFF_BYTES
from newsreader.importers.sources import Reader, Source, expand, shown
from newsreader.store import AddResult, Store
from newsreader.store.core import Prepared, identify, prepare

log = logging.getLogger(__name__)

BATCH_ARTICLES = 200
#: Below this many files the import stays in one process (starting workers costs ~0.5 s).
POOL_MIN_FILES = 40
#: ... or fewer files holding this many bytes (about 250 articles of Arabic JSON).
POOL_MIN_BYTES = 1_000_000
BATCH_SECONDS = 0.5
PROGRESS_SECONDS = 0.1
#: After importing this many articles the search index is merged (optimize) before finishing.
OPTIMIZE_AFTER = 2000
#: Files bigger than this, of a format read as a stream (JSON Lines, JSON arrays, TREC), are read
#: record by record and prepared chunk by chunk: memory stays bounded whatever their size.
STREAM_BYTES = 8 * 1024 * 1024
STREAM_CHUNK = 64  # articles per preparation task of a streamed file


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


Entry = Prepared | ParsedArticle  # a ParsedArticle here is one already in the library


def _store_batch(store: Store, chunk: list[Entry], failures: list[tuple[str, str]]) -> list[AddResult]:
    """Write one batch in one transaction. If an article breaks the store (a bug, not a
    database error), the batch is rolled back and written article by article, so only
    that article is reported and the rest are stored."""
    try:
        return store.add_prepared(chunk)
    except StoreError:
        raise  # disk full, read-only, locked: the import cannot go on
    except Exception as exc:
        log.warning("a batch could not be stored (%s: %s); retrying it article by article", type(exc).__name__, exc)
    results: list[AddResult] = []
    for entry in chunk:
        item = entry.article if isinstance(entry, Prepared) else entry
        try:
            results.extend(store.add_prepared([entry]))
        except StoreError:
            raise
        except Exception as exc:
            reason = f"article «{item.title[:60]}» could not be stored ({type(exc).__name__}: {exc})"
            failures.append((item.path, reason))
    return results


Key = tuple[str, str]  # (id, content hash) from identify()
Prepare = Callable[[ParsedArticle, Key], Prepared]


def _prepare_all(items: Sequence[tuple[ParsedArticle, Key]], prepare_fn: Prepare = prepare) -> tuple[list[Entry], list[str]]:
    """Prepare new articles; an extractor bug fails its article only."""
    entries: list[Entry] = []
    errors: list[str] = []
    for item, key in items:
        try:
            entries.append(prepare_fn(item, key))
        except Exception as exc:
            errors.append(f"article «{item.title[:60]}» could not be stored ({type(exc).__name__}: {exc})")
    return entries, errors


class _Reader:
    """Read and parse sources, telling which of their articles the library already has."""

    def __init__(self, db_path: Path) -> None:
        self.reader = Reader()
        self.store = Store.connect(db_path)  # reads only

    def __call__(self, source: Source) -> tuple[list[ParsedArticle], list[Key], list[bool], list[str], list[Skipped]]:
        parsed, errors, skipped = self.parse(source)
        keys = [identify(item) for item in parsed]
        return parsed, keys, self.store.known(keys), errors, skipped

    def parse(self, source: Source) -> tuple[list[ParsedArticle], list[str], list[Skipped]]:
        try:
            found = parse_records(self.reader.read(source), source.display, source.suffix)
            return found.articles, [], found.skipped
        except ImportFailed as exc:
            return [], [str(exc)], []
        except Exception as exc:  # an importer bug must not stop the other files
            return [], [f"cannot be read ({type(exc).__name__}: {exc})"], []

    def sort(self, items: Sequence[ParsedArticle], prepare_fn: Prepare) -> tuple[list[ParsedArticle], list[Entry], list[str]]:
        """(articles already in the library, the new ones prepared, errors)."""
        keys = [identify(item) for item in items]
        known = self.store.known(keys)
        fresh = [(p, key) for p, key, k in zip(items, keys, known, strict=True) if not k]
        prepared, errors = _prepare_all(fresh, prepare_fn)
        return [p for p, k in zip(items, known, strict=True) if k], prepared, errors

    def close(self) -> None:
        self.reader.close()
        self.store.close()


_worker: _Reader | None = None


def _worker_init(db_path: str) -> None:
    global _worker
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a terminal's Ctrl+C reaches workers too: the parent stops them
    _worker = _Reader(Path(db_path))


Read = tuple[list[Entry], list[ParsedArticle], list[str], list[Skipped]]  # (entries, articles left to sort, errors, skipped)


def _worker_read(sources: Sequence[Source], prepare_fn: Prepare = prepare) -> list[Read]:
    """Read a bundle of sources. A source of a few articles is sorted and prepared here and then
    (no second trip through the writer); the articles of a big one are handed back, to be sorted
    and prepared in chunks (:func:`_worker_sort`) by every worker."""
    assert _worker is not None
    out: list[Read] = []
    for source in sources:
        parsed, errors, skipped = _worker.parse(source)
        if len(parsed) > PREPARE_CHUNK:
            out.append(([], parsed, errors, skipped))
            continue
        duplicates, prepared, more = _worker.sort(parsed, prepare_fn)
        out.append(([*duplicates, *prepared], [], errors + more, skipped))
    return out


def _worker_sort(
    items: Sequence[ParsedArticle], prepare_fn: Prepare = prepare
) -> tuple[list[ParsedArticle], list[Entry], list[str]]:
    assert _worker is not None
    return _worker.sort(items, prepare_fn)


def _bundles(sources: Sequence[Source]) -> Iterator[list[Source]]:
    """Consecutive sources in reading tasks of up to ``BUNDLE_FILES`` files / ``BUNDLE_BYTES``
    (one article per file is common: a task each would cost more in the pool than the reading)."""
    bundle: list[Source] = []
    size = 0
    for source in sources:
        if bundle and (len(bundle) >= BUNDLE_FILES or size + source.size > BUNDLE_BYTES):
            yield bundle
            bundle, size = [], 0
        bundle.append(source)
        size += source.size
    if bundle:
        yield bundle


def worker_count(sources: Sequence[Source]) -> int:
    """Processes to prepare articles in (0: in this process). ``NEWSREADER_IMPORT_WORKERS`` overrides.

    Many files, or a few big ones (a zip of JSON feed exports holds thousands of articles in a
    handful of members), are worth the ~0.5 s that starting the workers costs."""
    configured = os.environ.get("NEWSREADER_IMPORT_WORKERS")
    if configured is not None:
        if not configured.strip().isdigit():
            raise ImportFailed(
                f"NEWSREADER_IMPORT_WORKERS must be a whole number of worker processes (0: none), not {configured!r}"
            )
        return int(configured)
    if len(sources) < POOL_MIN_FILES and sum(s.size for s in sources) < POOL_MIN_BYTES:
        return 0
    cores = os.cpu_count() or 1
    return min(4, cores) if cores > 1 else 0


def _context() -> multiprocessing.context.BaseContext:
    """How worker processes start: never as a fork of this process (it runs beside Qt's threads,
    which a forked child must not inherit). ``forkserver`` where there is one: a single-threaded
    server process, started once, loads and compiles what the workers need
    (:mod:`newsreader.import_preload`) and forks each worker of each import from itself, warm.
    ``spawn`` elsewhere (Windows) and in a frozen bundle: each worker starts a fresh interpreter."""
    if not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsreader.import_preload"])
        return context
    return multiprocessing.get_context("spawn")


PREPARE_CHUNK = 32  # articles per preparation task
BUNDLE_FILES = 16  # files per reading task
BUNDLE_BYTES = 256 * 1024
READ_AHEAD = 4  # reading tasks in flight
SORTING_PER_WORKER = 2  # preparation tasks in flight, per worker


class _Head:
    """One source on its way out: what it gave so far and its preparation chunks, each an
    ``AsyncResult`` once handed to the pool and the articles themselves until then."""

    __slots__ = ("source", "entries", "tasks", "errors", "skipped")

    def __init__(
        self, source: Source, entries: list[Entry], chunks: list[list[ParsedArticle]], errors: list[str], skipped: list[Skipped]
    ) -> None:
        self.source, self.entries, self.errors, self.skipped = source, entries, errors, skipped
        self.tasks: list[AsyncResult[Any] | list[ParsedArticle]] = list(chunks)


def _prepared(
    db_path: Path, sources: Sequence[Source], workers: int, cancelled: Callable[[], bool], prepare_fn: Prepare = prepare
) -> Iterator[tuple[Source, list[Entry], list[str], list[Skipped]]]:
    """(source, entries, errors, skipped records) for each source, in order.

    With workers, both stages run in the pool: reading/parsing sources (tasks of a few files,
    :func:`_bundles`; a file with few new articles is prepared in the same task) and preparing
    the new articles of a big file (tasks of ``PREPARE_CHUNK``), so one big file (a day of a feed
    export) is spread over every core. Results come back in source order.

    Only a few tasks are ever in the pool (``READ_AHEAD`` readings, ``SORTING_PER_WORKER`` per
    worker preparations; the other chunks of a big file wait here), and the pool is closed, never
    terminated: ``Pool.terminate()`` with tasks queued can hang for good (CPython #73945, #78178;
    a cancelled benchmark import hung so). On cancel the tasks in flight finish (a fraction of
    a second) and the workers exit."""
    if workers <= 0:
        reader = _Reader(db_path)
        try:
            for source in sources:
                if cancelled():
                    return
                parsed, keys, known, errors, skipped = reader(source)
                entries: list[Entry] = [p for p, k in zip(parsed, known, strict=True) if k]
                fresh = [(p, key) for p, key, k in zip(parsed, keys, known, strict=True) if not k]
                prepared, more = _prepare_all(fresh, prepare_fn)
                yield source, entries + prepared, errors + more, skipped
        finally:
            reader.close()
        return
    pool = _context().Pool(workers, initializer=_worker_init, initargs=(str(db_path),))
    todo = _bundles(sources)
    reading: deque[tuple[list[Source], AsyncResult[list[Read]]]] = deque()
    out: deque[_Head] = deque()  # per source, in order
    sorting = SORTING_PER_WORKER * workers

    def hand_out() -> int:
        """Give the pool the next waiting chunks (in source order) while fewer than ``sorting``
        run; returns the number of chunks not finished yet (running or waiting)."""
        running = sum(1 for head in out for t in head.tasks if isinstance(t, AsyncResult) and not t.ready())
        unfinished = running
        for head in out:
            for i, task in enumerate(head.tasks):
                if isinstance(task, AsyncResult):
                    continue
                unfinished += 1
                if running < sorting:
                    head.tasks[i] = pool.apply_async(_worker_sort, (task, prepare_fn))
                    running += 1
        return unfinished

    try:
        while True:
            # read ahead while the workers have little else to do (a big file already read gives
            # them many chunks: reading more then would only hold memory, and be lost on cancel)
            unfinished = hand_out()
            while len(reading) < READ_AHEAD and unfinished < sorting and (upcoming := next(todo, None)) is not None:
                reading.append((upcoming, pool.apply_async(_worker_read, (upcoming, prepare_fn))))
            if reading and (reading[0][1].ready() or not out):
                bundle, read = reading.popleft()
                for source, (entries, parsed, errors, skipped) in zip(bundle, read.get(), strict=True):
                    chunks = [parsed[i : i + PREPARE_CHUNK] for i in range(0, len(parsed), PREPARE_CHUNK)]
                    out.append(_Head(source, entries, chunks, errors, skipped))
                continue
            if not out:
                return
            head = out[0]
            pending = [t for t in head.tasks if not isinstance(t, AsyncResult) or not t.ready()]
            if pending:  # wait for the head, looking up now and then for work to hand out
                running = [t for t in pending if isinstance(t, AsyncResult)]
                if running:  # (else its next chunk is handed out at once)
                    running[0].wait(0.05)
                continue
            out.popleft()
            new: list[Entry] = []
            for task in head.tasks:  # the duplicates first, as in one process
                assert isinstance(task, AsyncResult)
                duplicates, prepared_chunk, more = task.get()
                head.entries.extend(duplicates)
                new.extend(prepared_chunk)
                head.errors.extend(more)
            yield head.source, head.entries + new, head.errors, head.skipped
            if cancelled():
                return
    finally:
        pool.close()
        pool.join()


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


def _streamed(
    db_path: Path, source: Source, workers: int, cancelled: Callable[[], bool], prepare_fn: Prepare = prepare
) -> Iterator[tuple[list[Entry], list[str], list[Skipped]]]:
    """(entries, errors, skipped) of one big file of a streamed format, chunk after chunk, as it is
    read (:func:`newsreader.importers.stream_records`). At most ``SORTING_PER_WORKER`` preparation
    tasks per worker are in flight: memory stays bounded."""
    reader = Reader()
    try:
        handle = reader.open(source)
    except ImportFailed as exc:
        reader.close()
        yield [], [str(exc)], []
        return
    pool = _context().Pool(workers, initializer=_worker_init, initargs=(str(db_path),)) if workers > 0 else None
    local = _Reader(db_path) if pool is None else None
    in_flight: deque[AsyncResult[Any]] = deque()
    limit = SORTING_PER_WORKER * max(1, workers)

    def sort(chunk: list[ParsedArticle]) -> tuple[list[Entry], list[str]]:
        assert local is not None
        duplicates, prepared_chunk, errors = local.sort(chunk, prepare_fn)
        return [*duplicates, *prepared_chunk], errors

    def collect(result: AsyncResult[Any]) -> tuple[list[Entry], list[str], list[Skipped]]:
        duplicates, prepared_chunk, errors = result.get()
        return [*duplicates, *prepared_chunk], errors, []

    try:
        chunk: list[ParsedArticle] = []
        skipped_now: list[Skipped] = []
        read = articles = 0
        records = stream_records(handle, source.display, source.suffix)
        try:
            for record in records:
                read += 1
                if isinstance(record, Skipped):
                    skipped_now.append(record)
                    continue
                articles += 1
                chunk.append(record)
                if len(chunk) < STREAM_CHUNK:
                    continue
                if pool is None:
                    entries, errors = sort(chunk)
                    yield entries, errors, skipped_now
                else:
                    in_flight.append(pool.apply_async(_worker_sort, (chunk, prepare_fn)))
                    while len(in_flight) >= limit or (in_flight and in_flight[0].ready()):
                        entries, errors, _ = collect(in_flight.popleft())
                        yield entries, errors, []
                    if skipped_now:
                        yield [], [], skipped_now
                chunk, skipped_now = [], []
                if cancelled():
                    break
        except Exception as exc:  # noqa: BLE001 - ImportFailed, or an importer bug: this file only
            reason = str(exc) if isinstance(exc, ImportFailed) else f"cannot be read ({type(exc).__name__}: {exc})"
            if not read:
                yield [], [reason], []
                return
            skipped_now.append(Skipped("end of file", f"the rest of the file cannot be read: {reason}"))
        if not articles:
            yield [], ["no articles found in the file"], skipped_now
            return
        if chunk:
            if pool is None:
                entries, errors = sort(chunk)
                yield entries, errors, skipped_now
                skipped_now = []
            else:
                in_flight.append(pool.apply_async(_worker_sort, (chunk, prepare_fn)))
        while in_flight:
            entries, errors, _ = collect(in_flight.popleft())
            yield entries, errors, []
        if skipped_now:
            yield [], [], skipped_now
    finally:
        handle.close()
        reader.close()
        if local is not None:
            local.close()
        if pool is not None:
            pool.close()
            pool.join()


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
            for source, entries, errors, skipped in _prepared(db_path, sources, worker_count(sources), cancelled, prepare_fn):
                yield source, entries, errors, skipped, True
            for source in big:
                if cancelled():
                    return
                for entries, errors, skipped in _streamed(db_path, source, worker_count([source]), cancelled, prepare_fn):
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
