"""Issue 16 item 14: a range is one mention with a start and an end (sentences written for these tests)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsreader.commands import run_cli
from newsreader.timeline import build, extract, timexes
from newsreader.timeline.display import format_mention_date, hijri_label

REF = date(2016, 7, 1)


def ranges(text: str, ref: date = REF) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(m.text, m.value, m.end_value, m.first_day, m.last_day) for m in extract(text, ref)]


def test_days_of_one_month_the_month_holding_for_both_ends() -> None:
    assert ranges("يقام المهرجان من 13 إلى 15 تموز.") == [
        ("13 إلى 15 تموز", "2016-07-13", "2016-07-15", "2016-07-13", "2016-07-15")
    ]
    assert ranges("يقام المهرجان 13-15 يوليو.") == [("13-15 يوليو", "2016-07-13", "2016-07-15", "2016-07-13", "2016-07-15")]
    assert ranges("تجتمع اللجان بين 13 و15 يوليو.") == [("13 و15 يوليو", "2016-07-13", "2016-07-15", "2016-07-13", "2016-07-15")]


def test_years_months_and_days_of_two_months() -> None:
    assert ranges("ارتفعت الصادرات بين عامي 2010 و2014.") == [("عامي 2010 و2014", "2010", "2014", "2010-01-01", "2014-12-31")]
    assert ranges("نمت الزراعة في الفترة 2010-2014.")[0][1:3] == ("2010", "2014")
    assert ranges("تراجع منسوب البحيرة بين نيسان وحزيران.")[0][1:] == ("2016-04", "2016-06", "2016-04-01", "2016-06-30")
    assert ranges("يستمر المعرض من 28 يوليو حتى 3 أغسطس 2016.") == [
        ("28 يوليو حتى 3 أغسطس 2016", "2016-07-28", "2016-08-03", "2016-07-28", "2016-08-03")
    ]


def test_clock_times_the_part_of_day_holding_for_both_ends() -> None:
    assert ranges("تفتح المكتبة من 5 إلى 6 مساءً.") == [("5 إلى 6 مساءً", "XXXX-XX-XXT17:00", "XXXX-XX-XXT18:00", None, None)]
    (m,) = extract("تفتح المكتبة يوم 3 تموز من 5 إلى 6 مساءً.", REF)[1:]
    assert (m.value, m.end_value) == ("2016-07-03T17:00", "2016-07-03T18:00")


def test_hijri_days() -> None:
    (m,) = extract("يستمر التسجيل اعتبارا من 10 /10 / 1436هـ إلى 21 /10 /1436هـ للطلاب.", date(2015, 7, 20))
    assert (m.value, m.end_value, m.calendar) == ("2015-07-26", "2015-08-06", "hijri")
    assert hijri_label(m) == "10 – 21 شوال 1436هـ"
    assert hijri_label(m, language="en") == "10 – 21 Shawwal 1436 AH"


def test_lists_moves_and_reversed_ends_stay_two_mentions() -> None:
    assert [m.end_value for m in extract("تجتمع اللجنة يومي 25 و26 سبتمبر.", REF)] == [None, None]
    assert [m.value for m in extract("تقرر تأجيل الموعد من 5 مايو إلى 10 يونيو.", REF)] == ["2016-05-05", "2016-06-10"]
    assert [m.end_value for m in extract("زار الوفد القرية في 2014 و2010.", REF)] == [None, None]


def test_timexes_write_a_range_as_its_two_ends() -> None:
    text = "يقام المهرجان من 13 إلى 15 تموز."
    points = timexes(extract(text, REF))
    assert [(p.text, p.value, p.first_day, p.last_day) for p in points] == [
        ("13", "2016-07-13", "2016-07-13", "2016-07-13"),
        ("15 تموز", "2016-07-15", "2016-07-15", "2016-07-15"),
    ]
    assert all(text[p.start : p.end] == p.text and p.end_value is None for p in points)


def test_the_label_names_both_ends_once() -> None:
    def label(text: str, language: str = "ar") -> str:
        return format_mention_date(extract(text, REF)[0], arabic_digits=False, language=language)

    assert label("يقام المهرجان من 13 إلى 15 تموز.") == "الأربعاء 13 – الجمعة 15 يوليو 2016"
    assert label("يقام المهرجان من 13 إلى 15 تموز.", "en") == "Wednesday 13 – Friday 15 July 2016"
    assert label("ارتفعت الصادرات بين عامي 2010 و2014.") == "2010 – 2014"
    assert label("يستمر المعرض من 28 يوليو حتى 3 أغسطس 2016.", "en") == "Thursday 28 July – Wednesday 3 August 2016"
    assert label("تفتح المكتبة من 5 إلى 6 مساءً.") == "الساعة 17:00 – 18:00"


def test_a_range_across_months_is_filed_under_its_year() -> None:
    timeline = build.from_mentions(extract("يستمر المعرض من 28 يوليو حتى 3 أغسطس 2016. وافتتح في 2 يوليو 2016.", REF))
    (year,) = timeline.years
    assert [(g.month, [e.mention.value for e in g.entries]) for g in year.months] == [(None, ["2016-07-28"]), (7, ["2016-07-02"])]


def test_the_json_of_the_command_lists_the_two_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    text = "عنوان\n\nيقام المهرجان من 13 إلى 15 تموز."
    path.write_text(text, encoding="utf-8")
    assert run_cli(["timeline", "--plain", "--reference", "2016-07-01", "--json", str(path)]) == 0
    mentions = json.loads(capsys.readouterr().out)["mentions"]
    assert [(m["text"], m["value"], m["range"]) for m in mentions] == [
        ("13", "2016-07-13", "start"),
        ("15 تموز", "2016-07-15", "end"),
    ]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in mentions)


def test_the_csv_export_has_the_end_of_a_range() -> None:
    import csv
    import io

    from newsreader.domain import Article

    text = "يقام المهرجان من 13 إلى 15 تموز."
    article = Article(
        id="x",
        title="",
        body=text,
        published="2016-07-01",
        date_source=None,
        source=None,
        author=None,
        url=None,
        language=None,
        path=None,
        content_hash="",
        imported_at="",
    )
    (row,) = csv.DictReader(io.StringIO(build.to_csv(extract(text, REF), article)))
    assert (row["value"], row["end_value"], row["first_day"], row["last_day"]) == (
        "2016-07-13",
        "2016-07-15",
        "2016-07-13",
        "2016-07-15",
    )
