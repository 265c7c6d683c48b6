"""Issue 16, classes 11, 16, 17 and spoken forms: years standing alone or in words, decades, sets, dialect words
(sentences written for these tests, fictional)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

REF = date(2019, 3, 12)


def values(text: str, ref: date | None = REF) -> list[str]:
    return [m.value for m in timexes(extract(text, ref))]


def test_sets_said_with_a_manner_adverb() -> None:
    assert values("تصدر النشرة بشكل أسبوعي") == ["P1W"]
    assert values("يراجع الفريق الخطة بصورة شهرية") == ["P1M"]
    assert values("تنظف الحدائق بشكل يومي") == ["P1D"]


def test_spoken_demonstratives_and_modifiers_of_a_period() -> None:
    assert values("ارتفعت الأسعار الشهر الماض") == ["2019-02"]
    assert values("هاد العام كان صعبا") == ["2019"]
    assert values("هاي السنة") == ["2019"]


def test_years_in_words_with_hundreds_or_the_article() -> None:
    assert values("افتتح الجسر عام ألف وتسعمائة وخمسة وثمانين") == ["1985"]
    assert values("انتهى المشروع في العام الألفين والعشرين") == ["2020"]
    assert values("صدر الكتاب سنة ألف وثمانمائة") == ["1800"]


def test_counts_in_words_with_hundreds_and_thousands() -> None:
    assert values("حكمت الأسرة البلاد مئة وخمسين عاما") == ["P150Y"]
    assert values("ظل الجدار قائما ثلاثة آلاف سنة") == ["P3000Y"]
    # two counts listed with «و» are not one number
    assert values("تأخرت القطارات ثلاثة وأربعة أيام") == ["P3D", "P4D"]


def test_the_period_before_last_and_after_next_with_any_modifier() -> None:
    assert values("السنة قبل المنصرمة") == ["2017"]
    assert values("الشهر اللي بعد الجاي") == ["2019-05"]


def test_a_month_by_its_number_after_the_word_month() -> None:
    assert values("تنتهي الأشغال شهر 10 القادم") == ["2019-10"]
    assert values("ارتفعت الأسعار شهر تمانية الماضي") == ["2018-08"]
    # a count after «شهر» is not a month
    assert values("استمر الإضراب شهر واحد") == ["P1M"]


def test_spoken_now() -> None:
    assert values("هسة") == ["PRESENT_REF"]
    assert values("المدينة هادئة هلق") == ["PRESENT_REF"]


def test_two_early_years_after_between_or_in_a_list() -> None:
    assert values("هاجرت العائلات بين 1880 و1895، ثم عادت") == ["1880", "1895"]
    assert values("في 1870 و1875 بنى الحاكم سورين") == ["1870", "1875"]
    # counts after «بين»
    assert values("وزعت الجمعية بين 1200 و1400 سلة") == []


def test_a_number_right_after_a_year_named_in_words_is_not_a_listed_year() -> None:
    assert values("بلغ متوسط السعر خلال العام الحالي 1190 دولارا") == ["2019"]
    assert values("ارتفعت المبيعات بنسبة 14 في المائة عام 2012") == ["2012"]
