"""Kill an import part-way (SIGKILL), then check the library and complete it with a re-run."""

from __future__ import annotations

import json
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from newsreader.store import Store
from tests.store.import_process import article_count, start_import, write_lock_held

FILES = 3000


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_import_then_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    for block in range(FILES // 500):
        sub = folder / f"block{block}"
        sub.mkdir(parents=True)
        for i in range(500):
            n = block * 500 + i
            item = {
                "title": f"خبر متخيَّل رقم {n}",
                "content": f"نص متخيَّل قصير للخبر رقم {n}.\n\nفقرة ثانية {n}.",
                "date": "2024-05-06",
                "url": f"http://example.org/fiction/{n}",
            }
            (sub / f"{n:05}.json").write_text(json.dumps(item, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "library.db"
    Store.open(db).close()

    proc = start_import(db, folder, capture_stdout=True)
    deadline = time.monotonic() + 60
    while article_count(db) < 400 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    with write_lock_held(db):  # the import stops at its next batch: the kill point is known, not timed
        frozen = article_count(db)
        assert proc.poll() is None, "the import finished before it could be killed; make it bigger"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        written = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 400 <= written == frozen < FILES  # every batch committed before the kill, and only those
        # no half article: each article has its search index row, no orphan mentions or index rows
        rowids = {r[0] for r in conn.execute("SELECT rowid FROM articles")}
        assert {r[0] for r in conn.execute("SELECT id FROM articles_fts_docsize")} == rowids
        assert conn.execute("SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles WHERE title = '' OR body = ''").fetchone()[0] == 0
    finally:
        conn.close()

    rerun = start_import(db, folder, capture_stdout=True)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert summary["failed"] == []
    assert summary["duplicates"] == written
    assert summary["imported"] == FILES - written
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == FILES
        assert conn.execute("SELECT count(DISTINCT url) FROM articles").fetchone()[0] == FILES
        assert conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0] == FILES
    finally:
        conn.close()
