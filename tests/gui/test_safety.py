"""Article text is never executed or fetched: markup shows as text, links open only when clicked."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from newsreader.domain import ParsedArticle
from newsreader.importing.prepare import add_articles
from newsreader.store import Store


def test_markup_in_an_article_is_shown_as_text(qtbot, make_window, sample_store: Store) -> None:
    body = '<script>alert("x")</script> نص عادي\n\n<img src="http://example.org/track.png"> <a href="file:///etc/passwd">رابط</a>'
    aid = add_articles(
        sample_store, [ParsedArticle(title="<b>عنوان</b>", body=body, url="https://example.org/a", published="2031-01-01")]
    )[0].id
    window = make_window()
    window.show_article(aid)
    view = window.article_view
    text = view.toPlainText()
    assert '<script>alert("x")</script>' in text and "<img src=" in text and "<b>عنوان</b>" in text
    html = view.document().toHtml()
    assert "<img" not in html.replace("&lt;img", "")  # no image element was created
    assert view.loadResource(0, QUrl("http://example.org/track.png")) is None


def test_link_opens_in_the_system_browser_only_when_clicked(qtbot, make_window, sample_store: Store, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    aid = add_articles(
        sample_store, [ParsedArticle(title="خبر برابط", body="نص.", url="https://example.org/news/1", published="2031-01-02")]
    )[0].id
    window = make_window()
    window.show_article(aid)
    assert opened == []  # showing the article opens nothing
    from PySide6.QtGui import QTextCursor

    doc = window.article_view.document()
    found = doc.find("example.org ↗")  # the source, as a short link to the page
    assert not found.isNull()
    cursor = QTextCursor(doc)
    cursor.setPosition(found.selectionStart() + 2)
    assert cursor.charFormat().anchorHref() == "https://example.org/news/1"  # the site is a link to the URL
    window.article_view.anchorClicked.emit(QUrl("https://example.org/news/1"))
    window.article_view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["https://example.org/news/1"]
