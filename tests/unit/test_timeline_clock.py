"""Issue 16, classes 9 and 15: clock times (sentences written for these tests, fictional)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

REF = date(2019, 3, 12)  # a Tuesday


def found(text: str, ref: date | None = REF) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in timexes(extract(text, ref))]


def values(text: str, ref: date | None = REF) -> list[str]:
    return [v for _, v in found(text, ref)]


def test_a_clock_time_standing_alone_is_on_the_reference_day() -> None:
    assert values("عند الساعة الرابعة صباحا") == ["2019-03-12T04:00"]
    assert values("حتى الساعة العاشرة الا ربع مساء") == ["2019-03-12T21:45"]
    # a sentence telling of an event keeps the day unknown when nothing names it
    assert values("اندلع الحريق في المستودع عند الساعة الرابعة صباحا ثم امتد إلى السوق.") == ["XXXX-XX-XXT04:00"]


def test_an_hour_said_as_a_cardinal_number_after_the_hour_word() -> None:
    assert values("الساعة أربعة الصبح") == ["2019-03-12T04:00"]
    assert values("الساعة سبعة وعشرين دقيقة") == ["2019-03-12T07:20"]
    assert values("الساعة ستة ونص") == ["2019-03-12T06:30"]
    # a cardinal on its own is a count
    assert values("وصل ستة لاعبين إلى الملعب.") == []


def test_prayer_times_and_spoken_parts_of_day_fix_the_half_of_the_day() -> None:
    assert values("الساعة 9 بعد المغرب") == ["2019-03-12T21:00"]
    assert values("الساعة 7 العشاء") == ["2019-03-12T19:00"]
    assert values("الساعة الرابعة الا ربع بعد العصر") == ["2019-03-12T15:45"]
    assert values("الساعة 11 قبل الظهر") == ["2019-03-12T11:00"]
    assert values("التاسعة هذه الليلة") == ["2019-03-12T21:00"]
    assert values("الساعة عشرة الا ثلث في الليل") == ["2019-03-12T21:40"]


def test_one_am_pm_word_holds_for_a_listed_hour() -> None:
    assert values("تفتح المكتبة أبوابها بين 9 أو 10 صباحا") == ["XXXX-XX-XXT09:00", "XXXX-XX-XXT10:00"]
    assert values("يستقبل المكتب المراجعين من 3 أو 4 مساء") == ["XXXX-XX-XXT15:00", "XXXX-XX-XXT16:00"]


def test_a_range_of_hours_takes_the_prayer_word_of_its_end() -> None:
    assert values("من الساعة 2 الى الساعة 3 بعد العصر") == ["2019-03-12T14:00", "2019-03-12T15:00"]


def test_seconds_with_a_one_digit_minute_and_the_day_named_before() -> None:
    assert values("أمس الساعة 10:4:30") == ["2019-03-11", "2019-03-11T10:04:30"]


def test_a_day_named_right_after_a_time_is_its_day() -> None:
    # «مبارح» is not a time zone written after a wire's filing time
    assert values("الساعة 6 وعشر دقايق مبارح") == ["2019-03-11T06:10", "2019-03-11"]


def test_midnight_and_noon_without_the_hour_word() -> None:
    assert found("وصل القطار الأخير إلى المحطة قبيل منتصف الليل أمس.")[0] == ("منتصف الليل", "2019-03-11T24:00")
    assert values("يرفع المسجد الأذان عند الظهر") == ["XXXX-XX-XXT12:00"]


def test_a_range_of_hours_said_without_the_hour_word() -> None:
    assert found("من الثامنة للتاسعة") == [("الثامنة", "2019-03-12T08:00"), ("للتاسعة", "2019-03-12T09:00")]
    assert values("من السبعة للثمانية") == ["2019-03-12T07:00", "2019-03-12T08:00"]
    assert values("من الساعة 2 ونص للثلاثة بعد العصر") == ["2019-03-12T14:30", "2019-03-12T15:00"]
    assert values("من الستة وعشر دقائق لل7 الصبح") == ["2019-03-12T06:10", "2019-03-12T07:00"]
    # numbers joined by «ل» are not hours without «من» before them
    assert values("انضم ستة لاعبين للسبعة الأوائل") == []


def test_the_end_of_a_range_before_its_start_is_in_the_same_half_of_the_day() -> None:
    assert values("من الساعة 6 مساء للساعة سبعة وعشرين دقيقة") == ["2019-03-12T18:00", "2019-03-12T19:20"]
    assert values("من السادسة مساء إلى التاسعة") == ["2019-03-12T18:00", "2019-03-12T21:00"]


def test_counts_joined_by_to_are_not_hours() -> None:
    assert values("يخوض الفريق من ثلاث إلى أربع مباريات") == []
    assert values("تتسارع السيارة من صفر إلى 100 كلم") == []
    # a night that follows is not the first end of a range
    assert "2019-03-12T13:00" not in values("بلغ سعر الليلة الواحدة 300 ريال")


def test_twelve_at_night_is_midnight() -> None:
    assert values("حتى الساعة 12 ليلا") == ["2019-03-12T24:00"]


def test_a_count_before_a_part_of_the_day_is_not_an_hour() -> None:
    assert values("أصيب خمسة صباح اليوم في حادث") == ["2019-03-12TMO"]
    assert values("على الخمسة العصر") == ["2019-03-12T17:00"]
