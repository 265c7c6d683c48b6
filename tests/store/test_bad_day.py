"""A library you can trust on a bad day (issue 18): the fault-injection list, one test (or a few) per item.

Real library files, real folders, real processes where the fault is another program (items 8 and 11).
The whole module runs in well under two minutes; the slow kill and fuzz tests live elsewhere.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Callable, Iterator
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
    except sqlite3.DatabaseError as exc:  # a damaged schema page: the check itself cannot start
        return str(exc)
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


# -- 3. no write outside the store's transaction helper -------------------------------------------------
def every_public_call(store: Store) -> dict[str, object]:
    """One call of every public method of an open Store (open/connect/close are the frame around them)."""
    from newsreader.search import parse as parse_query
    from newsreader.store.core import prepare

    first, second = store.article_ids()[:2]
    return {
        "count_if_any": lambda: store.count_if_any(),
        "backup": lambda: store.backup("manual"),
        "add_articles": lambda: store.add_articles(articles(2, 500)),
        "known": lambda: store.known([("x", "y")]),
        "add_prepared": lambda: store.add_prepared([prepare(a) for a in articles(2, 600)]),
        "set_published": lambda: store.set_published(first, "2024-06-01"),
        "count": lambda: store.count(),
        "is_empty": lambda: store.is_empty(),
        "article": lambda: store.article(first),
        "find_article": lambda: store.find_article(first[:12]),
        "article_ids": lambda: store.article_ids(unread_only=True, limit=3),
        "rows": lambda: store.rows([first, second]),
        "iter_articles": lambda: list(store.iter_articles()),
        "mentions": lambda: store.mentions(first),
        "story_mentions": lambda: store.story_mentions([first, second]),
        "set_read": lambda: store.set_read([first]),
        "unread_ids": lambda: store.unread_ids(),
        "mark_all_read": lambda: store.mark_all_read(),
        "search": lambda: store.search("سوق"),
        "search_ids": lambda: store.search_ids("سوق"),
        "search_count": lambda: store.search_count(parse_query("سوق")),
        "hit_spans": lambda: store.hit_spans(first, "سوق"),
        "toggle_bookmark": lambda: store.toggle_bookmark(first),
        "add_bookmark": lambda: store.add_bookmark(second, "ملاحظة", ["وسم"]),
        "remove_bookmark": lambda: store.remove_bookmark(first),
        "is_bookmarked": lambda: store.is_bookmarked(second),
        "set_bookmark_note": lambda: store.set_bookmark_note(second, "ملاحظة أخرى"),
        "set_bookmark_tags": lambda: store.set_bookmark_tags(second, ["أ", "ب"]),
        "bookmark": lambda: store.bookmark(second),
        "bookmarks": lambda: store.bookmarks(),
        "bookmark_tags": lambda: store.bookmark_tags(),
        "optimize_search_index": lambda: store.optimize_search_index(),
        "search_index_current": lambda: store.search_index_current(),
        "also_in": lambda: store.also_in(first),
        "outlet_display": lambda: store.outlet_display("الواحة"),
        "rename_outlet": lambda: store.rename_outlet("الواحة", "صحيفة الواحة"),
        "outlet_names": lambda: store.outlet_names(),
        "reindex_search_step": lambda: store.reindex_search_step(),
        "timeline_current": lambda: store.timeline_current(),
        "reextract_mentions_step": lambda: store.reextract_mentions_step(),
        "update_derived_step": lambda: store.update_derived_step(),
        "log_import": lambda: store.log_import("2024-05-02T10:00:00Z", ["a.json"], 1, 0, [("b.json", "bad")]),
    }


def test_no_transaction_stays_open_after_any_public_store_method(db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_articles(articles(5))
        calls = every_public_call(store)
        public = {name for name, value in vars(Store).items() if not name.startswith("_") and callable(value)}
        assert public - {"open", "connect", "close"} == set(calls)  # a new method gets a line above
        for name, call in calls.items():
            call()  # type: ignore[operator]
            assert not store.db.conn.in_transaction, f"Store.{name} left a transaction open"


def test_a_large_import_keeps_its_log_row_and_index_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from newsreader import importing

    monkeypatch.setattr(importing, "OPTIMIZE_AFTER", 3)  # the merge that follows ~2,000 articles, on a few
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.json").write_text(json.dumps(
            {"title": f"خبر {i} عن الواحة", "content": f"نص {i} عن سوق الواحة.", "date": "2024-05-06"},
            ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "library.db"
    Store.open(db).close()
    *_, final = importing.import_paths(db, [folder])
    assert final.imported == 4
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT imported FROM import_log").fetchall() == [(4,)]
    finally:
        conn.close()
    with Store.open(db) as store:
        assert len(store.search_ids("سوق")) == 4


# -- 4. a read-only library with changes only in its -wal file -----------------------------------------
@contextlib.contextmanager
def read_only_folder(folder: Path, fill: Callable[[Path], None]) -> Iterator[Path]:
    """``folder`` filled by ``fill`` and then made read-only for real: a read-only file system when we
    are root (root ignores permissions), the folder's permissions otherwise."""
    folder.mkdir()
    if os.geteuid() != 0:
        fill(folder)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield folder
        finally:
            folder.chmod(stat.S_IRWXU)
        return
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a file system here")
    try:
        fill(folder)
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=True)


def copy_with_uncheckpointed_changes(db: Path, target: Path) -> None:
    """The library ``db`` as a crash would leave it in ``target``: its last commits only in its -wal."""
    with Store.open(db) as store:
        store.add_articles(articles(3))
    store = Store.open(db)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    store.add_articles(articles(2, 50))
    shutil.copy(db, target / db.name)
    shutil.copy(f"{db}-wal", target / f"{db.name}-wal")
    store.close()


def test_read_only_library_with_changes_only_in_its_wal_says_so(tmp_path: Path, db_path: Path) -> None:
    from newsreader.errors import UnreadableChanges

    with read_only_folder(tmp_path / "ro", lambda f: copy_with_uncheckpointed_changes(db_path, f)) as folder:
        copy = folder / db_path.name
        with pytest.raises(UnreadableChanges, match=r"unsaved changes in .*-wal.* read-only folder") as caught:
            Store.open(copy)  # not the three articles of the file alone, as if they were all
        assert caught.value.path == copy and caught.value.wal == Path(f"{copy}-wal")
        with pytest.raises(UnreadableChanges):
            Store.connect(copy)


def test_read_only_library_without_pending_changes_still_opens(tmp_path: Path, db_path: Path) -> None:
    def fill(folder: Path) -> None:
        with Store.open(db_path) as store:
            store.add_articles(articles(3))
        shutil.copy(db_path, folder / db_path.name)

    with read_only_folder(tmp_path / "ro", fill) as folder, Store.open(folder / db_path.name) as store:
        assert store.read_only and store.count() == 3
