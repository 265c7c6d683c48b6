"""Each importer on fictional fixtures: text, JSON, JSON Lines, RSS, Atom, TREC, HTML."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.importers import detect_format, html, parse_bytes, parse_file

DATA = Path(__file__).parent.parent / "data" / "articles"

BODY1 = "افتتحت بلدية مدينة الواحة الخيالية مكتبة عائمة على متن قارب خشبي."
BODY2 = "وقال رئيس البلدية المتخيَّل إن المكتبة ستتنقل بين القرى."


def test_plain_text_title_and_dateline() -> None:
    data = f"مكتبة عائمة في الواحة\n\nالواحة - 3 مارس 2024 (أ ف ب) - {BODY1}\n\n{BODY2}\n".encode()
    [a] = parse_bytes(data, "a.txt")
    assert a.title == "مكتبة عائمة في الواحة"
    assert (a.published, a.date_source) == ("2024-03-03", "dateline")
    assert a.body.split("\n\n")[1] == BODY2


@pytest.mark.parametrize(
    "first", ["القاهرة - قال مسؤول متخيَّل إن", "(أ ف ب) - قال مسؤول متخيَّل إن", "القاهرة (رويترز) - قال مسؤول"]
)
def test_plain_text_dateline_without_date(first: str) -> None:
    [a] = parse_bytes(f"عنوان تجريبي\n{first} المشروع انتهى.\n".encode(), "a.txt")
    assert a.title == "عنوان تجريبي"
    assert a.published is None
    assert a.body.startswith(first)


def test_plain_text_date_line_under_title() -> None:
    [a] = parse_bytes(f"عنوان تجريبي\nالأحد ١٠ آذار ٢٠٢٤\n\n{BODY1}\n".encode(), "a.txt")
    assert (a.published, a.date_source) == ("2024-03-10", "metadata")
    assert a.body == BODY1


def _json_items() -> list[dict[str, str]]:
    return [
        {
            "title": "خبر أول متخيَّل",
            "content": BODY1,
            "date_extracted": "2015-07-21 02:51:32",
            "source": "صحيفة الواحة",
            "url": "http://example.org/1",
            "author": "كاتب متخيَّل",
        },
        {
            "headline": "خبر ثان متخيَّل",
            "body": f"<p>{BODY1}</p><p>{BODY2}</p>",
            "published": "2020-05-06",
            "outlet": "نشرة القمر",
            "link": "http://example.org/2",
        },
        {"title": "خبر ثالث", "text": BODY2, "date": "2019-01-02T10:00:00Z"},
        {"unrelated": 1},
    ]


def test_json_array_field_names() -> None:
    articles = parse_bytes(json.dumps(_json_items(), ensure_ascii=False).encode(), "x.json")
    assert [a.title for a in articles] == ["خبر أول متخيَّل", "خبر ثان متخيَّل", "خبر ثالث"]
    a, b, c = articles
    assert (a.published, a.date_source, a.source, a.url, a.author) == (
        "2015-07-21T02:51:32",
        "json:date_extracted",
        "صحيفة الواحة",
        "http://example.org/1",
        "كاتب متخيَّل",
    )
    assert (b.published, b.date_source, b.source) == ("2020-05-06", "json", "نشرة القمر")
    assert b.body == f"{BODY1}\n\n{BODY2}"  # HTML content → paragraphs
    assert c.published == "2019-01-02T10:00:00Z"


def test_json_lines_and_wrapped_object() -> None:
    lines = "\n".join(json.dumps(i, ensure_ascii=False) for i in _json_items()[:3]).encode()
    assert detect_format(lines, ".txt") == "json"
    assert len(parse_bytes(lines, "x.jsonl")) == 3
    wrapped = json.dumps({"articles": _json_items()[:2]}, ensure_ascii=False).encode()
    assert len(parse_bytes(wrapped, "x.json")) == 2
    single = json.dumps(_json_items()[2], ensure_ascii=False).encode()
    assert parse_bytes(single, "x.json")[0].title == "خبر ثالث"


RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>نشرة الواحة</title><link>http://example.org/</link>
<item><title>خبر من الخلاصة</title><link>http://example.org/rss/1</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;{BODY1}&lt;/p&gt;&lt;p&gt;{BODY2}&lt;/p&gt;</description>
<author>editor@example.org (محرر)</author></item>
<item><title>خبر ثان من الخلاصة</title><link>http://example.org/rss/2</link><description>{BODY2}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>أطلس القمر</title><id>urn:x</id><updated>2024-01-01T00:00:00Z</updated>
<entry><title>مدخل أطلس</title><id>urn:x:1</id><link href="http://example.org/atom/1"/>
<published>2024-01-02T03:04:05+03:00</published><updated>2024-01-03T00:00:00Z</updated>
<content type="html">&lt;p&gt;{BODY1}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss() -> None:
    a, b = parse_bytes(RSS.encode(), "feed.xml")
    assert (a.title, a.source, a.url, a.published, a.date_source) == (
        "خبر من الخلاصة",
        "نشرة الواحة",
        "http://example.org/rss/1",
        "2024-03-05T08:00:00Z",
        "feed",
    )
    assert a.body == f"{BODY1}\n\n{BODY2}"
    assert b.published is None and b.body == BODY2


def test_atom() -> None:
    [a] = parse_bytes(ATOM.encode(), "x.atom")
    assert (a.title, a.source, a.url, a.published) == (
        "مدخل أطلس",
        "أطلس القمر",
        "http://example.org/atom/1",
        "2024-01-02T03:04:05+03:00",
    )
    assert a.body == BODY1


TREC = """<DOC>
<DOCNO>FIC-001</DOCNO>
<URL>http://example.org/trec?a=1&b=2</URL>
<SRC>وكالة متخيلة</SRC>
<TITLE>عنوان الوثيقة الأولى</TITLE>
<TIME>2018-02-28T00:16:06+04:00</TIME>
<AUTHOR/>
<TEXT>
{b1}
{b2}
</TEXT>
</DOC>
<DOC>
<DOCNO>FIC-002</DOCNO>
<TITLE>عنوان الثانية &amp; الأخيرة</TITLE>
<TEXT>{b2}</TEXT>
</DOC>
"""


@pytest.mark.parametrize("name", ["doc.txt", "doc.xml", "doc"])
def test_trec_one_or_several_docs_any_extension(name: str) -> None:
    data = TREC.format(b1=BODY1, b2=BODY2).encode()
    assert detect_format(data, Path(name).suffix) == "trec"
    a, b = parse_bytes(data, name)
    assert (a.title, a.url, a.source, a.published, a.date_source, a.author) == (
        "عنوان الوثيقة الأولى",
        "http://example.org/trec?a=1&b=2",
        "وكالة متخيلة",
        "2018-02-28T00:16:06+04:00",
        "metadata",
        None,
    )
    assert a.body == f"{BODY1}\n\n{BODY2}"  # a line a paragraph: the reading pane shows paragraphs
    assert (b.title, b.url) == ("عنوان الثانية & الأخيرة", "trec:FIC-002")


PAGES = {
    "page_news_site.html": (
        4,
        "سباق القوارب الشراعية في خليج النجوم",
        "2023-06-14T09:30:00+03:00",
        "أخبار الساحل",
        "https://example.org/sahel/2023/06/sailing-race",
    ),
    "page_jsonld.html": (
        3,
        "معرض الكتاب في مدينة القمر يستقبل زواره",
        "2022-02-03T18:00:00Z",
        "جريدة القمر",
        "https://example.org/qamar/book-fair",
    ),
    "page_time_tag.html": (3, "افتتاح حديقة الفراشات", "2021-04-05", None, None),
    "page_plain_markup.html": (4, "قطار الجبل يعود إلى العمل", None, None, None),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_html_pages(name: str) -> None:
    paragraphs, title, published, source, url = PAGES[name]
    [a] = parse_file(DATA / name)
    assert (a.title, a.published, a.source, a.url) == (title, published, source, url)
    body = a.body.split("\n\n")
    assert len(body) == paragraphs, body
    for noise in ("اقرأ أيضاً", "شارك على", "شارك المقال", "الرئيسية", "جميع الحقوق", "تعليق", "اشترك", "الأكثر"):
        assert noise not in a.body


@pytest.mark.parametrize("extractor", ["own", "trafilatura"])
def test_extractor_measurement(extractor: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The figures quoted in importers/html.py: paragraphs found / extra paragraphs."""
    monkeypatch.setattr(html, "EXTRACTOR", extractor)
    found = extra = 0
    for name, (paragraphs, *_rest) in PAGES.items():
        body = parse_file(DATA / name)[0].body.split("\n\n")
        found += min(len(body), paragraphs)
        extra += max(0, len(body) - paragraphs)
    assert found == 14
    assert extra == (0 if extractor == "own" else 3)
