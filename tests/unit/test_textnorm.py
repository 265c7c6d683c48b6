from __future__ import annotations

import pytest

from newsreader.text.arabic import arabic_digits, latin_digits
from newsreader.text.bidi import is_rtl, isolate
from newsreader.text.clean import clean_text, paragraphs


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
    [
        ("مرحبا", True),
        ("Microsoft تعلن عن نظام", True),
        ("The minister said: «نعم»", False),
        ("«2024» عام", True),
        ("123 abc", False),
        ("", False),
        ("ab بت", False),
    ],
)
def test_direction_from_the_text(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


def test_digits_round_trip() -> None:
    assert latin_digits("٢٠١٥ و۱۹") == "2015 و19"
    assert arabic_digits("2024") == "٢٠٢٤"


def test_isolate_and_paragraphs() -> None:
    assert isolate("NovaGrid") == "\u2068NovaGrid\u2069"
    assert paragraphs("أ\n\nب\n\n\n") == ["أ", "ب"]


def test_clean_text_is_clean_line_on_every_line() -> None:
    import random
    import re
    import unicodedata

    from newsreader.text import arabic, clean

    plain_spaces = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

    def reference(text: str) -> str:  # clean_text as it was written, line by line
        text = unicodedata.normalize("NFC", arabic.fold_presentation_forms(text))
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
        paragraphs, current = [], []
        for raw in text.split("\n"):
            line = plain_spaces.sub(" ", clean._CONTROL.sub("", raw)).strip()
            if line:
                current.append(line)
            elif current:
                paragraphs.append("\n".join(current))
                current = []
        if current:
            paragraphs.append("\n".join(current))
        return "\n\n".join(paragraphs)

    rng = random.Random(11)
    alphabet = "اب ج  \t\u00a0\u2003\u3000\u202f\n\r\u2029\x0b\x0c\x1f\x85\ufeff\u202b\u2028\ufefb"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert clean.clean_text(text) == reference(text), repr(text)
        assert clean._SPACES.sub(" ", text) == plain_spaces.sub(" ", text), repr(text)


def test_close_isolates_closes_only_what_a_cut_left_open() -> None:
    from newsreader.text.bidi import FSI, PDI, close_isolates, isolate

    whole = isolate("مجلة الواحة") + " · " + isolate("٢١ مارس")
    assert close_isolates(whole) == whole  # nothing open
    cut = whole[: whole.index("مارس")]
    assert close_isolates(cut) == cut + PDI
    assert close_isolates(f"{FSI}a{FSI}b") == f"{FSI}a{FSI}b{PDI}{PDI}"
