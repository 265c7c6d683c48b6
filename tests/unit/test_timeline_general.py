"""General rules for expression families seen failing on unseen articles (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from newsreader.timeline import extract, timexes

THU = date(2024, 11, 28)  # a Thursday
FEB = date(2024, 2, 14)


def found(text: str, ref: date | None = THU) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in timexes(extract(text, ref))]  # a range as its two ends


def values(text: str, ref: date | None = THU) -> list[str]:
    return [m.value for m in timexes(extract(text, ref))]


# ---------------------------------------------------------------- 1. an adjective between the unit and its modifier


def test_fiscal_year_with_a_modifier() -> None:
    assert found("ارتفعت أرباح المخبز خلال العام المالي الحالي.") == [("العام المالي الحالي", "2024")]
    assert found("تتوقع التعاونية نموا في العام المالي المقبل.") == [("العام المالي المقبل", "2025")]
    assert found("سجل النادي عجزا في السنة المالية الماضية.") == [("السنة المالية الماضية", "2023")]


def test_fiscal_quarter_and_fiscal_year_number() -> None:
    assert found("حقق المصنع فائضا في الربع المالي الأول من العام المالي الحالي.") == [
        ("الربع المالي الأول من العام المالي الحالي", "2024-Q1")
    ]
    assert found("أغلقت الحسابات في العام المالي 2021.") == [("العام المالي 2021", "2021")]


# ---------------------------------------------------------------- 2. months joined by «و»


def test_second_month_glued_to_the_conjunction() -> None:
    assert values("زار الوفد القرية خلال شهري يناير ومارس الماضيين.") == ["2024-01", "2024-03"]
    assert values("توقفت العبارة بين أبريل ويونيو.") == ["2024-04", "2024-06"]


def test_weak_levantine_and_maghrebi_months_in_a_pair() -> None:
    assert values("تراجع منسوب البحيرة بين نيسان وحزيران.") == ["2024-04", "2024-06"]
    assert values("أغلق المتحف في كانون الثاني وشباط.") == ["2024-01", "2024-02"]
    assert values("تعطلت الحافلات بين أفريل وماي.") == ["2024-04", "2024-05"]


def test_a_weak_month_alone_stays_rejected() -> None:
    assert found("اشترى سيارة نيسان وتويوتا.") == []


# ---------------------------------------------------------------- 3. a month list after «أشهر», the year at its end


def test_month_list_after_plural_takes_the_trailing_year() -> None:
    assert values("انخفض صيد السمك خلال أشهر جانفي، فيفري ومارس 2018.") == ["2018-01", "2018-02", "2018-03"]
    assert values("أغلق الجسر في مايو ونوفمبر 2003.") == ["2003-05", "2003-11"]


def test_month_list_across_the_year_boundary() -> None:
    assert values("تراجعت السياحة بين ديسمبر ويناير 2020.") == ["2019-12", "2020-01"]


def test_month_list_with_a_relative_year() -> None:
    assert values("ارتفع الطلب في يناير وفبراير من العام الماضي.") == ["2023-01", "2023-02"]


# ---------------------------------------------------------------- 4. halves and quarters without a year


def test_half_without_a_year_is_the_article_year() -> None:
    assert found("ارتفعت مبيعات الورشة في النصف الأول بنسبة 5%.") == [("النصف الأول", "2024-H1")]
    assert found("تحسنت الأرقام في النصف الثاني من العام.") == [("النصف الثاني من العام", "2024-H2")]


def test_half_without_a_year_follows_the_year_under_discussion() -> None:
    assert values("بلغت أرباح المزرعة عام 2019 مليونا. وفي النصف الثاني تراجعت.") == ["2019", "2019-H2"]


def test_past_quarter_not_yet_begun_is_last_year() -> None:
    assert found("سجلت الجمعية تبرعات قياسية خلال الربع الأخير.", FEB) == [("الربع الأخير", "2023-Q4")]


def test_half_of_a_match_is_not_a_date() -> None:
    assert found("سجل المهاجم هدفا في النصف الأول من المباراة.") == []


# ---------------------------------------------------------------- 5. vague counts


def test_vague_counts_are_unspecified_durations() -> None:
    assert found("عاد الوفد بعد أيام قليلة من الزيارة.") == [("أيام قليلة", "PXD")]
    assert found("استمرت الأشغال بضعة أشهر.") == [("بضعة أشهر", "PXM")]
    assert found("عمل في الميناء عدة سنوات.") == [("عدة سنوات", "PXY")]
    assert found("استغرق الاجتماع بضع ساعات.") == [("بضع ساعات", "PTXH")]
    assert found("انتظر الركاب ساعات طويلة.") == [("ساعات طويلة", "PTXH")]


def test_few_recent_days_stay_a_vague_reference() -> None:
    assert found("تحسن الطقس خلال الأيام القليلة الماضية.") == [("الأيام القليلة الماضية", "PAST_REF")]


# ---------------------------------------------------------------- 6. the rest of the year


def test_rest_of_the_year_is_the_article_year() -> None:
    assert values("تتوقع البلدية استقرار الأسعار في الفترة المتبقية من العام.") == ["2024"]
    assert values("ستبقى الحديقة مغلقة بقية العام.") == ["2024"]
    ms = extract("يستمر المعرض حتى نهاية العام.", THU)
    assert [(m.value, m.mod) for m in ms] == [("2024", "END")]


def test_all_year_round_is_not_a_date() -> None:
    assert found("تفتح الحديقة أبوابها طوال العام.") == []


# ---------------------------------------------------------------- 7. a duration with an adjective


def test_duration_with_a_calendar_adjective() -> None:
    assert found("استمرت الرحلة شهر شمسي واحد.") == [("شهر شمسي واحد", "P1M")]
    assert found("انتظر الفريق عاما كاملا قبل الافتتاح.") == [("عاما كاملا", "P1Y")]
    assert found("استمر العرس يومين كاملين.") == [("يومين كاملين", "P2D")]


# ---------------------------------------------------------------- 8. a weekday and its «الموافق» date


def test_weekday_takes_the_hijri_date_it_agrees_with() -> None:
    assert found("أقيم الحفل يوم الأحد الموافق 8 / 11 / 1436هـ في القاعة.") == [
        ("يوم الأحد", "2015-08-23"),
        ("8 / 11 / 1436هـ", "2015-08-23"),
    ]


def test_weekday_takes_the_gregorian_date_it_agrees_with() -> None:
    assert found("افتتح السوق مساء الأحد الموافق 23 / 8 / 2015 قرب الميناء.") == [
        ("مساء الأحد", "2015-08-23TEV"),
        ("23 / 8 / 2015", "2015-08-23"),
    ]


def test_weekday_in_a_present_clause_looks_forward() -> None:
    assert found("يبدأ التسجيل في المدارس يوم الأحد.") == [("يوم الأحد", "2024-12-01")]
    assert found("وفي يوم الأحد تنطلق الدورة.") == [("يوم الأحد", "2024-12-01")]
    assert found("وصل الوفد يوم الأحد.") == [("يوم الأحد", "2024-11-24")]


# ---------------------------------------------------------------- 9. month + في/من + year


def test_month_with_its_year_after_fi_or_min() -> None:
    assert found("ستنطلق القمة شهر يوليو في العام 2034 في المدينة.") == [("شهر يوليو في العام 2034", "2034-07")]
    assert values("زار الوفد الميناء في مارس 2016. وسيعود في شهر مارس من سنة 2030.") == ["2016-03", "2030-03"]
    assert found("افتتح الجناح في مايو من هذا العام.") == [("مايو من هذا العام", "2024-05")]


def test_hijri_month_of_this_year() -> None:
    assert found("يعقد الاجتماع منتصف شهر ذي القعدة من هذا العام.", date(2015, 7, 20)) == [
        ("منتصف شهر ذي القعدة من هذا العام", "2015-08")
    ]


# ---------------------------------------------------------------- 10. the same month of a relative year


def test_same_month_of_last_and_next_year() -> None:
    assert found("ارتفعت الأسعار في أكتوبر مقارنة مع نفس الشهر من العام الماضي.") == [
        ("أكتوبر", "2024-10"),
        ("نفس الشهر من العام الماضي", "2023-10"),
    ]
    assert found("يتوقع أن ترتفع الأسعار في الشهر نفسه من العام المقبل.") == [("الشهر نفسه من العام المقبل", "2025-11")]


# ---------------------------------------------------------------- 11. the same period, at the antecedent's grain


def test_same_period_after_a_half() -> None:
    assert found("نمت المبيعات في النصف الأول بنسبة 5 في المائة مقارنة بنفس الفترة من عام 2014.") == [
        ("النصف الأول", "2024-H1"),
        ("نفس الفترة من عام 2014", "2014-H1"),
    ]


def test_same_period_after_a_quarter_and_a_relative_year() -> None:
    assert values("تراجعت الصادرات في الربع الثالث من 2023 عن الفترة نفسها من العام الماضي.") == ["2023-Q3", "2023-Q3"]


def test_same_period_without_an_antecedent_is_the_year() -> None:
    assert found("نمت المبيعات بنسبة 5 في المائة مقارنة بنفس الفترة من عام 2014.") == [("نفس الفترة من عام 2014", "2014")]


# ---------------------------------------------------------------- traps still hold


def test_traps_after_the_new_rules() -> None:
    assert found("شارك المنتخب في خليجي 23 بثلاثين لاعبا.") == []
    assert found("بلغ سعر الطن 2000 دولار في الربع.") == []
    assert found("وصل 1100 جندي إلى المعسكر.") == []
