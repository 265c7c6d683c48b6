"""Faults: read-only libraries, a full disk, damaged files, backups and restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from newsreader.domain import ParsedArticle
from newsreader.errors import DiskFull, LibraryCorrupt, ReadOnlyLibrary
from newsreader.search.query import parse
from newsreader.store import Store, backup
from newsreader.store.schema import migrations

needs_non_root = pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")


def articles(n: int, start: int = 0) -> list[ParsedArticle]:
    return [
        ParsedArticle(
            title=f"خبر رقم {i} عن سوق الواحة", body=f"نص الخبر رقم {i}، نُشر يوم الثلاثاء الماضي.", published="2024-05-02"
        )
        for i in range(start, start + n)
    ]


def integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def make_read_only(folder: Path, db: Path) -> None:
    for p in [db, *folder.glob(db.name + "-*")]:
        p.chmod(stat.S_IRUSR | stat.S_IRGRP)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)


def test_read_only_library_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "library.db"
    with Store.open(db) as store:
        store.add_articles(articles(3))
    # root can write anything, so simulate the permission check the way a normal user sees it
    from newsreader.store import core

    monkeypatch.setattr(core, "_writable", lambda path: False)
    before = db.read_bytes()
    with Store.open(db) as store:
        assert store.read_only
        assert store.count() == 3
        assert store.search_ids(parse("سوق"))
        with pytest.raises(ReadOnlyLibrary, match="read-only"):
            store.add_articles(articles(1, 10))
        with pytest.raises(ReadOnlyLibrary):
            store.toggle_bookmark(store.article_ids()[0])
    assert db.read_bytes() == before


@needs_non_root
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "library.db"
    with Store.open(db) as store:
        store.add_articles(articles(2))
    make_read_only(folder, db)
    try:
        with Store.open(db) as store:
            assert store.read_only and store.count() == 2
    finally:
        folder.chmod(stat.S_IRWXU)


def test_disk_full_is_a_clear_error_and_the_library_stays_intact(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_articles(articles(5))
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # a disk with almost no room left
        big = [ParsedArticle(title=f"مقال طويل {i}", body="كلمة " * 20000) for i in range(5)]
        with pytest.raises(DiskFull, match="disk .* is full"):
            store.add_articles(big)
        assert store.count() == 5  # the failed batch left nothing behind
    assert integrity(db_path) == "ok"
    with Store.open(db_path) as store:
        assert store.count() == 5
        store.add_articles(articles(1, 100))  # and the library keeps working
        assert store.count() == 6


def test_damaged_library_is_reported_and_a_backup_restores_it(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_articles(articles(4))
        made = store.backup("daily")
    assert made.exists() and backup.list_backups(db_path)[0].path == made
    # damage the file: overwrite its header and first pages
    with open(db_path, "r+b") as f:
        f.write(b"\x00garbage" * 512)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(LibraryCorrupt, match="damaged"):
        Store.open(db_path)
    backup.restore(made, db_path)
    assert integrity(db_path) == "ok"
    with Store.open(db_path) as store:
        assert store.count() == 4


def test_backup_before_a_migration_and_pruning(db_path: Path) -> None:
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m002_search_index")
    db.execute("INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a', 't', 'b', 'h', 'x')")
    db.conn.commit()
    db.close()
    with Store.open(db_path):
        pass
    found = backup.list_backups(db_path)
    assert [b.reason for b in found] == ["before-upgrade"]
    old = sqlite3.connect(found[0].path)
    assert [r[0] for r in old.execute("SELECT name FROM _sqlite_migrations")] == ["m001_articles"]
    old.close()
    with Store.open(db_path) as store:
        for _ in range(backup.KEEP + 2):
            store.backup("daily")
    assert len(backup.list_backups(db_path)) == backup.KEEP
    assert not backup.due(db_path)


def test_a_cancelled_backup_leaves_nothing_and_stays_due(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    asked: list[int] = []

    def cancelled() -> bool:  # a few steps in, the application quits
        asked.append(1)
        return len(asked) > 3

    with Store.open(db_path, backups=False) as store:
        store.add_articles(articles(200))
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        assert pages > 10
        with pytest.raises(backup.BackupCancelled):
            store.backup("daily", cancelled=cancelled)
        assert len(asked) == 4
        folder = backup.backup_dir(db_path)
        assert list(folder.iterdir()) == []  # neither a backup nor its partial copy
        assert backup.due(db_path)
        made = store.backup("daily", cancelled=lambda: False)  # not cancelled: a whole copy, in steps
    copy = sqlite3.connect(made)
    assert copy.execute("SELECT count(*) FROM articles").fetchone()[0] == 200
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert not backup.due(db_path)


def test_a_second_process_reading_while_one_writes(db_path: Path) -> None:
    """WAL: a reader sees a consistent library while a writer commits; nothing is corrupted."""
    writer = Store.open(db_path)
    reader = Store.connect(db_path)
    try:
        writer.add_articles(articles(10))
        with writer.db.atomic():
            writer.db.execute("UPDATE articles SET read = 1")
            assert reader.count() == 10  # readers are not blocked by an open write
        assert reader.unread_ids() == []
    finally:
        writer.close()
        reader.close()
    assert integrity(db_path) == "ok"


def test_copy_of_library_is_usable(tmp_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_articles(articles(3))
        copy = store.backup("manual")
    target = tmp_path / "copy.db"
    shutil.copy(copy, target)
    with Store.open(target) as store:
        assert store.count() == 3
