"""Format detection from content (not the extension), dates, datelines, zips through parse_file."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest

from newsreader.errors import ImportFailed
from newsreader.importers import detect_format, parse_file
from newsreader.importers.dates import find_date, is_date_line, iso_datetime
from newsreader.importers.text import dateline
from tests.unit.test_importers_formats import ATOM, RSS, TREC

DATA = Path(__file__).parent.parent / "data" / "articles"


@pytest.mark.parametrize(
    ("data", "suffix", "expected"),
    [
        (RSS.encode(), ".txt", "feed"),
        (ATOM.encode(), ".xml", "feed"),
        (TREC.format(b1="أ", b2="ب").encode(), ".html", "trec"),
        (json.dumps([{"title": "t", "text": "b"}]).encode(), ".txt", "json"),
        (b'{"title": "t", "text": "b"}\n{"title": "u", "text": "c"}\n', ".txt", "json"),
        ((DATA / "page_news_site.html").read_bytes(), ".txt", "html"),
        ((DATA / "scraped_ar_header.txt").read_bytes(), "", "scraped"),
        ("عنوان\n\nنص".encode(), ".md", "text"),
        ("عنوان\n\nنص".encode("utf-16"), ".txt", "text"),
    ],
)
def test_detected_from_content(data: bytes, suffix: str, expected: str) -> None:
    assert detect_format(data, suffix) == expected


@pytest.mark.parametrize(
    ("data", "suffix", "named"),
    [
        (ATOM.encode(), ".json", "a .json file that is not JSON: it starts with «<?xml"),
        (json.dumps([{"title": "t", "text": "b"}]).encode(), ".xml", "a .xml file that is not XML: it starts with «[{"),
        ((DATA / "scraped_ar_header.txt").read_bytes(), ".html", "a .html file that is not HTML"),
        (
            "عنوان الخبر\n\nنص الخبر كاملا هنا".encode(),
            ".jsonl",
            "a .jsonl file that is not JSON Lines: it starts with «عنوان الخبر",
        ),
        (b"<rss version='2.0'><channel><item>", ".jsonl", "a .jsonl file that is not JSON Lines"),
    ],
)
def test_a_name_that_promises_another_format_is_refused_naming_both(data: bytes, suffix: str, named: str) -> None:
    """Item 6: never imported as plain text (or as anything) when the name says otherwise."""
    with pytest.raises(ImportFailed, match=re.escape(named)):
        detect_format(data, suffix)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("• Thursday, 28 November 2024", "2024-11-28"),
        ("الخميس 28 نوفمبر 2024", "2024-11-28"),
        ("الخميس ٢٨ تشرين الثاني ٢٠٢٤", "2024-11-28"),
        ("السبت 3 أوت 2017", "2017-08-03"),
        ("الأحد 1 كانون الثاني 2023", "2023-01-01"),
        ("November 5, 2023", "2023-11-05"),
        ("2022/03/04", "2022-03-04"),
        ("04/03/2022", "2022-03-04"),
    ],
)
def test_date_lines(text: str, expected: str) -> None:
    assert is_date_line(text)
    assert find_date(text) == expected


def test_not_date_lines() -> None:
    assert not is_date_line("قال الوزير يوم 28 نوفمبر 2024 إن المشروع اكتمل")
    assert find_date("31 فبراير 2024") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-21 02:51:32", "2015-07-21T02:51:32"),
        ("2018-02-28T00:16:06+04:00", "2018-02-28T00:16:06+04:00"),
        ("2018-02-28T00:16:06Z", "2018-02-28T00:16:06Z"),
        ("Tue, 05 Mar 2024 08:00:00 GMT", "2024-03-05T08:00:00Z"),
        ("2024-03-05", "2024-03-05"),
        ("٢٠٢٤-٠٣-٠٥", "2024-03-05"),
        ("5 مارس 2024 10:30", "2024-03-05T10:30"),
        ("", None),
        ("not a date", None),
        (None, None),
    ],
)
def test_iso_datetime(value: str | None, expected: str | None) -> None:
    assert iso_datetime(value) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("القاهرة - قال المتحدث", ("القاهرة", None, None)),
        ("دبي (رويترز) - أعلنت الشركة", ("دبي", None, "رويترز")),
        ("(أ ف ب) - أعلنت الشركة", (None, None, "أ ف ب")),
        ("الرباط - 12 مارس 2024 (واس) - وصل", ("الرباط", "2024-03-12", "واس")),
        ("بيروت، ١٢ آذار ٢٠٢٤ - وصل الوفد", ("بيروت", "2024-03-12", None)),
        ("قال المتحدث باسم الوزارة في مؤتمر صحافي عقده أمس إن الاجتماع - الذي", (None, None, None)),
    ],
)
def test_datelines(paragraph: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert dateline(paragraph) == expected


def test_parse_file_on_a_zip(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("one.txt", (DATA / "scraped_en_header.txt").read_bytes())
        zf.writestr("bad.bin", b"\x89PNG\r\n\x1a\n\x00")
    [a] = parse_file(archive)
    assert a.path == f"{archive}!one.txt"
    only_bad = tmp_path / "b.zip"
    with zipfile.ZipFile(only_bad, "w") as zf:
        zf.writestr("bad.bin", b"\x89PNG\r\n\x1a\n\x00")
    with pytest.raises(ImportFailed, match="PNG"):
        parse_file(only_bad)
