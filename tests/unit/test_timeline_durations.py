"""Issue 16, classes 10 and 16: durations — compounds, fractions, decimals, a unit on its own (sentences written
for these tests, fictional)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

REF = date(2019, 3, 12)


def values(text: str, ref: date | None = REF) -> list[str]:
    return [m.value for m in timexes(extract(text, ref))]


def test_a_single_unit_joined_to_a_duration_is_one_mention() -> None:
    assert values("استغرقت العملية ثلاث ساعات ودقيقة") == ["PT3H1M"]
    assert values("استغرق العرض دقيقة و40 ثانية") == ["PT1M40S"]
    assert values("بقي المريض في المستشفى أسبوعين ويوما") == ["P15D"]


def test_weeks_and_days_together_are_days_weeks_with_months_stay_weeks() -> None:
    assert values("استمرت الدورة 6 أسابيع و4 أيام") == ["P46D"]
    assert values("أمضى الفريق شهرين وأسبوعا في المعسكر") == ["P2M1W"]
    # «بين X و Y»: the bounds of one duration, not its parts
    assert values("يغيب اللاعب بين أسبوع وعشرة أيام") == ["P1W", "P10D"]


def test_the_last_part_of_a_list_after_a_comma() -> None:
    assert values("استمرت الرحلة 4 ساعات، و15 دقيقة") == ["PT4H15M"]


def test_fractions_of_a_unit() -> None:
    assert values("انتظر الركاب ربع ساعة") == ["PT15M"]
    assert values("تأخرت الطائرة ساعتين وربع") == ["PT2H15M"]
    assert values("حكم البلاد ربع قرن") == ["P25Y"]
    assert values("استغرق الإصلاح ثلث ساعة") == ["PT20M"]
    assert values("عاش المؤلف في المدينة نصف قرن") == ["P50Y"]


def test_decimal_counts_in_either_digits() -> None:
    assert values("استمرت الأشغال ٢.٥ سنة") == ["P2Y6M"]


def test_a_unit_that_is_a_sentence_of_its_own() -> None:
    assert values("أسبوع.") == ["P1W"]
    assert values("دقيقه") == ["PT1M"]
    # a unit inside a sentence still needs a word of extent before it
    assert values("بدأ أسبوع جديد في المدرسة.") == []


def test_a_spoken_plural_of_minutes() -> None:
    assert values("انتظرنا 10 دقايق") == ["PT10M"]


def test_a_fraction_followed_by_its_own_unit_is_not_the_first_units() -> None:
    assert values("استغرق الفحص يوما وربع ساعة") == ["P1DT15M"]


def test_a_bare_plural_right_after_a_verb_is_an_unsaid_count() -> None:
    assert values("أمضى الروائي سنوات في المنفى") == []  # the subject between: not right after the verb
    assert values("انتظرت أسابيع قبل الرد") == ["PXW"]
    assert values("عاشت أشهر في القرية") == ["PXM"]
    # a period named by what follows is not a duration
    assert values("شهدت سنوات الحرب دمارا كبيرا") == []


def test_units_named_by_what_follows_and_counts_before_the_calendar() -> None:
    assert values("يحدد المستخدم من يرى يوم وشهر الميلاد") == []
    assert values("تكونت الصخور قبل مليون عام") == ["P1000000Y"]


def test_a_count_in_digits_with_a_scale_word() -> None:
    assert values("عاشت الزواحف قبل 90 مليون سنة") == ["P90000000Y"]
    assert values("خسرت المصانع 500 ألف يوم عمل") == ["P500000D"]


def test_a_plural_after_a_verb_followed_by_a_noun_is_not_a_duration() -> None:
    assert values("كانت أشهر تلك القصائد") == []
    assert values("ارتفعت عقود النفط") == []
    assert values("ارتفع عدد المشتركين إلى 12 مليون عام 2016") == ["2016"]
    assert values("تكونت بين 40 و50 مليون سنة") == ["P50000000Y"]
