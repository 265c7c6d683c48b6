"""The timeline pane: entries, click to highlight, the reference date and its correction."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from newsreader.store import Store
from newsreader.ui import timeline_dialogs, timeline_view


def select(qtbot, window, aid: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        window.select_article(aid)


def richest(store: Store) -> str:
    return max(store.article_ids(), key=lambda i: len(store.mentions(i)))


def test_entries_are_chronological_and_click_highlights(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    aid = richest(sample_store)
    select(qtbot, window, aid)
    tree = window.timeline.tree
    entries = tree.entries()
    dated = [m for m in sample_store.mentions(aid) if m.first_day]
    assert len(entries) == len(sample_store.mentions(aid)) and dated
    # top-level rows are years in ascending order, then the undated section
    model = tree.model_
    years = [model.item(r).text() for r in range(model.rowCount())]
    from newsreader.text.arabic import latin_digits

    numeric = [int(latin_digits(y)) for y in years if latin_digits(y).isdigit()]
    assert numeric == sorted(numeric) and numeric
    # clicking an entry scrolls to and highlights exactly its expression
    window.show()
    qtbot.waitExposed(window)
    item = entries[len(entries) // 2]
    index = model.indexFromItem(item)
    tree.scrollTo(index)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center())
    start, end = item.data(timeline_view.START_ROLE), item.data(timeline_view.END_ROLE)
    assert window.article_view.highlighted_mention() == (start, end)
    article = sample_store.article(aid)
    sel = window.article_view.extraSelections()[-1]
    assert sel.cursor.selectedText() == article.full_text[start:end].replace("\n", "\u2028")
    # moving the text cursor onto another mention selects its entry
    other = entries[0]
    cursor = window.article_view.textCursor()
    cursor.setPosition(window.article_view.position_of(other.data(timeline_view.START_ROLE)))
    window.article_view.setTextCursor(cursor)
    assert tree.currentIndex() == model.indexFromItem(other)


def test_reference_date_shown_and_corrected(qtbot, make_window, sample_store: Store, monkeypatch) -> None:
    window = make_window()
    aid = richest(sample_store)
    select(qtbot, window, aid)
    assert "ترويسة" in window.timeline.reference.text()  # «from the page header»
    before = {(m.start, m.value) for m in sample_store.mentions(aid)}

    def fake_exec(dialog: QDialog) -> int:
        dialog.edit.setDate(QDate(2011, 1, 5))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(timeline_dialogs.DateDialog, "exec", fake_exec)
    with qtbot.waitSignal(window.articleShown, timeout=5000):
        window.timeline.correct_button.click()
    article = sample_store.article(aid)
    assert (article.published, article.date_source) == ("2011-01-05", "user")
    after = {(m.start, m.value) for m in sample_store.mentions(aid)}
    assert after != before  # relative dates were resolved again against the new date
    assert "صحّحتَه" in window.timeline.reference.text()


def test_story_timeline_links_back_to_articles(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    window.show()
    with qtbot.waitSignal(window.listUpdated, timeout=5000):
        window.search_field.setText("جمهورية سهيل")
    ids = window.model.ids()
    assert len(ids) >= 2
    window.show_story_timeline()
    dialog = window.story_dialog
    qtbot.waitUntil(lambda: len(dialog.tree.entries()) > 0, timeout=5000)
    entries = dialog.tree.entries()
    articles = {e.data(timeline_view.ARTICLE_ROLE) for e in entries}
    assert articles <= set(ids) and len(articles) >= 2
    target = next(
        e
        for e in reversed(entries)  # an article that is not the one shown
        if e.data(timeline_view.ARTICLE_ROLE) != window.current_article().id
    )
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        dialog.tree.entryActivated.emit(
            target.data(timeline_view.ARTICLE_ROLE), target.data(timeline_view.START_ROLE), target.data(timeline_view.END_ROLE)
        )
    assert window.current_article().id == target.data(timeline_view.ARTICLE_ROLE)
    assert window.article_view.highlighted_mention() == (
        target.data(timeline_view.START_ROLE),
        target.data(timeline_view.END_ROLE),
    )


def test_the_english_interface_labels_entries_in_english(qtbot, make_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from newsreader.domain import ParsedArticle
    from newsreader.timeline.display import MONTHS

    with Store.open(tmp_path / "english.db") as store:
        store.add_articles(
            [
                ParsedArticle(
                    title="مهرجان الواحة",
                    published="2016-07-01",
                    source="الواحة",
                    body="يقام المهرجان من 13 إلى 15 تموز 2016، ويختتم الموسم في 10 شوال 1437هـ.",
                )
            ]
        )
        window = make_window(store, language="en")
        window.select_article(store.article_ids()[0])
        qtbot.waitUntil(lambda: len(window.timeline.tree.entries()) == 2, timeout=3000)
        entries = window.timeline.tree.entries()
        labels = [str(e.data(timeline_view.LABEL_ROLE)).translate({c: None for c in range(0x2066, 0x206A)}) for e in entries]
        assert "Wednesday 13 – Friday 15 July 2016" in labels  # a range, in English
        bare = [label.translate(dict.fromkeys(range(0x2066, 0x206A))) for label in labels]  # without isolates
        assert any(label.endswith("(10 Shawwal 1437 AH)") for label in bare)  # the Hijri date as written
        assert not any(name in label for label in labels for name in MONTHS)
        # the range is drawn as a bar on the axis, the day as a dot
        assert [e.data(timeline_view.PRECISION_ROLE) for e in entries] == ["bar", "day"]
        window.pools.wait()


@pytest.mark.parametrize("language", ["ar", "en"])
def test_an_undated_article_asks_for_its_date(qtbot, make_window, tmp_path, monkeypatch, language) -> None:  # type: ignore[no-untyped-def]
    """Issue 14, item 14: no date, so nothing resolved against the import day; the pane says so and
    its button opens the date dialog, after which the relative dates are resolved."""
    from newsreader.domain import ParsedArticle

    with Store.open(tmp_path / "undated.db") as store:
        store.add_articles(
            [
                ParsedArticle(
                    title="اجتماع المجلس البلدي",
                    source="الواحة",
                    body="اجتمع المجلس البلدي في مدينة الواحة أمس وقرر تأجيل المشروع إلى الأسبوع المقبل.",
                )
            ]
        )
        [aid] = store.article_ids()
        assert store.mentions(aid) and not any(m.first_day for m in store.mentions(aid))
        window = make_window(store, language=language)
        pane = window.timeline
        window.select_article(aid)
        qtbot.waitUntil(lambda: pane.article is not None and pane.article.id == aid, timeout=3000)
        words = {"ar": ("بلا تاريخ", "«أمس»", "تحديد التاريخ…"), "en": ("No date", "«yesterday»", "Set the date…")}[language]
        assert words[0] in pane.reference.text() and words[1] in pane.reference.text()
        assert pane.correct_button.text() == words[2] and pane.correct_button.isEnabled()

        def fake_exec(dialog: QDialog) -> int:
            dialog.edit.setDate(QDate(2024, 3, 10))
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(timeline_dialogs.DateDialog, "exec", fake_exec)
        with qtbot.waitSignal(window.articleShown, timeout=5000):
            pane.correct_button.click()
        assert store.article(aid).published == "2024-03-10"
        assert "2024-03-09" in {m.first_day for m in store.mentions(aid)}  # «yesterday», now resolved
        assert words[0] not in pane.reference.text()
        assert pane.correct_button.text() == {"ar": "تصحيح التاريخ…", "en": "Correct date…"}[language]
        window.pools.wait()
