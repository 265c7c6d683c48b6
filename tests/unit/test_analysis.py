"""The Arabic analyser: normalisation, clitics, suffixes, and no substring noise (our own words)."""

from __future__ import annotations

import pytest

from newsreader.search import analyzer


def s(word: str) -> str:
    [stem] = analyzer.analyse(word)
    return stem


def test_normalize_folds_marks_letters_digits_and_case() -> None:
    assert analyzer.normalize("التَّشْجِيـــعُ") == "التشجيع"
    assert analyzer.normalize("أإآٱ") == "اااا"
    assert analyzer.normalize("مبنى مكتبة") == "مبني مكتبه"
    assert analyzer.normalize("مسؤول مسئول") == "مسءول مسءول"
    assert analyzer.normalize("١٩٩٩ ۲۰") == "1999 20"
    assert analyzer.normalize("OpenData") == "opendata"


def test_presentation_forms_read_as_letters() -> None:
    assert analyzer.tokens("ﻣﻜﺘﺒﺔ ﻻ") == ["مكتبه", "لا"]
    assert s("ﺍﻟﻤﻜﺘﺒﺔ") == s("مكتبة")


@pytest.mark.parametrize(
    "form",
    [
        "الحديقة",
        "والحديقة",
        "فالحديقة",
        "بالحديقة",
        "كالحديقة",
        "للحديقة",
        "وبالحديقة",
        "وللحديقة",
        "فبالحديقة",
        "حديقتها",
        "حديقتهم",
        "حديقتنا",
        "حديقته",
        "حَدِيقَةٌ",
        "حديـــقة",
    ],
)
def test_clitic_prefixes_and_pronoun_suffixes(form: str) -> None:
    assert s(form) == s("حديقة")


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("المهندسون", "مهندس"),
        ("المهندسين", "مهندس"),
        ("مهندسات", "مهندس"),
        ("المهندسة", "مهندس"),
        ("الطالبان", "طالب"),
        ("تصميمهما", "تصميم"),
        ("تصميمكم", "تصميم"),
        ("التصميمات", "تصميم"),
        ("الزراعية", "زراعة"),
        ("الزراعي", "زراعة"),
        ("زراعيين", "زراعة"),
        ("بحيرات", "بحيرة"),
    ],
)
def test_inflectional_suffixes(form: str, base: str) -> None:
    assert s(form) == s(base)


def test_lone_conjunction_and_prepositions() -> None:
    assert s("وقال") == s("قال")
    assert s("بتطوير") == s("تطوير")
    assert s("لمتابعة") == s("متابعة")


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("علم", "معلم"),
        ("علم", "إعلام"),
        ("علم", "العلماء"),
        ("درس", "مدرسة"),
        ("لبن", "لبنان"),
        ("زار", "وزارة"),
        ("زار", "الوزارة"),
        ("عمل", "معمل"),
        ("كتب", "مكتبة"),
    ],
)
def test_no_substring_noise(word: str, other: str) -> None:
    assert s(word) != s(other)


def test_word_initial_letters_that_look_like_clitics_stay() -> None:
    assert s("وزارة") == s("الوزارة") == s("للوزارة")
    assert s("لبنان") == s("اللبناني") == s("للبنان")
    assert s("فريق") == s("الفريق")
    assert s("لجنة") == s("اللجنة") == s("للجنة")


def test_short_words_are_left_alone() -> None:
    assert s("بلد") == "بلد"
    assert s("وجه") == "وجه"
    assert s("منهم") == "منهم"


def test_latin_and_digits() -> None:
    assert analyzer.analyse("Solar-Hub 2024م") == ["solar", "hub", "2024", "م"]


def test_words_keep_original_spans() -> None:
    text = "زارَ الوفدُ المَكْتَبَةَ"
    spans = [(w.start, w.end, w.stem) for w in analyzer.words(text)]
    assert [text[a:b] for a, b, _ in spans] == ["زارَ", "الوفدُ", "المَكْتَبَةَ"]
    assert spans[2][2] == s("مكتبة")


def test_index_text_is_the_stems_joined() -> None:
    assert analyzer.index_text("المكتبة، والحديقة!") == f"{s('مكتبة')} {s('حديقة')}"


def test_normalize_replacing_gives_what_one_translation_pass_gives() -> None:
    import random
    import unicodedata

    from newsreader.text import fold as textfold

    table = str.maketrans(textfold.FOLD_TO)

    def reference(text: str) -> str:  # normalize() as it was written with str.translate
        if textfold._HAS_PRESENTATION(text):
            text = textfold.fold_presentation_forms(text)
        return unicodedata.normalize("NFC", text).translate(table).casefold()

    assert not set(textfold.FOLD_TO.values()) & set(textfold.FOLD_TO)  # no replacement is folded again
    rng = random.Random(5)
    alphabet = "".join(textfold.FOLD_TO) + "ابتجحدرسعفقكلمنهوي ء0123 .،\nAbCß\ufefb\u0654\u0655"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert analyzer.normalize(text) == reference(text), text


def test_stems_split_at_spaces_give_the_tokens_the_regex_finds() -> None:
    import random
    import sys

    # no character is both a space (str.split) and part of a token
    assert not [c for c in range(sys.maxunicode + 1) if chr(c).isspace() and analyzer._TOKEN.match(chr(c))]
    rng = random.Random(9)
    alphabet = "ابت جح 12 ٣\t\n\u00a0\u2003_-.،(ـ)\u0651x²½ßİ\u200c\u200d"
    for _ in range(3000):
        text = analyzer.normalize("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))))
        assert analyzer._stems(text) == [analyzer.stem(t) for t in analyzer._TOKEN.findall(text)], repr(text)


def test_an_article_body_is_normalised_once_for_its_key_and_its_index_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsreader.domain import ParsedArticle
    from newsreader.store import core
    from newsreader.text import fold as textfold

    body = "افتتحت مكتبة الواحة المتخيّلة فرعها الجديد يوم الأحد. " * 20
    item = ParsedArticle(title="مكتبة الواحة", body=body, published="2024-03-03")
    calls: list[str] = []
    real = textfold._nfc

    def counting(form: str, text: str) -> str:
        calls.append(text)
        return real(form, text)

    monkeypatch.setattr(textfold, "_nfc", counting)
    prepared = core.prepare(item, core.identify(item))
    assert calls.count(body) == 1
    assert prepared.body_terms == " ".join(analyzer.stem(t) for t in analyzer._TOKEN.findall(analyzer.normalize(body)))
    assert analyzer.normalize(body) is analyzer.normalize(body)  # remembered
    for i in range(textfold._RECENT_MAX + 1):  # and forgotten: the memory is bounded
        analyzer.normalize(body + str(i))
    assert len(textfold._RECENT) <= textfold._RECENT_MAX
