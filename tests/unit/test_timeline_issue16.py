"""Issue 16: classes of mentions common in Arabic news (sentences written for these tests, fictional)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

AUG = date(2015, 8, 6)  # a Thursday, three weeks after the Eid al-Fitr of 1436 (17 July 2015)


def found(text: str, ref: date | None = AUG) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in timexes(extract(text, ref))]  # a range as its two ends


def bounds(text: str, ref: date | None = AUG) -> list[tuple[str | None, str | None]]:
    return [(m.first_day, m.last_day) for m in extract(text, ref)]


# ---------------------------------------------------------------- 1. named occasions


def test_eid_resolved_through_umm_al_qura_in_the_year_the_date_implies() -> None:
    assert found("أقامت الجمعية حفلا بمناسبة عيد الفطر المبارك.") == [("عيد الفطر المبارك", "2015-07-17")]
    assert bounds("أقامت الجمعية حفلا بمناسبة عيد الفطر المبارك.") == [("2015-07-17", "2015-07-19")]
    # the coming one when the clause speaks of the future
    assert found("ستقيم البلدية سوقا خيرية في عيد الأضحى.") == [("عيد الأضحى", "2015-09-23")]
    assert found("سافر الأخوان قبل عيد الأضحى الماضي.") == [("عيد الأضحى الماضي", "2014-10-04")]


def test_an_occasion_a_few_weeks_away_is_that_one_whatever_the_verb() -> None:
    text = "فتح المتحف أبوابه خلال أيام عيد الفطر فيما سيكون اليوم الرابع للعائلات."
    assert found(text, date(2015, 7, 21))[0] == ("عيد الفطر", "2015-07-17")


def test_days_of_an_occasion_and_its_eve() -> None:
    assert found("افتتح المعرض في ثاني أيام عيد الفطر.") == [("ثاني أيام عيد الفطر", "2015-07-18")]
    assert found("سيصل القطار يوم وقفة عرفات.", date(2015, 9, 1))[0][1] == "2015-09-22"
    assert found("تنطلق المسابقة في أول أيام شهر رمضان من العام الهجري 1437.") == [
        ("أول أيام شهر رمضان من العام الهجري 1437", "2016-06-06")
    ]


def test_occasion_with_its_hijri_or_gregorian_year() -> None:
    assert found("حفل معايدة بمناسبة عيد الفطر لعام 1436هـ في النادي.") == [("عيد الفطر لعام 1436هـ", "2015-07-17")]
    assert found("زار الوفد المدينة في عيد الأضحى 2012.") == [("عيد الأضحى 2012", "2012-10-26")]


def test_recurring_gregorian_occasions_from_the_table() -> None:
    assert found("تحتفل المدارس باليوم الوطني السعودي في الحي.", date(2015, 9, 20)) == [("اليوم الوطني السعودي", "2015-09-23")]
    assert found("أغلقت المتاجر أبوابها في عيد العمال.") == [("عيد العمال", "2015-05-01")]


def test_bare_eid_only_where_it_names_the_day() -> None:
    assert found("عاد المسافرون بعد العيد إلى أعمالهم.") == [("العيد", "2015-07-17")]
    assert found("وزعت الجمعية حلوى العيد على الأطفال.") == []
    assert found("نظمت اللجنة برنامج فرحة العيد للأطفال.") == []
    assert found("أمضى الطلاب إجازة في شهر رمضان.") == []  # the month as a period stays unannotated


# ---------------------------------------------------------------- 6. the weekday wins over the reference date


def test_weekday_beside_today_or_yesterday_wins_and_moves_the_reference() -> None:
    # the article is dated Thursday, but was written on Wednesday
    assert found("قال المدير اليوم الأربعاء إن المصنع سيفتح أبوابه.") == [("اليوم الأربعاء", "2015-08-05")]
    # written on Saturday, dated the Tuesday after: «أمس» and «المقبل» count from Saturday
    text = "تدرب الفريق مساء أمس الجمعة استعدادا للقاء يوم الثلاثاء المقبل. وقال المدرب أمس إن اللاعبين جاهزون."
    assert found(text, date(2015, 7, 21)) == [
        ("مساء أمس الجمعة", "2015-07-17TEV"),
        ("يوم الثلاثاء المقبل", "2015-07-21"),
        ("أمس", "2015-07-17"),
    ]


def test_weekday_that_agrees_changes_nothing() -> None:
    assert found("اجتمع المجلس أمس الأربعاء ثم عاد إلى المدينة أمس.") == [("أمس الأربعاء", "2015-08-05"), ("أمس", "2015-08-05")]


def test_tomorrow_spelled_without_alif_and_a_clock_time_with_its_weekday() -> None:
    assert found("تتواصل غد الجمعة عروض المسرح في الحديقة.") == [("غد الجمعة", "2015-08-07")]
    assert found("وقع الحادث في الساعة 18:13 مساء اليوم الثلاثاء قرب الجسر.") == [
        ("الساعة 18:13 مساء اليوم الثلاثاء", "2015-08-04T18:13")
    ]


# ---------------------------------------------------------------- 3. Hijri years


def test_hijri_year_pair_shares_the_era_written_after_the_second() -> None:
    assert found("فتح باب القبول للعام الجامعي 1436-1437 هـ في الكلية.") == [("1436", "2015"), ("1437 هـ", "2016")]
    assert [m.calendar for m in extract("للعام الدراسي 1435 / 1436هـ.", AUG)] == ["hijri", "hijri"]
    assert bounds("أقيم الحفل في عام 1436هـ.") == [("2014-10-25", "2015-10-13")]


def test_sports_season_in_hijri_years_is_not_a_date() -> None:
    assert found("ضمن مسابقة الدوري للموسم الرياضي 1435هـ ـ 1436هـ في الملعب.") == []


# ---------------------------------------------------------------- 11. a four-digit number that counts, not a year


def test_count_after_a_clitic_preposition_is_not_a_year() -> None:
    assert found("سيوفر المصنع فرصا لأكثر من 2000 عامل في المدينة.") == []


# ---------------------------------------------------------------- 9, 15. clock times


def test_bare_clock_times_and_seconds() -> None:
    assert found("وصل القطار عند 16:38 إلى المحطة.") == [("16:38", "XXXX-XX-XXT16:38")]
    assert found("انطلق السباق أمس في 7:56:13 مساءً.")[-1] == ("7:56:13 مساءً", "2015-08-05T19:56:13")
    assert found("الفائز سجل النتيجة 31:40 في الجولة.") == []  # not an hour


def test_wire_filing_time_alone_on_its_line_is_the_article_day() -> None:
    assert found("افتتح المعرض أبوابه للزوار.\n // انتهى //\n 18:04 ت م \n") == [("18:04", "2015-08-06T18:04")]


def test_military_time_after_al_saa_and_hour_words_after_ind() -> None:
    assert found("انطلقت الرحلة الساعة 1831 بتوقيت جرينتش.") == [("الساعة 1831", "XXXX-XX-XXT18:31")]
    assert found("يغلق السوق عند السابعة.") == [("السابعة", "XXXX-XX-XXT07:00")]
    assert found("فازت في المرة السابعة.") == []


def test_clock_time_takes_the_day_named_after_it() -> None:
    text = "بلغ عدد الزوار حتى الساعة الواحدة ظهراً ليوم الخميس الموافق 6 / 8 / 2015 ألف زائر."
    assert found(text)[0] == ("الساعة الواحدة ظهراً", "2015-08-06T13:00")


# ---------------------------------------------------------------- 8. month pairs that disagree


def test_slash_pair_of_disagreeing_month_names_takes_the_gregorian_one() -> None:
    assert found("عاد الوفد في كانون الثاني/ديسمبر الماضي.") == [("كانون الثاني/ديسمبر الماضي", "2014-12")]
    assert found("عاد الوفد في 5 كانون الثاني/ديسمبر 2014.") == [("5 كانون الثاني/ديسمبر 2014", "2014-12-05")]
    assert found("وصل الوفد في يناير/كانون الثاني 2014.") == [("يناير/كانون الثاني 2014", "2014-01")]


# ---------------------------------------------------------------- 4, 5. quarters, halves, the same period


def test_quarter_with_a_clitic_year_and_the_first_three_months() -> None:
    assert found("ارتفعت المبيعات في الربع الأول لـ2015.") == [("الربع الأول لـ2015", "2015-Q1")]
    assert found("ربحت الشركة في الأشهر الثلاثة الأولى من العام المالي الحالي.") == [
        ("الأشهر الثلاثة الأولى من العام المالي الحالي", "2015-Q1")
    ]
    assert found("خسرت الشركة في الأشهر الستة الأخيرة من 2014.") == [("الأشهر الستة الأخيرة من 2014", "2014-H2")]
    assert found("انتظر الأشهر الثلاثة الأولى.") == [("الأشهر الثلاثة", "P3M")]


def test_same_month_or_period_with_a_clitic_year() -> None:
    assert found("ارتفعت المبيعات في يوليو الماضي مقارنة بالشهر نفسه لعام 2014.")[-1] == ("الشهر نفسه لعام 2014", "2014-07")
    assert found("نما الدخل في الربع الأول مقارنة بالفترة ذاتها لعام 2014.")[-1] == ("الفترة ذاتها لعام 2014", "2014-Q1")


# ---------------------------------------------------------------- 2, 13. weeks and weekdays counted in a month


def test_nth_week_of_a_hijri_or_gregorian_month_is_its_iso_week() -> None:
    # Safar 1437 begins on Friday 13 November 2015: its days 8-14 run from 20 to 26 November
    assert found("يبدأ التسجيل في الأسبوع الثاني من شهر صفر 1437.") == [("الأسبوع الثاني من شهر صفر 1437", "2015-W48")]
    assert found("تنطلق الدورة في الأسبوع الأول من شهر المحرم المقبل.") == [("الأسبوع الأول من شهر المحرم المقبل", "2015-W42")]
    assert found("يعقد الملتقى في الأسبوع الأول من أكتوبر.") == [("الأسبوع الأول من أكتوبر", "2015-W40")]


def test_nth_or_last_weekday_of_a_month() -> None:
    assert found("يعقد الاجتماع الثلاثاء الثالث من شهر أيلول 2014.") == [("الثلاثاء الثالث من شهر أيلول 2014", "2014-09-16")]
    assert found("يعقد الاجتماع الاثنين الأخير من الشهر.") == [("الاثنين الأخير من الشهر", "2015-08-31")]
    assert found("يقام السوق يوم الجمعة الأولى من رمضان 1437.") == [("يوم الجمعة الأولى من رمضان 1437", "2016-06-10")]


def test_weekday_with_an_ordinal_day_that_agrees_is_that_date() -> None:
    # 2 August 2015 was a Sunday: «the Sunday, second of August», not the second Sunday
    assert found("عقد الاجتماع يوم الأحد الثاني من أغسطس.") == [("يوم الأحد الثاني من أغسطس", "2015-08-02")]


# ---------------------------------------------------------------- 12. everyday expressions


def test_since_with_a_past_event_is_a_date_with_a_present_verb_a_duration() -> None:
    assert found("وصل الوفد منذ يومين.") == [("يومين", "2015-08-04")]
    assert found("يعيش الوفد في المدينة منذ عامين.") == [("عامين", "P2Y")]
    assert found("فرضت القيود على المصنع منذ ثماني سنوات.") == [("ثماني سنوات", "P8Y")]
    assert found("سيصل الوفد بعد أسبوعين من الآن.")[0] == ("أسبوعين", "2015-W34")
    assert found("وصل الوفد بعد أسبوعين من الحادث.") == [("أسبوعين", "P2W")]


def test_day_before_yesterday_and_days_relative_to_the_day_being_told() -> None:
    assert found("وصل الوفد قبل أمس.") == [("قبل أمس", "2015-08-04")]
    assert found("وصل الوفد في 3 مارس 2014. وفي اليوم التالي زار المتحف.") == [
        ("3 مارس 2014", "2014-03-03"),
        ("اليوم التالي", "2014-03-04"),
    ]
    assert found("وقع الحادث في اليوم السابق.") == [("اليوم السابق", "2015-08-05")]


# ---------------------------------------------------------------- 10, 16. durations


def test_halves_decimals_and_duals() -> None:
    assert found("عاش في المدينة خمس سنوات ونصف.") == [("خمس سنوات ونصف", "P5Y6M")]
    assert found("استمرت الدراسة 3.5 سنوات.") == [("3.5 سنوات", "P3Y6M")]
    assert found("استمرت الرحلة 2.25 ساعة.") == [("2.25 ساعة", "PT2.25H")]
    assert found("ارتفع السعر 3.5 في المائة خلال يومين.") == [("يومين", "P2D")]
    assert found("استغرق العرض دقيقتان.") == [("دقيقتان", "PT2M")]
    assert found("انتظر الركاب نصف ساعة.") == [("نصف ساعة", "PT30M")]
    assert found("قضى في السجن نصف عمره.") == []


def test_accusative_plurals_are_durations_of_unsaid_length() -> None:
    assert found("انتظر الأهالي أشهراً قبل أن يعودوا.") == [("أشهراً", "PXM")]
    assert found("عانت البلاد عقودا طويلة.") == [("عقودا طويلة", "PXDE")]
    assert found("يملك اللاعبون عقودا مع الأندية.") == []  # contracts


# ---------------------------------------------------------------- 11. a year before 1900 written alone


def test_old_year_after_a_preposition_or_in_a_list_of_years() -> None:
    assert found("ولد الكاتب في 1890 في القرية.") == [("1890", "1890")]
    assert found("تعمل الشركة منذ 1890.") == [("1890", "1890")]
    assert found("أسست المدرسة في 1880 و1885.") == [("1880", "1880"), ("1885", "1885")]
    assert found("وزعت الجمعية المساعدات في 1500 موقع.") == []
    assert found("وصل السعر إلى 1200.") == []
    assert found("صدرت القرارات 1696 و1737 و1747.") == []


# ---------------------------------------------------------------- 17. sets


def test_sets_of_weekdays_parts_of_day_and_rates() -> None:
    assert found("يجتمع المجلس كل يوم اثنين.") == [("كل يوم اثنين", "XXXX-WXX-1")]
    assert found("يجتمع المجلس كل يوم.") == [("كل يوم", "P1D")]
    assert found("يمشي الجار كل صباح.") == [("كل صباح", "XXXX-XX-XXTMO")]
    assert found("يتدرب الفريق مرتين في الأسبوع.") == [("مرتين في الأسبوع", "P1W")]
    assert found("تنتج المحطة 10000م3 في اليوم.") == [("اليوم", "P1D")]
    assert found("حصل على 3 ميداليات في اليوم الأول.") == []


def test_the_same_day_is_the_day_just_named() -> None:
    assert found("وصل الوفد في 5 مارس 2014 وفي اليوم نفسه عاد.") == [("5 مارس 2014", "2014-03-05"), ("اليوم نفسه", "2014-03-05")]


# ---------------------------------------------------------------- 13. a weekday bound to a day or a week: one mention


def test_weekday_with_a_day_number_or_a_week_is_one_mention() -> None:
    assert found("يعقد الاجتماع الجمعة 14.") == [("الجمعة 14", "2015-08-14")]
    assert found("يعقد الاجتماع يوم الجمعة 14 الجاري في الرياض.") == [("يوم الجمعة 14 الجاري", "2015-08-14")]
    assert found("قتل في الهجوم الجمعة 15 شخصا.") == [("الجمعة", "2015-07-31")]
    assert found("عقد الاجتماع يوم الاثنين في 18 شباط 2019.") == [("يوم الاثنين في 18 شباط 2019", "2019-02-18")]
    assert found("يعقد الاجتماع الجمعة من الأسبوع المقبل.") == [("الجمعة من الأسبوع المقبل", "2015-08-14")]


# ---------------------------------------------------------------- 14. ranges: the part of day holds for both ends


def test_part_of_day_of_the_second_end_holds_for_the_first() -> None:
    assert found("تفتح المكتبة من 5 إلى 6 مساءً.") == [("5", "XXXX-XX-XXT17:00"), ("6 مساءً", "XXXX-XX-XXT18:00")]
    assert found("تبدأ المحاضرات من الساعة 7 إلى 8.30 مساءً.") == [
        ("الساعة 7", "XXXX-XX-XXT19:00"),
        ("8.30 مساءً", "XXXX-XX-XXT20:30"),
    ]
    assert found("تفتح السوق من 10 صباحا حتى 10 مساء.") == [("10 صباحا", "XXXX-XX-XXT10:00"), ("10 مساء", "XXXX-XX-XXT22:00")]
    assert found("يقام المهرجان من 13 إلى 15 تموز 2016.") == [("13", "2016-07-13"), ("15 تموز 2016", "2016-07-15")]


# ---------------------------------------------------------------- 16. years and teens in words, decades


def test_years_and_teens_written_in_words() -> None:
    assert found("ولد الشاعر في عام ألفين وثمانية عشر.") == [("عام ألفين وثمانية عشر", "2018")]
    assert found("بدأ المشروع عام ألفين.") == [("عام ألفين", "2000")]
    assert found("دفع ألفين وخمسمائة ريال.") == []
    assert found("قضى ثلاث عشرة سنة في الخارج.") == [("ثلاث عشرة سنة", "P13Y")]


def test_the_decade_before_or_after_the_article_date() -> None:
    assert found("سيشهد العقد القادم تغيرات.") == [("العقد القادم", "202")]
    assert found("تضاعف الإنتاج خلال العقد الماضي.") == [("العقد الماضي", "200")]
    assert found("يسري العقد الحالي حتى 2017.") == [("2017", "2017")]  # a contract


def test_clock_minutes_in_words_quarter_to_and_the_half_of_day_said_before() -> None:
    assert found("تنطلق الرحلة الساعة 12 إلا ربعاً.") == [("الساعة 12 إلا ربعاً", "XXXX-XX-XXT11:45")]
    assert found("تنطلق الرحلة الساعة الثامنة وعشر دقائق مساء.") == [("الساعة الثامنة وعشر دقائق مساء", "XXXX-XX-XXT20:10")]
    assert found("وصل الوفد هذا المساء، وعقد اجتماعا الساعة 8.")[-1] == ("الساعة 8", "2015-08-06T20:00")
    assert found("تبدأ الأمسية بعد المغرب الساعة 7.") == [("الساعة 7", "XXXX-XX-XXT19:00")]
    assert found("خرج في الصباح الساعة 7.") == [("الساعة 7", "XXXX-XX-XXT07:00")]
    assert found("زار المغرب الساعة 8.") == [("الساعة 8", "XXXX-XX-XXT08:00")]  # Morocco


def test_ages_told_with_an_ordinal() -> None:
    assert found("توفي الشاعر في الثامنة والعشرين من عمره.") == [("الثامنة والعشرين من عمره", "P28Y")]
    assert found("تزوجت في الخمسين من عمرها.") == [("الخمسين من عمرها", "P50Y")]
    assert found("وصل في الثامنة صباحا.") == [("الثامنة صباحا", "XXXX-XX-XXT08:00")]


# ---------------------------------------------------------------- 2. ordinal days of a Hijri month, lists of them


def test_ordinal_days_of_a_hijri_month_and_the_bare_ordinals_that_continue_them() -> None:
    assert found("يقف الحجاج في الثامن من ذي الحجة والتاسع والعاشر.") == [
        ("الثامن من ذي الحجة", "2015-09-21"),
        ("التاسع", "2015-09-22"),
        ("العاشر", "2015-09-23"),
    ]
    assert found("احتفل الناس في الأول من شوال.") == [("الأول من شوال", "2015-07-17")]
    assert found("وصل في الأول من مارس 2016 والثاني من الوفود وصل لاحقا.") == [("الأول من مارس 2016", "2016-03-01")]


def test_ordinal_day_after_the_clitic_lam() -> None:
    assert found("وقع الاتفاق الموافق للخامس من فبراير لعام 2005م.") == [("لخامس من فبراير لعام 2005م", "2005-02-05")]
    assert found("ذهب للخامس من أصدقائه.") == []


# ---------------------------------------------------------------- 7. «اليوم» between a verb and its subject


def test_today_between_a_verb_and_its_subject() -> None:
    assert found("تنطلق اليوم الدورة التدريبية في المدينة.") == [("اليوم", "2015-08-06")]
    assert found("شهد اليوم الأول حضورا كبيرا.") == []
    assert found("احتفلت المدينة باليوم الوطني.") == []


def test_this_weekday_weekday_with_an_ordinal_day_and_this_month() -> None:
    tue = date(2013, 2, 12)
    assert found("يعقد الاجتماع هذا الاثنين.", tue) == [("هذا الاثنين", "2013-02-18")]
    assert found("يعقد الاجتماع السبت السادس عشر.", tue) == [("السبت السادس عشر", "2013-02-16")]
    assert found("عقد الاجتماع في الثالث عشرة من شباط 2013.", tue) == [("الثالث عشرة من شباط 2013", "2013-02-13")]
    assert found("يعقد الاجتماع الثلاثاء التاسع عشر من هذا الشهر.", tue) == [("الثلاثاء التاسع عشر من هذا الشهر", "2013-02-19")]


def test_spoken_forms_and_the_one_after_next() -> None:
    sep = date(2021, 9, 1)
    assert found("نلتقي السنة الجاي.", sep) == [("السنة الجاي", "2022")]
    assert found("نلتقي الشهر بعد المقبل.", sep) == [("الشهر بعد المقبل", "2021-11")]
    assert found("وصلنا مبارح.", sep) == [("مبارح", "2021-08-31")]
    assert found("زرناهم في تشرين الثاني الفايت.", sep) == [("تشرين الثاني الفايت", "2020-11")]


def test_after_a_span_with_a_future_verb_is_a_date() -> None:
    sep = date(2021, 9, 1)
    assert found("سيعود الوفد بعد ثلاثة أشهر.", sep) == [("ثلاثة أشهر", "2021-12")]
    assert found("عاد الوفد بعد ثلاثة أشهر.", sep) == [("ثلاثة أشهر", "P3M")]
    assert found("ستبدأ المرحلة الثانية بعد ستة أشهر من الافتتاح.", sep) == [("ستة أشهر", "P6M")]
    assert found("سيتنحى عن منصبه بعد 17 عاما في الرئاسة.", sep) == [("17 عاما", "P17Y")]  # time spent


# ---------------------------------------------------------------- 10. a bare unit after خلال/طوال


def test_a_bare_unit_after_a_word_of_extent_is_one_unit() -> None:
    assert found("ارتفعت أسعار الخضار خلال الشهر بنسبة خمسة في المائة.") == [("الشهر", "P1M")]
    assert found("تراجعت مبيعات الكتب طوال العام.") == [("العام", "P1Y")]
    assert found("ارتفع عدد السكان على مدى العقد.") == [("العقد", "P10Y")]
    assert found("ستعمل الورشة طوال الأسبوع.") == [("الأسبوع", "P1W")]
    assert [m.type for m in extract("تراجعت مبيعات الكتب طوال العام.", AUG)] == ["DURATION"]


def test_a_bare_unit_that_names_a_period_is_not_a_duration() -> None:
    assert found("سيفتح الجسر خلال الشهر الجاري.") == [("الشهر الجاري", "2015-08")]
    assert found("تحسنت النتائج خلال العام الدراسي.") == []
    assert found("عاد الوفد خلال الشهر نفسه.") == []
    assert found("سافر خلال العام 2014 إلى الواحة.") == [("العام 2014", "2014")]
    assert found("زار خلال اليوم ثلاث قرى.") == [("اليوم", "2015-08-06")]
    assert found("تفتح الحديقة أبوابها طوال العام.") == []  # all year round: habitual, not a stretch of time


# ---------------------------------------------------------------- classes the ANT held-out set showed


def test_a_feminine_word_of_anticipation_points_ahead() -> None:
    assert found("وقال المدير إن الفرق تستعد للمباراة المرتقبة في الواحة الثلاثاء.") == [("الثلاثاء", "2015-08-11")]
    assert found("ناقش المجلس الزيارة المقررة الأحد.") == [("الأحد", "2015-08-09")]


def test_a_coming_event_at_an_hour_is_on_the_article_day() -> None:
    assert found("وستقام المباراة على ملعب الواحة عند الساعة 20:45 (19:45 بتوقيت غرينتش).") == [
        ("الساعة 20:45", "2015-08-06T20:45"),
        ("19:45", "2015-08-06T19:45"),
    ]
    # a past one, or the hours of a recurring one, keep no day
    assert found("اندلع الحريق عند الساعة 20:45.") == [("الساعة 20:45", "XXXX-XX-XXT20:45")]
    assert found("يفتح المعرض يوميا من الساعة الخامسة عصراً، وسيبدأ التسجيل قريبا.")[1] == (
        "الساعة الخامسة عصراً",
        "XXXX-XX-XXT17:00",
    )


def test_a_count_listed_before_a_duration_shares_its_unit() -> None:
    assert found("يغيب القمر بعد الغروب بفترة تتراوح بين 17 و23 دقيقة.") == [("17", "PT17M"), ("23 دقيقة", "PT23M")]
    assert found("يستغرق العلاج ما بين ستة وثمانية أسابيع.") == [("ستة", "P6W"), ("ثمانية أسابيع", "P8W")]
    assert found("وصل أكثر من 4 آلاف زائر و5 حافلات.") == []


def test_a_vague_count_before_min_is_an_offset_from_another_event() -> None:
    assert found("وبعد أيام من الإعلان، افتتح الجسر.") == [("أيام", "PXD")]
    assert found("وصل الوفد قبل أسابيع من الافتتاح.") == [("أسابيع", "PXW")]
    assert found("تمتد العطلة بعد أيام الامتحانات.") == []


def test_a_year_before_a_word_with_a_conjunction_is_still_a_year() -> None:
    assert found("وتنطلق بطولة كأس الواحة 2016 والتي تستمر شهرا.")[0] == ("2016", "2016")
    assert found("أصيب 2000 وجرح آخرون.") == []


def test_a_gregorian_year_after_a_hijri_year_and_a_slash() -> None:
    assert found("يفتح التسجيل للدورة 1438هـ/2017 م عبر الموقع.") == [("1438هـ", "2017"), ("2017 م", "2017")]
    assert found("وصل الوفد في 10/10/1436هـ.") == [("10/10/1436هـ", "2015-07-26")]


def test_a_hijri_month_with_its_epithet_and_this_year_written_out() -> None:
    ms = extract("تستقبل الواحة الزوار خلال شهر رمضان المبارك من هذا العام 1439هـ.", AUG)
    assert [(m.text, m.value, m.calendar) for m in ms] == [("شهر رمضان المبارك من هذا العام 1439هـ", "2018-05", "hijri")]
    assert found("افتتح المتحف في يوليو من هذا العام 2015.") == [("يوليو من هذا العام 2015", "2015-07")]
    assert found("تزدحم الأسواق في رمضان المبارك.") == []  # a Hijri month naming the whole period


def test_a_bare_weekday_is_the_one_the_article_dates_in_full() -> None:
    text = "البلدية تدعو لزيارة معرض التمور الثلاثاء\n\nويفتح المعرض أبوابه مساء يوم الثلاثاء 11 أغسطس 2015."
    assert found(text)[0] == ("الثلاثاء", "2015-08-11")
    # a past verb keeps its own week; a weekday with its modifier says its own direction
    text = "فاز فريق الواحة الثلاثاء، ويلعب مباراته التالية يوم الثلاثاء 11 أغسطس 2015."
    assert found(text)[0] == ("الثلاثاء", "2015-08-04")
    text = "ستفتح القاعة الثلاثاء الماضي، ويلعب الفريق يوم الثلاثاء 11 أغسطس 2015."
    assert found(text)[0] == ("الثلاثاء الماضي", "2015-08-04")


def test_counts_listed_with_glued_conjunctions() -> None:
    assert found("وقالت الشرطة إن أعمار المصابين 18 و20 و29 عاما.") == [("18", "P18Y"), ("20", "P20Y"), ("29 عاما", "P29Y")]


def test_verbs_of_intention_point_ahead() -> None:
    assert found("ويخطط الوزير لزيارة الواحة الاثنين.") == [("الاثنين", "2015-08-10")]
    assert found("وتنوي البلدية افتتاح الجسر الأحد.") == [("الأحد", "2015-08-09")]


def test_words_after_a_comma_do_not_set_the_tense() -> None:
    assert found("وقال المدير مساء الثلاثاء، إن من المقرر افتتاح الجسر.") == [("مساء الثلاثاء", "2015-08-04TEV")]


def test_minutes_after_the_part_of_day() -> None:
    assert found("يحدث الاقتران يوم الخميس على الساعة الثامنة ليلا و44 دقيقة.") == [
        ("يوم الخميس", "2015-08-06"),
        ("الساعة الثامنة ليلا و44 دقيقة", "2015-08-06T20:44"),
    ]


# ---------------------------------------------------------------- classes the late set showed


def test_centuries() -> None:
    assert found("انتشر هذا الفن خلال القرن السابع عشر.") == [("القرن السابع عشر", "16")]
    assert found("لوحات القرن الـ17 في متحف الواحة.") == [("القرن الـ17", "16")]
    assert found("بني الجسر في القرن الماضي.") == [("القرن الماضي", "19")]
    assert bounds("بني الجسر في القرن التاسع عشر.") == [("1800-01-01", "1899-12-31")]


def test_vague_plurals_within_and_passed() -> None:
    assert found("يتوقع أن يفتح الجسر خلال أسابيع بمشاركة البلدية.") == [("أسابيع", "PXW")]
    assert found("تعود جذور الحرفة إلى قرون مضت.") == [("قرون", "PXCE")]
    assert found("تزدحم الأسواق خلال أيام العيد.") == []
    assert found("حاول النادي بيع عقده خلال الفترة الماضية.") == [("الفترة الماضية", "PAST_REF")]


def test_a_clock_time_with_a_comma_and_its_twin_in_brackets() -> None:
    assert found("اندلع الحريق في الساعة 13,30 (10,30 ت غ) قرب السوق.") == [
        ("الساعة 13,30", "XXXX-XX-XXT13:30"),
        ("10,30", "XXXX-XX-XXT10:30"),
    ]
    assert found("بلغ السعر 13,30 دينارا.") == []


def test_an_english_date_with_no_space_after_the_comma() -> None:
    assert found("A market in Tunis, June 18,2015. Photo") == [("June 18,2015", "2015-06-18")]
