"""A library whose search index another analyser built is re-indexed after the window's first paint,
a step at a time, with progress in the status bar (in the interface language)."""

from __future__ import annotations

import pytest

from newsreader import derived
from newsreader.commands.search import find
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.store.search import index
from newsreader.ui.jobs import Pools


def launch_in_arabic(qtbot, store: Store):  # type: ignore[no-untyped-def]
    """A launching window in the Arabic interface, and the status bar's messages as they come."""
    from PySide6.QtWidgets import QApplication

    from newsreader.app import Translations
    from newsreader.ui.main_window import MainWindow

    Translations(QApplication.instance()).apply("ar")
    window = MainWindow(store, Settings(), Pools(), launching=True)
    qtbot.addWidget(window)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    window.show()
    return window, messages


def test_a_stale_index_is_rebuilt_in_the_background(qtbot, sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    total = sample_store.count()
    found = find(sample_store, "الواحة").total
    assert total > 2 and found > 0
    with sample_store.db.atomic():  # an index from another analyser: here, one that lost every row
        sample_store.db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        sample_store.db.execute("UPDATE search_state SET value = 'older' WHERE key = 'analyzer'")
    assert find(sample_store, "الواحة").total == 0
    monkeypatch.setattr(index, "REINDEX_BATCH", 2)
    window, messages = launch_in_arabic(qtbot, sample_store)
    qtbot.waitUntil(lambda: "فهرس البحث محدَّث" in messages, timeout=10000)
    assert f"تحديث فهرس البحث: 2 من {total} مقالاً" in messages
    assert derived.search_index_current(sample_store)
    assert find(sample_store, "الواحة").total == found
    window.pools.wait()


def test_mentions_from_another_extractor_are_extracted_again_in_the_background(
    qtbot, sample_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsreader.store import timeline_mentions

    total = sample_store.count()
    aid = max(sample_store.article_ids(), key=lambda i: len(sample_store.mentions(i)))
    current = sample_store.mentions(aid)
    assert total > 2 and current
    with sample_store.db.atomic():  # mentions from another extractor: here, one that found nothing
        sample_store.db.execute("DELETE FROM mentions")
        sample_store.db.execute("UPDATE search_state SET value = 'older' WHERE key = 'timeline'")
    monkeypatch.setattr(timeline_mentions, "REEXTRACT_BATCH", 2)
    window, messages = launch_in_arabic(qtbot, sample_store)
    qtbot.waitUntil(lambda: "الخط الزمني محدَّث" in messages, timeout=10000)
    assert f"تحديث الخط الزمني: 2 من {total} مقالاً" in messages
    assert "فهرس البحث محدَّث" not in messages  # the index was current: nothing said of it
    assert sample_store.timeline_current()
    assert sample_store.mentions(aid) == current
    window.pools.wait()
