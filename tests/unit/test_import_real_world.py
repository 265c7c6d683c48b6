"""Issue 14: what real people and real sites write. Each fixture in tests/data/import/ is written for
the project (fictional Arabic) after a quirk met in real third-party files: CSV exports with and
without a header, dataset records with no title and no text, TREC title-only documents and one-line
paragraphs, truncated feeds and TREC files, meta titles cut at a quote, outlets in titles, feed
footers and disclaimers, date lines with a Hijri and a Gregorian date, Maghreb month names,
pointer/metadata/code files named .txt."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.errors import ImportFailed
from newsreader.importers import FileRecords, Skipped, clean, parse_records
from newsreader.importers.dates import date_in_line, find_date, is_date_line
from newsreader.timeline import tables

DATA = Path(__file__).parent.parent / "data" / "import"


def records(name: str) -> FileRecords:
    path = DATA / name
    return parse_records(path.read_bytes(), str(path))


def reasons(found: FileRecords) -> list[tuple[str, str]]:
    return [(s.record, s.reason) for s in found.skipped]


# --- 1. nothing silently lost ----------------------------------------------------------------


def test_every_json_lines_record_is_an_article_or_skipped_with_its_line_and_reason() -> None:
    found = records("records_mixed.jsonl")
    assert [(a.title, a.body) for a in found.articles] == [
        (
            "افتتاح سوق الحرفيين في الواحة",
            "افتتحت بلدية الواحة الخيالية سوقا جديدا للحرفيين قرب الميناء القديم.\n\nويضم السوق أربعين محلا للخزف والنسيج.",
        ),
        ("عنوان بلا نص: اجتماع المجلس البلدي غدا", ""),  # a headline without a body: title-only
    ]
    assert [r for r, _ in reasons(found)] == ["line 3", "line 4", "line 5", "line 6"]
    assert reasons(found)[0][1] == "no title and no text"
    assert reasons(found)[1][1].startswith("not valid JSON")
    assert reasons(found)[2][1] == "not an object (a JSON number)"
    assert reasons(found)[3][1].startswith("cut short: the file ends inside this line")


def test_csv_exports_are_a_row_an_article_with_or_without_a_header() -> None:
    headerless = records("export_headerless.csv")
    assert [a.title for a in headerless.articles] == [
        "جسر الواحة الجديد يفتتح أمام السيارات",
        "مكتبة القمر تمدد ساعات عملها في رمضان",
        "سوق التمور يستقبل أول شحنات الموسم",
    ]
    first = headerless.articles[0]
    assert (first.url, first.published) == ("https://example.org/oasis/2024/04/13/bridge", "2024-04-13T21:14:10")
    assert first.body.count("\n\n") == 2  # the three lines of the cell are three paragraphs
    assert reasons(headerless) == [("row 3", "no title and no text")]  # the blank row 4 is no record
    header = records("export_header.csv")
    assert [a.url for a in header.articles] == ["https://example.org/check/butterflies", "https://example.org/check/bridge-photo"]
    assert header.articles[0].body.startswith("بالبحث في موقع بلدية الواحة")  # the longest column is the text
    assert header.articles[0].published == "2024-04-12T01:59:53+03:00"


# --- 2. TREC -----------------------------------------------------------------------------------


def test_trec_title_with_empty_text_is_title_only_and_every_document_is_accounted_for() -> None:
    found = records("trec_mixed.xml")
    only, lines = found.articles
    assert (only.title, only.body, only.published) == ("عاجل: وصول وفد الواحة إلى مدينة القمر", "", "2016-07-01")
    assert lines.body.split("\n\n")[1] == "وستتوفر التذاكر في ثلاثة فضاءات تجارية وسط المدينة."  # a line a paragraph
    assert reasons(found) == [
        ("document 3", "no title and no text"),
        ("document 4", "truncated: the file ends before its </DOC>"),
    ]


# --- 5. damaged feeds ------------------------------------------------------------------------------


def test_a_truncated_feed_is_named_damaged_and_its_cut_item_is_not_imported() -> None:
    found = records("feed_truncated.rss")
    assert [a.title for a in found.articles] == ["أمطار غزيرة على مدينة الواحة", "افتتاح متحف الذاكرة في القمر"]
    assert reasons(found) == [
        ("item 3", "cut short: the file ends inside this item (before </rss>)"),
        (
            "end of file",
            "damaged feed: it ends before </rss>; 2 complete items imported; the last item is cut in the middle and not imported",
        ),
    ]


def test_a_json_array_cut_short_keeps_its_complete_records() -> None:
    whole = (DATA / "wire_copy.json").read_bytes()
    cut = whole[: whole.rindex(b'"content"')]  # the download stopped inside the third record
    found = parse_records(cut, "cut.json")
    assert [a.source for a in found.articles] == ["اليوم", "الاقتصادية"]
    assert reasons(found) == [
        (
            "end of file",
            "cut short: the file ends after record 2 (2 complete records imported; the record cut in the middle is not)",
        )
    ]


# --- 6. no junk ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("pointer.txt", "Git LFS pointer"),
        ("metadata.txt", "key: value lines"),
        ("script.txt", "program code"),
    ],
)
def test_plain_text_that_is_not_an_article_is_refused_with_a_reason(name: str, reason: str) -> None:
    with pytest.raises(ImportFailed, match=reason):
        records(name)


# --- 7, 8. titles and outlets ----------------------------------------------------------------------


def test_a_lead_is_not_taken_as_the_headline() -> None:
    [article] = records("lead_without_headline.txt").articles
    assert len(article.title) <= clean.TITLE_MAX + 1 and article.title.endswith("…")
    assert article.body.startswith("بدأت بلدية مدينة الواحة الخيالية صباح اليوم أعمال صيانة واسعة")  # the whole lead


def test_the_outlet_is_split_off_the_title_and_the_repeated_headline_dropped() -> None:
    [article] = records("outlet_in_title.txt").articles
    assert (article.title, article.source) == ("سوق الخزف يعود إلى الميناء القديم", "المصري اليوم")
    assert article.body.split("\n\n") == [
        "عاد سوق الخزف إلى الميناء القديم في مدينة الواحة الخيالية بعد غياب دام خمس سنوات.",
        "ويضم السوق ثلاثين حرفيا من القرى المجاورة.",
    ]  # no repeated title, no «شارك الخبر»


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("انقطاع الكهرباء في الواحة - سكاي نيوز عربية", ("انقطاع الكهرباء في الواحة", "سكاي نيوز عربية")),
        ("انقطاع الكهرباء في الواحة – Sky News Arabia", ("انقطاع الكهرباء في الواحة", "Sky News Arabia")),
        ("العربية | انقطاع الكهرباء في الواحة", ("انقطاع الكهرباء في الواحة", "العربية")),
        ("القاهرة - وصول الوفد الخيالي", ("القاهرة - وصول الوفد الخيالي", None)),  # not an outlet: left whole
    ],
)
def test_split_outlet(title: str, expected: tuple[str, str | None]) -> None:
    assert clean.split_outlet(title) == expected


# --- 9. meta titles ------------------------------------------------------------------------------


def test_a_meta_title_cut_at_a_quote_loses_to_the_longest_consistent_title() -> None:
    [article] = records("page_quirks.html").articles
    assert article.title == 'مدير الميناء: "لن نغلق الرصيف الشرقي" قبل الصيف'
    assert article.source == "الجزيرة"  # «الجزيرة نت» split off the <title>, named by the outlet table
    assert article.published == "2025-03-13T10:30"  # the byline's visible date (no date in the head)
    assert "لا تلزم" not in article.body  # the disclaimer


# --- 10. outlet names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "url", "shown"),
    [
        ("skynewsarabia.com", None, "سكاي نيوز عربية"),
        ("skynews", None, "سكاي نيوز عربية"),
        ("alarabiya.net", None, "العربية"),
        ("alarabia", None, "العربية"),
        ("Al Jazeera - Article Feed", None, "الجزيرة"),
        (None, "https://arabic.cnn.com/middle-east/article/2024/04/13/x", "سي إن إن بالعربية"),
        ("www.Youm7.com", None, "اليوم السابع"),
        ("Oasis Times", "https://www.skynewsarabia.com/x", "Oasis Times"),  # an unknown outlet keeps its name
    ],
)
def test_outlet_display_names(name: str | None, url: str | None, shown: str) -> None:
    assert clean.outlet_name(name, url) == shown


def test_the_outlet_table_names_at_least_40_outlets() -> None:
    from newsreader import outlets

    assert len(outlets.table().outlets) >= 40


# --- 11. furniture and paragraphs -----------------------------------------------------------------


def test_feed_footers_share_lines_and_disclaimers_are_dropped() -> None:
    rain, museum = records("feed_truncated.rss").articles
    assert rain.body.split("\n\n") == [
        "هطلت أمطار غزيرة على مدينة الواحة الخيالية صباح الخميس وأغلقت طريق الميناء.",
        "وقالت البلدية إن فرقها تعمل على تصريف المياه.",
    ]
    assert museum.body == "أعاد متحف الذاكرة في مدينة القمر الخيالية فتح أبوابه بعد ترميم دام عامين."
    for furniture in (
        "الآراء الواردة في هذا المقال لا تعبر بالضرورة عن رأي الموقع",
        "المقالات المنشورة تعبر عن رأي كاتبها",
        "Continue reading…",
        "تابعونا على جوجل نيوز",
        "تحرير: فريق الواحة",
    ):
        assert clean.clean_body(f"نص الخبر الأول.\n\n{furniture}") == "نص الخبر الأول."


def test_feed_footers_glued_to_an_excerpt_or_in_their_own_paragraph_are_cut() -> None:
    festival, bridge = records("feed_footers.atom").articles
    assert festival.body == "افتتح مهرجان التمور السنوي في مدينة الواحة الخيالية بمشاركة مئة مزارع من القرى المجاورة…"
    assert bridge.body == "فتح جسر مدينة القمر الخيالية أمام المشاة بعد أعمال دامت ستة أشهر."
    assert festival.source == bridge.source == "الجزيرة"  # «Al Jazeera - Article Feed»


# --- 12, 13. dates ------------------------------------------------------------------------------------


def test_date_lines_with_hijri_and_gregorian_dates_a_time_and_an_offset() -> None:
    [article] = records("dump_hijri_gregorian.txt").articles
    assert (article.title, article.published) == ("توقف حركة القطارات بين الواحة والقمر", "2025-03-13T10:30+03:00")
    assert is_date_line("آخر تحديث: الأحد 3 آب/أغسطس 2025 م - 08:15 ص")
    assert find_date("الأحد 3 آب/أغسطس 2025") == "2025-08-03"
    assert date_in_line("13 مارس 2025 م 10:30 م") == "2025-03-13T22:30"  # م after a time: evening
    assert not is_date_line("القاهرة 13 مارس 2025 افتتاح المعرض")  # words other than a date


def test_maghreb_months_from_the_one_month_table() -> None:
    [article] = records("dump_maghreb_date.txt").articles
    assert article.published == "2022-09-05T10:15"
    moroccan = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
    algerian = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    for names in (moroccan, algerian):
        assert [find_date(f"5 {name} 2022") for name in names] == [f"2022-{m:02d}-05" for m in range(1, 13)]


def test_the_importer_reads_every_calendar_month_of_the_timeline_table() -> None:
    """One month table: every non-Hijri row the timeline reads is a month for the importer too."""
    for word, info in tables.load().months.items():
        if info.system != "hijri":
            assert find_date(f"7 {word} 2020") == f"2020-{info.month:02d}-07", word


def test_skipped_records_carry_a_position() -> None:
    assert all(isinstance(s, Skipped) and s.record for s in records("trec_mixed.xml").skipped)
