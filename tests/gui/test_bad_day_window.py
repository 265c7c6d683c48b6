"""Issue 18 in the window: a damaged library offers its newest good backup; user writes never wait for
an import or a backup; another program's lock is waited for, with a word in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

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


def test_a_library_damaged_past_its_header_offers_the_newest_good_backup(
        qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "damaged.db"
    with Store.open(db) as store:
        store.add_articles(articles(200))
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


def test_a_daily_backup_of_a_damaged_library_offers_the_good_one_and_keeps_them_all(
        qtbot, make_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from newsreader.app import daily_backup

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        store.add_articles(articles(300))
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
            window.write(lambda s: daily_backup(s, lambda: False))
        assert signal.args == [kept[0].path]
        assert backup.list_backups(db) == kept and quick_check(kept[0].path) == "ok"
        assert "damaged" in seen["text"]
    finally:
        window.pools.wait()
        store.close()
