"""A library you can trust on a bad day (issue 18): the fault-injection list, one test (or a few) per item.

Real library files, real folders, real processes where the fault is another program (items 8 and 11).
The whole module runs in well under two minutes; the slow kill and fuzz tests live elsewhere.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsreader.domain import ParsedArticle
from newsreader.store import Store, backup


def articles(n: int, start: int = 0) -> list[ParsedArticle]:
    return [ParsedArticle(title=f"خبر رقم {i} عن سوق الواحة", body=f"نص الخبر رقم {i}، نُشر يوم الثلاثاء الماضي.",
                          published="2024-05-02", url=f"https://example.org/oasis/{i}")
            for i in range(start, start + n)]


def quick_check(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


# -- 1. paths that look like URI syntax ------------------------------------------------------------------
@pytest.mark.parametrize("folder_name", ["news #1", "what?", "100% real", "a?b#c%20d"])
def test_restore_into_a_folder_whose_name_looks_like_uri_syntax(tmp_path: Path, folder_name: str) -> None:
    folder = tmp_path / folder_name
    folder.mkdir()
    db = folder / "library.db"
    with Store.open(db) as store:
        store.add_articles(articles(3))
        saved = store.backup("manual")
        store.add_articles(articles(2, 10))
    before = sorted(p.name for p in tmp_path.rglob("*"))
    backup.restore(saved, db)
    assert quick_check(db) == "ok"
    with Store.open(db) as store:
        assert store.count() == 3  # the backup's articles, not an empty library
    after = sorted(p.name for p in tmp_path.rglob("*"))
    assert set(after) - set(before) <= {"library.db-wal", "library.db-shm"}  # no stray files beside it


def test_read_only_library_in_a_folder_whose_name_looks_like_uri_syntax(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.store import core

    folder = tmp_path / "drafts #2?x=1"
    folder.mkdir()
    db = folder / "library.db"
    with Store.open(db) as store:
        store.add_articles(articles(2))
    monkeypatch.setattr(core, "_writable", lambda path: False)
    with Store.open(db) as store:
        assert store.read_only and store.count() == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
