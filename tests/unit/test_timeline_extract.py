"""Timeline extraction on sentences written for these tests (fictional events)."""

from __future__ import annotations

from datetime import date

import pytest

from newsreader.timeline import extract, timexes

THU = date(2024, 11, 28)  # a Thursday


def found(text: str, ref: date | None = THU) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in timexes(extract(text, ref))]  # a range as its two ends


def values(text: str, ref: date | None = THU) -> list[str]:
    return [m.value for m in timexes(extract(text, ref))]


# ---------------------------------------------------------------- years


def test_year_with_keyword_and_bare_year_in_a_name() -> None:
    assert found("افتتح المتحف الصغير عام 2019 وشارك فريقه في مونديال 2026.") == [("عام 2019", "2019"), ("2026", "2026")]


def test_year_list_with_glued_conjunction() -> None:
    assert found("بين 2010 و2015 تضاعف عدد زوار الحديقة.") == [("2010", "2010"), ("2015", "2015")]


def test_expressions_at_the_very_end_of_the_text() -> None:
    assert found("بين 2010 و2015") == [("2010", "2010"), ("2015", "2015")]
    assert found("عاد الحجاج في 15 شوال", date(2015, 8, 11)) == [("15 شوال", "2015-07-31")]


def test_dual_year_keyword_and_night() -> None:
    assert found("تضاعف العدد في عامي 2014 و2015") == [("عامي 2014", "2014"), ("2015", "2015")]
    assert found("وقع الحادث الليلة الماضية قرب الجسر.") == [("الليلة الماضية", "2024-11-27TNI")]
    assert found("تراجع الإنتاج في العام قبل الماضي.") == [("العام قبل الماضي", "2022")]


def test_year_after_lam_with_tatweel() -> None:
    assert found("كانت الميزانية المخصصة لـ2015 محدودة.") == [("2015", "2015")]


def test_arabic_indic_digits() -> None:
    assert found("في عام ٢٠١٥ بدأ بناء الجسر.") == [("عام ٢٠١٥", "2015")]


def test_year_past_the_current_hijri_year_is_gregorian() -> None:
    assert [(m.value, m.calendar) for m in extract("سقطت المدينة عام 1453 بعد حصار طويل.", THU)] == [("1453", "gregorian")]


def test_hijri_year_is_converted() -> None:
    ms = extract("تأسست الجمعية عام 1400هـ في القرية.", THU)
    assert [(m.value, m.calendar) for m in ms] == [("1980", "hijri")]


# ---------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وصل الوفد الرياضي في جانفي 2020 إلى المدينة.", "2020-01"),
        ("عاد المسافرون في شباط 2019 إلى القرية.", "2019-02"),
        ("افتتح السوق في كانون الأول 2018 بحضور السكان.", "2018-12"),
        ("صدر الكتاب في أفريل 2017 عن دار صغيرة.", "2017-04"),
        ("أقيم المهرجان في ماي 2016 بالساحة.", "2016-05"),
        ("انطلقت الرحلة في جويلية 2021 من الميناء.", "2021-07"),
        ("انتهى الموسم في أوت 2014 بفوز الفريق.", "2014-08"),
        ("بدأت الدراسة في سبتمبر 2013 بالمدرسة.", "2013-09"),
    ],
)
def test_month_names_in_four_systems(text: str, value: str) -> None:
    assert values(text) == [value]


def test_paired_month_names_are_one_mention() -> None:
    assert found("غادر المدرب النادي في يوليو (تموز) الماضي.") == [("يوليو (تموز) الماضي", "2024-07")]
    assert found("افتتح المعرض في مارس/ آذار 2016.") == [("مارس/ آذار 2016", "2016-03")]
    assert found("افتتح المعرض في ديسمبر كانون الأول 2016.") == [("ديسمبر كانون الأول 2016", "2016-12")]


def test_glued_month_and_year_and_modifier() -> None:
    assert found("ولد الشاعر في آذار1985 بقرية جبلية.") == [("آذار1985", "1985-03")]
    assert found("تنطلق المسابقة يوم 18 سبتمبرالمقبل.", date(2017, 5, 6)) == [("يوم 18 سبتمبرالمقبل", "2017-09-18")]


def test_bare_month_year_follows_tense() -> None:
    assert values("وزار الوفد العاصمة في ديسمبر لبحث المشروع.") == ["2023-12"]
    assert values("سيزور الوفد العاصمة في ديسمبر لبحث المشروع.") == ["2024-12"]
    assert values("ستبدأ أعمال الترميم في فبراير بحسب البلدية.") == ["2025-02"]
    assert values("أعلنت البلدية في يناير عن الخطة.") == ["2024-01"]


def test_month_with_modifiers() -> None:
    assert values("أغلق المصنع في نوفمبر الماضي.") == ["2023-11"]
    assert values("يفتتح المصنع في يناير المقبل.") == ["2025-01"]


def test_coordinated_months_share_a_year() -> None:
    assert values("ستتحسن الأرقام في شهري نوفمبر وديسمبر وفق الوزير.", date(2018, 10, 15)) == ["2018-11", "2018-12"]


def test_month_named_again_keeps_its_year() -> None:
    text = "انضم المهندس إلى الشركة في مارس 2016. وفي يناير 2017 قال إنه التحق بها في مارس."
    assert values(text) == ["2016-03", "2017-01", "2016-03"]


def test_hijri_month_alone_is_not_a_date() -> None:
    assert found("نظمت الجمعية برامج خلال شهر رمضان للأطفال.") == []


# ---------------------------------------------------------------- days


def test_day_month_year_and_ordinal_day() -> None:
    assert found("وقعت الاتفاقية يوم 12 أكتوبر 2016 في القاعة.") == [("يوم 12 أكتوبر 2016", "2016-10-12")]
    assert values("افتتح الجسر في السادس من مايو.", date(2022, 5, 20)) == ["2022-05-06"]
    assert values("تنتهي المهلة في الرابع من يناير كانون الثاني 2016.") == ["2016-01-04"]


def test_listed_and_ranged_days_share_the_month() -> None:
    assert found("تجتمع اللجنة يومي 25 و26 سبتمبر 2019 في المقر.") == [("25", "2019-09-25"), ("26 سبتمبر 2019", "2019-09-26")]
    assert found("يقام المعرض من 10 إلى 15 مايو 2022.") == [("10", "2022-05-10"), ("15 مايو 2022", "2022-05-15")]


def test_header_time_with_pm_letter() -> None:
    assert found("آخر تحديث: الجمعة 13 يوليو 2018 - 10:12 م") == [
        ("الجمعة 13 يوليو 2018", "2018-07-13"),
        ("10:12 م", "2018-07-13T22:12"),
    ]


def test_weekday_with_date_picks_the_matching_year() -> None:
    assert values("يقام الحفل يوم السبت 19 اوت.", date(2017, 5, 6)) == ["2017-08-19"]


def test_numeric_dates_day_first_and_hijri_twin() -> None:
    ms = extract("تبدأ المرحلة يوم الخميس 14 / 3 / 1440هـ الموافق 22 / 11 / 2018م.", date(2018, 11, 10))
    assert [(m.text, m.value, m.calendar) for m in ms] == [
        ("يوم الخميس 14 / 3 / 1440هـ", "2018-11-22", "hijri"),
        ("22 / 11 / 2018م", "2018-11-22", "gregorian"),
    ]


def test_hijri_date_with_month_name() -> None:
    ms = extract("وصل الوفد في 15 رمضان 1440هـ إلى المدينة.", date(2019, 6, 1))
    assert [(m.value, m.calendar) for m in ms] == [("2019-05-20", "hijri")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("اجتمع المجلس البلدي الثلاثاء لمناقشة الميزانية.", "2024-11-26"),
        ("سيجتمع المجلس البلدي الثلاثاء لمناقشة الميزانية.", "2024-12-03"),
        ("افتتح الوزير المكتبة الخميس في المدينة.", "2024-11-28"),
        ("يلقي الوزير كلمة الأربعاء المقبل في الجامعة.", "2024-12-04"),
        ("وصل القطار الجمعة الماضي متأخرا.", "2024-11-22"),
    ],
)
def test_weekday_direction(text: str, value: str) -> None:
    assert values(text) == [value]


def test_tense_of_the_own_clause_wins() -> None:
    text = "قتل ثلاثة في الحادث الذي وقع في المطار مساء الأحد. وسيتم فتح تحقيق."
    assert values(text, date(2015, 8, 3)) == ["2015-08-02TEV"]
    assert values("قال الوزير إنه سيزور المدينة الخميس.", date(2015, 8, 3)) == ["2015-08-06"]


def test_weekday_keeps_the_arabic_comma_out() -> None:
    ms = extract("ناقش الوزيران، الثلاثاء، مشروع الطريق.", THU)
    assert [m.text for m in ms] == ["الثلاثاء"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("افتتحت الحديقة اليوم أمام الزوار.", "2024-11-28"),
        ("افتتحت الحديقة أمس أمام الزوار.", "2024-11-27"),
        ("افتتحت الحديقة أول من أمس أمام الزوار.", "2024-11-26"),
        ("تفتح الحديقة غداً أمام الزوار.", "2024-11-29"),
        ("تفتح الحديقة بعد غد (السبت) أمام الزوار.", "2024-11-30"),
        ("وصل المدرب اليوم الخميس إلى الملعب.", "2024-11-28"),
        ("وصل المدرب امس الاربعاء إلى الملعب.", "2024-11-27"),
        ("يصل المدرب يوم غد إلى الملعب.", "2024-11-29"),
    ],
)
def test_relative_days(text: str, value: str) -> None:
    assert values(text) == [value]


# ---------------------------------------------------------------- periods, parts


@pytest.mark.parametrize(
    ("text", "value", "mod"),
    [
        ("تراجعت المبيعات الأسبوع الماضي في المتاجر.", "2024-W47", None),
        ("تصدر النتائج الشهر المقبل في الموقع.", "2024-12", None),
        ("ارتفع الإنتاج العام الماضي بشكل ملحوظ.", "2023", None),
        ("انطلقت الحملة الأسبوع الفارط في الولاية.", "2024-W47", None),
        ("تحسن الطقس هذا العام في الجبال.", "2024", None),
        ("ومنتصف مارس الماضي أغلقت المدرسة.", "2024-03", "MID"),
        ("بدأت الهدنة أواخر فبراير الماضي في البلدة.", "2024-02", "END"),
        ("تفتتح المحطة مطلع العام المقبل.", "2025", "START"),
        ("علمت اللجنة بالأمر في منتصف عام 2016 بعد التحقيق.", "2016", "MID"),
        ("سجل الاقتصاد نموا في الربع الأول من عام 2024.", "2024-Q1", None),
        ("يصدر القرار بحلول نهاية الربع الثالث.", "2024-Q3", "END"),
        ("تباطأ النمو في النصف الثاني من العام الماضي.", "2023-H2", None),
        ("أقيمت البطولة في صيف 2018 بالمدينة.", "2018-SU", None),
        ("عرفت المدينة ازدهارا في الثمانينيات.", "198", None),
        ("ارتفعت الأسعار منذ مطلع العام بنسبة كبيرة.", "2024", "START"),
        ("تزدحم الشواطئ هذا الصيف بالزوار.", "2024-SU", None),
        ("وصلت القافلة في غرة رمضان 1445هـ إلى القرية.", "2024-03-11", None),
    ],
)
def test_periods_parts_quarters_seasons_decades(text: str, value: str, mod: str | None) -> None:
    ms = extract(text, THU)
    assert [(m.value, m.mod) for m in ms] == [(value, mod)]


def test_part_span_drops_the_clitic() -> None:
    text = "ومنتصف مارس الماضي أغلقت المدرسة."
    (m,) = extract(text, THU)
    assert m.text == "منتصف مارس الماضي" and text[m.start : m.end] == m.text


def test_week_interval() -> None:
    (m,) = extract("تراجعت المبيعات الأسبوع الماضي.", THU)
    assert (m.first_day, m.last_day) == ("2024-11-18", "2024-11-24")


# ---------------------------------------------------------------- times


def test_time_of_day_anchors_to_the_day_in_its_sentence() -> None:
    ms = extract("يفتح باب التسجيل يوم 12 أكتوبر 2016 بداية من الثامنة صباحا.", date(2016, 5, 6))
    assert [(m.type, m.value) for m in ms] == [("DATE", "2016-10-12"), ("TIME", "2016-10-12T08:00")]


def test_clock_time_with_its_day() -> None:
    assert found("وقع الانفجار في الساعة العاشرة من صباح اليوم.") == [("الساعة العاشرة من صباح اليوم", "2024-11-28T10:00")]
    assert found("تبدأ المباراة الساعة 8 مساء الجمعة في الملعب.") == [("الساعة 8 مساء الجمعة", "2024-11-29T20:00")]


def test_clock_time_after_a_set_has_no_day() -> None:
    ms = extract("يعمل المركز 5 ساعات يوميا تبدأ من الساعة الخامسة عصراً.", THU)
    assert [(m.type, m.value) for m in ms] == [("DURATION", "PT5H"), ("SET", "P1D"), ("TIME", "XXXX-XX-XXT17:00")]


def test_part_of_day_with_relative_day_and_weekday() -> None:
    assert found("عقد الاجتماع مساء أمس (الأربعاء) في النادي.") == [("مساء أمس (الأربعاء)", "2024-11-27TEV")]
    assert found("صرح المتحدث مساء الجمعة للصحفيين.", date(2018, 3, 24)) == [("مساء الجمعة", "2018-03-23TEV")]


# ---------------------------------------------------------------- durations, sets, vague


@pytest.mark.parametrize(
    ("text", "span", "value", "mod"),
    [
        ("وصل الوفد بعد 4 أيام من العاصفة.", "4 أيام", "P4D", None),
        ("تستمر الدورة ( 21 ) يوماً في المعهد.", "( 21 ) يوماً", "P21D", None),
        ("وقال المزارع (31 عاما) إن المحصول جيد.", "31 عاما", "P31Y", None),
        ("عمل في المصنع أكثر من خمسة أعوام.", "أكثر من خمسة أعوام", "P5Y", "MORE_THAN"),
        ("بقي الجسر مغلقا عقدين كاملين.", "عقدين كاملين", "P20Y", None),
        ("سافر إلى الخارج شهرين للدراسة.", "شهرين", "P2M", None),
        ("بقيت القرية معزولة منذ سنوات.", "سنوات", "PXY", None),
    ],
)
def test_durations(text: str, span: str, value: str, mod: str | None) -> None:
    ms = extract(text, THU)
    assert [(m.text, m.type, m.value, m.mod) for m in ms] == [(span, "DURATION", value, mod)]


def test_compound_and_half_durations() -> None:
    assert found("مدد المجلس ولايته لمدة سنتين وسبعة أشهر.") == [("سنتين وسبعة أشهر", "P2Y7M")]
    assert found("انتظر الركاب ساعتين و30 دقيقة في المحطة.") == [("ساعتين و30 دقيقة", "PT2H30M")]
    assert found("يعيش في المدينة منذ عام ونصف.") == [("عام ونصف", "P1Y6M")]


def test_ago_is_a_date_but_an_offset_from_an_event_is_a_duration() -> None:
    assert [(m.type, m.value) for m in extract("افتتح الجسر قبل عشر سنوات في احتفال كبير.", THU)] == [("DATE", "2014")]
    assert [(m.type, m.value) for m in extract("وصل الفريق قبل يومين من المباراة.", THU)] == [("DURATION", "P2D")]


def test_single_unit_durations_need_a_cue() -> None:
    assert found("بدأ العمل في المصنع منذ شهر.") == [("شهر", "P1M")]
    assert found("تزداد الثقة يوما بعد يوم.") == []
    assert found("ينشط السوق خلال شهر رمضان.") == []


def test_sets() -> None:
    assert [(m.type, m.value) for m in extract("تصل الشاحنات يوميا إلى السوق.", THU)] == [("SET", "P1D")]
    assert [(m.type, m.value) for m in extract("تجدد الرخصة كل ثلاثة أشهر.", THU)] == [("SET", "P3M")]
    assert [(m.type, m.value) for m in extract("يغلق المتجر أيام الجمع.", THU)] == [("SET", "XXXX-WXX-5")]


def test_vague_references() -> None:
    assert values("صدر القرار مؤخراً عن اللجنة.") == ["PAST_REF"]
    assert values("تتحسن الأحوال الجوية خلال الأيام المقبلة.") == ["FUTURE_REF"]
    assert values("تراجعت الأسعار في الأسابيع الأخيرة.") == ["PAST_REF"]
    assert values("تدرس اللجنة حالياً الطلبات.") == ["PRESENT_REF"]


# ---------------------------------------------------------------- anaphora


def test_anaphora_day_of_same_month_and_same_year() -> None:
    text = "بدأت الحملة في 3 أكتوبر 2021 وانتهت في 27 منه، وفي نفس العام تكررت."
    assert found(text, date(2022, 1, 1)) == [("3 أكتوبر 2021", "2021-10-03"), ("27 منه", "2021-10-27"), ("نفس العام", "2021")]


def test_day_of_the_current_next_or_last_month() -> None:
    assert found("تنتهي المهلة في الـ 15 من الشهر الجاري.") == [("الـ 15 من الشهر الجاري", "2024-11-15")]
    assert found("يصل الوفد يوم 12 من الشهر المقبل.") == [("يوم 12 من الشهر المقبل", "2024-12-12")]
    assert found("افتتح الجسر في العاشر من الشهر الماضي.") == [("العاشر من الشهر الماضي", "2024-10-10")]


def test_anaphora_month_of_same_year() -> None:
    text = "ارتفعت الأسعار في يوليو 2018 بعد تراجعها نهاية يونيو من العام نفسه."
    assert found(text, date(2018, 10, 15)) == [("يوليو 2018", "2018-07"), ("نهاية يونيو من العام نفسه", "2018-06")]


# ---------------------------------------------------------------- traps


@pytest.mark.parametrize(
    "text",
    [
        "نشرت الحكومة 1100 جندي على الحدود.",
        "بلغ سعر الجهاز 9500 دولار في المتجر.",
        "حضر الحفل 2000 شخص من المدينة.",
        "ارتفع المؤشر 1.4 في المائة وبلغت البطالة 10.8% في المدينة.",
        "فاز الفريق 2-1 بعد هدف في الدقيقة 80.",
        "للاستفسار اتصل على الرقم 0501234567 مساء.",
        "تأجلت بطولة خليجي 23 بسبب الملاعب.",
        "اشترى المهندس سيارة نيسان جديدة من شركة نيسان.",
        "نشرت صحيفة النهار تقريرا عن الحي.",
        "ذكر موقع عين اليوم أن الطريق مغلق.",
        "شارك الأحد عشر لاعبا في التمرين.",
        "وقع النادي الحادي عشر عقد رعاية مع المصرف.",
        "أفرجت السلطات عن أكثر من 2000 محتجز.",
        "القرية في أمس الحاجة إلى بئر جديدة.",
        "وذكر أنه في ذلك اليوم عاد إلى البيت مبكرا.",
        "قال السياسي حميد شباط إن الحزب سيشارك.",
        "تألق اللاعب في موسم 2017-2018 مع فريقه.",
        "قال المدرب بعد فوز فريقه 3- صفر على ضيفه.",
        "فاز الفريق 2 صفر في المباراة الودية.",
        "الفارق بين الاثنين كبير في الجودة.",
        "نقلت صحيفة الإمارات اليوم عن مصدر مطلع.",
        "حدد المنظمون موعد المباراة باليوم والتاريخ.",
    ],
)
def test_traps_are_not_dates(text: str) -> None:
    assert [m for m in extract(text, THU) if m.type in ("DATE", "TIME")] == []


def test_not_a_pair_of_hijri_months() -> None:
    assert found("انتهت المباراة بنتيجة صفر-صفر في الملعب.") == []


def test_ages_are_durations() -> None:
    ms = extract("وقال المزارع (45 عاماً) إن الموسم جيد.", THU)
    assert [(m.type, m.value) for m in ms] == [("DURATION", "P45Y")]


# ---------------------------------------------------------------- general behaviour


def test_without_reference_relative_values_are_unresolved() -> None:
    ms = extract("اجتمع المجلس أمس ثم في 5 مايو 2020. وعاد في يونيو.", None)
    assert [(m.value, m.first_day) for m in ms] == [("PAST_REF", None), ("2020-05-05", "2020-05-05"), ("XXXX-06", None)]


def test_mentions_are_sorted_with_offsets_sentences_and_intervals() -> None:
    text = "سطر أول بلا تاريخ.\nوفي مارس 2016 افتتح المعرض. ثم أغلق عام 2017."
    ms = extract(text, THU)
    assert [m.start for m in ms] == sorted(m.start for m in ms)
    for m in ms:
        assert text[m.start : m.end] == m.text
        assert m.text in m.sentence
    assert (ms[0].first_day, ms[0].last_day) == ("2016-03-01", "2016-03-31")
    assert ms[0].sentence == "وفي مارس 2016 افتتح المعرض"


@pytest.mark.parametrize("ref", [None, date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)])
def test_extreme_reference_dates_do_not_crash(ref: date | None) -> None:
    text = "وصل أمس وسيغادر غداً الأسبوع المقبل في 5 مايو الماضي والعام المقبل ومساء الجمعة قبل عشر سنوات."
    for m in extract(text, ref):
        assert text[m.start : m.end] == m.text


def test_empty_and_odd_text_does_not_crash() -> None:
    assert extract("", THU) == []
    # no 13th month, no 31 February, no 32 May: only the year and the bare month remain
    assert values("(((( 12 / 13 / 2020 ))) 31/02/2021 ٣٢ مايو") == ["2020", "2020-05"]
