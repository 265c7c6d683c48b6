"""Issue 18 in the window: a damaged library offers its newest good backup; user writes never wait for
an import or a backup; another program's lock is waited for, with a word in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from newsreader.importing.prepare import add_articles
from newsreader.store import Store, backup
from tests.store.test_bad_day import articles, damage_all_but_the_schema, damage_middle, quick_check


def answer_damage_box(seen: dict[str, str], restore: bool) -> Callable[[], None]:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not up yet
            QTimer.singleShot(100, answer)
            return
        seen.update(text=box.text(), info=box.informativeText())
        chosen = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
        if restore and chosen:
            chosen[0].click()
        else:
            box.reject()

    return answer


def test_a_library_damaged_past_its_header_offers_the_newest_good_backup(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "damaged.db"
    with Store.open(db) as store:
        add_articles(store, articles(200))
        good = store.backup("daily")
    damage_all_but_the_schema(db)
    store = Store.open(db)  # opens: the header and schema are intact
    try:
        seen: dict[str, str] = {}
        QTimer.singleShot(100, answer_damage_box(seen, restore=True))
        window = make_window(store, language="en")
        with qtbot.waitSignal(window.restoreRequested, timeout=10000) as signal:
            pass
        assert signal.args == [good]
        assert "damaged" in seen["text"] and str(db) in seen["text"]
    finally:
        store.close()


def test_a_daily_backup_of_a_damaged_library_offers_the_good_one_and_keeps_them_all(qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsreader.app import daily_backup

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        add_articles(store, articles(300))
        for _ in range(backup.KEEP):
            store.backup("daily")
    kept = backup.list_backups(db)
    store = Store.open(db)
    try:
        window = make_window(store, language="en")
        damage_middle(db)
        seen: dict[str, str] = {}
        QTimer.singleShot(100, answer_damage_box(seen, restore=True))
        with qtbot.waitSignal(window.restoreRequested, timeout=20000) as signal:
            window.ops.write(lambda s: daily_backup(s, lambda: False))
        assert signal.args == [kept[0].path]
        assert backup.list_backups(db) == kept and quick_check(kept[0].path) == "ok"
        assert "damaged" in seen["text"]
    finally:
        window.pools.wait()
        store.close()


def test_the_story_timeline_shows_the_search_typed_as_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from newsreader.ui.timeline_dialogs import StoryTimelinePane

    dialog = StoryTimelinePane(None)
    qtbot.addWidget(dialog)
    typed = '<img src="http://evil.example/x.png"><h1>سوق</h1>'
    dialog.set_entries([], f"Search: {typed}")
    assert dialog.summary.textFormat() == Qt.TextFormat.PlainText
    assert typed in dialog.summary.text()


def test_a_bookmark_during_an_import_is_saved_at_once(
    qtbot, make_window, sample_store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import json
    import threading

    import newsreader.importers as importers

    release = threading.Event()
    reading = threading.Event()
    read_limited = importers.read_limited

    def slow_read(path: Path) -> bytes:  # one file of the import takes as long as the test needs
        if path.name == "slow.json":
            reading.set()
            release.wait(60)
        return read_limited(path)

    monkeypatch.setattr(importers, "read_limited", slow_read)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.json", "slow.json"):
        (folder / name).write_text(
            json.dumps({"title": f"خبر {name}", "content": f"نص {name} عن الواحة."}, ensure_ascii=False), encoding="utf-8"
        )
    window = make_window(language="en")
    window.select_row(0)
    aid = window.current_article().id
    assert sample_store.path is not None
    job = window.import_paths([folder], quiet=True)
    with qtbot.waitSignal(job.signals.finished, timeout=30000):  # (listening before it can end)
        try:
            assert reading.wait(30)  # the import is under way, and will not end before it is released
            window.reader.toggle_bookmark()

            def saved() -> None:
                with Store.open(sample_store.path) as other:
                    assert other.is_bookmarked(aid)

            qtbot.waitUntil(saved, timeout=10000)
            assert not release.is_set()  # saved while the import was still running
        finally:
            release.set()


def test_a_write_waiting_for_another_program_says_so(qtbot, make_window, sample_store: Store) -> None:  # type: ignore[no-untyped-def]
    from tests.store.test_bad_day import hold_write_lock

    window = make_window(language="en")
    window.select_row(0)
    aid = window.current_article().id
    assert sample_store.path is not None
    other = hold_write_lock(sample_store.path, 3)
    window.reader.toggle_bookmark()
    qtbot.waitUntil(lambda: "another program" in window.statusBar().currentMessage(), timeout=5000)
    assert other.wait(timeout=30) == 0
    qtbot.waitUntil(lambda: sample_store.is_bookmarked(aid), timeout=10000)  # then it was saved
