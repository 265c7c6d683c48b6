"""The main window over a real library: direction, list, text, zoom, persisted state."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from newsreader.importing.prepare import add_articles
from newsreader.store import Store
from newsreader.ui.models.article_list_model import Role


def show_active(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()


def test_window_is_right_to_left_with_list_on_the_right(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    x = {
        name: w.mapTo(window, QPoint(0, 0)).x()
        for name, w in (("list", window.list_view), ("text", window.article_view), ("timeline", window.timeline))
    }
    assert x["list"] > x["text"] > x["timeline"]


def test_list_shows_the_samples_newest_first(make_window, sample_store: Store) -> None:
    window = make_window()
    model = window.model
    assert model.rowCount() == sample_store.count() == 10
    dates = [model.data(model.index(r), Role.PUBLISHED) for r in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    assert all(model.data(model.index(r)) for r in range(model.rowCount()))


def test_rows_are_fetched_lazily(make_window) -> None:
    window = make_window()
    model = window.model
    assert model.cached_rows() <= 10
    model.set_ids(model.ids())
    assert model.cached_rows() == 0
    model.data(model.index(3))
    assert 0 < model.cached_rows() <= 10


def test_selecting_shows_the_text_and_marks_read(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    aid = window.model.id_at(2)
    article = sample_store.article(aid)
    with qtbot.waitSignal(window.articleShown, timeout=3000):
        window.select_row(2)
    text = window.article_view.toPlainText()
    assert article.title in text
    assert article.body.split("\n\n")[0] in text
    qtbot.waitUntil(lambda: Store.connect(sample_store.path).article(aid).read, timeout=5000)


def test_paragraph_direction_follows_content(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.domain import ParsedArticle

    res = add_articles(
        sample_store,
        [
            ParsedArticle(
                title="A short English headline", published="2030-01-01", body="First line in English.\n\nفقرة عربية بعدها."
            )
        ],
    )
    window = make_window()
    window.show_article(res[0].id)
    doc = window.article_view.document()
    directions = {}
    block = doc.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions["A short English headline"] == Qt.LayoutDirection.LeftToRight
    assert directions["First line in English."] == Qt.LayoutDirection.LeftToRight
    assert directions["فقرة عربية بعدها."] == Qt.LayoutDirection.RightToLeft


def test_zoom_with_keyboard_and_it_is_remembered(qtbot, make_window) -> None:
    window = make_window()
    show_active(qtbot, window)
    window.select_row(0)
    window.article_view.setFocus()
    before = window.article_view.font_size
    qtbot.keyClick(window.article_view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.font_size == before + 1
    qtbot.keyClick(window.article_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.font_size == before - 1
    window.close()
    again = make_window()
    assert again.article_view.font_size == before - 1


def test_splitter_and_geometry_persist(qtbot, make_window) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.resize(760, 540)  # the offscreen screen is 800×600; restoreGeometry keeps windows on it
    window.splitter.setSizes([260, 300, 180])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    again.show()
    qtbot.waitExposed(again)
    # at 760 px the timeline pane is folded away; the list and the text keep their widths (within
    # the width of the folded pane's handle)
    assert sizes[2] == again.splitter.sizes()[2] == 0
    assert all(abs(a - b) <= 4 for a, b in zip(again.splitter.sizes(), sizes, strict=True))
    assert again.size().width() == 760


def test_list_model_passes_qtmodeltester(qtmodeltester, make_window) -> None:
    window = make_window()
    qtmodeltester.check(window.model)


def test_mark_all_read_is_undone_by_ctrl_z(qtbot, make_window, sample_store: Store) -> None:
    window = make_window()
    show_active(qtbot, window)
    window.pools.wait()  # the first article, opened with the list, is marked read
    unread = set(sample_store.unread_ids())
    assert unread
    window.ops.mark_all_read()
    qtbot.waitUntil(lambda: window.ops.undo_stack.count() == 1, timeout=5000)
    assert Store.connect(sample_store.path).unread_ids() == []
    window.list_view.setFocus()
    qtbot.keyClick(window.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: set(Store.connect(sample_store.path).unread_ids()) == unread, timeout=5000)


def test_big_list_paints_the_first_page_then_loads_the_rest(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.domain import ParsedArticle
    from newsreader.ui.list_controller import FIRST_PAGE

    extra = [
        ParsedArticle(title=f"خبر قصير رقم {i}", body=f"نص الخبر رقم {i} عن سوق الواحة.", published=f"2000-01-{1 + i % 28:02d}")
        for i in range(FIRST_PAGE + 300)
    ]
    add_articles(sample_store, extra)
    total = sample_store.count()
    window = make_window()
    assert window.model.rowCount() in (FIRST_PAGE, total)  # the first page is there at once
    qtbot.waitUntil(lambda: window.model.rowCount() == total, timeout=10000)
    assert window.model.ids() == sample_store.article_ids()
    assert window.model.cached_rows() < total  # rows are still fetched lazily


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot, make_window) -> None:
    window = make_window()
    window.select_row(0)
    calls: list[bool] = []
    window.after_first_paint(lambda: calls.append(window.isVisible()))
    qtbot.wait(50)
    assert calls == []  # never shown, never painted: nothing ran
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=3000)
    window.after_first_paint(lambda: calls.append(False))  # added after the paint: runs at once
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=3000)
    window.update()
    qtbot.wait(50)
    assert calls == [True, False]  # later paints run nothing again


def test_list_rows_paint_their_own_text_and_the_selection(qtbot, make_window) -> None:
    """The delegate draws title and meta line over the base class's background and selection."""
    from PySide6.QtGui import QPalette

    window = make_window()
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.list_view
    window.select_row(1)
    qtbot.wait(50)
    image = view.viewport().grab().toImage()
    highlight = view.palette().color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Highlight)

    def share(row: int, predicate) -> float:  # type: ignore[no-untyped-def]
        rect = view.visualRect(window.model.index(row))
        points = [(x, y) for x in range(rect.left(), rect.right(), 3) for y in range(rect.top(), rect.bottom(), 3)]
        return sum(1 for x, y in points if predicate(image.pixelColor(x, y))) / len(points)

    def near(c) -> bool:  # type: ignore[no-untyped-def]  # (the focused list's style shades its selection)
        return max(abs(c.red() - highlight.red()), abs(c.green() - highlight.green()), abs(c.blue() - highlight.blue())) <= 40

    assert share(1, near) > 0.5  # the selected row is filled with the highlight
    assert share(0, near) == 0  # its neighbour is not
    base = image.pixelColor(view.visualRect(window.model.index(0)).topLeft())
    assert 0.01 < share(0, lambda c: c != base) < 0.5  # some ink (the text), not a filled block


def test_a_launching_window_leaves_background_work_until_it_has_painted(
    qtbot, make_window, monkeypatch, sample_store: Store
) -> None:
    from PySide6.QtCore import QCoreApplication

    from newsreader.ui import list_controller

    monkeypatch.setattr(list_controller, "FIRST_PAGE", 3)
    window = make_window()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=3000)  # an ordinary window: all at once
    window.start_after_paint()
    window.load_all()
    aid = window.model.id_at(1)  # (the first row was opened, and marked read, with the ordinary window)
    window.select_row(1)
    window.pools.wait()  # every job the selection started has ended, and every event queued since is handled:
    QCoreApplication.sendPostedEvents()  # what has not happened now waits for the paint (no timed pause)
    QCoreApplication.processEvents()
    assert window.model.rowCount() == 3  # the first page only, until the window has painted
    assert not Store.connect(sample_store.path).article(aid).read
    window.show()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=3000)
    qtbot.waitUntil(lambda: Store.connect(sample_store.path).article(aid).read, timeout=3000)


def test_a_shown_window_that_never_paints_still_runs_its_later_work(qtbot, make_window, monkeypatch) -> None:
    from PySide6.QtCore import QEvent

    from newsreader.ui.first_paint import FirstPaint

    monkeypatch.setattr(FirstPaint, "FALLBACK_MS", 100)
    window = make_window()
    calls: list[int] = []
    window.after_first_paint(lambda: calls.append(1))
    first_paint = window._first_paint
    window.removeEventFilter(first_paint)  # as if no paint ever came (a window started minimised)
    first_paint.eventFilter(window, QEvent(QEvent.Type.Show))
    qtbot.waitUntil(lambda: calls == [1], timeout=3000)
    qtbot.wait(150)
    assert calls == [1]  # once


def test_a_launching_window_sets_its_shortcuts_once_it_has_painted(qtbot, make_window, sample_store: Store) -> None:
    from PySide6.QtGui import QKeySequence

    from newsreader.settings import Settings
    from newsreader.ui.jobs import Pools
    from newsreader.ui.main_window import MainWindow

    ordinary = make_window()
    assert ordinary.act_import_files.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Open)]
    # right to left: Alt+Left is the next article
    assert [k.toString() for k in ordinary.act_next.shortcuts()] == ["J", "Alt+Left"]
    launching = MainWindow(sample_store, Settings(), Pools(), launching=True)
    qtbot.addWidget(launching)
    assert launching.act_bookmark.shortcuts() == []  # nothing drawn needs them before the first paint
    launching.show()
    qtbot.waitUntil(lambda: [k.toString() for k in launching.act_bookmark.shortcuts()] == ["Ctrl+D"], timeout=3000)
    assert {a.text(): [k.toString() for k in a.shortcuts()] for a in (launching.act_next, launching.act_zoom_in)} == {
        a.text(): [k.toString() for k in a.shortcuts()] for a in (ordinary.act_next, ordinary.act_zoom_in)
    }
    launching.pools.wait()


def test_the_list_reads_its_rows_a_small_batch_at_a_time(qtbot, make_window, sample_store: Store) -> None:
    from newsreader.domain import ParsedArticle
    from newsreader.ui.models.article_list_model import BATCH

    add_articles(
        sample_store,
        [
            ParsedArticle(title=f"خبر قصير رقم {i}", body=f"نص الخبر رقم {i}.", published=f"2001-02-{1 + i % 28:02d}")
            for i in range(300)
        ],
    )
    window = make_window()
    model = window.model
    model.set_ids(model.ids())  # forget what the window read so far
    model.data(model.index(0))
    assert model.cached_rows() == BATCH <= 64  # a screenful and some, not hundreds (cold disks: one read each)
    model.data(model.index(BATCH - 1))
    assert model.cached_rows() == BATCH  # already there
    model.data(model.index(BATCH + 10))
    assert BATCH < model.cached_rows() <= 2 * BATCH
