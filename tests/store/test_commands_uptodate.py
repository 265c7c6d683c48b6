"""Commands that read derived data bring a library an older version made up to this one first (as the
window does at start): ``search`` its index, ``timeline`` its mentions. Real library files, real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader.commands.uptodate import bring_up_to_date
from newsreader.domain import ParsedArticle
from newsreader.importing import derived
from newsreader.importing.prepare import add_articles
from newsreader.store import Store, timeline_mentions
from newsreader.store.search import index

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [
    ParsedArticle(title="مهرجان التمور في الواحة", body="افتتح المهرجان في 3 مارس 2024 ويستمر أسبوعاً.", published="2024-03-01"),
    ParsedArticle(title="جسر النخيل الجديد", body="سيفتح الجسر للسيارات في الخامس من مايو 2024.", published="2024-03-02"),
]


def _made_by_an_older_version(db_path: Path) -> None:
    """A library as an older version left it: its index (other terms) and mentions are not this version's."""
    with Store.open(db_path) as store:
        add_articles(store, ARTICLES)
        with store.db.atomic():
            store.db.execute("DROP TABLE articles_fts")
            store.db.execute(index._FTS_DDL.format(name="articles_fts"))  # the older analyser's terms: none of ours
            index.record_version(store.db, "older")
            store.db.execute("DELETE FROM mentions")
            timeline_mentions.record_version(store.db, "older")


def _run(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, NEWSREADER_HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "newsreader", *argv], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_search_and_timeline_commands_update_an_older_library_first(db_path: Path, tmp_path: Path) -> None:
    _made_by_an_older_version(db_path)
    found = _run("search", "--db", str(db_path), "--json", "مهرجان", home=tmp_path)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 1
    assert "updating the search index" in found.stderr and "Traceback" not in found.stderr
    with Store.open(db_path) as store:
        assert derived.search_index_current(store) and not derived.timeline_current(store)
        aid = store.article_ids()[0]
    shown = _run("timeline", "--db", str(db_path), "--article", aid, "--json", home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert [m["value"] for m in json.loads(shown.stdout)["mentions"]] == ["2024-05-05"]
    assert "updating the timeline mentions" in shown.stderr
    again = _run("search", "--db", str(db_path), "--json", "الجسر", home=tmp_path)
    assert again.returncode == 0 and json.loads(again.stdout)["total"] == 1
    assert again.stderr == ""  # current now: nothing to say


def test_a_read_only_library_is_read_as_it_is_with_a_warning(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsreader.store import connection

    _made_by_an_older_version(db_path)
    monkeypatch.setattr(connection, "writable", lambda path: False)
    with Store.open(db_path, create=False) as store:
        assert store.read_only
        assert bring_up_to_date(store, "search", "timeline")
        assert not derived.search_index_current(store)
    err = capsys.readouterr().err
    assert "the search index was made by an older version, and this library is read-only" in err
    assert "the timeline mentions were made by an older version" in err


def test_two_processes_extracting_mentions_never_move_the_run_back(db_path: Path) -> None:
    """One process writes a batch another already passed: the run's position stays where the other left it."""
    from newsreader import timeline
    from newsreader.domain import full_text, reference_date

    def found(batch: list[timeline_mentions.StaleArticle]) -> list[tuple[timeline_mentions.StaleArticle, list[object]]]:
        return [(a, timeline.extract(full_text(a.title, a.body), reference_date(a.published))) for a in batch]

    with Store.open(db_path) as store:
        add_articles(store, ARTICLES)
        first = store.stale_mentions("test-next", 1)  # both processes are handed the first article
        assert first is not None and len(first) == 1
        assert store.write_mentions("test-next", found(first)) == (1, 2)
        second = store.stale_mentions("test-next", 1)
        assert second is not None and second[0].n > first[0].n
        assert store.write_mentions("test-next", found(second)) == (2, 2)
        assert store.write_mentions("test-next", found(first)) == (2, 2)  # the slower process, late
        assert store.stale_mentions("test-next", 1) == []  # nothing handed out twice
