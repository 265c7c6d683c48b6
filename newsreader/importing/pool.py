"""The worker processes of an import: reading, parsing and preparing articles in a pool.

Reading and parsing files and preparing their new articles (de-duplication key, timeline mentions,
search terms: :func:`newsreader.importing.prepare.prepare`) is CPU work: for more than a few files it runs
in worker processes, one per core, while the importing process only writes (:mod:`.pipeline`).
Functions handed to the pool live at module level (the workers unpickle them by name).
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from newsreader.domain import ParsedArticle
from newsreader.errors import ImportFailed
from newsreader.importers import Skipped, parse_records, stream_records
from newsreader.importers.sources import Reader, Source
from newsreader.importing.prepare import Prepared, identify, prepare
from newsreader.store import Store

#: Below this many files the import stays in one process (starting workers costs ~0.5 s).
POOL_MIN_FILES = 40
#: ... or fewer files holding this many bytes (about 250 articles of Arabic JSON).
POOL_MIN_BYTES = 1_000_000
STREAM_CHUNK = 64  # articles per preparation task of a streamed file
PREPARE_CHUNK = 32  # articles per preparation task
BUNDLE_FILES = 16  # files per reading task
BUNDLE_BYTES = 256 * 1024
READ_AHEAD = 4  # reading tasks in flight
SORTING_PER_WORKER = 2  # preparation tasks in flight, per worker

Entry = Prepared | ParsedArticle  # a ParsedArticle here is one already in the library


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
    (:mod:`newsreader.importing.preload`) and forks each worker of each import from itself, warm.
    ``spawn`` elsewhere (Windows) and in a frozen bundle: each worker starts a fresh interpreter."""
    if not getattr(sys, "frozen", False) and "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["newsreader.importing.preload"])
        return context
    return multiprocessing.get_context("spawn")


class _Head:
    """One source on its way out: what it gave so far and its preparation chunks, each an
    ``AsyncResult`` once handed to the pool and the articles themselves until then."""

    __slots__ = ("source", "entries", "tasks", "errors", "skipped")

    def __init__(
        self, source: Source, entries: list[Entry], chunks: list[list[ParsedArticle]], errors: list[str], skipped: list[Skipped]
    ) -> None:
        self.source, self.entries, self.errors, self.skipped = source, entries, errors, skipped
        self.tasks: list[AsyncResult[Any] | list[ParsedArticle]] = list(chunks)


def read_sources(
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


def read_stream(
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
