"""A library another program holds locked: the list, a search and the story timeline say so, in the
interface language, instead of showing an empty list as if nothing matched.

The lock is real: another connection takes the library in exclusive locking mode inside
``BEGIN EXCLUSIVE`` (in WAL mode the only lock that keeps readers out; it can be taken only while no
other connection is open, so the window's own connection is closed first and reopened, lazily,
while the lock is held)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from newsreader.errors import LibraryBusy
from newsreader.search.query import parse
from newsreader.store import Store, connection
from newsreader.store.connection import Connection
from newsreader.ui.messages import describe

WORD = "سهيل"


@pytest.fixture(autouse=True)
def short_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "BUSY_TIMEOUT", 0.2)  # the jobs' connections give up after 0.2 s


@contextmanager
def locked(store: Store) -> Iterator[None]:
    """Another program holds ``store``'s library locked; the window's connection reopens meanwhile."""
    path = store.path
    assert path is not None
    store.db.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("UPDATE articles SET read = read")  # written: the exclusive lock is taken
    store.db = Connection(sqlite3.connect(str(path), timeout=0.2, check_same_thread=False))
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def busy_message(store: Store) -> str:
    message = describe(LibraryBusy("busy", store.path))
    assert "مشغولة" in message  # the interface language: Arabic
    return message


def make(make_window):  # type: ignore[no-untyped-def]
    window = make_window()
    window.settings.mark_read_on_open = False  # no more writes (nor their dialog) from opening an article
    window.pools.wait()  # the first article's, done before the lock
    return window


def test_a_locked_library_fails_the_list_with_a_message(qtbot, make_window, sample_store: Store) -> None:
    window = make(make_window)
    assert window.model.rowCount() == 10
    with locked(sample_store):
        window.view_combo.setCurrentIndex(window.view_combo.findData("unread"))
        assert window.model.rowCount() == 0
        assert busy_message(sample_store) in window.list_empty.text()
        assert not window.list_empty.isHidden()
        assert busy_message(sample_store) in window.statusBar().currentMessage()
    window.view_combo.setCurrentIndex(window.view_combo.findData("all"))  # the lock gone: the list again
    assert window.model.rowCount() == 10 and window.list_empty.isHidden()


def test_a_locked_library_fails_the_rest_of_a_long_list_with_a_message(
    qtbot, make_window, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsreader.ui import list_controller

    monkeypatch.setattr(list_controller, "FIRST_PAGE", 3)
    window = make(make_window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=3000)
    held: list[object] = []

    def lock_now() -> None:  # taken once the first page is shown, before the rest is asked for
        if not held:
            lock = locked(sample_store)
            lock.__enter__()
            held.append(lock)

    window.listUpdated.connect(lock_now)
    try:
        window.view_combo.setCurrentIndex(window.view_combo.findData("unread"))
        qtbot.waitUntil(lambda: busy_message(sample_store) in window.statusBar().currentMessage(), timeout=5000)
        assert window.model.rowCount() == 3  # the first page stays
    finally:
        window.listUpdated.disconnect(lock_now)
        for lock in held:
            lock.__exit__(None, None, None)  # type: ignore[attr-defined]


def test_a_locked_library_fails_a_search_with_a_message(qtbot, make_window, sample_store: Store) -> None:
    window = make(make_window)
    with locked(sample_store):
        window.search_field.setText(WORD)
        with qtbot.waitSignal(window.listUpdated, timeout=5000):
            qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
        assert window.model.rowCount() == 0
        assert busy_message(sample_store) in window.list_empty.text()
        assert "لا مقالة" not in window.list_empty.text()  # not «no article matches»
        assert busy_message(sample_store) in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.model.ids() == sample_store.search_ids(parse(WORD))


def test_a_locked_library_fails_the_story_timeline_with_a_message(qtbot, make_window, sample_store: Store) -> None:
    window = make(make_window)
    with locked(sample_store):
        window.show_story_timeline()
        pane = window.story_dialog
        qtbot.waitUntil(lambda: busy_message(sample_store) in pane.summary.text(), timeout=5000)
        assert busy_message(sample_store) in window.statusBar().currentMessage()
        assert pane.tree.model().rowCount() == 0


def test_the_search_without_a_lock_still_finds(qtbot, make_window, sample_store: Store, tmp_path: Path) -> None:
    """The control: the same steps on a library nobody holds find the articles."""
    window = make(make_window)
    window.search_field.setText(WORD)
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.model.ids() == sample_store.search_ids(parse(WORD)) != []
