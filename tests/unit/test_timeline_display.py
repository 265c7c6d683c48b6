"""Arabic labels and grouping keys for timeline entries."""

from __future__ import annotations

from datetime import date

from newsreader.domain import Mention
from newsreader.timeline import extract
from newsreader.timeline.display import format_mention_date, group_key, hijri_label


def mention(
    value: str,
    mod: str | None = None,
    *,
    type_: str = "DATE",
    calendar: str = "gregorian",
    first: str | None = None,
    last: str | None = None,
    text: str = "نص",
) -> Mention:
    return Mention(0, len(text), text, type_, value, mod, calendar, "", first, last)


def test_day_has_weekday_month_and_year() -> None:
    assert format_mention_date(mention("2024-11-26"), arabic_digits=False) == "الثلاثاء 26 نوفمبر 2024"


def test_arabic_indic_digits() -> None:
    assert format_mention_date(mention("2024-11-26"), arabic_digits=True) == "الثلاثاء ٢٦ نوفمبر ٢٠٢٤"


def test_month_with_part_and_year_only() -> None:
    assert format_mention_date(mention("2024-03", "MID"), arabic_digits=False) == "منتصف مارس 2024"
    assert format_mention_date(mention("2012"), arabic_digits=False) == "2012"
    assert format_mention_date(mention("2016", "END"), arabic_digits=False) == "نهاية 2016"


def test_quarter_half_season_week_decade() -> None:
    assert format_mention_date(mention("2024-Q1"), arabic_digits=False) == "الربع الأول 2024"
    assert format_mention_date(mention("2023-H2"), arabic_digits=False) == "النصف الثاني 2023"
    assert format_mention_date(mention("2018-SU"), arabic_digits=False) == "صيف 2018"
    assert format_mention_date(mention("2015-W30"), arabic_digits=False) == "الأسبوع 30 من 2015"
    assert format_mention_date(mention("198"), arabic_digits=False) == "1980–1989"


def test_times() -> None:
    assert format_mention_date(mention("2015-07-31TEV", type_="TIME"), arabic_digits=False) == "الجمعة 31 يوليو 2015 مساءً"
    assert format_mention_date(mention("2016-10-12T08:00", type_="TIME"), arabic_digits=False) == (
        "الأربعاء 12 أكتوبر 2016 الساعة 08:00"
    )


def test_vague_and_durations() -> None:
    assert format_mention_date(mention("PAST_REF"), arabic_digits=False) == "مؤخراً"
    assert format_mention_date(mention("P4D", type_="DURATION", text="4 أيام"), arabic_digits=False) == "4 أيام"


def test_hijri_label_from_extracted_mention() -> None:
    (m, twin) = extract("تبدأ المرحلة يوم 14 / 3 / 1440هـ الموافق 22 / 11 / 2018م.", date(2018, 11, 10))
    assert hijri_label(m) == "14 ربيع الأول 1440هـ"
    assert hijri_label(m, arabic_digits=True) == "١٤ ربيع الأول ١٤٤٠هـ"
    assert hijri_label(twin) is None


def test_hijri_month_keeps_its_own_bounds_and_label() -> None:
    (m,) = extract("صدر القرار في شوال 1436هـ بعد المراجعة.", date(2015, 8, 11))
    assert (m.calendar, m.first_day, m.last_day) == ("hijri", "2015-07-17", "2015-08-15")
    assert hijri_label(m) == "شوال 1436هـ"


def test_group_key() -> None:
    assert group_key(mention("2024-03", first="2024-03-01", last="2024-03-31")) == (2024, 3)
    assert group_key(mention("2024-11-26", first="2024-11-26", last="2024-11-26")) == (2024, 11)
    assert group_key(mention("2012", first="2012-01-01", last="2012-12-31")) == (2012, 0)
    assert group_key(mention("P4D", type_="DURATION")) == (0, 0)


def test_labels_follow_the_interface_language() -> None:  # issue 16 item 19
    def en(m: Mention) -> str:
        return format_mention_date(m, arabic_digits=True, language="en")

    assert en(mention("2024-11-26")) == "Tuesday 26 November 2024"
    assert en(mention("2024-03", "MID")) == "mid March 2024"
    assert en(mention("2015-Q1")) == "Q1 2015"
    assert en(mention("2015-08-06TEV", type_="TIME")) == "Thursday 6 August 2015, evening"
    assert en(mention("PAST_REF")) == "recently"
    hijri_day = mention("2015-08-22", calendar="hijri", first="2015-08-22", last="2015-08-22")
    assert hijri_label(hijri_day, arabic_digits=True, language="en") == "7 Dhu al-Qadah 1436 AH"
    assert hijri_label(hijri_day, arabic_digits=True) == "٧ ذو القعدة ١٤٣٦هـ"
