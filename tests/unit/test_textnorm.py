from __future__ import annotations

import pytest

from newsreader.textnorm import arabic_digits, clean_text, is_rtl, isolate, latin_digits, paragraphs


def test_presentation_forms_become_letters() -> None:
    # «متصفح» written in presentation forms (as some broken files have it)
    assert clean_text("\ufee3\ufe98\ufebc\ufed4\ufea3") == "متصفح"


def test_controls_dropped_paragraphs_kept() -> None:
    raw = "\ufeffالسطر الأول\x07\r\nتكملة\r\n\r\n\r\n  الفقرة   الثانية \u00a0\n"
    assert clean_text(raw) == "السطر الأول\nتكملة\n\nالفقرة الثانية"


def test_nfc() -> None:
    decomposed = "\u0627\u0653"  # alef + madda above → آ
    assert clean_text(decomposed) == "\u0622"


@pytest.mark.parametrize(
    ("text", "rtl"),
    [("مرحبا", True), ("Microsoft تعلن عن نظام", True), ("The minister said: «نعم»", False),
     ("«2024» عام", True), ("123 abc", False), ("", False), ("ab بت", False)],
)
def test_direction_from_the_text(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


def test_digits_round_trip() -> None:
    assert latin_digits("٢٠١٥ و۱۹") == "2015 و19"
    assert arabic_digits("2024") == "٢٠٢٤"


def test_isolate_and_paragraphs() -> None:
    assert isolate("NovaGrid") == "\u2068NovaGrid\u2069"
    assert paragraphs("أ\n\nب\n\n\n") == ["أ", "ب"]
