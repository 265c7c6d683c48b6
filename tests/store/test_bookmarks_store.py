"""Bookmarks on real library files: toggle, notes, tags, persistence, re-import, export, CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsreader import bookmarks_export
from newsreader.commands import run_cli
from newsreader.domain import Bookmark, ParsedArticle
from newsreader.importing.prepare import add_articles
from newsreader.store import Store

ITEMS = [
    ParsedArticle(
        title="مهرجان التمور في الواحة",
        body="انطلق مهرجان التمور السنوي.",
        url="https://example.org/b1",
        published="2024-08-01",
        source="الواحة",
    ),
    ParsedArticle(
        title="Library opens, new wing",
        body="The *new* wing has 3 floors.",
        url="https://example.org/b2",
        published="2023-02-02",
        source="Oasis Times",
    ),
]


@pytest.fixture
def lib(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "lib.db"
    with Store.open(path) as store:
        ids = [r.id for r in add_articles(store, ITEMS)]
    return path, ids


def test_toggle_note_tags_and_persistence(lib: tuple[Path, list[str]]) -> None:
    path, (a, b) = lib
    with Store.open(path) as store:
        assert store.toggle_bookmark(a) is True
        assert store.is_bookmarked(a) and not store.is_bookmarked(b)
        store.set_bookmark_note(a, "للقراءة لاحقاً")
        store.set_bookmark_tags(a, ["زراعة", " مهرجانات ", "زراعة", ""])
        store.add_bookmark(b, tags=["library"])
        assert store.rows([a])[a].bookmarked
    with Store.open(path) as store:  # reopened
        bm = store.bookmark(a)
        assert bm is not None
        assert (bm.note, bm.tags, bm.title, bm.source) == ("للقراءة لاحقاً", ("زراعة", "مهرجانات"), ITEMS[0].title, "الواحة")
        assert store.bookmark_tags() == ["library", "زراعة", "مهرجانات"]
        assert [x.article_id for x in store.bookmarks(tag="زراعة")] == [a]
        assert {x.article_id for x in store.bookmarks()} == {a, b}
        assert store.toggle_bookmark(a) is False
        assert store.bookmark(a) is None and store.bookmarks() == [store.bookmark(b)]
        store.remove_bookmark(b)
        assert store.bookmarks() == []


def test_add_keeps_existing_note(lib: tuple[Path, list[str]]) -> None:
    path, (a, _) = lib
    with Store.open(path) as store:
        store.add_bookmark(a, note="مهم", tags=["x"])
        store.add_bookmark(a)
        bm = store.bookmark(a)
        assert bm is not None and (bm.note, bm.tags) == ("مهم", ("x",))


def test_bookmarks_survive_reimport(lib: tuple[Path, list[str]]) -> None:
    path, (a, _) = lib
    with Store.open(path) as store:
        store.add_bookmark(a, note="ملاحظة")
        results = add_articles(store, ITEMS)
        assert {r.status for r in results} == {"duplicate"}
        bm = store.bookmark(a)
        assert bm is not None and bm.note == "ملاحظة"


BMS = [
    Bookmark(
        article_id="abc",
        title="مهرجان التمور",
        created_at="2024-08-02T10:00:00Z",
        note="سطر 1\nسطر, 2",
        tags=("زراعة", "صيف"),
        source="الواحة",
        published="2024-08-01",
        url="https://example.org/b1",
    ),
    Bookmark(article_id="def", title="A *bold* [title]", created_at="2024-08-03T10:00:00Z"),
]


def test_export_json_roundtrip() -> None:
    data = json.loads(bookmarks_export.to_json(BMS))
    assert data[0] == {
        "id": "abc",
        "title": "مهرجان التمور",
        "source": "الواحة",
        "published": "2024-08-01",
        "url": "https://example.org/b1",
        "note": "سطر 1\nسطر, 2",
        "tags": ["زراعة", "صيف"],
        "created_at": "2024-08-02T10:00:00Z",
    }


def test_export_csv() -> None:
    rows = list(csv.DictReader(io.StringIO(bookmarks_export.to_csv(BMS))))
    assert rows[0]["tags"] == "زراعة; صيف" and rows[0]["note"] == "سطر 1\nسطر, 2"
    assert rows[1]["url"] == "" and rows[1]["title"] == "A *bold* [title]"


def test_export_markdown() -> None:
    md = bookmarks_export.to_markdown(BMS)
    assert md.startswith("# Bookmarks\n")
    assert "- [مهرجان التمور](<https://example.org/b1>)" in md
    assert "`زراعة` `صيف`" in md and "  > سطر, 2" in md
    assert "A \\*bold\\* \\[title\\]" in md
    assert "(none)" in bookmarks_export.to_markdown([])
    with pytest.raises(ValueError):
        bookmarks_export.export(BMS, "pdf")


def test_cli(lib: tuple[Path, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, (a, b) = lib
    db = ["--db", str(path)]
    assert run_cli(["bookmarks", *db, "--add", a[:8], "--note", "اقرأ", "--tags", "x,y"]) == 0
    assert run_cli(["bookmarks", *db, "--toggle", b]) == 0
    capsys.readouterr()
    assert run_cli(["bookmarks", *db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["id"] for d in data} == {a, b}
    assert run_cli(["bookmarks", *db, "--json", "--tag", "x"]) == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == [a]
    out = tmp_path / "bm.md"
    assert run_cli(["bookmarks", *db, "--export", "md", "--output", str(out)]) == 0
    assert ITEMS[0].title in out.read_text(encoding="utf-8")
    assert run_cli(["bookmarks", *db, "--export", "csv"]) == 0
    assert capsys.readouterr().out.startswith("id,title")
    assert run_cli(["bookmarks", *db, "--remove", "zzzz"]) == 2
