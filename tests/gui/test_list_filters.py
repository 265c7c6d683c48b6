"""The list's views (Unread, Bookmarks, a tag) filter a search as filters of the parsed query: the
text typed cannot swallow them (an unclosed quote) and a search keeps the chosen tag."""

from __future__ import annotations

from PySide6.QtCore import Qt

from newsreader.search.query import parse
from newsreader.store import Store

WORD = "سهيل"  # in five of the ten sample articles


def search(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` in the search field and press Enter; wait for the list."""
    window.search_field.setText(text)
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.pools.reader.activeThreadCount(), timeout=5000)


def choose_view(window, view: str) -> None:  # type: ignore[no-untyped-def]
    window.settings.mark_read_on_open = False  # what is read stays as the test set it (but the first article)
    window.pools.wait()  # the first article shown was marked read: done before the list is chosen
    window.view_combo.setCurrentIndex(window.view_combo.findData(view))


def unread(store: Store, ids: list[str]) -> list[str]:
    return [a for a in ids if not store.article(a).read]


def test_an_unclosed_quote_keeps_the_unread_view(qtbot, make_window, sample_store: Store) -> None:
    matches = sample_store.search_ids(parse(WORD))
    assert len(matches) >= 3
    sample_store.set_read(matches[:2], True)
    window = make_window()
    choose_view(window, "unread")
    search(qtbot, window, f'"{WORD}')  # the quote is never closed
    assert window.model.ids() == unread(sample_store, matches) != []
    assert len(unread(sample_store, matches)) < len(matches)


def test_an_unclosed_quote_keeps_the_bookmarks_view(qtbot, make_window, sample_store: Store) -> None:
    matches = sample_store.search_ids(parse(WORD))
    others = [a for a in sample_store.article_ids() if a not in matches]
    sample_store.add_bookmark(matches[1])
    sample_store.add_bookmark(others[0])
    window = make_window()
    choose_view(window, "bookmarks")
    search(qtbot, window, f'"{WORD}')
    assert window.model.ids() == [matches[1]]


def test_a_search_in_the_bookmarks_view_keeps_the_tag(qtbot, make_window, sample_store: Store) -> None:
    matches = sample_store.search_ids(parse(WORD))
    sample_store.add_bookmark(matches[0], "", ["اقتصاد"])
    sample_store.add_bookmark(matches[1], "", ["رياضة"])
    window = make_window()
    choose_view(window, "bookmarks")
    window.tag_combo.setCurrentIndex(window.tag_combo.findData("رياضة"))
    assert window.model.ids() == [matches[1]]
    search(qtbot, window, WORD)
    assert window.model.ids() == [matches[1]]
    window.tag_combo.setCurrentIndex(0)  # all tags: both bookmarks that match
    qtbot.waitUntil(lambda: sorted(window.model.ids()) == sorted(matches[:2]), timeout=5000)


def test_filters_of_the_view_and_of_the_text_combine(qtbot, make_window, sample_store: Store) -> None:
    """«is:unread» typed in the Bookmarks view: both apply."""
    matches = sample_store.search_ids(parse(WORD))
    for aid in matches[:3]:
        sample_store.add_bookmark(aid)
    sample_store.set_read([matches[0]], True)
    window = make_window()
    choose_view(window, "bookmarks")
    search(qtbot, window, f"{WORD} is:unread")
    assert sorted(window.model.ids()) == sorted(unread(sample_store, matches[:3])) != []


def test_a_search_of_filters_only_keeps_the_tag(qtbot, make_window, sample_store: Store) -> None:
    """A search without words (filters only) is narrowed by the tag too."""
    ids = sample_store.article_ids()
    sample_store.add_bookmark(ids[3], "", ["اقتصاد"])  # unread, another tag
    sample_store.add_bookmark(ids[1], "", ["رياضة"])
    sample_store.add_bookmark(ids[2], "", ["رياضة"])
    sample_store.set_read([ids[2]], True)
    window = make_window()
    choose_view(window, "bookmarks")
    window.tag_combo.setCurrentIndex(window.tag_combo.findData("رياضة"))
    search(qtbot, window, "is:unread")
    assert window.model.ids() == [ids[1]]


def test_a_view_is_something_to_look_for(qtbot, make_window, sample_store: Store) -> None:
    """«-word» alone in the Unread view is a search of the unread articles (the view's filter is what
    it looks for), as when the filter was text added to the query; in All articles it is refused."""
    window = make_window()
    choose_view(window, "unread")
    search(qtbot, window, f"-{WORD}")
    assert window.list_empty.isHidden()  # no «a search needs at least one word»
    assert window.model.ids() == sample_store.search_ids(parse(f"-{WORD} is:unread")) != []
    choose_view(window, "all")
    assert window.model.ids() == [] and not window.list_empty.isHidden()
