"""Timeline grouping: years, then months, whole-year spans first, the undated section last."""

from __future__ import annotations

from newsreader.domain import Mention
from newsreader.timeline import build


def mention(start: int, text: str, first: str | None, last: str | None = None, kind: str = "DATE") -> Mention:
    return Mention(
        start=start, end=start + len(text), text=text, type=kind, value=first or "P3D", first_day=first, last_day=last or first
    )


def test_build_groups_by_year_and_month_in_order() -> None:
    found = [
        mention(50, "الخامس من يونيو 2021", "2021-06-05"),
        mention(10, "عام 2012", "2012-01-01", "2012-12-31"),
        mention(80, "صيف 2021", "2021-06-21", "2021-09-22"),
        mention(30, "ثلاثة أيام", None, kind="DURATION"),
        mention(5, "الأول من يونيو 2021", "2021-06-01"),
        mention(90, "مارس 2021", "2021-03-01", "2021-03-31"),
    ]
    timeline = build.from_mentions(found, "a1", "عنوان")
    assert [y.year for y in timeline.years] == [2012, 2021]
    assert [(g.month, [e.mention.text for e in g.entries]) for g in timeline.years[1].months] == [
        (None, ["صيف 2021"]),  # a span over several months comes before the year's months
        (3, ["مارس 2021"]),
        (6, ["الأول من يونيو 2021", "الخامس من يونيو 2021"]),
    ]
    assert [(g.month, len(g.entries)) for g in timeline.years[0].months] == [(None, 1)]
    assert [e.mention.text for e in timeline.undated] == ["ثلاثة أيام"]
    assert {(e.article_id, e.article_title) for y in timeline.years for g in y.months for e in g.entries} == {("a1", "عنوان")}


def test_groups_of_one_build_never_share_their_lists() -> None:
    first = build.build([build.Entry(mention(0, "2020", "2020-05-01"))])
    second = build.build([build.Entry(mention(0, "2019", "2019-05-01"))])
    assert len(first.years[0].months[0].entries) == 1 and len(second.years[0].months[0].entries) == 1
    assert first.years[0].months is not second.years[0].months
