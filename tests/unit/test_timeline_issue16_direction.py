"""Issue 16, classes 6/7/12/13/14 and 1: direction, counted dates, nth weekdays, ranges, occasions (sentences
written for these tests, fictional)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

TUE = date(2013, 2, 12)  # a Tuesday


def found(text: str, ref: date | None = TUE) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in timexes(extract(text, ref))]  # a range as its two ends


def values(text: str, ref: date | None = TUE) -> list[str]:
    return [m.value for m in extract(text, ref)]


# ---------------------------------------------------------------- 6/7. a phrase alone: the coming one


def test_a_weekday_alone_is_the_coming_one_and_in_a_past_clause_the_last() -> None:
    assert values("الخميس") == ["2013-02-14"]
    assert values("يوم السبت") == ["2013-02-16"]
    assert values("زار الوفد المصنع الخميس.") == ["2013-02-07"]


def test_a_month_and_an_occasion_alone_are_the_coming_ones() -> None:
    assert values("في 20 تموز") == ["2013-07-20"]
    assert values("عيد الفطر") == ["2013-08-08"]
    assert values("احتفل الأهالي بعيد الفطر في القرية.") == ["2012-08-19"]


# ---------------------------------------------------------------- 12. counted from the article date


def test_a_count_of_units_alone_locates_a_date() -> None:
    assert values("منذ يومين") == ["2013-02-10"]
    assert values("بعد ثلاثة أشهر") == ["2013-05"]
    assert values("بعد سنتين") == ["2015"]
    # in a sentence a state lasting years stays a duration
    assert values("يعيش الكاتب في المدينة منذ عامين.") == ["P2Y"]


# ---------------------------------------------------------------- 13. the nth weekday, week or day of a month


def test_the_nth_or_last_weekday_of_a_month_written_before_or_after_it() -> None:
    assert values("تعقد اللجنة اجتماعها في ثاني خميس من شهر أيار 2014.") == ["2014-05-08"]
    assert values("أقيم الحفل في آخر جمعة بشهر آب.") == ["2012-08-31"]
    assert values("سيفتح المعرض الأحد الأخير من شهر نيسان السنة القادمة.") == ["2014-04-27"]


def test_a_day_of_a_month_named_by_its_number_or_its_rank() -> None:
    assert values("يبدأ التسجيل في اليوم الخامس من شهر أربعة.") == ["2013-04-05"]
    assert values("آخر يوم من شهر 6 سنة 2016") == ["2016-06-30"]
    assert values("أغلق السوق في أول أسبوع من الشهر العاشر سنة 2012.") == ["2012-W40"]


# ---------------------------------------------------------------- 2/3/14. a Hijri month applies to both ends


def test_a_hijri_range_takes_the_month_for_both_ends() -> None:
    found_ = extract("تقام الدورة في الفترة من 3 - 9 ذي القعدة المقبل.", TUE)
    assert [(m.value, m.end_value, m.calendar) for m in found_] == [("2013-09-09", "2013-09-15", "hijri")]


# ---------------------------------------------------------------- 5. pointing back


def test_the_same_time_last_year_and_that_day_point_back() -> None:
    assert values("زادت الصادرات في الربع الثاني مقارنة بنفس التوقيت العام الماضي.") == ["2013-Q2", "2012-Q2"]
    assert values("زادت الصادرات في يناير مقارنة بالفترة ذاتها العام الماضي.") == ["2013-01", "2012-01"]
    assert values("افتتح المصنع في 8 يناير وفي ذلك اليوم زاره الوزير.") == ["2013-01-08", "2013-01-08"]
    assert values("وفي ذلك اليوم زاره الوزير.") == []
    assert values("تأسست الشركة في يونيو 2009 وكان السوق في ذلك الوقت ضعيفا.") == ["2009-06", "2009-06"]


def test_the_general_secretary_is_not_a_year() -> None:
    assert values("انتقد الأمين العام السابق للنقابة القرار.") == []
    assert values("تراجعت الصادرات العام السابق.") == ["2012"]


# ---------------------------------------------------------------- 14. ranges written month first or without «من»


def test_ranges_of_days_with_the_month_before_or_after_and_no_opener() -> None:
    ends = [(m.text, m.value, m.end_value) for m in extract("تقام البطولة أغسطس 20-24.", TUE)]
    assert ends == [("أغسطس 20-24", "2013-08-20", "2013-08-24")]
    ends = [(m.text, m.value, m.end_value) for m in extract("ستقام البطولة 20 إلى 24 آب.", TUE)]
    assert ends == [("20 إلى 24 آب", "2013-08-20", "2013-08-24")]
    # a list stays two days
    assert values("أقيمت البطولة يومي 20 و24 آب.") == ["2012-08-20", "2012-08-24"]


# ---------------------------------------------------------------- 1. occasions


def test_easter_is_computed_for_the_year() -> None:
    assert values("أقيم قداس عيد الفصح 2016 في الكنيسة.") == ["2016-03-27"]
    assert values("عيد الفصح") == ["2013-03-31"]


def test_a_bare_eid_in_the_days_around_it_is_that_eid() -> None:
    eid_week = date(2016, 7, 9)  # Eid al-Fitr 1437: 6 July 2016 (Umm al-Qura)
    assert values("وزعت الجمعية كسوة العيد على الأسر.", eid_week) == ["2016-07-06"]
    assert values("وزعت الجمعية كسوة العيد على الأسر.", date(2016, 3, 1)) == []
    assert values("أطلقت البلدية برنامج «بهجة العيد» للأطفال.", eid_week) == []


# ---------------------------------------------------------------- 6/7. the second one back or ahead; months by number


def test_the_weekday_or_month_before_the_last_or_after_the_next() -> None:
    assert values("عاد الوفد الجمعة قبل الماضية.") == ["2013-02-01"]
    assert values("تبدأ الامتحانات الأحد بعد القادم.") == ["2013-02-24"]
    assert values("افتتح الجسر في أيار قبل الماضي.") == ["2011-05"]
    assert values("يفتتح الجسر في نيسان بعد المقبل.") == ["2014-04"]


def test_a_month_by_its_number_with_a_modifier_or_a_year() -> None:
    assert values("انتهت الأعمال في شهر 10 الماضي.") == ["2012-10"]
    assert values("تنتهي الأعمال في شهر سبعة المقبل.") == ["2013-07"]
    assert values("بدأت الأعمال في شهر 4 سنة 2011.") == ["2011-04"]
    assert values("بقي الطفل في المستشفى شهر 3 أيام.") == ["P3D"]


# ---------------------------------------------------------------- 7. bare seasons


def test_a_bare_season_after_a_preposition_takes_the_clause_tense() -> None:
    assert values("زارت الفرقة المدينة في الخريف.") == ["2012-FA"]
    assert values("ستزور الفرقة المدينة في الخريف.") == ["2013-FA"]
    assert values("الخريف") == ["2013-FA"]
    assert values("تتساقط الأوراق في الخريف.") == []  # any autumn
    assert values("كتب عن ثورات الربيع العربي.") == []


# ---------------------------------------------------------------- 12/13. the night before; a weekday bound to its date


def test_the_night_before_the_day_just_named() -> None:
    assert values("افتتح المعرض في 9 يناير وكان المنظمون قد وصلوا الليلة السابقة.") == ["2013-01-09", "2013-01-08TNI"]


def test_a_weekday_agreeing_with_a_date_of_this_month_takes_that_date() -> None:
    assert values("يعقد المؤتمر الأحد الموافق 24 من الشهر الجاري.") == ["2013-02-24", "2013-02-24"]


def test_a_day_and_month_alone_are_in_the_reference_year() -> None:
    assert values("الثاني من شباط") == ["2013-02-02"]
    assert values("10 آذار") == ["2013-03-10"]


def test_a_weekday_in_construct_with_its_week() -> None:
    assert values("خميس الأسبوع الماضي") == ["2013-02-07"]
    assert values("وقع الاتفاق الأحد الأسبوع المقبل.") == ["2013-02-24"]
    assert values("قال أحد المسؤولين إن الاتفاق وقع.") == []


def test_a_hijri_month_with_a_gregorian_year_and_two_days_back() -> None:
    found_ = extract("صام المسلمون رمضان 2016 في حر شديد.", TUE)
    assert [(m.value, m.calendar, m.first_day) for m in found_] == [("2016-06", "hijri", "2016-06-06")]
    assert values("اليوم قبل الماضي") == ["2013-02-10"]


def test_a_range_of_ordinal_days_and_of_days_with_the_month_twice() -> None:
    text = "تقام الدورة من الأول وحتى الخامس من نيسان المقبل."
    assert [(m.value, m.end_value) for m in extract(text, TUE)] == [("2013-04-01", "2013-04-05")]
    assert [(m.value, m.end_value) for m in extract("من 3 أيار إلى 9 أيار", TUE)] == [("2013-05-03", "2013-05-09")]


def test_a_period_before_the_last_in_any_wording() -> None:
    assert values("تراجعت المبيعات في السنة قبل المنصرمة.") == ["2011"]
    assert values("ستنتهي الأشغال في الشهر بعد القادم.") == ["2013-04"]


def test_a_date_alone_most_of_a_year_away_is_the_nearer_one() -> None:
    jan = date(2016, 1, 5)
    assert values("25 ديسمبر", jan) == ["2015-12-25"]
    assert values("في ديسمبر", jan) == ["2015-12"]
    assert values("10 مارس", jan) == ["2016-03-10"]


def test_a_weekday_in_the_week_a_count_points_at_is_one_mention() -> None:
    assert found("يبدأ التسجيل بعد أسبوعين يوم الأحد.") == [("أسبوعين يوم الأحد", "2013-03-03")]  # ISO weeks
    assert found("تصل الشحنة الخميس بعد ثلاثة أسابيع.") == [("الخميس بعد ثلاثة أسابيع", "2013-03-07")]
    # a count from another event stays apart
    assert values("وصل الوفد الخميس بعد أسبوعين من المفاوضات.") == ["2013-02-07", "P2W"]


def test_a_weekday_of_this_week_and_more_occasions() -> None:
    assert found("يعقد الاجتماع الخميس من هذا الأسبوع.") == [("الخميس من هذا الأسبوع", "2013-02-14")]
    assert values("احتفلت الجالية بعيد الشغل 2014.") == ["2014-05-01"]


def test_an_occasion_in_this_or_the_next_hijri_year() -> None:
    ref = date(2021, 9, 1)  # 24 Muharram 1443
    assert values("آخر يوم من شهر جمادى الآخرة من العام الحالي", ref) == ["2022-02-01"]
    assert values("يبدأ المهرجان في ثاني أيام عيد الفطر من العام الهجري المقبل.", ref) == ["2023-04-22"]


def test_the_following_year_month_or_week_after_the_one_just_named() -> None:
    assert values("افتتح المصنع في 2009 وتوسع في العام التالي.") == ["2009", "2010"]
    assert values("وصل الوفد في 3 يناير وغادر في الأسبوع التالي.") == ["2013-01-03", "2013-W02"]
    assert values("الشهر التالي") == ["2013-03"]


def test_a_weak_month_name_with_its_day_after_it() -> None:
    assert values("مارس 13") == ["2013-03-13"]
    assert values("مارس الرياضة 3 سنوات.") == ["P3Y"]
