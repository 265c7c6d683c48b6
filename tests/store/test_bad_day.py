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
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newsreader.domain import Bookmark, ParsedArticle
from newsreader.importing.prepare import add_articles
from newsreader.search.query import parse
from newsreader.store import Store, backup


def articles(n: int, start: int = 0) -> list[ParsedArticle]:
    return [
        ParsedArticle(
            title=f"خبر رقم {i} عن سوق الواحة",
            body=f"نص الخبر رقم {i}، نُشر يوم الثلاثاء الماضي.",
            published="2024-05-02",
            url=f"https://example.org/oasis/{i}",
        )
        for i in range(start, start + n)
    ]


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
        add_articles(store, articles(3))
        saved = store.backup("manual")
        add_articles(store, articles(2, 10))
    before = sorted(p.name for p in tmp_path.rglob("*"))
    backup.restore(saved, db)
    assert quick_check(db) == "ok"
    with Store.open(db) as store:
        assert store.count() == 3  # the backup's articles, not an empty library
    after = sorted(p.name for p in tmp_path.rglob("*"))
    assert set(after) - set(before) <= {"library.db-wal", "library.db-shm"}  # no stray files beside it


def test_read_only_library_in_a_folder_whose_name_looks_like_uri_syntax(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.store import connection

    folder = tmp_path / "drafts #2?x=1"
    folder.mkdir()
    db = folder / "library.db"
    with Store.open(db) as store:
        add_articles(store, articles(2))
    monkeypatch.setattr(connection, "writable", lambda path: False)
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
        add_articles(store, articles(300))
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
    from newsreader.importing.prepare import identify, prepare
    from newsreader.search.query import parse as parse_query
    from newsreader.search.version import ANALYZER_VERSION

    first, second = store.article_ids()[:2]
    return {
        "count_if_any": lambda: store.count_if_any(),
        "backup": lambda: store.backup("manual"),
        "known": lambda: store.known([("x", "y")]),
        "add_prepared": lambda: store.add_prepared([prepare(a) for a in articles(2, 600)], identify, prepare),
        "set_published": lambda: store.set_published(first, "2024-06-01", store.mentions(first)),
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
        "search": lambda: store.search(parse_query("سوق")),
        "search_ids": lambda: store.search_ids(parse_query("سوق")),
        "search_count": lambda: store.search_count(parse_query("سوق")),
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
        "check_intact": lambda: store.check_intact(),
        "search_index_current": lambda: store.search_index_current(ANALYZER_VERSION),
        "also_in": lambda: store.also_in(first),
        "outlet_display": lambda: store.outlet_display("الواحة"),
        "rename_outlet": lambda: store.rename_outlet("الواحة", "صحيفة الواحة"),
        "outlet_names": lambda: store.outlet_names(),
        "stale_search_rows": lambda: store.stale_search_rows("another"),
        "write_search_rows": lambda: store.write_search_rows("another", []),
        "mentions_current": lambda: store.mentions_current("test-next"),
        "stale_mentions": lambda: store.stale_mentions("test-next", 2),
        "write_mentions": lambda: store.write_mentions("test-next", []),
        "log_import": lambda: store.log_import("2024-05-02T10:00:00Z", ["a.json"], 1, 0, [("b.json", "bad")]),
    }


def test_no_transaction_stays_open_after_any_public_store_method(db_path: Path) -> None:
    with Store.open(db_path) as store:
        add_articles(store, articles(5))
        calls = every_public_call(store)
        public = {name for name, value in vars(Store).items() if not name.startswith("_") and callable(value)}
        assert public - {"open", "connect", "close"} == set(calls)  # a new method gets a line above
        for name, call in calls.items():
            call()  # type: ignore[operator]
            assert not store.db.conn.in_transaction, f"Store.{name} left a transaction open"


def test_a_large_import_keeps_its_log_row_and_index_merge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from newsreader.importing import pipeline

    monkeypatch.setattr(pipeline, "OPTIMIZE_AFTER", 3)  # the merge that follows ~2,000 articles, on a few
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.json").write_text(
            json.dumps(
                {"title": f"خبر {i} عن الواحة", "content": f"نص {i} عن سوق الواحة.", "date": "2024-05-06"}, ensure_ascii=False
            ),
            encoding="utf-8",
        )
    db = tmp_path / "library.db"
    Store.open(db).close()
    *_, final = pipeline.import_paths(db, [folder])
    assert final.imported == 4
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT imported FROM import_log").fetchall() == [(4,)]
    finally:
        conn.close()
    with Store.open(db) as store:
        assert len(store.search_ids(parse("سوق"))) == 4


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
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)], capture_output=True).returncode != 0:
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
        add_articles(store, articles(3))
    store = Store.open(db)
    store.db.execute("PRAGMA wal_autocheckpoint = 0")
    add_articles(store, articles(2, 50))
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
            add_articles(store, articles(3))
        shutil.copy(db_path, folder / db_path.name)

    with read_only_folder(tmp_path / "ro", fill) as folder, Store.open(folder / db_path.name) as store:
        assert store.read_only and store.count() == 3


# -- 5. never touch what is not ours -------------------------------------------------------------------
def other_programs_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);"
        "INSERT INTO notes (text) VALUES ('ملاحظة برنامج آخر'); PRAGMA user_version = 7;"
    )
    conn.close()


def own_articles_table(path: Path) -> None:  # a table named like ours, in another program's file
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE articles (id TEXT, title TEXT); INSERT INTO articles VALUES ('1', 'عنوان');")
    conn.close()


def foreign_application_id(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript("PRAGMA application_id = 1234; CREATE TABLE articles (n INTEGER);")
    conn.close()


@pytest.mark.parametrize("make", [other_programs_database, own_articles_table, foreign_application_id])
def test_another_programs_database_is_refused_unchanged(tmp_path: Path, make: Callable[[Path], None]) -> None:
    from newsreader.errors import NotALibrary

    path = tmp_path / "other.db"
    make(path)
    before = path.read_bytes()
    for opener in (Store.open, Store.connect):
        with pytest.raises(NotALibrary, match="not a newsreader library"):
            opener(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no -wal, no backups folder


def test_a_newer_library_is_refused_before_anything_is_written(db_path: Path) -> None:
    from newsreader.errors import LibraryTooNew

    with Store.open(db_path) as store:
        add_articles(store, articles(2))
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")  # as a newer version might leave it
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(LibraryTooNew):
        Store.open(db_path)
    assert db_path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_not_a_database_at_all_is_refused_unchanged(tmp_path: Path) -> None:
    from newsreader.errors import LibraryCorrupt

    path = tmp_path / "notes.db"
    path.write_text("هذا ليس ملف قاعدة بيانات\n" * 200, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(LibraryCorrupt):
        Store.open(path)
    assert path.read_bytes() == before


def test_our_libraries_carry_the_application_id_and_older_ones_get_it(db_path: Path) -> None:
    from newsreader.store.version import APPLICATION_ID

    with Store.open(db_path) as store:
        add_articles(store, articles(2))
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        store.db.execute("PRAGMA application_id = 0")  # as libraries made before it was set
    with Store.open(db_path) as store:
        assert store.count() == 2
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


# -- 6. read commands never create a library ---------------------------------------------------------------
@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["search", "سوق"],
        ["show", "abc"],
        ["timeline", "--article", "abc"],
        ["timeline", "--query", "سوق"],
        ["bookmarks"],
    ],
)
def test_read_commands_on_a_missing_library_say_so_and_create_nothing(
    tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from newsreader.commands import run_cli

    missing = tmp_path / "nowhere" / "library.db"
    assert run_cli([argv[0], "--db", str(missing), *argv[1:]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no library at" in err and str(missing) in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []  # neither the library nor its folder


# -- 7. damage anywhere is reported as damage, by every command ----------------------------------------------
def damage_all_but_the_schema(db: Path) -> None:
    """Overwrite every page that is not the header or the schema: the library opens, any read of a table fails."""
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    schema = {r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_schema'")}
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    with open(db, "r+b") as f:
        for page in range(1, pages + 1):
            if page not in schema:
                f.seek(page_size * (page - 1))
                f.write(b"\xa5" * page_size)


@pytest.fixture
def damaged_library(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "library.db"
    with Store.open(db) as store:
        add_articles(store, articles(200))
        store.backup("daily")
        aid = store.article_ids()[0]
        store.add_bookmark(aid)
    damage_all_but_the_schema(db)
    with Store.open(db):  # the header and schema are fine: opening does not notice
        pass
    return db, aid


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["search", "سوق"],
        ["show", "{aid}"],
        ["timeline", "--article", "{aid}"],
        ["bookmarks"],
        ["bookmarks", "--toggle", "{aid}"],
        ["import", "{folder}"],
    ],
)
def test_every_command_reports_a_library_damaged_anywhere(
    damaged_library: tuple[Path, str], argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from newsreader.commands import run_cli

    db, aid = damaged_library
    folder = db.parent / "new"
    folder.mkdir()
    (folder / "a.json").write_text(
        json.dumps({"title": "خبر جديد", "content": "نص جديد عن الواحة."}, ensure_ascii=False), encoding="utf-8"
    )
    before = db.read_bytes()
    args = [a.format(aid=aid, folder=folder) for a in argv]
    assert run_cli([args[0], "--db", str(db), *args[1:]]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and str(db) in err and "Traceback" not in err and err.count("\n") == 1, err
    assert db.read_bytes() == before  # nothing was written into it


# -- 8. wait for another writer, don't fail --------------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]

HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE articles SET read = read")  # another program writes...
print("locked", flush=True)
if sys.argv[2] == "until-told":
    sys.stdin.readline()  # ... until the test says so
else:
    time.sleep(float(sys.argv[2]))  # ... for a while
conn.execute("COMMIT")
"""


def hold_write_lock(db: Path, seconds: float | None) -> subprocess.Popen[str]:
    """Another process holding the library's write lock for ``seconds`` from when this returns (None: until a
    line is written to its standard input)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), "until-told" if seconds is None else str(seconds)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.parametrize("write", ["toggle_bookmark", "mark_all_read", "add_articles", "set_bookmark_note"])
def test_writes_wait_for_another_programs_lock(db_path: Path, write: str) -> None:
    with Store.open(db_path) as store:
        add_articles(store, articles(5))
        aid = store.article_ids()[0]
        calls = {
            "toggle_bookmark": lambda: store.toggle_bookmark(aid),
            "mark_all_read": store.mark_all_read,
            "add_articles": lambda: add_articles(store, articles(3, 100)),
            "set_bookmark_note": lambda: store.set_bookmark_note(aid, "ملاحظة"),
        }
        told: list[int] = []
        store.db.on_busy = lambda: told.append(1)
        other = hold_write_lock(db_path, 2.5)
        calls[write]()  # waits for the other program's commit, then writes
        assert other.wait(timeout=30) == 0
        assert told == [1]  # after a second of waiting, the caller was told once
    with Store.open(db_path) as store:
        assert {
            "toggle_bookmark": lambda: store.is_bookmarked(aid),
            "mark_all_read": lambda: not store.unread_ids(),
            "add_articles": lambda: store.count() == 8,
            "set_bookmark_note": lambda: (store.bookmark(aid) or None) is not None,
        }[write]()


def json_folder(folder: Path, n: int, tag: str) -> Path:
    import json

    folder.mkdir()
    for i in range(n):
        (folder / f"{i:04}.json").write_text(
            json.dumps(
                {
                    "title": f"خبر {tag} رقم {i}",
                    "content": f"نص الخبر {tag} رقم {i} عن الواحة.",
                    "date": "2024-05-06",
                    "url": f"https://example.org/{tag}/{i}",
                },
                ensure_ascii=False,
            ),
            encoding="utf-8",
        )
    return folder


KEEP_WRITING = """
import sqlite3, sys, time
from pathlib import Path
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
stop = Path(sys.argv[2])
while not stop.exists():  # a program that writes to the library all the time, in short transactions
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE articles SET read = read")
    time.sleep(0.03)
    conn.execute("COMMIT")
    time.sleep(0.01)
"""


def test_imports_into_one_busy_library_at_once_all_complete(tmp_path: Path) -> None:
    import json

    db = tmp_path / "library.db"
    Store.open(db).close()
    stop = tmp_path / "stop"
    other = subprocess.Popen([sys.executable, "-c", KEEP_WRITING, str(db), str(stop)])
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSREADER_IMPORT_WORKERS": "0"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "newsreader", "import", "--db", str(db), "--json", str(json_folder(tmp_path / tag, 200, tag))],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b", "c")
    ]
    try:
        for proc in procs:
            out, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, err
            assert json.loads(out)["imported"] == 200
    finally:
        stop.touch()
        assert other.wait(timeout=30) == 0
    with Store.open(db) as store:
        assert store.count() == 600
    assert quick_check(db) == "ok"


OPEN_WHEN_TOLD = """
import os, sys, time
from pathlib import Path
from newsreader.store import Store, schema  # everything loaded before the word: they start together
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.0005)
Store.open(sys.argv[1]).close()
"""


def test_processes_creating_a_new_library_at_once_all_succeed(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for attempt in range(3):
        db = tmp_path / f"new{attempt}" / "library.db"
        go = tmp_path / f"go{attempt}"
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", OPEN_WHEN_TOLD, str(db), str(go)], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
            )
            for _ in range(4)
        ]
        import time

        time.sleep(3.0)  # let them all start and wait for the word
        go.touch()
        for proc in procs:
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == 0, err
        with Store.open(db) as store:
            assert store.count() == 0
        assert quick_check(db) == "ok"


# -- 10. named pipes, sockets and devices are skipped, never opened ---------------------------------------
def cli(*args: str, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``newsreader ARGS`` in a real process (a hang fails the test instead of stopping the suite)."""
    return subprocess.run(
        [sys.executable, "-m", "newsreader", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def test_fifos_sockets_and_devices_are_skipped_with_a_reason(tmp_path: Path) -> None:
    import json
    import socket

    folder = json_folder(tmp_path / "in", 2, "fifo")
    os.mkfifo(folder / "pipe.json")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.json"))
    try:
        db = tmp_path / "library.db"
        done = cli("import", "--db", str(db), "--json", str(folder), "/dev/null")
        assert done.returncode == 1, done.stderr
        result = json.loads(done.stdout)
        assert result["imported"] == 2
        reasons = {Path(f["path"]).name: f["error"] for f in result["failed"]}
        assert reasons == {
            "pipe.json": "a named pipe (FIFO), not a file",
            "sock.json": "a socket, not a file",
            "null": "a device, not a file",
        }
    finally:
        server.close()


def test_timeline_of_a_fifo_says_so_instead_of_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    done = cli("timeline", str(tmp_path / "article.txt"), timeout=60)
    assert done.returncode == 1 and "named pipe" in done.stderr and "Traceback" not in done.stderr


def test_a_fifo_put_in_place_of_a_listed_file_is_not_waited_on(tmp_path: Path) -> None:
    from newsreader.errors import ImportFailed
    from newsreader.importers import read_limited

    os.mkfifo(tmp_path / "late.json")  # listed as a file, replaced by a pipe before it is read
    with pytest.raises(ImportFailed, match="named pipe"):
        read_limited(tmp_path / "late.json")


# -- 11. Ctrl+C during an import ------------------------------------------------------------------------
def start_in_own_group(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """``newsreader ARGS`` as a terminal runs it: its own process group, which Ctrl+C signals whole."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsreader", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
    )


def wait_for_articles(db: Path, at_least: int, proc: subprocess.Popen[str]) -> None:
    import time

    from tests.store.import_process import article_count

    deadline = time.monotonic() + 120
    while article_count(db) < at_least and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert proc.poll() is None, "the import ended before Ctrl+C; make it bigger"


def group_gone(pgid: int) -> bool:
    import time

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("presses", [1, 2])
def test_ctrl_c_stops_an_import_with_a_summary_and_a_consistent_library(tmp_path: Path, presses: int) -> None:
    import signal
    import time

    folder = json_folder(tmp_path / "in", 2500, "ctrlc")
    db = tmp_path / "library.db"
    Store.open(db).close()
    proc = start_in_own_group("import", "--db", str(db), str(folder), env={"NEWSREADER_IMPORT_WORKERS": "2"})
    wait_for_articles(db, 100, proc)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl+C: parent and workers
    if presses == 2:  # impatient: again at once (quits at once, unless the first already stopped it)
        time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)
    pressed = time.monotonic()
    try:
        out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # a hang: leave nothing running
        raise
    stopped_after = time.monotonic() - pressed
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert group_gone(proc.pid)  # no worker left behind
    assert stopped_after < 10  # two seconds on an idle machine; generous here for a busy one
    assert quick_check(db) == "ok"
    with Store.open(db) as store:
        stored = store.count()
    assert 100 <= stored < 2500
    if presses == 1:  # a summary of what was imported, which is what the library holds
        assert "stopped by Ctrl+C after" in out and f"imported: {stored}\n" in out
    else:
        assert "interrupted" in err or "stopped by Ctrl+C after" in out


# -- 13. following links is bounded and cancellable ---------------------------------------------------
def test_a_folder_nested_too_deep_is_reported_not_walked(tmp_path: Path) -> None:
    from newsreader.importers import sources

    deep = tmp_path / "in"
    for level in range(sources.MAX_DEPTH + 5):
        deep = deep / f"d{level}"
    deep.mkdir(parents=True)
    (deep / "bottom.json").write_text("{}", encoding="utf-8")
    (tmp_path / "in" / "top.json").write_text("{}", encoding="utf-8")
    found = sources.expand([tmp_path / "in"], follow_links=True)
    assert [Path(s.display).name for s in found if s.error is None] == ["top.json"]
    errors = [s.error for s in found if s.error]
    assert len(errors) == 1 and f"more than {sources.MAX_DEPTH} levels" in str(errors[0])


def test_a_link_to_the_root_is_bounded_by_the_file_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.importers import sources

    monkeypatch.setattr(sources, "MAX_FILES", 300)  # the same rule as 250,000, reached sooner
    folder = json_folder(tmp_path / "in", 2, "root")
    (folder / "everything").symlink_to("/")
    found = sources.expand([folder], follow_links=True)
    assert len([s for s in found if s.error is None or "more than" not in s.error]) == 300
    assert any(s.error and "more than 300 files" in s.error for s in found)


def test_listing_a_link_to_the_root_stops_when_cancelled(tmp_path: Path) -> None:
    from newsreader.importers import sources

    folder = json_folder(tmp_path / "in", 2, "cancel")
    (folder / "everything").symlink_to("/")
    asked = [0]

    def cancelled() -> bool:  # the user presses Cancel (or Ctrl+C) while the listing runs
        asked[0] += 1
        return asked[0] > 50

    found = sources.expand([folder], follow_links=True, cancelled=cancelled)
    assert asked[0] == 51 and len(found) < sources.MAX_FILES


# -- 14. exports that spreadsheets and Markdown cannot turn against the user ------------------------------
def hostile_bookmark() -> Bookmark:
    return Bookmark(
        article_id="a1",
        title='=HYPERLINK("http://evil.example","انقر")',
        created_at="2024-05-02",
        note="+1 لكل من قرأ",
        tags=("-وسم", "@ذكر", "\tمسافة", "\rسطر", "عادي"),
        source="@مصدر",
        published="2024-05-02",
        url="https://example.org/a b)<script>alert(1)</script>\n# عنوان `x`",
    )


def test_csv_exports_neutralise_formulas_and_carry_a_bom() -> None:
    import csv
    import io

    from newsreader import bookmarks_export
    from newsreader.domain import Article, Mention
    from newsreader.timeline import build as events

    text = bookmarks_export.to_csv([hostile_bookmark()])
    assert text.startswith("\ufeff")
    row = next(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert row["title"].startswith("'=HYPERLINK") and row["note"] == "'+1 لكل من قرأ"
    assert row["source"] == "'@مصدر" and row["tags"].startswith("'-وسم; @ذكر;")
    assert row["id"] == "a1" and row["published"] == "2024-05-02"  # ordinary cells unchanged
    article = Article(
        id="x",
        title="-2 قتلى",
        body="",
        published=None,
        date_source=None,
        source=None,
        author=None,
        url=None,
        language=None,
        path=None,
        content_hash="h",
        imported_at="2024-05-02",
        read=False,
    )
    mention = Mention(start=0, end=4, text="=1+1", type="DATE", value="2024-05-02", sentence="@ الثلاثاء")
    timeline_csv = events.to_csv([mention], article)
    assert timeline_csv.startswith("\ufeff")
    cells = next(csv.DictReader(io.StringIO(timeline_csv.removeprefix("\ufeff"), newline="")))
    assert cells["title"] == "'-2 قتلى" and cells["text"] == "'=1+1" and cells["sentence"] == "'@ الثلاثاء"
    assert cells["start"] == "0"  # numbers stay numbers


def test_markdown_export_escapes_urls() -> None:
    from newsreader import bookmarks_export

    md = bookmarks_export.to_markdown([hostile_bookmark()])
    link = next(line for line in md.splitlines() if line.startswith("- ["))
    target = link[link.index("](<") + 3 : link.rindex(">)")]
    assert target.startswith("https://example.org/a%20b")
    for raw in (" ", "<", ">", "(", ")", "`", "\n"):
        assert raw not in target
    assert "<script>" not in md


# -- 12. clear one-line errors, exit code 1, no traceback ----------------------------------------------------
def one_line_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    from newsreader.commands import run_cli

    code = run_cli(argv)
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith("newsreader: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def small_library(tmp_path: Path) -> Path:
    db = tmp_path / "library.db"
    with Store.open(db) as store:
        add_articles(store, articles(40))
        store.add_bookmark(store.article_ids()[0])
    return db


def test_a_file_name_that_is_not_utf8_is_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from newsreader.commands import run_cli

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"\xd8\xae\xd8\xa8\xd8\xb1-\xff.json")  # Arabic, then a byte that is not UTF-8
    (folder / name).write_text(json.dumps({"title": "خبر", "content": "نص عن الواحة."}, ensure_ascii=False), encoding="utf-8")
    db = tmp_path / "library.db"
    assert run_cli(["import", "--db", str(db), "--json", str(folder)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["imported"] == 1 and result["articles"][0]["path"].endswith("خبر-\ufffd.json")
    assert run_cli(["list", "--db", str(db)]) == 0


def test_a_search_with_bytes_that_are_not_utf8(small_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = one_line_error(["search", "--db", str(small_library), "source:" + os.fsdecode(b"\xff")], capsys)
    assert "not UTF-8" in err and "source:\\xff" in err


@pytest.mark.parametrize("where", ["folder", "missing folder", "read-only folder"])
def test_an_export_that_cannot_be_written(
    small_library: Path, tmp_path: Path, where: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["bookmarks", "--db", str(small_library), "--export", "csv", "--output"]
    if where == "folder":
        err = one_line_error([*argv, str(tmp_path)], capsys)
        assert "it is a folder" in err and str(tmp_path) in err
    elif where == "missing folder":
        target = tmp_path / "nowhere" / "b.csv"
        err = one_line_error([*argv, str(target)], capsys)
        assert str(target) in err and "no such file or directory" in err
    else:
        with read_only_folder(tmp_path / "ro", lambda f: None) as folder:
            err = one_line_error([*argv, str(folder / "b.csv")], capsys)
            assert str(folder / "b.csv") in err and ("read-only" in err or "permission" in err)


def test_import_workers_that_are_not_a_number(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSREADER_IMPORT_WORKERS", "abc")
    folder = json_folder(tmp_path / "in", 2, "workers")
    err = one_line_error(["import", "--db", str(tmp_path / "library.db"), str(folder)], capsys)
    assert "NEWSREADER_IMPORT_WORKERS" in err and "'abc'" in err


def test_an_ambiguous_id_prefix(small_library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from collections import Counter

    with Store.open(small_library) as store:
        shared = Counter(aid[0] for aid in store.article_ids()).most_common(1)[0]
    assert shared[1] > 1  # 40 hex ids: some share their first digit
    for argv in (["show", shared[0]], ["timeline", "--article", shared[0]], ["bookmarks", "--toggle", shared[0]]):
        err = one_line_error([argv[0], "--db", str(small_library), *argv[1:]], capsys)
        assert f"'{shared[0]}' matches several articles" in err


def test_a_full_disk_while_reading_says_the_disk_is_full(
    tmp_path: Path, small_library: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs a small file system of its own (mount)")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a file system here")
    try:
        shutil.copy(small_library, disk / "library.db")
        with open(disk / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 4096)
        for argv in (["list"], ["search", "سوق"], ["bookmarks"]):
            err = one_line_error([argv[0], "--db", str(disk / "library.db"), *argv[1:]], capsys)
            assert "disk holding" in err and "is full" in err and "I/O error" not in err
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


def test_a_file_just_over_the_size_limit(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from newsreader.commands import run_cli
    from newsreader.importers.base import MAX_FILE_BYTES

    big = tmp_path / "big.html"
    with open(big, "wb") as f:
        f.write(b"<html><body><p>" + b"x" * (MAX_FILE_BYTES + 1 - 15))
    assert big.stat().st_size == MAX_FILE_BYTES + 1
    assert run_cli(["import", "--db", str(tmp_path / "library.db"), "--json", str(big)]) == 1
    failed = json.loads(capsys.readouterr().out)["failed"]
    assert failed == [
        {
            "path": str(big),
            "error": f"file too large ({MAX_FILE_BYTES + 1:,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes, 50 MB)",
        }
    ]
    err = one_line_error(["timeline", str(big)], capsys)
    assert str(big) in err and "too large" in err


def test_an_import_waits_for_another_programs_lock_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    with Store.open(db) as store:
        add_articles(store, articles(2))
    folder = json_folder(tmp_path / "in", 5, "wait")
    other = hold_write_lock(db, None)  # until the import has said that it waits: no race with a busy machine
    importer = subprocess.Popen(
        [sys.executable, "-m", "newsreader", "import", "--db", str(db), str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert importer.stderr is not None and other.stdin is not None
    said = importer.stderr.readline()
    while said and "waiting for the library" not in said:
        said = importer.stderr.readline()
    other.stdin.write("go\n")
    other.stdin.close()
    out, _err = importer.communicate(timeout=60)
    assert other.wait(timeout=30) == 0
    assert importer.returncode == 0
    assert "waiting for the library" in said and "imported: 5" in out
