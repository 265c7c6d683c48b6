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


# -- 2. a damaged library is never backed up over good backups -------------------------------------------
def damage_middle(db: Path) -> None:
    """Overwrite one page in the middle of the file (the header stays good), as a bad sector would."""
    conn = sqlite3.connect(db)
    page_size, pages = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("page_size", "page_count"))
    conn.close()
    with open(db, "r+b") as f:
        f.seek(page_size * (pages // 2))
        f.write(b"\xa5" * page_size)
    assert quick_check(db) != "ok"


def test_a_damaged_library_keeps_every_good_backup(db_path: Path) -> None:
    from newsreader.errors import LibraryCorrupt

    with Store.open(db_path) as store:
        store.add_articles(articles(300))
        for _ in range(backup.KEEP):
            store.backup("daily")
    good = backup.list_backups(db_path)
    assert len(good) == backup.KEEP
    damage_middle(db_path)
    for _ in range(backup.KEEP + 1):  # more days of use than backups kept
        with Store.open(db_path) as store, pytest.raises(LibraryCorrupt) as caught:
            store.backup("daily")
    assert backup.list_backups(db_path) == good  # not one good backup was pruned, no damaged one added
    assert all(quick_check(b.path) == "ok" for b in good)
    assert str(good[0].path) in str(caught.value)  # the message offers the newest good backup
    assert caught.value.path == db_path
    assert backup.newest_good(db_path) == good[0]
    assert not list(backup.backup_dir(db_path).glob("*.partial"))
