"""Issue 14 in the window: skipped records in the import summary, "also in" in the reading pane,
watched folders from the settings, renaming an outlet."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QLabel

from newsreader.store import Store

DATA = Path(__file__).parent.parent / "data" / "import"


def test_the_summary_lists_skipped_records_grouped_by_reason(qtbot, make_window) -> None:
    from newsreader.ui.import_dialog import SummaryDialog

    window = make_window(language="en")
    with qtbot.waitSignal(window.importFinished, timeout=20000) as blocker:
        window.import_paths([DATA / "records_mixed.jsonl"])
    assert len(blocker.args[0].skipped) == 4
    [dialog] = window.findChildren(SummaryDialog)
    text = dialog.skipped.toPlainText()
    assert "no title and no text (1)\n" in text
    assert f"    {DATA / 'records_mixed.jsonl'} (line 3)" in text
    message = dialog.findChild(QLabel, "summaryMessage")
    assert message is not None and "4 records of the imported files were not imported" in message.text()


def test_the_reading_pane_shows_the_other_outlets_of_a_wire_copy(qtbot, make_window) -> None:
    window = make_window(language="en")
    with qtbot.waitSignal(window.importFinished, timeout=20000):
        window.import_paths([DATA / "wire_copy.json"])
    [aid] = [a for a in window.store.article_ids() if window.store.article(a).also_in]
    window.show_article(aid)
    text = window.article_view.toPlainText()
    assert "Also in: \u2068الاقتصادية\u2069" in text and "الرياض" in text


def test_watched_folders_are_set_in_the_settings_and_their_new_files_imported(qtbot, make_window, tmp_path: Path) -> None:
    from newsreader.ui.settings_dialog import SettingsDialog
    from newsreader.ui.watcher import FolderWatcher

    folder = tmp_path / "watched"
    folder.mkdir()
    shutil.copy(DATA / "outlet_in_title.txt", folder / "first.txt")
    window = make_window(language="en")
    dialog = SettingsDialog(window, window.settings)
    qtbot.addWidget(dialog)
    dialog.watched.addItem(str(folder))
    window.apply_settings(dialog.result_settings())
    assert window.settings.watched_folder_list() == [str(folder)]
    watcher = window.findChild(FolderWatcher, "folderWatcher")
    assert watcher is not None and watcher.timer.isActive()
    qtbot.waitUntil(
        lambda: any(window.store.article(a).title == "سوق الخزف يعود إلى الميناء القديم" for a in window.store.article_ids()),
        timeout=20000,
    )
    shutil.copy(DATA / "dump_maghreb_date.txt", folder / "second.txt")
    watcher.timer.setInterval(100)
    qtbot.waitUntil(
        lambda: any(window.store.article(a).published == "2022-09-05T10:15" for a in window.store.article_ids()), timeout=20000
    )
    assert watcher.state_file() is not None and watcher.state_file().exists()  # type: ignore[union-attr]
    window.apply_settings(replace(window.settings, watched_folders=""))
    assert not watcher.timer.isActive()


def test_renaming_an_outlet(qtbot, make_window, monkeypatch) -> None:
    from newsreader.ui.outlet_dialog import RenameOutletDialog

    window = make_window(language="en")
    with qtbot.waitSignal(window.importFinished, timeout=20000):
        window.import_paths([DATA / "feed_truncated.rss"])
    aid = next(a for a in window.store.article_ids() if window.store.article(a).source == "سكاي نيوز عربية")
    window.show_article(aid)
    monkeypatch.setattr(window, "current_article", lambda: window.store.article(aid))

    def answer(dialog: RenameOutletDialog) -> int:
        assert dialog.edit.text() == "سكاي نيوز عربية"
        dialog.edit.setText("سكاي نيوز")
        return RenameOutletDialog.DialogCode.Accepted

    monkeypatch.setattr(RenameOutletDialog, "exec", answer)
    window.act_rename_outlet.trigger()

    def renamed() -> bool:
        with Store.connect(window.store.path) as store:
            return store.article(aid).source == "سكاي نيوز"

    qtbot.waitUntil(renamed, timeout=10000)
