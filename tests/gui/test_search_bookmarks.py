"""Search as you type, hit highlighting, bookmarks and reading state in the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from newsreader.search.query import parse
from newsreader.store import Store


def show_active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type non-ASCII text key by key (QTest.keyClicks only knows ASCII)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    m = window.model
    return [m.data(m.index(r)) for r in range(m.rowCount())]


def test_typing_a_query_updates_the_list_and_highlights_hits(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    show_active(qtbot, window)
    total = window.model.rowCount()
    expected = sample_store.search_ids(parse("المترو"))
    assert 0 < len(expected) < total
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        type_text(window.search_field, "المترو")
    assert window.model.ids() == expected
    qtbot.waitUntil(
        lambda: window.current_article() is not None and window.current_article().id == expected[0], timeout=3000
    )  # the list changed: its first article is shown
    view = window.article_view
    assert view.hit_count() > 0
    # every highlighted span is a form of the word in the original text
    text = view.article.full_text
    assert all("متر" in text[s:e] for s, e in view._hits)
    selections = view.extraSelections()
    assert len(selections) == view.hit_count()
    # F3 steps through the hits and moves the text cursor to each
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F3)
    assert view._current_hit == 0
    assert view.offset_of(view.textCursor().position()) == view._hits[0][0]
    if view.hit_count() > 1:
        qtbot.keyClick(view, Qt.Key.Key_F3)
        assert view._current_hit == 1
        qtbot.keyClick(view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
        assert view._current_hit == 0
    # clearing the field shows every article again
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        window.search_field.clear()
    assert window.model.rowCount() == total


def test_an_unusable_query_is_answered_politely(qtbot, make_window) -> None:
    window = make_window()
    show_active(qtbot, window)
    window.search_field.setText('from:2020-99 "')
    window.searcher.run_now()
    message = window.statusBar().currentMessage()  # a message, no dialog, no exception
    assert "ليس تاريخًا" in message and "\u20682020-99\u2069" in message  # in Arabic, the date isolated
    assert window.model.rowCount() >= 0


def test_query_errors_read_in_the_interface_language(qtbot, make_window) -> None:
    for language, expected in (("en", "is too common to search for on its own"), ("ar", "شائعة جدًا")):
        window = make_window(language=language)
        window.search_field.setText("في")  # a word in nearly every article: refused alone
        window.searcher.run_now()
        assert expected in window.statusBar().currentMessage()


def test_bookmark_toggle_persists_after_reopening(qtbot, make_window, sample_store: Store, db_path: Path) -> None:
    window = make_window()
    show_active(qtbot, window)
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        window.select_row(1)
    aid = window.current_article().id
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Ctrl+D
    qtbot.waitUntil(lambda: window.bookmark_button.isChecked(), timeout=5000)
    window.close()
    with Store.open(db_path) as reopened:
        assert reopened.is_bookmarked(aid)
    again = make_window()
    again.view_combo.setCurrentIndex(again.view_combo.findData("bookmarks"))
    assert again.model.ids() == [aid]
    # the text pane's button removes it again
    again.show_article(aid)
    again.bookmark_button.click()

    def removed() -> bool:
        with Store.connect(db_path) as s:
            return not s.is_bookmarked(aid)

    qtbot.waitUntil(removed, timeout=5000)
    qtbot.waitUntil(lambda: "☆" in again.bookmark_button.text(), timeout=5000)


def test_bookmarks_view_filters_by_tag(qtbot, make_window, sample_store: Store) -> None:
    ids = sample_store.article_ids()
    sample_store.add_bookmark(ids[0], "ملاحظة", ["اقتصاد"])
    sample_store.add_bookmark(ids[1], "", ["رياضة"])
    window = make_window()
    window.view_combo.setCurrentIndex(window.view_combo.findData("bookmarks"))
    assert sorted(window.model.ids()) == sorted(ids[:2])
    window.tag_combo.setCurrentIndex(window.tag_combo.findData("رياضة"))
    assert window.model.ids() == [ids[1]]


def test_unread_articles_are_bold(make_window, sample_store: Store) -> None:
    ids = sample_store.article_ids()
    sample_store.set_read([ids[0]])
    window = make_window()
    m = window.model
    assert m.data(m.index(0), Qt.ItemDataRole.FontRole) is None  # read: normal weight
    assert m.data(m.index(1), Qt.ItemDataRole.FontRole).bold()
