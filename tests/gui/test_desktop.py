"""Desktop behaviour: settings, language switch, single instance, print/PDF, timeline export, keyboard."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from newsreader.settings import Settings, open_qsettings
from newsreader.store import Store
from newsreader.ui.actions import shortcut_rows


def test_settings_are_applied_and_persist(qtbot, make_window, data_home: Path) -> None:
    window = make_window()
    window.select_row(0)
    new = Settings(**{**window.settings.__dict__})
    new.arabic_digits = False
    new.calendar = "hijri"
    new.article_font_size = 19
    new.line_spacing = 180
    new.mark_read_on_open = False
    new.theme = "dark"
    window.apply_settings(new)
    assert window.article_view.font_size == 19
    meta = window.article_view.document().findBlockByNumber(1).text()
    assert "هـ" in meta and not any(ch in meta for ch in "٠١٢٣٤٥٦٧٨٩")  # Hijri date, Latin digits
    from newsreader.ui.theme import is_dark

    assert is_dark()
    reloaded = Settings.load(open_qsettings(data_home / "settings.ini"))
    assert (
        reloaded.arabic_digits,
        reloaded.calendar,
        reloaded.article_font_size,
        reloaded.line_spacing,
        reloaded.mark_read_on_open,
        reloaded.theme,
    ) == (False, "hijri", 19, 180, False, "dark")
    window.apply_settings(Settings(**{**new.__dict__, "theme": "system"}))
    assert not is_dark()


def test_language_switch_keeps_state(qtbot, sample_store: Store, data_home: Path) -> None:
    from newsreader.app import Session, Translations
    from newsreader.ui.jobs import Pools

    app = QApplication.instance()
    qs = open_qsettings(data_home / "settings.ini")
    settings = Settings()
    translations = Translations(app)
    translations.apply("ar")
    session = Session(app, sample_store, settings, qs, Pools(), translations)
    window = session.build_window()
    qtbot.addWidget(window)
    window.show()
    window.select_row(3)
    aid = window.current_article().id
    window.search_field.setText("")
    assert window.menuBar().actions()[0].text() == "&ملف"
    window.act_lang_en.trigger()
    english = session.window
    qtbot.addWidget(english)
    assert english is not window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.current_article().id == aid  # the same article is still shown
    assert Settings.load(qs).language == "en"
    english.act_lang_ar.trigger()
    qtbot.addWidget(session.window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    session.window.pools.wait()


def test_second_launch_hands_files_to_the_running_window(qtbot, db_path: Path, tmp_path: Path) -> None:
    from newsreader.ui.single_instance import InstanceServer, hand_off, may_be_running, server_name, socket_file

    assert not may_be_running(db_path)
    received: list[list[str]] = []
    server = InstanceServer(db_path, received.append)
    try:
        if sys.platform != "win32":  # the quick check looks where QLocalServer really puts its socket
            assert socket_file(server_name(db_path)) == Path(server.server.fullServerName())
        assert may_be_running(db_path)
        article = tmp_path / "new.txt"
        article.write_text("عنوان\n\nنص", encoding="utf-8")
        assert hand_off(db_path, [str(article)])
        qtbot.waitUntil(lambda: received == [[str(article.resolve())]], timeout=3000)
        assert not hand_off(tmp_path / "other-library.db", [str(article)])  # another library: no window
    finally:
        server.close()
    assert not may_be_running(db_path)


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are not files")
def test_a_stale_socket_file_is_no_running_window(qtbot, db_path: Path, tmp_path: Path) -> None:
    from newsreader.ui.single_instance import InstanceServer, hand_off, server_name, socket_file

    stale = socket_file(server_name(db_path))
    assert stale is not None
    stale.write_text("left by a crash")
    try:
        assert not hand_off(db_path, [])  # nobody answers: this launch opens its own window
        received: list[list[str]] = []
        server = InstanceServer(db_path, received.append)  # and can still listen there
        assert server.server.isListening()
        server.close()
    finally:
        stale.unlink(missing_ok=True)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
def test_pdf_export_keeps_arabic_title_in_logical_order(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window()
    window.select_row(0)
    title = window.current_article().title
    out = window.exports.export_pdf(str(tmp_path / "article.pdf"))
    assert out and Path(out).stat().st_size > 1000
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", out, "-"], capture_output=True, text=True, check=True).stdout
    # The PDF's glyphs are shaped (their Unicode is in presentation forms) and runs carry
    # embedding marks; folded back to letters, the title reads in logical order.
    from newsreader.text.clean import clean_text

    flat = " ".join(clean_text(text).split())
    assert " ".join(title.split()[:6]) in flat
    assert " ".join(reversed(title.split()[:6])) not in flat


def test_timeline_exports_csv_and_png(qtbot, make_window, sample_store: Store, tmp_path: Path) -> None:
    window = make_window()
    aid = max(sample_store.article_ids(), key=lambda i: len(sample_store.mentions(i)))
    window.show()
    window.select_article(aid)
    path = window.exports.export_timeline("csv", str(tmp_path / "t.csv"))
    rows = list(csv.DictReader(io.StringIO(Path(path).read_text(encoding="utf-8"))))
    mentions = sample_store.mentions(aid)
    assert len(rows) == len(mentions)
    assert {r["text"] for r in rows} == {m.text for m in mentions}
    dated = [r["first_day"] for r in rows if r["first_day"]]
    assert dated == sorted(dated)
    png = window.exports.export_timeline("png", str(tmp_path / "t.png"))
    image = QImage(png)
    assert not image.isNull() and image.height() > window.timeline.tree.viewport().height() // 2


def test_left_right_follow_reading_direction(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    window.select_row(2)
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Left)  # RTL: left is forward
    assert window.list_view.currentIndex().row() == 3
    qtbot.keyClick(window.list_view, Qt.Key.Key_Right)
    assert window.list_view.currentIndex().row() == 2


def test_every_action_has_a_shortcut_listed(qtbot, make_window) -> None:
    window = make_window()
    rows = {name for _group, entries in shortcut_rows(window) for name, _keys in entries}
    for name in ("&Bookmark", "Mark all as &read", "&Search", "&Story timeline", "&Settings…"):
        action_text = next(
            a.text().split("\t")[0]
            for a in window.findChildren(type(window.act_bookmark))
            if a.text().split("\t")[0] == window.tr(name)
        )
        assert action_text.replace("&", "") in rows
    window.show_shortcuts  # noqa: B018 - reachable from Help


def test_accessible_names_on_panes(make_window) -> None:
    window = make_window()
    for widget in (
        window.list_view,
        window.article_view,
        window.timeline.tree,
        window.search_field,
        window.bookmark_button,
        window.timeline.correct_button,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_restore_backup_from_the_menu(qtbot, sample_store: Store, data_home: Path, monkeypatch) -> None:
    from newsreader.app import Session, Translations
    from newsreader.store import backup
    from newsreader.ui.backups import RestoreDialog
    from newsreader.ui.jobs import Pools

    app = QApplication.instance()
    translations = Translations(app)
    translations.apply("ar")
    session = Session(app, sample_store, Settings(), open_qsettings(data_home / "settings.ini"), Pools(), translations)
    window = session.build_window()
    saved = sample_store.backup("daily")
    count = sample_store.count()
    victim = sample_store.article_ids()[0]
    sample_store.db.execute("DELETE FROM articles WHERE id = ?", [victim])  # a slip we want to undo
    sample_store.db.conn.commit()
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    window.act_restore.trigger()
    qtbot.addWidget(session.window)
    assert session.window is not window
    assert session.store.count() == count
    assert session.window.model.rowCount() == count
    reasons = [b.reason for b in backup.list_backups(sample_store.path)]
    assert "before-restore" in reasons and saved.exists()
    session.window.close()
    session.store.close()


def test_read_only_library_window_disables_changes(qtbot, sample_store: Store, make_window, monkeypatch) -> None:
    from newsreader.store import connection

    path = sample_store.path
    monkeypatch.setattr(connection, "writable", lambda p: False)
    read_only = Store.open(path)
    window = make_window(read_only)
    assert read_only.read_only
    assert not window.act_import_files.isEnabled() and not window.act_bookmark.isEnabled()
    window.select_row(0)  # opening an article does not try to write
    assert not window.current_article().read
    read_only.close()


def test_the_daily_backup_stops_when_the_application_quits(sample_store: Store, monkeypatch) -> None:
    from newsreader.app import daily_backup
    from newsreader.store import backup

    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    assert daily_backup(sample_store, cancelled=lambda: True) is None  # quitting: stopped, nothing kept
    assert backup.list_backups(sample_store.path) == [] and backup.due(sample_store.path)
    made = daily_backup(sample_store, cancelled=lambda: False)
    assert made is not None and backup.list_backups(sample_store.path)[0].path == made
