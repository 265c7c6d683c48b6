"""The library store on real SQLite files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsreader.domain import ParsedArticle
from newsreader.errors import LibraryCorrupt, LibraryTooNew
from newsreader.search.query import parse
from newsreader.store import Store
from newsreader.store.core import article_id, content_hash
from newsreader.store.schema import SCHEMA_VERSION, migrations


def test_open_creates_and_migrates(db_path: Path) -> None:
    with Store.open(db_path) as store:
        tables = set(store.db.table_names())
        assert {"articles", "mentions", "bookmarks", "import_log", "_sqlite_migrations"} <= tables
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        applied = {r[0] for r in store.db.execute("SELECT name FROM _sqlite_migrations")}
        assert {"m001_articles", "m002_search_index"} <= applied
        assert list(migrations.pending(store.db.utils)) == []
    # opening again applies nothing new and keeps the data
    with Store.open(db_path) as store:
        assert store.count() == 0
        assert store.is_empty()


def test_stepwise_migration_from_first_schema(db_path: Path, sample_articles: list[ParsedArticle]) -> None:
    """A library written at schema step 1 is upgraded in place, keeping its rows."""
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m002_search_index")
    db.execute("INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES ('a', 'عنوان', 'نص', 'h', 'now')")
    db.conn.commit()
    db.close()
    with Store.open(db_path) as store:
        assert store.count() == 1
        assert not store.is_empty()
        assert "articles_fts" in store.db.table_names()


def test_newer_library_is_refused_and_not_altered(db_path: Path) -> None:
    with Store.open(db_path):
        pass
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(LibraryTooNew, match="newer version"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_not_a_database_gives_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "junk.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryCorrupt, match="damaged or is not a newsreader library"):
        Store.open(bad)


def test_add_and_read_back(store: Store, sample_articles: list[ParsedArticle]) -> None:
    results = store.add_articles(sample_articles)
    assert [r.status for r in results] == ["imported"] * 3
    first = store.article(results[0].id)
    assert first.title == sample_articles[0].title
    assert first.body == sample_articles[0].body
    assert first.source == "صحيفة الواحة"
    assert first.published == "2024-03-14"
    assert not first.read
    # newest first
    assert store.article_ids() == [results[0].id, results[1].id, results[2].id]
    rows = store.rows([results[1].id])
    assert rows[results[1].id].title.startswith("NovaGrid")


def test_ids_are_deterministic() -> None:
    a = ParsedArticle(title="t", body="b", url="https://example.org/x")
    b = ParsedArticle(title="other", body="text", url="https://example.org/x")
    assert article_id(a, content_hash(a.title, a.body)) == article_id(b, content_hash(b.title, b.body))
    c = ParsedArticle(title="t", body="b")
    assert article_id(c, content_hash("t", "b")) != article_id(a, content_hash("t", "b"))


def test_duplicates_by_url_and_by_normalised_content(store: Store) -> None:
    store.add_articles([ParsedArticle(title="خبر الْيَوْم", body="نصّ الخبر", url="https://e.org/1")])
    again = store.add_articles(
        [
            ParsedArticle(title="عنوان مختلف", body="نص مختلف", url="https://e.org/1"),  # same URL
            ParsedArticle(title="خبر اليوم", body="نص الخبر"),  # same text without harakat/shadda
        ]
    )
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert store.count() == 1


def test_read_state_and_mark_all_read(store: Store, sample_articles: list[ParsedArticle]) -> None:
    ids = [r.id for r in store.add_articles(sample_articles)]
    store.set_read([ids[0]])
    assert store.article(ids[0]).read
    changed = store.mark_all_read()
    assert sorted(changed) == sorted(ids[1:])
    assert store.unread_ids() == []
    store.set_read(changed, False)
    assert sorted(store.unread_ids()) == sorted(ids[1:])


def test_corrected_date_is_stored(store: Store, sample_articles: list[ParsedArticle]) -> None:
    aid = store.add_articles(sample_articles)[0].id
    store.set_published(aid, "2020-02-03")
    art = store.article(aid)
    assert (art.published, art.date_source) == ("2020-02-03", "user")


def test_find_article_by_prefix(store: Store, sample_articles: list[ParsedArticle]) -> None:
    aid = store.add_articles(sample_articles)[0].id
    found = store.find_article(aid[:6])
    assert found is not None and found.id == aid
    assert store.find_article("zzzz") is None
    assert store.find_article("%") is None  # LIKE wildcards are escaped


def test_transaction_is_all_or_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """If indexing fails half-way through a batch, no article of the batch is kept."""
    from newsreader.store.search import index

    calls = {"n": 0}
    real = index.add_analysed

    def failing(*args):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk trouble")
        real(*args)

    monkeypatch.setattr(index, "add_analysed", failing)
    with pytest.raises(RuntimeError):
        store.add_articles([ParsedArticle(title=f"عنوان {i}", body=f"نص {i}") for i in range(3)])
    assert store.count() == 0
    assert store.db.execute("SELECT count(*) FROM mentions").fetchone()[0] == 0


def test_optimizing_the_index_keeps_every_hit(store: Store, sample_articles: list[ParsedArticle]) -> None:
    ids = [r.id for r in store.add_articles(sample_articles)]
    before = store.search_ids(parse("الواحة"))
    store.optimize_search_index()
    assert store.search_ids(parse("الواحة")) == before == [ids[0]]


def test_list_order_newest_first_undated_last_through_the_index(store: Store) -> None:
    ids = [
        r.id
        for r in store.add_articles(
            [
                ParsedArticle(title="بلا تاريخ", body="نص أول"),
                ParsedArticle(title="قديم", body="نص ثان", published="2001-01-01"),
                ParsedArticle(title="حديث", body="نص ثالث", published="2024-01-01"),
            ]
        )
    ]
    assert store.article_ids() == [ids[2], ids[1], ids[0]]
    assert store.article_ids(limit=2) == [ids[2], ids[1]]
    plan = store.db.execute("EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY published DESC, n DESC").fetchall()
    assert "COVERING INDEX articles_published" in str(plan)


def test_oldest_first_keeps_undated_articles_last(store: Store) -> None:
    ids = [
        r.id
        for r in store.add_articles(
            [
                ParsedArticle(title="بلا تاريخ", body="نص أول"),
                ParsedArticle(title="قديم", body="نص ثان", published="2001-01-01"),
            ]
        )
    ]
    assert store.article_ids(newest_first=False) == [ids[1], ids[0]]


def test_atomic_commits_rolls_back_and_nests_without_sqlite_utils(tmp_path: Path) -> None:
    from newsreader.store.connection import Connection

    conn = Connection(sqlite3.connect(tmp_path / "t.db"))
    conn.execute("CREATE TABLE t (x INTEGER)")
    conn.conn.commit()
    with conn.atomic():
        conn.execute("INSERT INTO t VALUES (1)")
    assert not conn.conn.in_transaction  # committed, not left open
    with pytest.raises(ValueError), conn.atomic():
        conn.execute("INSERT INTO t VALUES (2)")
        raise ValueError("boom")
    with conn.atomic():
        conn.execute("INSERT INTO t VALUES (3)")
        with pytest.raises(KeyError), conn.atomic():  # a savepoint: only the inner part is undone
            conn.execute("INSERT INTO t VALUES (4)")
            raise KeyError("inner")
        conn.execute("INSERT INTO t VALUES (5)")
    other = sqlite3.connect(tmp_path / "t.db")  # what another connection sees: only committed rows
    assert [r[0] for r in other.execute("SELECT x FROM t ORDER BY x")] == [1, 3, 5]
    assert conn._utils is None  # sqlite-utils was never needed
