"""Timeline mentions are derived data: the library records the extractor's version, and one extracted by
another version is extracted again in steps (each article's old mentions serving until replaced), resumed
after an interruption. Real library files, migrated from the schema before ranges (5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from newsreader import timeline
from newsreader.domain import Mention, ParsedArticle, full_text
from newsreader.importing import derived
from newsreader.importing.prepare import add_articles
from newsreader.store import Store, timeline_mentions
from newsreader.store.schema import migrations

TEXTS = [
    ("معرض الكتاب في الواحة", "افتتح معرض الكتاب في 13 تموز 2014 بمشاركة دور النشر."),
    ("جسر النخيل", "أعلنت البلدية أن جسر النخيل سيفتح في 2 آذار 2015 للسيارات."),
    ("مهرجان التمور", "يقام المهرجان من 13 إلى 15 أيلول 2016 في ساحة السوق."),
    ("مكتبة الحي", "افتتحت المكتبة فرعها الجديد في 5 أيار 2017."),
    ("سوق الخضار", "ارتفعت الأسعار في سوق الواحة منذ 1 كانون الثاني 2018."),
]
PUBLISHED = ["2014-07-14", "2015-02-20", "2016-09-01", "2017-05-06", "2018-01-10"]


def _old_library(db_path: Path, with_articles: bool = True) -> None:
    """A library as the version before m006 left it, with mentions an older extractor wrote (one
    wrong value each, «1999»)."""
    db = Database(db_path)
    migrations.apply(db, stop_before="m006_mention_ranges")
    if with_articles:
        for i, ((title, body), published) in enumerate(zip(TEXTS, PUBLISHED, strict=True)):
            db.execute(
                "INSERT INTO articles (id, title, body, published, content_hash, imported_at) VALUES (?, ?, ?, ?, ?, 'x')",
                [f"a{i}", title, body, published, f"h{i}"],
            )
            db.execute(
                'INSERT INTO mentions (article_id, idx, start, "end", text, type, value, first_day, last_day)'
                " VALUES (?, 0, 0, 4, 'قديم', 'DATE', '1999', '1999-01-01', '1999-12-31')",
                [f"a{i}"],
            )
    db.execute("PRAGMA user_version = 5")
    db.conn.commit()
    db.close()


def _values(store: Store, aid: str) -> list[str]:
    return [m.value for m in store.mentions(aid)]


def _expected(i: int) -> list[str]:
    title, body = TEXTS[i]
    from datetime import date

    return [m.value for m in timeline.extract(full_text(title, body), date.fromisoformat(PUBLISHED[i]))]


def test_a_new_library_records_the_extractor_of_its_first_import(db_path: Path) -> None:
    with Store.open(db_path) as store:
        assert derived.timeline_current(store)
        assert timeline_mentions.recorded_version(store.db) is None  # empty: no mentions, no extractor yet
        add_articles(store, [ParsedArticle(title=t, body=b, published=p) for (t, b), p in zip(TEXTS, PUBLISHED, strict=True)])
        assert timeline_mentions.recorded_version(store.db) == timeline.extractor_version()
        assert derived.timeline_current(store)
        assert derived.reextract_mentions_step(store) is None
        assert derived.update_derived_step(store) is None


def test_an_upgraded_library_is_extracted_again_in_steps_and_resumes(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _old_library(db_path)
    monkeypatch.setattr(timeline_mentions, "REEXTRACT_BATCH", 2)
    with Store.open(db_path, backups=False) as store:
        assert not derived.timeline_current(store)
        assert timeline_mentions.recorded_version(store.db) is None
        assert derived.reextract_mentions_step(store) == (2, 5)
        # the first two have their new mentions; the others keep the old ones until their turn
        assert _values(store, "a0") == _expected(0) and _values(store, "a1") == _expected(1)
        assert _values(store, "a2") == ["1999"]
    with Store.open(db_path, backups=False) as store:  # the program closed: the next start resumes
        assert not derived.timeline_current(store)
        assert derived.reextract_mentions_step(store) == (4, 5)
        assert derived.reextract_mentions_step(store) == (5, 5)
        assert derived.reextract_mentions_step(store) is None
        assert derived.timeline_current(store)
        assert all(_values(store, f"a{i}") == _expected(i) for i in range(5))
        assert "1999" not in {v for i in range(5) for v in _values(store, f"a{i}")}
        # the range is one mention with its end (the columns m006 added)
        (festival,) = [m for m in store.mentions("a2") if m.end_value]
        assert (festival.value, festival.end_value, festival.text[festival.end_start - festival.start :]) == (
            "2016-09-13",
            "2016-09-15",
            "15 أيلول 2016",
        )
        assert store.story_mentions(["a2"])[0][2] == festival
        state = dict(store.db.execute("SELECT key, value FROM search_state").fetchall())
        assert state["timeline"] == timeline.extractor_version()
        assert "timeline_upto" not in state and "timeline_next" not in state


def test_a_new_extractor_version_extracts_again(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(db_path) as store:
        add_articles(store, [ParsedArticle(title=t, body=b, published=p) for (t, b), p in zip(TEXTS, PUBLISHED, strict=True)])
        ids = store.article_ids()
    monkeypatch.setattr(timeline, "extractor_version", lambda: "test-next")
    real = timeline.extract
    monkeypatch.setattr(timeline, "extract", lambda text, ref: real(text, ref)[:1])  # the new rules find less
    with Store.open(db_path) as store:
        assert not derived.timeline_current(store)
        steps = []
        while (state := derived.update_derived_step(store)) is not None:
            steps.append(state)
        assert steps == [("timeline", 5, 5)]  # the search index was current: the timeline only
        assert derived.timeline_current(store)
        assert all(len(store.mentions(aid)) == 1 for aid in ids)


def test_the_search_index_goes_first(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.search import version as search_version

    with Store.open(db_path) as store:
        add_articles(store, [ParsedArticle(title=t, body=b, published=p) for (t, b), p in zip(TEXTS, PUBLISHED, strict=True)])
    monkeypatch.setattr(search_version, "ANALYZER_VERSION", "test-next")
    monkeypatch.setattr(timeline, "extractor_version", lambda: "test-next")
    with Store.open(db_path) as store:
        kinds = []
        while (state := derived.update_derived_step(store)) is not None:
            kinds.append(state[0])
        assert kinds == ["search", "timeline"]
        assert derived.search_index_current(store) and derived.timeline_current(store)


def test_an_upgraded_empty_library_is_current(db_path: Path) -> None:
    _old_library(db_path, with_articles=False)
    with Store.open(db_path, backups=False) as store:
        assert derived.timeline_current(store)
        assert derived.update_derived_step(store) is None
        assert timeline_mentions.recorded_version(store.db) == timeline.extractor_version()  # the first check's


def test_an_article_re_dated_during_a_step_keeps_the_mentions_of_its_new_date(db_path: Path) -> None:
    """The store hands out a batch and writes what the extractor found in it in two transactions: an
    article re-dated between them keeps what its new date gave it (written with the re-dating)."""
    _old_library(db_path)
    with Store.open(db_path, backups=False) as store:
        version = timeline.extractor_version()
        stale = store.stale_mentions(version, 2)
        assert stale is not None and [a.id for a in stale] == ["a0", "a1"]
        nothing: list[Mention] = []  # what an extractor finding nothing writes
        found = [(a, nothing) for a in stale]
        derived.set_published(store, "a0", "2030-01-01")
        redated = store.mentions("a0")
        assert redated and redated != _values(store, "a1")
        assert store.write_mentions(version, found) == (2, 5)
        assert store.mentions("a0") == redated  # not what the batch found against the old date
        assert store.mentions("a1") == []  # the batch's


@pytest.mark.parametrize("name", ["cue_words.txt", "months.tsv"])
def test_the_version_follows_the_extractors_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A change to a word table or to the cue words changes what the extractor finds: a new version, so
    libraries extract again."""
    import shutil

    from newsreader import paths

    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir() / "timeline", copy / "timeline")
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    unchanged = timeline.extractor_version.__wrapped__()
    assert unchanged == timeline.extractor_version()  # the copy is the shipped data
    with open(copy / "timeline" / name, "a", encoding="utf-8") as fh:
        fh.write("\n# one more line\n")
    assert timeline.extractor_version.__wrapped__() != unchanged
