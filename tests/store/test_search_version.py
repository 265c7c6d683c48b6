"""The de-duplication key does not follow the search analyser; the search index does (re-indexed
in steps, the old index serving until the new one is complete). Real library files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from newsreader import derived
from newsreader.commands.search import find
from newsreader.domain import ParsedArticle
from newsreader.search import analyzer
from newsreader.search import version as search_version
from newsreader.store import Store
from newsreader.store.core import content_hash
from newsreader.store.schema import migrations
from newsreader.store.search import index

TEXTS = [
    ("مهرجان التمور في الواحة", "افتتحت بلدية الواحة مهرجان التمور السنوي بمشاركة المزارعين."),
    ("جسر النخيل الجديد", "أعلنت البلدية أن جسر النخيل سيفتح للسيارات الشهر المقبل."),
    ("مكتبة الحي", "افتتحت المكتبة العامة فرعها الجديد في الحي الشمالي."),
    ("سوق الخضار", "ارتفعت أسعار الخضار في سوق الواحة هذا الأسبوع."),
    ("مدرسة الفنون", "نظمت مدرسة الفنون معرضاً لأعمال طلابها."),
]


def _articles() -> list[ParsedArticle]:  # no URL: the content is the only key
    return [ParsedArticle(title=t, body=b, published="2024-03-01", source="الواحة") for t, b in TEXTS]


def _other_analyser(monkeypatch: pytest.MonkeyPatch) -> None:
    """A different search analyser (as a new version would bring): it folds and stems otherwise."""
    fold = analyzer.normalize
    monkeypatch.setattr(analyzer, "normalize", lambda text: fold(text).replace("ا", ""))
    monkeypatch.setattr(search_version, "ANALYZER_VERSION", "test-next")


def test_the_key_is_the_frozen_fold_of_title_and_body() -> None:
    # pinned: changing the fold changes every stored key (it needs a migration, see text/fold.py)
    assert (
        content_hash("مكتبةُ الحيّ", "افتتحت المكتبة فرعها.")
        == hashlib.sha1("مكتبه الحي\nافتتحت المكتبه فرعها.".encode()).hexdigest()
    )


def test_a_search_change_makes_no_duplicate_on_reimport(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        assert [r.status for r in store.add_articles(_articles())] == ["imported"] * len(TEXTS)
    _other_analyser(monkeypatch)
    with Store.open(db_path) as store:
        assert [r.status for r in store.add_articles(_articles())] == ["duplicate"] * len(TEXTS)
        assert store.count() == len(TEXTS)


def _library_at_schema_2(db_path: Path, keys: list[str]) -> None:
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m003_dedup_key")
    for (title, body), key in zip(TEXTS, keys, strict=False):
        db.execute(
            "INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES (?, ?, ?, ?, 'x')",
            [key[-16:], title, body, key],
        )
    db.execute("PRAGMA user_version = 2")
    db.conn.commit()
    db.close()


def test_keys_written_by_an_older_analyser_are_migrated(db_path: Path) -> None:
    old = [hashlib.sha1(f"older analyser {i}".encode()).hexdigest() for i in range(len(TEXTS))]
    _library_at_schema_2(db_path, old)
    with Store.open(db_path, backups=False) as store:
        keys = [r[0] for r in store.db.execute("SELECT content_hash FROM articles ORDER BY n")]
        assert keys == [content_hash(t, b) for t, b in TEXTS]
        assert [r.status for r in store.add_articles(_articles())] == ["duplicate"] * len(TEXTS)


def test_a_key_collision_in_the_migration_keeps_both_articles(db_path: Path) -> None:
    from sqlite_utils import Database

    db = Database(db_path)
    migrations.apply(db, stop_before="m003_dedup_key")
    # the same text, once with harakat: two keys under the old analyser, one under the fold
    for i, title in enumerate(["مكتبة الحي", "مكتبةُ الحيّ"]):
        db.execute(
            "INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES (?, ?, 'نص', ?, 'x')",
            [f"id{i}", title, f"old{i}"],
        )
    db.conn.commit()
    db.close()
    with Store.open(db_path, backups=False) as store:
        keys = [r[0] for r in store.db.execute("SELECT content_hash FROM articles ORDER BY n")]
        assert keys == [content_hash("مكتبة الحي", "نص"), "old1"]


def _matching(store: Store, term: str) -> int:
    sql = "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?"
    return int(store.db.execute(sql, [f'"{term}"']).fetchone()[0])


def test_an_index_from_another_analyser_is_rebuilt_in_steps(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        store.add_articles(_articles())
        assert derived.search_index_current(store)
        assert derived.reindex_search_step(store) is None  # nothing to do
    old_term = analyzer.index_text("الواحة")
    _other_analyser(monkeypatch)
    new_term = analyzer.index_text("الواحة")
    assert new_term != old_term
    monkeypatch.setattr(index, "REINDEX_BATCH", 2)
    with Store.open(db_path) as store:
        assert not derived.search_index_current(store)
        assert derived.reindex_search_step(store) == (2, 5)
        # the old index still serves every article (a query in the old analyser's terms)
        assert _matching(store, old_term) == 2
        # an article imported meanwhile is indexed by the new index too
        store.add_articles([ParsedArticle(title="حديقة الواحة", body="افتتحت الحديقة.", published="2024-03-02")])
    with Store.open(db_path) as store:  # interrupted: the next start resumes where it was
        assert derived.reindex_search_step(store) == (4, 6)
        assert derived.reindex_search_step(store) == (6, 6)
        assert _matching(store, old_term) == 2  # still the old index
        with Store.connect(db_path) as reader:  # (also for another connection)
            assert _matching(reader, old_term) == 2
        assert derived.reindex_search_step(store) is None
        assert derived.search_index_current(store)
        tables = set(store.db.table_names())
        assert "articles_fts_next" not in tables
        state = dict(store.db.execute("SELECT key, value FROM search_state").fetchall())
        state.pop("timeline")  # (the timeline mentions' version shares the table)
        assert state == {"analyzer": "test-next"}
        # the index now holds the new analyser's terms for all six articles
        assert _matching(store, old_term) == 0
        assert _matching(store, new_term) == 3
        assert find(store, "الواحة").total == 3


def test_an_upgraded_library_without_a_recorded_version_is_reindexed(db_path: Path) -> None:
    _library_at_schema_2(db_path, [f"{i:040x}" for i in range(len(TEXTS))])
    with Store.open(db_path, backups=False) as store:
        assert not derived.search_index_current(store)
        assert find(store, "مهرجان").total == 0  # rows written before the index existed
        while derived.reindex_search_step(store) is not None:
            pass
        assert find(store, "مهرجان").total == 1
        assert derived.search_index_current(store)


def test_a_new_library_takes_the_analyser_of_its_first_articles(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert index.recorded_version(store.db) is None  # nothing indexed yet: any analyser's index
        assert derived.search_index_current(store)
        store.add_articles(_articles())  # analysed by this version's analyser, which the index now records
        assert index.recorded_version(store.db) == analyzer.ANALYZER_VERSION
        assert derived.search_index_current(store) and derived.reindex_search_step(store) is None
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT value FROM search_state WHERE key = 'analyzer'").fetchone() == (analyzer.ANALYZER_VERSION,)
    conn.close()


def test_an_empty_library_records_the_analyser_that_checks_it(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert derived.reindex_search_step(store) is None
        assert index.recorded_version(store.db) == analyzer.ANALYZER_VERSION


@pytest.mark.parametrize("steps_before", [0, 1])
def test_wire_copy_while_the_index_is_stale_keeps_the_library_whole(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, steps_before: int
) -> None:
    """Another outlet's copy of an article arrives while the index was written by another analyser (before
    the re-index starts, or half-way): the contentless index is not touched with values it was not written
    with (that damages the file); once the re-index is done, ``source:`` finds the article under both outlets."""
    monkeypatch.setattr(index, "REINDEX_BATCH", 2)
    with Store.open(db_path) as store:
        store.add_articles(_articles())
    _other_analyser(monkeypatch)
    with Store.open(db_path) as store:
        assert not derived.search_index_current(store)
        for _ in range(steps_before):
            derived.reindex_search_step(store)
        copy = [ParsedArticle(title=t, body=b, published="2024-03-01", source="النخيل") for t, b in TEXTS]
        assert [r.status for r in store.add_articles(copy)] == ["duplicate"] * len(TEXTS)
        store.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")  # the old index serves
        for title, _body in TEXTS:
            assert find(store, title).message is None
        while derived.reindex_search_step(store) is not None:
            pass
        assert derived.search_index_current(store)
        assert store.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        store.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
        assert find(store, "source:النخيل").total == len(TEXTS)
        assert find(store, "source:الواحة").total == len(TEXTS)


def _analysed(rows: list[index.StaleRow]) -> list[index.IndexRow]:
    return [index.IndexRow(r.n, analyzer.index_text(r.title), analyzer.index_text(r.body), r.sources) for r in rows]


def _next_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM articles_fts_next").fetchone()[0])


def test_articles_imported_while_a_step_is_analysed_are_not_left_out(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The analysis of a re-index step runs between two transactions (outside the store): articles imported
    meanwhile, after the last batch was handed out, keep the new index from being swapped in without them."""
    monkeypatch.setattr(index, "REINDEX_BATCH", 2)
    with Store.open(db_path) as store:
        store.add_articles(_articles())
        stale = store.stale_search_rows("test-next")
        assert stale is not None and [r.sources for r in stale] == [("الواحة",), ("الواحة",)]
        rows = _analysed(stale)
        assert store.write_search_rows("test-next", rows) == (2, 5)
        assert _next_rows(store) == 2
        while stale := store.stale_search_rows("test-next"):
            store.write_search_rows("test-next", _analysed(stale))
        assert stale == [] and _next_rows(store) == 5
        store.add_articles([ParsedArticle(title="حديقة الواحة", body="افتتحت الحديقة.", published="2024-03-02")])
        assert store.write_search_rows("test-next", []) == (5, 6)  # not swapped in: one more to analyse
        assert store.stale_search_rows("test-next") == [index.StaleRow(6, "حديقة الواحة", "افتتحت الحديقة.", ())]
        assert store.write_search_rows("test-next", _analysed(store.stale_search_rows("test-next") or [])) == (6, 6)
        assert store.write_search_rows("test-next", []) is None  # swapped in
        assert index.recorded_version(store.db) == "test-next" and _matching(store, analyzer.index_text("حديقة")) == 1
