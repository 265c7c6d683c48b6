"""Issue 15, «the first ten minutes»: focus, the search field, the language, input direction,
shortcut labels, digits and plurals, the reader following the list, search rows, notes, dark theme."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QTextLayout, QTextOption, QWheelEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from newsreader.importing.prepare import add_articles
from newsreader.search.query import parse
from newsreader.settings import Settings, open_qsettings
from newsreader.store import Store
from newsreader.ui.actions import shortcut_rows
from newsreader.ui.models.article_list_model import Role

LATIN = re.compile("[0-9]")
ARABIC_INDIC = re.compile("[٠-٩]")


def show_active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        window.search_field.setText(text)
        window.searcher.run_now()
    window.pools.wait()
    QApplication.processEvents()


# -- 1. focus ------------------------------------------------------------------------------------------
@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and the pop-up
def test_focus_starts_in_the_list_and_arrows_move_in_it(qtbot, make_window) -> None:
    window = make_window()
    show_active(qtbot, window)
    assert QApplication.focusWidget() is window.list_view
    row = window.list_view.currentIndex().row()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.list_view.currentIndex().row() == row + 1
    assert window.view() == "all" and window.model.rowCount() == 10
    # a wheel turned over the view box, or an arrow key in it, does not switch the list
    combo = window.view_combo
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # opens the pop-up, changes nothing
    assert combo.view().isVisible()
    combo.hidePopup()
    assert window.view() == "all" and window.model.rowCount() == 10


# -- 2. the search field -----------------------------------------------------------------------------------
def test_the_search_field_stays_visible_when_narrow_and_ctrl_f_selects_it(qtbot, make_window) -> None:
    window = make_window()
    window.resize(640, 480)
    show_active(qtbot, window)
    field = window.search_field
    assert field.isVisible() and field.width() >= 200
    inside = window.toolbar.rect().contains(field.geometry())
    assert inside  # not in the toolbar's overflow menu
    field.setText("مترو")
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus() and field.selectedText() == "مترو"


# -- 3. the language -------------------------------------------------------------------------------------
def test_english_chosen_in_settings_applies_everywhere_and_back(qtbot, sample_store: Store, data_home: Path) -> None:
    from newsreader.app import Session, Translations
    from newsreader.ui.jobs import Pools

    app = QApplication.instance()
    translations = Translations(app)
    translations.apply("ar")
    settings = Settings()
    session = Session(app, sample_store, settings, open_qsettings(data_home / "settings.ini"), Pools(), translations)
    arabic = session.build_window()
    qtbot.addWidget(arabic)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own strings (qtbase_ar)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "ألغِ"
    arabic.select_row(0)
    arabic.apply_settings(replace(settings, language="en"))  # what OK in the Settings dialog does
    english = session.window
    qtbot.addWidget(english)
    assert english is not arabic
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert [a.text() for a in english.menuBar().actions()][:2] == ["&File", "&Edit"]
    assert english.list_header.text() == "Articles (10)" and english.status_count.text() == "10 articles"
    article = english.current_article()
    assert article is not None
    months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    meta = english.article_view.document().findBlockByNumber(1).text()
    assert any(m in meta for m in months) and not ARABIC_INDIC.search(meta)
    assert "Reference date" in english.timeline.reference.text()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    english.act_lang_ar.trigger()  # and back, from the View menu
    again = session.window
    qtbot.addWidget(again)
    assert again is not english and QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert again.menuBar().actions()[0].text() != "&File"
    for w in (arabic, english, again):
        w.pools.wait()


# -- 4. input direction ----------------------------------------------------------------------------------
def test_inputs_take_their_direction_from_what_is_typed(qtbot, make_window) -> None:
    from newsreader.ui.bookmarks import BookmarkDialog

    window = make_window(language="en")
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    dialog = BookmarkDialog(window, None, "A title")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for widget, text, right in (
        (dialog.note, "ملاحظة عربية قصيرة", True),
        (dialog.note, "An English note", False),
        (dialog.tags, "نقل، اقتصاد", True),
        (window.search_field, "سوريا", True),
    ):
        if widget is dialog.note:
            widget.setPlainText(text)
        else:
            widget.setText(text)
        widget.setFocus()
        if widget is dialog.note:
            cursor = widget.textCursor()
            cursor.setPosition(0)
            widget.setTextCursor(cursor)
        else:
            widget.setCursorPosition(0)
        QApplication.processEvents()
        caret = widget.cursorRect().center().x()
        width = widget.viewport().width() if widget is dialog.note else widget.width()
        assert (caret > width / 2) == right, (text, caret, width)  # the caret at the text's start
    window.search_field.clear()
    assert window.search_field.layoutDirection() == Qt.LayoutDirection.LeftToRight  # empty: the interface's


# -- 5. shortcut labels ------------------------------------------------------------------------------------
def shown_keys(action) -> str:  # type: ignore[no-untyped-def]
    """The shortcut a menu draws for ``action``: the text after a tab, else the shortcut's text."""
    text = action.text()
    if "\t" in text:
        return text.split("\t", 1)[1]
    return action.shortcut().toString(action.shortcut().SequenceFormat.NativeText)


def drawn(text: str, font, direction):  # type: ignore[no-untyped-def]
    """``text`` drawn in a line of the given base direction, cropped to its ink."""
    from PySide6.QtGui import QImage, QPainter

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(300)
    layout.endLayout()
    image = QImage(320, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    layout.draw(painter, QPointF(10, 5))
    painter.end()
    xs = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y) != QColor("white")]
    return image.copy(min(xs), 0, max(xs) - min(xs) + 1, image.height())


def test_shortcut_labels_keep_their_order_in_right_to_left_menus(qtbot, make_window) -> None:
    window = make_window()
    assert window.isRightToLeft()
    for action, keys in (
        (window.act_zoom_in, "Ctrl++"),
        (window.act_settings, "Ctrl+,"),
        (window.act_next, "J"),
        (window.act_focus_list, "Alt+1"),
    ):
        shown = shown_keys(action)
        assert shown, action.objectName()  # the menu shows a shortcut (Settings too)
        # drawn in the right-to-left menu, it looks exactly like the keys written left to right
        assert drawn(shown, window.font(), Qt.LayoutDirection.RightToLeft) == drawn(
            keys, window.font(), Qt.LayoutDirection.LeftToRight
        ), (action.objectName(), shown)


# -- 6 and 7. digits and plurals -----------------------------------------------------------------------------
def test_counts_use_the_chosen_digits_everywhere(qtbot, make_window) -> None:
    window = make_window()
    show_active(qtbot, window)
    search(qtbot, window, "المترو")
    window.select_row(0)
    window.reader.step_hit(True)
    window.article_view.zoom(+1)
    zoom = window.statusBar().currentMessage()
    texts = [window.list_header.text(), window.status_count.text(), window.hits_label.text().replace("F3", ""), zoom]
    assert all(texts) and all(ARABIC_INDIC.search(t) or "مقال" in t for t in texts)
    assert not any(LATIN.search(t) for t in texts), texts
    window.apply_settings(replace(window.settings, arabic_digits=False))
    window.article_view.zoom(+1)
    texts = [window.list_header.text(), window.status_count.text(), window.statusBar().currentMessage()]
    assert not any(ARABIC_INDIC.search(t) for t in texts), texts


def test_the_story_timeline_follows_the_chosen_digits(qtbot, make_window) -> None:
    """A story tab opened before Settings changed the digits writes its dates in the new ones."""
    window = make_window()
    show_active(qtbot, window)
    search(qtbot, window, "جمهورية سهيل")
    window.show_story_timeline()
    pane = window.story_dialog

    def labels() -> str:
        return " ".join(e.text() for e in pane.tree.entries())

    qtbot.waitUntil(lambda: ARABIC_INDIC.search(labels()) is not None, timeout=5000)
    window.apply_settings(replace(window.settings, arabic_digits=False))
    pane.set_entries([], "x")
    window.show_story_timeline()
    qtbot.waitUntil(lambda: len(pane.tree.entries()) > 0, timeout=5000)
    assert LATIN.search(labels()) and not ARABIC_INDIC.search(labels()), labels()


@pytest.mark.parametrize("arabic", [True, False])
def test_spin_boxes_date_edits_and_progress_bars_use_the_chosen_digits(qtbot, make_window, arabic: bool) -> None:
    """Qt's own numbers (Settings' spin boxes, the date to correct and its calendar, a progress bar)
    are written in the digits Settings chose, in the Arabic interface too."""
    from PySide6.QtWidgets import QProgressBar

    from newsreader.ui.settings_dialog import SettingsDialog
    from newsreader.ui.timeline_dialogs import DateDialog

    window = make_window()
    window.apply_settings(replace(window.settings, arabic_digits=arabic))
    wrong, right = (LATIN, ARABIC_INDIC) if arabic else (ARABIC_INDIC, LATIN)
    settings = SettingsDialog(window, window.settings)
    qtbot.addWidget(settings)
    dates = DateDialog(window, "2024-03-14", window.display)
    qtbot.addWidget(dates)
    bar = QProgressBar()
    bar.setRange(0, 4)
    bar.setValue(3)
    calendar = dates.edit.calendarWidget()
    texts = [settings.size_box.text(), settings.spacing.text(), dates.edit.text(), bar.text(), calendar.locale().toString(2024)]
    assert all(right.search(t) for t in texts), texts
    assert not any(wrong.search(t) for t in texts), texts
    settings.digits.setCurrentIndex(settings.digits.findData("latin" if arabic else "arabic"))  # chosen here:
    assert wrong.search(settings.size_box.text()) and not right.search(settings.size_box.text())  # shown at once


def test_arabic_counts_take_their_six_plural_forms(qtbot, make_window) -> None:
    window = make_window()
    expected = {
        0: "لا مقالات",
        1: "مقال واحد",
        2: "مقالان",
        3: "٣ مقالات",
        10: "١٠ مقالات",
        11: "١١ مقالًا",
        99: "٩٩ مقالًا",
        100: "١٠٠ مقال",
        103: "١٠٣ مقالات",
    }
    assert {n: window.display.num(window.tr("%n articles", "", n)) for n in expected} == expected
    assert window.status_count.text() == "١٠ مقالات"  # the sample library
    hits = {n: window.display.num(window.tr("%n hits", "", n)) for n in (1, 2, 3)}
    assert hits == {1: "نتيجة واحدة", 2: "نتيجتان", 3: "٣ نتائج"}
    english = make_window(language="en")
    assert [english.tr("%n articles", "", n) for n in (1, 2)] == ["1 article", "2 articles"]


# -- 9. the reader follows the list --------------------------------------------------------------------------
def test_the_reader_shows_an_article_of_the_list_or_says_it_is_empty(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    show_active(qtbot, window)
    first = window.current_article()
    assert first is not None and first.id == window.model.id_at(0)
    expected = sample_store.search_ids(parse("المترو"))
    assert first.id not in expected and expected
    search(qtbot, window, "المترو")
    assert window.current_article().id in window.model.ids() == expected
    assert window.article_view.hit_count() > 0 and window.hits_label.text()
    search(qtbot, window, "كلمةٌلاتوجدأبدا")
    assert window.model.rowCount() == 0 and window.current_article() is None
    assert window.list_empty.isVisible() and not window.list_view.isVisible()
    assert window.article_view.toPlainText() == window.list_empty.text()  # the reader says the same
    search(qtbot, window, "المترو")
    window.search_field.clear()
    window.searcher.run_now()
    window.pools.wait()
    QApplication.processEvents()
    assert window.current_article().id in window.model.ids() and window.model.rowCount() == 10
    assert window.article_view.hit_count() == 0 and window.article_view.extraSelections() == []
    assert window.hits_label.text() == ""


# -- 10. search rows, errors in the list, search help ---------------------------------------------------------
def test_search_rows_show_snippets_and_errors_show_in_the_list(qtbot, make_window) -> None:
    window = make_window()
    show_active(qtbot, window)
    plain = window.delegate.sizeHint(_option(window), window.model.index(0)).height()
    search(qtbot, window, "المترو")
    model = window.model
    for row in range(model.rowCount()):
        text, spans = model.data(model.index(row), Role.EXTRA)
        assert spans and all("متر" in text[s:e] for s, e in spans)
    assert window.delegate.sizeHint(_option(window), model.index(0)).height() > plain  # room for the snippet
    search(qtbot, window, "مترو from:2024-13")
    assert model.rowCount() == 0 and window.list_empty.isVisible()
    message = window.list_empty.text()
    assert "2024-13" in message and ARABIC_INDIC.search(message)  # where: «at character ١٠»
    assert "عند الحرف ١١ " in message  # «2024-13» starts at the 11th character
    assert window.act_search_help in window.help_menu.actions()
    from newsreader.ui.help import SearchHelpDialog

    dialog = SearchHelpDialog(window)
    qtbot.addWidget(dialog)
    examples = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert any("OR" in e for e in examples) and any("from:" in e for e in examples) and any("-" in e for e in examples)


def _option(window):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.font = window.list_view.font()
    return option


# -- 11. notes and tags ------------------------------------------------------------------------------------
def test_a_saved_note_shows_under_the_title_and_in_the_bookmarks_rows(
    qtbot, make_window, monkeypatch, sample_store: Store
) -> None:
    from newsreader.ui.bookmarks import BookmarkDialog

    window = make_window()
    show_active(qtbot, window)
    aid = window.current_article().id
    monkeypatch.setattr(BookmarkDialog, "exec", lambda self: BookmarkDialog.DialogCode.Accepted)
    monkeypatch.setattr(BookmarkDialog, "note_text", lambda self: "أعود إليه غدًا")
    monkeypatch.setattr(BookmarkDialog, "tag_list", lambda self: ["نقل"])
    window.reader.edit_bookmark()
    qtbot.waitUntil(lambda: "أعود إليه غدًا" in window.article_view.toPlainText(), timeout=5000)
    assert "#نقل" in window.article_view.toPlainText()
    title_block = window.article_view.document().firstBlock().text()
    assert title_block == window.current_article().title  # under the title, not in it
    window.view_combo.setCurrentIndex(window.view_combo.findData("bookmarks"))
    assert window.model.ids() == [aid]
    text, _spans = window.model.data(window.model.index(0), Role.EXTRA)
    assert "أعود إليه غدًا" in text and "#نقل" in text


# -- 14. dark theme contrast --------------------------------------------------------------------------------
def test_the_dark_theme_reads_at_wcag_aa(qtbot) -> None:
    from newsreader.ui import theme

    assert round(theme.contrast(QColor("#ffffff"), QColor("#000000")), 1) == 21.0  # the formula itself
    assert round(theme.contrast(QColor("#777777"), QColor("#ffffff")), 2) == 4.48
    theme.apply_theme("dark")
    try:
        palette = QApplication.palette()
        role = QPalette.ColorRole
        text_pairs = [
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.ButtonText, role.Button),
            (role.PlaceholderText, role.Base),
            (role.PlaceholderText, role.Window),
            (role.Link, role.Base),
            (role.ToolTipText, role.ToolTipBase),
            (role.HighlightedText, role.Highlight),
            (role.BrightText, role.Window),
        ]
        for fg, bg in text_pairs:
            ratio = theme.contrast(palette.color(fg), palette.color(bg))
            assert ratio >= 4.5, (fg, bg, ratio)
        base = palette.color(role.Base)
        for background, text in theme.hit_colours():
            assert theme.contrast(text, background) >= 4.5
            assert theme.luminance(background) < 0.2  # no glaring marker on a dark page
            assert theme.contrast(background, base) >= 1.3  # but still visible
        assert theme.contrast(QColor(theme.DARK_FIELD_BORDER), palette.color(role.Window)) >= 3
        assert theme.contrast(QColor(theme.DARK_FIELD_BORDER), base) >= 3
        for name in ("import", "search", "bookmark", "zoom-in", "zoom-out", "timeline", "story"):
            svg = theme.icon_path(f"{name}.svg").read_text(encoding="utf-8")
            strokes = set(re.findall(r'stroke="(#[0-9a-fA-F]{6})"', svg))
            assert strokes and all(theme.contrast(QColor(c), palette.color(role.Window)) >= 3 for c in strokes), name
    finally:
        theme.apply_theme("system")


# -- 15. narrow windows -----------------------------------------------------------------------------------
def test_narrow_windows_keep_everything_readable(qtbot, make_window) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(language="en")
    show_active(qtbot, window)
    for width, height in ((1024, 640), (800, 600)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w, timeout=2000)
        QApplication.processEvents()
        assert window.search_field.isVisible()
        assert window.list_view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisible() or not widget.text().strip():
                continue
            if isinstance(widget, QLabel) and widget.wordWrap():
                words = len(widget.text().split())
                lines = widget.heightForWidth(widget.width()) / widget.fontMetrics().lineSpacing()
                assert words < 4 or lines <= words / 2, (width, widget.text())  # no one-word lines
            else:
                assert widget.width() >= widget.minimumSizeHint().width(), (width, widget.text())  # not clipped
    assert not window.timeline.isVisible() and not window.act_show_timeline.isChecked()  # folded at 800
    window.act_show_timeline.trigger()
    assert window.timeline.isVisible()
    window.resize(1300, 800)
    qtbot.waitUntil(lambda: window.width() == 1300, timeout=2000)
    assert window.toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


# -- 16. first launch, and the next one ----------------------------------------------------------------------
def test_the_first_launch_greets_and_a_later_one_resumes(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    show_active(qtbot, window)
    window.reader.show_welcome()
    text = window.article_view.toPlainText()
    assert text.startswith(window.tr("Welcome to News Reader")) and window.current_article() is None
    asked: list[str] = []
    monkeypatch.setattr(type(window), "import_folder_dialog", lambda self: asked.append("folder"))
    window.article_view.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("newsreader:import-folder"))
    assert asked == ["folder"]
    window.article_view.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("newsreader:search"))
    assert window.search_field.hasFocus() and window.search_field.text()
    window.search_field.clear()
    window.searcher.run_now()
    # the view, the article and the search are where the last session left them
    window.settings.mark_read_on_open = False  # (opened, it would leave the Unread view)
    window.view_combo.setCurrentIndex(window.view_combo.findData("unread"))
    aid = window.model.id_at(3)
    window.select_article(aid)
    window.search_field.setText("مترو")
    window.close()
    again = make_window()
    again.restore_reading_state()
    assert again.view() == "unread" and again.current_article().id == aid
    show_active(qtbot, again)
    qtbot.waitUntil(lambda: again.search_field.text() == "مترو", timeout=3000)
    # the Settings item shows its shortcut; the shortcuts list is grouped, each action once
    assert "Ctrl+," in again.act_settings.text()
    groups = shortcut_rows(again)
    names = [name for _group, rows in groups for name, _keys in rows]
    assert len(groups) >= 4 and len(names) == len(set(names))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_dialogs_fit_a_small_screen_with_icons_on_their_buttons(qtbot, make_window, language: str) -> None:
    """Settings, note and tags, the date to correct, the shortcuts, the search syntax, the import
    summary, renaming an outlet, restoring a backup and a warning: each fits an 800×600 screen, is no smaller than its
    contents need (nothing clips), has no explanation in one-word lines or a search-syntax row
    taller than its text, and shows the style's icon on each standard button."""
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMessageBox

    from newsreader.importing.pipeline import SkippedRecord
    from newsreader.ui.backups import RestoreDialog
    from newsreader.ui.bookmarks import BookmarkDialog
    from newsreader.ui.dialogs import standard_icons
    from newsreader.ui.help import SearchHelpDialog, ShortcutsDialog
    from newsreader.ui.import_dialog import SummaryDialog
    from newsreader.ui.outlet_dialog import RenameOutletDialog
    from newsreader.ui.settings_dialog import SettingsDialog
    from newsreader.ui.timeline_dialogs import DateDialog

    window = make_window(language=language)
    window.select_row(0)
    article = window.current_article()
    warning = QMessageBox(
        QMessageBox.Icon.Warning,
        "x",
        window.tr("Could not export: %1").replace("%1", "/tmp/x"),
        QMessageBox.StandardButton.Ok,
        window,
    )
    standard_icons(warning)
    dialogs = [
        SettingsDialog(window, window.settings),
        BookmarkDialog(window, None, article.title),
        DateDialog(window, article.published, window.display),
        ShortcutsDialog(window, shortcut_rows(window)),
        SearchHelpDialog(window),
        RenameOutletDialog(window, article.source),
        SummaryDialog(window, "x", [("/a/b/c.html", "not a news file")], [SkippedRecord("/a/f.json", "4", "no title")]),
        RestoreDialog(window, [], window.display),
        warning,
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        QApplication.processEvents()
        name = type(dialog).__name__
        assert dialog.width() <= 760 and dialog.height() <= 540, (name, dialog.size())
        hint = dialog.minimumSizeHint()
        assert dialog.width() >= hint.width() and dialog.height() >= hint.height(), (name, dialog.size(), hint)
        boxes = dialog.findChildren(QDialogButtonBox)
        buttons = [b for box in boxes for b in box.buttons()] or dialog.findChildren(QAbstractButton)
        assert buttons and all(not b.icon().isNull() for b in buttons if b.isVisible() and b.text()), name
        for label in dialog.findChildren(QLabel):
            if label.wordWrap() and label.isVisible() and len(label.text().split()) >= 4:
                lines = label.height() // label.fontMetrics().lineSpacing()
                assert lines <= len(label.text().split()) / 2, (name, label.text())
        table = getattr(dialog, "table", None)
        if isinstance(dialog, SearchHelpDialog):
            line = table.fontMetrics().lineSpacing()
            for r in range(table.rowCount()):
                text = table.item(r, 1).text()
                width = table.columnWidth(1) - 8
                need = (table.fontMetrics().horizontalAdvance(text) // max(width, 1) + 1) * line
                assert table.rowHeight(r) <= need + 2 * line, (text, table.rowHeight(r), need)
        dialog.close()


# -- 12. the timeline pane draws time ------------------------------------------------------------------------
def test_snippets_are_whole_words_centred_on_their_mention() -> None:
    from newsreader.ui.timeline_axis import centred_snippet

    sentence = "قالت الهيئة في بيانها الصادر صباح اليوم إن الموسم يبدأ في منتصف مارس 2024 ويستمر حتى نهاية الصيف المقبل"
    for limit in (20, 35, 50, 80, 200):
        text, start, end = centred_snippet(sentence, "منتصف مارس 2024", lambda s, n=limit: len(s) <= n)
        assert text[start:end] == "منتصف مارس 2024"
        assert len(text) <= limit or text.strip("…") == "منتصف مارس 2024"
        words = text.strip("…").split()
        assert all(w in sentence.split() for w in words)  # whole words only
        if limit < len(sentence):
            assert abs(start - (len(text) - end)) <= 12  # about as much before as after
    assert centred_snippet(sentence, "غائب", lambda s: len(s) <= 30)[1:] == (-1, -1)


def test_the_timeline_pane_is_an_axis_with_marks_by_precision(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.domain import Mention
    from newsreader.ui import timeline_view
    from newsreader.ui.formatting import Display
    from newsreader.ui.timeline_axis import AxisDelegate

    window = make_window()
    window.resize(1400, 900)
    show_active(qtbot, window)
    aid = max(sample_store.article_ids(), key=lambda i: len(sample_store.mentions(i)))
    window.select_article(aid)
    tree = window.timeline.tree
    assert isinstance(tree.itemDelegate(), AxisDelegate) and tree.indentation() == 0
    kinds = {e.data(timeline_view.PRECISION_ROLE) for e in tree.entries()}
    assert {"day", "band"} <= kinds
    model = tree.model_
    assert model.item(0).data(timeline_view.KIND_ROLE) == "year"
    # the axis: one vertical line down the pane, on the reading side (the right, in Arabic)
    image = tree.viewport().grab().toImage()
    base = image.pixelColor(image.width() // 2, 2)
    column = image.width() - 16
    inked = sum(1 for y in range(0, image.height(), 4) if image.pixelColor(column, y) != base)
    assert inked > image.height() // 4 * 0.8
    # with the Hijri calendar asked for in Settings, each day has its Hijri date beside it
    window.apply_settings(replace(window.settings, calendar="both"))
    days = [e for e in window.timeline.tree.entries() if e.data(timeline_view.PRECISION_ROLE) == "day"]
    assert days and all("هـ" in e.data(timeline_view.LABEL_ROLE) for e in days)
    # in English the labels are English, no more precise than the text
    english = Display("en")
    month = Mention(0, 5, "مارس", "DATE", "2024-03", first_day="2024-03-01", last_day="2024-03-31")
    assert english.mention(month) == "March 2024"
    assert (
        english.mention(Mention(0, 5, "x", "DATE", "2024-SU", first_day="2024-06-01", last_day="2024-08-31", mod="END"))
        == "late summer 2024"
    )


# -- 13. the story timeline, a view of the main window ------------------------------------------------------------
def test_the_story_timeline_is_a_tab_that_merges_events_and_names_articles_once(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.timeline import build as events
    from newsreader.ui import timeline_view

    window = make_window()
    show_active(qtbot, window)
    search(qtbot, window, "جمهورية سهيل")
    window.show_story_timeline()
    pane = window.story_dialog
    qtbot.waitUntil(lambda: len(pane.tree.entries()) > 0, timeout=5000)
    assert pane.window() is window and window.timeline_tabs.currentWidget() is pane  # not a window on top
    assert window.timeline_tabs.indexOf(window.timeline) == 0
    # under each event, each article is named once, with its outlet
    model = pane.tree.model_
    outlets = {r.source for r in sample_store.rows(window.model.ids()).values()}

    def walk(item):  # type: ignore[no-untyped-def]
        for r in range(item.rowCount()):
            yield item.child(r)
            yield from walk(item.child(r))

    rows = list(walk(model.invisibleRootItem()))
    for event in (i for i in rows if i.data(timeline_view.KIND_ROLE) == "entry"):
        named = [event.child(r).data(timeline_view.ARTICLE_ROLE) for r in range(event.rowCount())]
        assert named and len(named) == len(set(named))
        assert all(any(o in event.child(r).text() for o in outlets if o) for r in range(event.rowCount()))
    # the same sentence in two articles is one event
    first = next(i for i in rows if i.data(timeline_view.KIND_ROLE) == "entry")
    mention = sample_store.mentions(first.child(0).data(timeline_view.ARTICLE_ROLE))[0]
    twice = [events.Entry(mention, "a1", "الأول"), events.Entry(mention, "a2", "الثاني"), events.Entry(mention, "a2", "الثاني")]
    pane.set_entries(twice, "x", {"a1": "وكالة", "a2": "إذاعة"})
    rows = list(walk(model.invisibleRootItem()))
    merged = [i for i in rows if i.data(timeline_view.KIND_ROLE) == "entry"]
    assert len(merged) == 1 and merged[0].rowCount() == 2
    # opening an article from the story keeps the story in view
    pane.set_entries([], "x")
    window.show_story_timeline()
    qtbot.waitUntil(lambda: len(pane.tree.entries()) > 0, timeout=5000)
    target = next(
        e
        for e in pane.tree.entries()
        if e.data(timeline_view.KIND_ROLE) == "article" and e.data(timeline_view.ARTICLE_ROLE) != window.current_article().id
    )
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        pane.tree.entryActivated.emit(
            target.data(timeline_view.ARTICLE_ROLE), target.data(timeline_view.START_ROLE), target.data(timeline_view.END_ROLE)
        )
    assert window.current_article().id == target.data(timeline_view.ARTICLE_ROLE)
    assert window.timeline_tabs.currentWidget() is pane and pane.isVisible()


def test_an_article_opened_from_the_story_is_always_one_of_the_list(qtbot, make_window, sample_store: Store) -> None:
    """A story built from the bookmarks names an article the Unread view does not hold: opening it
    brings a list that holds it (the Bookmarks view), the reader never shows an article beside a
    list without it, and the story stays."""
    from newsreader.ui import timeline_view

    ids = sample_store.article_ids()
    kept = next(aid for aid in ids if sample_store.mentions(aid))
    sample_store.add_bookmark(kept)
    sample_store.set_read([kept], True)
    window = make_window()
    window.settings.mark_read_on_open = False
    show_active(qtbot, window)
    window.view_combo.setCurrentIndex(window.view_combo.findData("unread"))
    assert kept not in window.model.ids() and window.model.rowCount() > 0
    window.show_story_timeline()  # no search: the story of the bookmarks
    pane = window.story_dialog
    qtbot.waitUntil(lambda: len(pane.tree.entries()) > 0, timeout=5000)
    target = next(
        e
        for e in pane.tree.entries()
        if e.data(timeline_view.KIND_ROLE) == "article" and e.data(timeline_view.ARTICLE_ROLE) == kept
    )
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        pane.tree.entryActivated.emit(kept, target.data(timeline_view.START_ROLE), target.data(timeline_view.END_ROLE))
    window.pools.wait()
    QApplication.processEvents()
    assert window.current_article().id == kept
    assert kept in window.model.ids() and window.list_view.currentIndex().data(Role.ID) == kept
    assert window.view() == "bookmarks"
    assert window.timeline_tabs.currentWidget() is pane and pane.isVisible()


# -- 8. the reading pane ------------------------------------------------------------------------------------
def test_imported_pages_read_as_paragraphs_with_a_short_source_link(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.domain import ParsedArticle
    from newsreader.ui.article_view import body_blocks, short_link

    assert short_link("https://www.skynewsarabia.com/world/%D9%85%D8%B5%D8%B1-1") == "skynewsarabia.com"
    assert short_link("https://xn--mgbh0fb.xn--kgbechtv/x") == "مثال.إختبار"
    assert body_blocks("أ\nب\n\nج") == [(0, "أ\nب"), (5, "ج")]
    assert body_blocks("سطر أول\nسطر ثان") == [(0, "سطر أول"), (8, "سطر ثان")]  # one paragraph a line
    body = "السطر الأول من الخبر.\nالسطر الثاني من الخبر.\nكتبه: سامي النجار"
    aid = add_articles(
        sample_store,
        [
            ParsedArticle(
                title="خبر مستورد",
                body=body,
                author="سامي النجار",
                source="الأفق",
                published="2031-01-02",
                url="https://www.example.org/%D9%85%D9%85",
            )
        ],
    )[0].id
    window = make_window()
    window.show_article(aid)
    doc = window.article_view.document()
    blocks = [doc.findBlockByNumber(n).text() for n in range(doc.blockCount())]
    assert "السطر الأول من الخبر." in blocks and "السطر الثاني من الخبر." in blocks  # two paragraphs
    assert not any("سامي النجار" in b for b in blocks[:2])  # the byline is the text's, not repeated above it
    assert any(b.replace("\u2068", "").replace("\u2069", "") == "المصدر: example.org ↗" for b in blocks)
    assert not any("%D9" in b for b in blocks)
    # offsets still map: a paragraph's first character is where the article's text has it
    article = window.current_article()
    offset = article.full_text.index("السطر الثاني")
    position = window.article_view.position_of(offset)
    assert doc.characterAt(position) == "ا" and doc.findBlock(position).text().startswith("السطر الثاني")


@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_welcome_quotes_its_arabic_search_in_the_line_s_own_direction(qtbot, make_window, language: str) -> None:
    """The suggested search sits isolated between its line's quote marks: in the English welcome,
    «» around Arabic had their closing mark drawn mirrored on the Arabic side."""
    from newsreader.text.bidi import isolate
    from newsreader.ui.reader_controller import SAMPLE_QUERY

    window = make_window(language=language)
    window.reader.show_welcome()
    lines = window.article_view.toPlainText().splitlines()
    line = next(t for t in lines if SAMPLE_QUERY in t)
    quoted = {"ar": f"«{isolate(SAMPLE_QUERY)}»", "en": f"“{isolate(SAMPLE_QUERY)}”"}[language]
    assert quoted in line, line
    window.article_view.anchorClicked.emit(__import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl("newsreader:search"))
    assert window.search_field.text() == SAMPLE_QUERY


def test_a_byline_says_only_what_the_outlet_and_the_text_do_not(qtbot, make_window, sample_store: Store) -> None:
    """The meta line names the outlet once: a byline's entities are decoded, the outlet's name
    comes out of it («المنامة - وكالة الواحة» → «المنامة»), a byline the first paragraph opens with
    is not repeated; «also in» names the other outlets of a wire copy, not the outlet's own edition."""
    from newsreader.domain import ParsedArticle
    from newsreader.ui.article_view import byline

    assert byline("المنامة - وكالة الواحة", "وكالة الواحة", "عنوان", "") == "المنامة"
    assert byline("الواحة &ndash; متابعات:", "الواحة", "عنوان", "") == "متابعات"
    assert byline("الواحة &ndash; متابعات:", "الأفق", "عنوان", "الواحة – متابعات: قال") == ""
    assert byline("مراسلنا: «وكالة الواحة»", "وكالة الواحة", "عنوان", "") == "مراسلنا"
    assert byline("وكالة الواحة", "وكالة الواحة", "عنوان", "") == ""
    assert byline("سامي النجار - الواحة", "الأفق", "عنوان", "") == "سامي النجار - الواحة"
    body = "أعلنت هيئة المياه في جمهورية سهيل أمس عن مشروع جديد لتحلية المياه في الساحل.\n\nويكتمل المشروع بعد عامين."
    made = add_articles(
        sample_store,
        [
            ParsedArticle(
                title="مشروع لتحلية المياه",
                body=body,
                author="المنامة - وكالة الواحة",
                source="وكالة الواحة",
                published="2031-02-03",
                url="https://example.org/oasis/1",
            ),
            ParsedArticle(
                title="مشروع لتحلية المياه",
                body=body,
                source="وكالة الواحة",
                published="2031-02-03",
                url="https://example.org/oasis/1?weekly",
            ),
            ParsedArticle(
                title="مشروع لتحلية المياه",
                body=body,
                source="صحيفة الأفق",
                published="2031-02-03",
                url="https://example.net/ufuq/7",
            ),
        ],
    )
    window = make_window()
    first = made[0].id
    window.show_article(first)
    doc = window.article_view.document()
    blocks = [doc.findBlockByNumber(n).text().replace("\u2068", "").replace("\u2069", "") for n in range(doc.blockCount())]
    meta = blocks[1]
    assert meta.count("وكالة الواحة") == 1 and "المنامة" in meta, meta
    also = [b for b in blocks if b.startswith(window.article_view.tr("Also in: %1").split("%1")[0])]
    article = window.current_article()
    others = {name for name, _url in article.also_in}
    assert "صحيفة الأفق" in others and len(also) == 1, blocks
    assert "صحيفة الأفق" in also[0] and "وكالة الواحة" not in also[0], (also, others)


def test_a_first_launch_lists_the_samples_beside_the_welcome(qtbot, make_window, tmp_path: Path) -> None:
    """The samples come in while the welcome is shown: the list shows them (never «library empty»
    beside «Articles (10)»), the status bar carries no import report, every welcome link is translated."""
    from newsreader import paths

    empty = Store.open(tmp_path / "first.db")
    window = make_window(empty)
    show_active(qtbot, window)
    assert window.list_empty.isVisible()  # an empty library says so, in the list
    samples = paths.resource("samples")
    with qtbot.waitSignal(window.importFinished, timeout=30000):
        window.greet_first_launch(samples)
    window.pools.wait()
    QApplication.processEvents()
    assert window.model.rowCount() == len(list(samples.glob("*.txt"))) >= 8
    assert window.list_view.isVisible() and not window.list_empty.isVisible()
    assert window.current_article() is None  # the welcome stays until the reader picks an article
    assert window.article_view.toPlainText().startswith("أهلًا")
    assert window.statusBar().currentMessage() == ""  # a welcome, not «Import finished: 10 new…»
    welcome = window.article_view.toPlainText()
    assert not re.search("[A-Za-z]{3,}", welcome), welcome  # the Arabic welcome has no English line left
    search(qtbot, window, "كلمةلاتوجد")  # a search that finds nothing: the reader says so, not the welcome
    assert window.article_view.toPlainText().strip() == window.list_empty.text() == window.tr("No article matches this search.")
    window.close()
    empty.close()
