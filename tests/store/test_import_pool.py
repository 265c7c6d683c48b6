"""Preparing articles in worker processes gives exactly what the in-process path gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader import importing
from newsreader.importers.sources import Source, expand
from newsreader.importing import import_paths
from newsreader.search.query import parse
from newsreader.store import Store

BIG = 80  # articles in the one big file: more than a reading task prepares itself


def write_folder(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"افتتاح معرض الكتاب رقم {i} في مدينة الواحة\n\n"
            f"افتتح المعرض أبوابه يوم الأحد الماضي، ويستمر حتى نهاية مارس 2024.\n\n"
            f"وقال المنظمون إن الدورة {i} تستقبل 300 دار نشر منذ عام 2019.\n",
            encoding="utf-8",
        )
    (folder / "broken.xml").write_bytes(b"<DOC><TEXT>never closed")
    feed = [
        {
            "title": f"نشرة الواحة المتخيلة رقم {i}",
            "date": "2024-03-0" + str(1 + i % 9),
            "content": f"أعلنت بلدية الواحة في 12 مارس 2024 عن معرض الكتاب {i}، وقالت إنه يفتح بعد ثلاثة أيام.",
        }
        for i in range(BIG)
    ]
    (folder / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")


def snapshot(db: Path) -> tuple[list[tuple[str, str]], list[tuple[str, int, str, str]], list[str]]:
    with Store.connect(db) as s:
        articles = sorted((a, s.article(a).title) for a in s.article_ids())
        mentions = sorted((a, m.start, m.text, m.value) for a in s.article_ids() for m in s.mentions(a))
        hits = sorted(s.search_ids(parse("معرض الكتاب")))
    return articles, mentions, hits


@pytest.mark.parametrize("workers", ["2"])
def test_pool_and_in_process_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    folder = tmp_path / "in"
    write_folder(folder, 60)
    results = {}
    for mode in ("0", workers):
        monkeypatch.setenv("NEWSREADER_IMPORT_WORKERS", mode)
        db = tmp_path / f"lib{mode}.db"
        Store.open(db).close()
        final = list(import_paths(db, [folder]))[-1]
        assert final.imported == 60 + BIG and len(final.failures) == 1
        results[mode] = snapshot(db)
        again = list(import_paths(db, [folder]))[-1]  # workers skip known articles
        assert (again.imported, again.duplicates) == (0, 60 + BIG)
    assert results["0"] == results[workers]
    assert results["0"][1] and len(results["0"][2]) == 60 + BIG


def test_a_few_big_files_get_workers_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSREADER_IMPORT_WORKERS", raising=False)
    monkeypatch.setattr(importing.os, "cpu_count", lambda: 2)
    small = [Source(f"{i}.txt", tmp_path / f"{i}.txt", size=2_000) for i in range(3)]
    assert importing.worker_count(small) == 0  # not worth starting processes
    assert importing.worker_count(small * 20) == 2  # many files
    big = [Source("day.zip!day.json", tmp_path / "day.zip", member="day.json", size=importing.POOL_MIN_BYTES)]
    assert importing.worker_count(big) == 2  # one zip member of thousands of articles


def test_reading_tasks_bundle_small_files_and_keep_big_ones_alone(tmp_path: Path) -> None:
    write_folder(tmp_path / "in", 40)
    sources = expand([tmp_path / "in"])
    bundles = list(importing._bundles(sources))
    assert [s for b in bundles for s in b] == sources  # every source once, in order
    assert all(len(b) <= importing.BUNDLE_FILES for b in bundles) and len(bundles) == 3
    huge = Source("x.json", tmp_path / "x.json", size=importing.BUNDLE_BYTES + 1)
    assert list(importing._bundles([sources[0], huge, sources[1]])) == [[sources[0]], [huge], [sources[1]]]


def test_workers_never_start_as_a_fork_of_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing
    import sys

    if "forkserver" in multiprocessing.get_all_start_methods():
        assert importing._context().get_start_method() == "forkserver"  # forked from a warm server
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert importing._context().get_start_method() == "spawn"  # a frozen bundle: fresh interpreters


def test_the_fork_server_preload_compiles_the_grammar() -> None:
    import subprocess
    import sys

    code = (
        "import newsreader.import_preload\n"
        "from newsreader.timeline import grammar\n"
        "print(grammar.singles.cache_info().currsize, grammar.trigger.cache_info().currsize)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["1", "1"]


def write_big_files(folder: Path, files: int, per_file: int) -> list[Path]:
    """Feed exports of ``per_file`` articles each: every one is many preparation chunks."""
    paths = []
    for f in range(files):
        items = [
            {"title": f"خبر متخيَّل طويل رقم {f}-{i}", "content": f"نص الخبر المتخيَّل رقم {f}-{i}. " * 40, "date": "2024-05-02"}
            for i in range(per_file)
        ]
        paths.append(folder / f"big{f}.json")
        paths[-1].write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return paths


def test_only_a_few_tasks_are_ever_in_the_pool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big file's chunks wait in this process and go to the pool a few at a time: with all of
    them queued in the pool, Pool.terminate() could hang (CPython #73945), and a cancel would
    wait for them all."""
    from multiprocessing.pool import AsyncResult, Pool

    monkeypatch.setenv("NEWSREADER_IMPORT_WORKERS", "2")
    files = write_big_files(tmp_path, 3, 400)
    db = tmp_path / "lib.db"
    Store.open(db).close()
    handed: list[AsyncResult[object]] = []
    in_pool: list[int] = []  # tasks unfinished in the pool as each one is handed out
    original = Pool.apply_async

    def counting(self: Pool, *args: object, **kwargs: object) -> AsyncResult[object]:
        in_pool.append(1 + sum(1 for r in handed if not r.ready()))
        handed.append(original(self, *args, **kwargs))  # type: ignore[arg-type]
        return handed[-1]

    monkeypatch.setattr(Pool, "apply_async", counting)
    terminated: list[bool] = []
    monkeypatch.setattr(Pool, "terminate", lambda self: terminated.append(True))
    final = list(import_paths(db, files))[-1]
    assert final.imported == 3 * 400 and not final.failures
    chunks = -(-400 // importing.PREPARE_CHUNK)
    assert len(handed) >= 3 * chunks  # every chunk went through the pool ...
    assert max(in_pool) <= importing.READ_AHEAD + importing.SORTING_PER_WORKER * 2  # ... a few at a time
    assert not terminated  # closed and joined: the workers finished and exited


def test_cancelling_with_big_files_waiting_returns_and_keeps_what_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    monkeypatch.setenv("NEWSREADER_IMPORT_WORKERS", "2")
    files = write_big_files(tmp_path, 6, 800)  # cancelled between files, with more waiting
    db = tmp_path / "lib.db"
    Store.open(db).close()
    steps: list[importing.ImportProgress] = []

    def run() -> None:
        for step in import_paths(db, files, cancelled=lambda: bool(steps), batch_articles=50):
            steps.append(step)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "the cancelled import did not return"
    final = steps[-1]
    assert final.finished and final.cancelled and 0 < final.imported < 6 * 800
    with Store.connect(db) as store:
        assert store.count() == final.imported
