"""Library errors reach the user in the interface language, with the library's path kept intact."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsreader.app import Translations, open_library
from newsreader.domain import ParsedArticle
from newsreader.errors import DiskFull, ImportFailed, LibraryCorrupt, QueryError, ReadOnlyLibrary, StoreError
from newsreader.store import Store, backup
from newsreader.text.bidi import isolate
from newsreader.ui.messages import describe

ARABIC = range(0x0600, 0x0700)


def arabic_letters(text: str) -> int:
    return sum(1 for ch in text if ord(ch) in ARABIC)


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    translations = Translations(qapp)
    translations.apply("ar")
    yield
    translations.apply("en")


def full_disk(tmp_path: Path) -> DiskFull:
    """A real disk-full error from the store: a library capped at its current size."""
    db = tmp_path / "library.db"
    with Store.open(db, backups=False) as store:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DiskFull) as caught:
            store.add_articles([ParsedArticle(title=f"مقال متخيَّل {i}", body="كلمة " * 20000) for i in range(3)])
    return caught.value


def test_a_store_error_names_its_library_and_reads_in_arabic(tmp_path: Path, arabic: None) -> None:
    exc = full_disk(tmp_path)
    assert exc.path == tmp_path / "library.db"
    assert "is full" in str(exc)  # the log and the command line keep the English sentence
    text = describe(exc)
    assert arabic_letters(text) > 40 and "ممتلئ" in text
    assert isolate(str(tmp_path / "library.db")) in text  # the path whole, in its own direction


def test_in_english_and_for_other_errors(tmp_path: Path, qapp: QApplication) -> None:
    Translations(qapp).apply("en")
    path = tmp_path / "library.db"
    assert describe(ReadOnlyLibrary("x", path)) == f"The library {isolate(str(path))} is read-only: changes cannot be saved."
    needs = describe(ReadOnlyLibrary("x", path, needs_upgrade=True))
    assert "upgrade" in needs and "permission to write" in needs
    # errors without a library are shown as they are
    assert describe(ImportFailed("invalid JSON at line 3")) == "invalid JSON at line 3"
    assert describe(StoreError("no article with id 42")) == "no article with id 42"


def test_a_damaged_library_offers_its_backup_in_arabic(tmp_path: Path, arabic: None, qtbot) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "library.db"
    Store.open(db, backups=False).close()
    conn = sqlite3.connect(db)
    backup.make_backup(conn, db, "daily")
    conn.close()
    db.write_bytes(b"\x00" * 4096)
    seen: dict[str, str] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.update(text=box.text(), info=box.informativeText(), detail=box.detailedText())
        box.reject()  # Cancel: nothing restored

    QTimer.singleShot(200, answer)
    assert open_library(db) is None
    assert "تالفة" in seen["text"] and isolate(str(db)) in seen["text"]
    assert "not a database" in seen["detail"]  # what SQLite said, for whoever looks further
    assert arabic_letters(seen["info"]) > 20
    stamp = backup.list_backups(db)[0].created.astimezone().strftime("%Y-%m-%d %H:%M")
    assert isolate(stamp) in seen["info"]  # a date that keeps its order inside Arabic text
    with pytest.raises(LibraryCorrupt):
        Store.open(db, backups=False)  # Cancel changed nothing


def test_every_kind_of_query_error_has_its_sentence(qapp: QApplication, arabic: None) -> None:
    """A kind raised by the parser but missing here would reach Arabic users as English."""
    import ast

    import newsreader.search.query

    tree = ast.parse(Path(newsreader.search.query.__file__).read_text(encoding="utf-8"))
    kinds = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "QueryError"
        and len(node.args) > 1
        and isinstance(node.args[1], ast.Constant)
    }
    assert len(kinds) >= 9
    for kind in kinds:
        text = describe(QueryError("English words", kind, "from", "2020-99"))
        assert text != "English words" and arabic_letters(text) > 5, kind
