"""The article list's rows: elided lines, each in its own direction, in the palette's colours."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from newsreader.domain import ParsedArticle
from newsreader.store import Store
from newsreader.text.bidi import FSI, PDI, isolate
from newsreader.ui.delegates import ELLIPSIS, elide, meta_line

WORD = "Supercalifragilistic"


def test_elide_keeps_what_fits_and_cuts_the_rest_as_late_as_it_can(qapp) -> None:
    metrics = QFontMetrics(QFont())
    assert elide(metrics, "خبر قصير", 400) == "خبر قصير"
    text = WORD * 6  # no spaces: every character counts
    width = metrics.horizontalAdvance(text) // 2
    cut = elide(metrics, text, width)
    assert cut.endswith(ELLIPSIS) and text.startswith(cut[:-1])
    assert metrics.horizontalAdvance(cut) <= width
    assert metrics.horizontalAdvance(text[: len(cut)] + ELLIPSIS) > width  # one more character would not fit


def test_elide_closes_the_isolate_it_cuts_into(qapp) -> None:
    metrics = QFontMetrics(QFont())
    meta = isolate("مجلة الضفاف الثقافية") + " · " + isolate("الحادي والعشرون من مارس ٢٠٢٥")
    cut = elide(metrics, meta, metrics.horizontalAdvance(meta) * 3 // 4)
    assert cut.endswith(PDI + ELLIPSIS)
    assert cut.count(FSI) == cut.count(PDI) == 2


def test_a_narrow_row_cuts_the_outlet_and_keeps_the_date_whole(qtbot, make_window) -> None:
    """«وكالة أنباء الساحل · 15 September 2…» lost the year in a narrow list: the outlet is cut first."""
    metrics = QFontMetrics(QFont())
    outlet, date = "وكالة أنباء الساحل الإخبارية", "15 September 2025"
    full = meta_line(outlet, date, " · ", metrics, 2000)
    assert full == isolate(outlet) + " · " + isolate(date)
    width = metrics.horizontalAdvance(full) * 2 // 3
    cut = meta_line(outlet, date, " · ", metrics, width)
    assert cut.endswith(" · " + isolate(date)) and ELLIPSIS in cut and metrics.horizontalAdvance(cut) <= width
    assert cut.count(FSI) == cut.count(PDI) == 2
    # too narrow for the outlet beside the date: the line is cut at its end, as any other
    tiny = metrics.horizontalAdvance(isolate(date))
    assert meta_line(outlet, date, " · ", metrics, tiny) == full
    # in the window at 800 px, every row's date is drawn whole
    window = make_window(language="en")
    window.resize(800, 600)
    window.show()
    qtbot.waitExposed(window)
    drawn = []
    original = window.delegate._draw_line
    window.delegate._draw_line = lambda painter, rect, text, font, *a, **k: (  # the line as shown: elided
        drawn.append(elide(QFontMetrics(font), text, rect.width())),
        original(painter, rect, text, font, *a, **k),
    )[1]
    window.list_view.grab()  # paints every visible row
    from newsreader.ui.models.article_list_model import Role

    dates = [window.display.date(window.model.index(r).data(Role.ROW).published or "") for r in range(5)]
    assert drawn
    assert all(d and any(t.endswith(isolate(d)) for t in drawn) for d in dates), (dates, drawn[:6])


def test_each_title_is_aligned_to_its_own_start_in_the_rtl_list(qtbot, make_window, sample_store: Store) -> None:
    sample_store.add_articles(
        [
            ParsedArticle(title="English note", body="Body.", published="2031-01-01"),
            ParsedArticle(title="خبر قصير", body="نص قصير.", published="2030-01-01"),
        ]
    )
    window = make_window()
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.list_view
    assert window.model.data(window.model.index(0)) == "English note"
    view.selectionModel().clear()  # the first row is opened (selected) with the list: count only ink
    image = view.viewport().grab().toImage()
    base = image.pixelColor(0, 0)

    def ink(row: int) -> tuple[float, float]:  # leftmost and rightmost ink of the title line, as shares
        rect = view.visualRect(window.model.index(row))
        top = rect.top() + 4
        xs = [
            x
            for x in range(rect.left(), rect.right())
            for y in range(top, top + rect.height() // 2, 2)
            if image.pixelColor(x, y) != base
        ]
        return min(xs) / rect.width(), max(xs) / rect.width()

    english, arabic = ink(0), ink(1)
    assert english[0] < 0.1 and english[1] < 0.6  # starts at the left, inside the right-to-left list
    assert arabic[1] > 0.9 and arabic[0] > 0.4  # starts at the right


def test_the_selected_row_is_drawn_in_the_highlighted_text_colour(qtbot, make_window) -> None:
    window = make_window()
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.select_row(0)
    qtbot.wait(50)
    view = window.list_view
    image = view.viewport().grab().toImage()
    palette = QApplication.palette()
    highlighted = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.HighlightedText)
    text = palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Text)

    def colours(row: int) -> set[str]:
        rect = view.visualRect(window.model.index(row))
        return {
            image.pixelColor(x, y).name() for x in range(rect.left(), rect.right()) for y in range(rect.top(), rect.bottom(), 2)
        }

    assert highlighted.name() in colours(0) and text.name() not in colours(0)
    assert text.name() in colours(1)
