"""Scraped news pages saved as text (fixtures are fictional)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.errors import ImportFailed
from newsreader.importers import detect_format, parse_file

DATA = Path(__file__).parent.parent / "data" / "articles"


def test_english_header_noise_repeated_title_outlet() -> None:
    [a] = parse_file(DATA / "scraped_en_header.txt")
    assert a.title == "افتتاح مكتبة عائمة على نهر خيالي في مدينة الواحة"
    assert a.published == "2024-11-28"
    assert a.date_source == "header"
    assert a.source == "صحيفة الواحة اليومية"
    assert a.body.split("\n\n") == [
        "افتتحت بلدية مدينة الواحة الخيالية مكتبة عائمة على متن قارب خشبي، تضم ألفي كتاب للأطفال.",
        "وقال رئيس البلدية المتخيَّل سامر النخيل إن المكتبة ستتنقل بين القرى الواقعة على ضفتي النهر.",
        "وتفتح المكتبة أبوابها كل يوم سبت من التاسعة صباحاً حتى الظهر.",
    ]
    assert a.language == "ar"
    assert a.path.endswith("scraped_en_header.txt")


def test_arabic_header_and_dateline_wins() -> None:
    [a] = parse_file(DATA / "scraped_ar_header.txt")
    assert a.title == "مهرجان الطائرات الورقية يعود إلى شاطئ الرمال الذهبية"
    # the article's own dateline (25 Nov) beats the page header (28 Nov)
    assert (a.published, a.date_source) == ("2024-11-25", "dateline")
    assert a.source == "نشرة الشاطئ"
    assert "اشترك" not in a.body and "Top" not in a.body
    assert len(a.body.split("\n\n")) == 2


def test_detected_from_content_not_extension(tmp_path: Path) -> None:
    f = tmp_path / "page.dat"
    f.write_bytes((DATA / "scraped_en_header.txt").read_bytes())
    assert detect_format(f.read_bytes(), ".dat") == "scraped"
    assert parse_file(f)[0].source == "صحيفة الواحة اليومية"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("• Thursday, 28 November 2024\nlogo\n\nTop\n", "no articles"),
        ("• Thursday, 28 November 2024\nlogo\n\nعنوان وحيد\n\nTop\n", "no articles"),
    ],
)
def test_page_without_article(tmp_path: Path, content: str, reason: str) -> None:
    f = tmp_path / "x.txt"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFailed, match=reason):
        parse_file(f)
