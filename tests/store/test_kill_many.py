"""SIGKILL ``newsreader import`` twenty times at random points, checking the library after each kill.

    .venv/bin/pytest tests/store/test_kill_many.py -m slow -s

One folder of a few thousand small fictional articles (with dates, so that they have timeline
mentions) is imported into the same library again and again; each run is killed once a random
number of new articles (0–150, from a seeded generator) is written, after a further random
moment (up to the time the clean import took for 60 articles, so that twenty kills fit in the folder
however fast the machine imports); every other run is killed instead while it waits for a write lock the
test holds, a known point between two batches. After every kill: ``PRAGMA integrity_check`` is ok,
every article has its search index row and no index row lacks its article, every article has exactly the mentions a clean import
gives it (none half-written, none orphaned), and nothing is duplicated. Finally an import runs to
the end: exactly the expected articles, the same as a clean import.
"""

from __future__ import annotations

import contextlib
import json
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from newsreader.store import Store
from tests.store.import_process import article_count, start_import, write_lock_held

FILES = 10000
KILLS = 20
SEED = 20240607

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def _write_folder(folder: Path) -> None:
    for block in range(FILES // 500):
        sub = folder / f"block{block}"
        sub.mkdir(parents=True)
        for i in range(500):
            n = block * 500 + i
            day, month = 1 + n % 28, MONTHS[n % 12]
            item = {
                "title": f"بلدية الواحة المتخيَّلة تفتتح الحديقة رقم {n}",
                "content": f"افتتحت بلدية الواحة المتخيَّلة أمس الحديقة رقم {n} بعد عامين من العمل.\n\n"
                f"وقال رئيس البلدية إن الحديقة التالية ستفتتح في {day} {month} 2025.",
                "date": f"2024-{1 + n % 12:02}-{day:02}",
                "source": f"صحيفة الواحة {n % 7}",
                "url": f"http://example.org/fiction/kill/{n}",
            }
            (sub / f"{n:05}.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")


def _mention_counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(
        conn.execute("SELECT a.url, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a").fetchall()
    )


def _check(db: Path, reference: dict[str, int]) -> int:
    """The library's invariants; returns its article count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rowids = {r[0] for r in conn.execute("SELECT rowid FROM articles")}
        assert {r[0] for r in conn.execute("SELECT id FROM articles_fts_docsize")} == rowids, "article without index row"
        assert conn.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0
        # each article's mentions are all there, numbered 0..k-1 (none half-written)
        assert (
            conn.execute(
                "SELECT count(*) FROM (SELECT article_id, count(*) c, max(idx) mx FROM mentions GROUP BY article_id)"
                " WHERE mx != c - 1"
            ).fetchone()[0]
            == 0
        )
        counts = _mention_counts(conn)
        wrong = {url: (c, reference.get(url)) for url, c in counts.items() if reference.get(url) != c}
        assert not wrong, f"articles whose mentions differ from a clean import: {list(wrong.items())[:5]}"
        total, hashes, ids, urls = conn.execute(
            "SELECT count(*), count(DISTINCT content_hash), count(DISTINCT id), count(DISTINCT url) FROM articles"
        ).fetchone()
        assert total == hashes == ids == urls, "duplicated articles"
        assert conn.execute("SELECT count(*) FROM articles WHERE title = '' OR body = ''").fetchone()[0] == 0
        return int(total)
    finally:
        conn.close()


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_twenty_times_then_complete(tmp_path: Path) -> None:
    started = time.monotonic()
    folder = tmp_path / "articles"
    _write_folder(folder)

    # a clean import: what every article's mentions must be
    clean = tmp_path / "clean.db"
    Store.open(clean).close()
    clean_started = time.monotonic()
    proc = start_import(clean, folder)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    conn = sqlite3.connect(clean)
    reference = _mention_counts(conn)
    conn.close()
    assert len(reference) == FILES and sum(reference.values()) > FILES
    clean_seconds = time.monotonic() - clean_started
    sixty_articles = 60 * clean_seconds / FILES  # the longest pause after the target is reached

    db = tmp_path / "library.db"
    Store.open(db).close()
    rng = random.Random(SEED)
    killed, written = 0, 0
    log: list[tuple[int, int]] = []
    for run in range(KILLS):
        target = written + rng.randint(0, 150)
        extra = rng.uniform(0, sixty_articles)
        proc = start_import(db, folder)
        deadline = time.monotonic() + 120
        while article_count(db) < target and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        # Every other run is killed at a known point (waiting for the write lock between two batches), the
        # others at a random moment, most often inside a write; neither can finish the 10,000 files first.
        lock = write_lock_held(db) if run % 2 else contextlib.nullcontext()
        with lock:
            if not run % 2:
                time.sleep(extra)
            assert proc.poll() is None, f"run {run} finished before it was killed: {log}"
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        assert proc.returncode == -signal.SIGKILL
        killed += 1
        written = _check(db, reference)
        log.append((target, written))
    assert killed == KILLS

    proc = start_import(db, folder)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    assert _check(db, reference) == FILES
    conn = sqlite3.connect(db)
    try:
        assert _mention_counts(conn) == reference
    finally:
        conn.close()
    summary = (
        f"\nkill-many: {killed}/{KILLS} runs SIGKILLed, articles after each: {[w for _, w in log]}; "
        f"clean import {clean_seconds:.1f} s, whole test {time.monotonic() - started:.1f} s"
    )
    print(summary, file=sys.stderr)  # noqa: T201 (the figures, with -s)
