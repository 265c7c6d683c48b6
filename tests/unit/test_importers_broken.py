"""Encodings, and every kind of bad file: each fails alone with a specific reason and never hangs."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from newsreader.errors import ImportFailed
from newsreader.importers import parse_bytes, parse_file
from newsreader.importers.decode import detect_encoding

TEXT = (
    "مدينة الواحة الخيالية تفتتح مكتبة عائمة\n\n"
    "القاهرة - افتتحت البلدية مكتبة عائمة على متن قارب خشبي تضم ألفي كتاب للأطفال.\n\n"
    "وقال رئيس البلدية إن المكتبة ستتنقل بين القرى الواقعة على ضفتي النهر.\n"
)


@pytest.mark.parametrize(
    ("codec", "detected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-16-le", "utf-16-le"),
        ("utf-16-be", "utf-16-be"),
        ("cp1256", "cp1256"),
        ("iso8859_6", "iso8859_6"),
    ],
)
def test_encodings(codec: str, detected: str, tmp_path: Path) -> None:
    data = TEXT.encode(codec)
    assert detect_encoding(data) == detected
    f = tmp_path / "a.txt"
    f.write_bytes(data)
    [a] = parse_file(f)
    assert a.title == "مدينة الواحة الخيالية تفتتح مكتبة عائمة"
    assert a.body.endswith("ضفتي النهر.")


def test_cleaning_presentation_forms_controls_nfc() -> None:
    # ﻣﻜﺘﺒﺔ in presentation forms, a zero-width control, decomposed alef+hamza, CRLF paragraphs
    raw = "\ufee3\ufedc\ufe98\ufe92\ufe94 \u0627\u0654\u0644\u0641\x07\r\n\r\nنص\u00a0\u00a0الخبر  هنا\r\n"
    [a] = parse_bytes(raw.encode("utf-8"), "a.txt")
    assert a.title == "مكتبة ألف"
    assert a.body == "نص الخبر هنا"


def test_utf8_cut_in_the_middle_of_a_letter_is_still_read() -> None:
    data = TEXT.encode("utf-8") + "ب".encode()[:1]
    [a] = parse_bytes(data, "a.txt")
    assert a.title.startswith("مدينة")


def _reason(data: bytes, name: str = "x.txt") -> str:
    with pytest.raises(ImportFailed) as info:
        parse_bytes(data, name)
    return str(info.value)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "empty file"),
        (b"  \n\n \t", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x1f\x8b\x08\x00", "gzip"),
        (b'<?xml version="1.0"?><catalog><book/></catalog>', "unknown format"),
        (b"<DOC><DOCNO>X</DOCNO><TITLE>t</TITLE><TEXT>cut here", "document 1: truncated"),
        ('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>خبر'.encode(), "feed"),
        (b'[{"title": "x", "content": "cut', "invalid JSON"),
        (b'[{"id": 1, "score": 2}, {"id": 2}]', "no articles"),
        (b"[1, 2, 3]", "no articles"),
        ("عنوان وحيد بلا نص".encode(), "no articles"),
        (bytes([0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E]) * 300, "decode"),
    ],
    ids=[
        "empty",
        "blank",
        "pdf",
        "png",
        "binary",
        "gzip",
        "unknown-xml",
        "truncated-trec",
        "truncated-rss",
        "truncated-json",
        "json-not-articles",
        "json-numbers",
        "title-only",
        "undecodable",
    ],
)
def test_bad_files(data: bytes, expected: str) -> None:
    assert expected.lower() in _reason(data).lower()


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><description>&lol9;</description></item>
</channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE DOC [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<DOC><DOCNO>1</DOCNO><TITLE>x</TITLE><TEXT>&secret;</TEXT></DOC>"""

HTML_XXE = """<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]><html><body><p>&x;</p></body></html>"""


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, XXE, HTML_XXE], ids=["billion-laughs", "xxe-trec", "xxe-html"])
def test_unsafe_xml_refused_quickly(doc: str) -> None:
    start = time.monotonic()
    reason = _reason(doc.encode())
    assert "unsafe XML" in reason
    assert time.monotonic() - start < 2


def test_too_large_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024 + 1)  # sparse: no real disk use
    with pytest.raises(ImportFailed, match="too large"):
        parse_file(big)
    with pytest.raises(ImportFailed, match="too large"):
        parse_bytes(b"x" * (50 * 1024 * 1024 + 1), "big.txt")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="not found"):
        parse_file(tmp_path / "nope.txt")
    with pytest.raises(ImportFailed, match="folder"):
        parse_file(tmp_path)


def test_json_lines_with_one_damaged_line() -> None:
    good = json.dumps({"title": "خبر", "text": "نص الخبر الكامل هنا."}, ensure_ascii=False)
    data = f"{good}\n{{damaged\n{good.replace('خبر', 'خبر آخر', 1)}\n".encode()
    assert len(parse_bytes(data, "x.jsonl")) == 2
