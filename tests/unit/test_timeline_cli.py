"""``newsreader timeline`` on files (no library needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsreader.commands import run_cli
from newsreader.importing.prepare import add_articles

TEXT = "عنوان تجريبي\n\nوفي منتصف مارس الماضي، افتتح الوزير الجسر.\r\nوسيزور المدينة غداً.\n"


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    assert run_cli(["timeline", *argv]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_plain_file_offsets_index_the_decoded_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    decoded = open(path, encoding="utf-8").read()  # what the gold offsets index  # noqa: SIM115
    data = run_json(capsys, "--plain", "--reference", "2024-11-28", "--json", str(path))
    assert data["reference_date"] == "2024-11-28"
    mentions = data["mentions"]
    assert isinstance(mentions, list)
    assert [(m["text"], m["value"], m["mod"]) for m in mentions] == [
        ("منتصف مارس الماضي", "2024-03", "MID"),
        ("غداً", "2024-11-29", None),
    ]
    for m in mentions:
        assert decoded[m["start"] : m["end"]] == m["text"]
        assert set(m) == {"text", "start", "end", "type", "value", "mod", "calendar", "sentence", "first_day", "last_day"}


def test_plain_without_reference_does_not_resolve_relatives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("وصل الوفد أمس، وغادر في 3 مايو 2021.", encoding="utf-8")
    data = run_json(capsys, "--plain", "--json", str(path))
    assert data["reference_date"] is None
    assert [m["value"] for m in data["mentions"]] == ["PAST_REF", "2021-05-03"]  # type: ignore[attr-defined]


def test_table_output_and_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("افتتح المتحف عام 2019.", encoding="utf-8")
    assert run_cli(["timeline", "--plain", str(path)]) == 0
    assert "2019" in capsys.readouterr().out
    assert run_cli(["timeline", "--plain", "--reference", "not-a-date", str(path)]) == 2
    assert run_cli(["timeline"]) == 2
    assert run_cli(["timeline", "--plain", str(tmp_path / "missing.txt")]) == 2


def test_query_prints_the_story_timeline_of_a_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsreader.domain import ParsedArticle
    from newsreader.store import Store

    db = tmp_path / "lib.db"
    with Store.open(db) as store:
        add_articles(
            store,
            [
                ParsedArticle(
                    title="افتتاح الجسر",
                    body="افتتح الوزير الجسر في 3 مارس 2014 وسيزوره مجددا في مايو 2016.",
                    published="2015-01-10",
                ),
                ParsedArticle(title="الجسر الجديد", body="بدأ بناء الجسر عام 2012 في المدينة.", published="2013-02-01"),
                ParsedArticle(title="السوق", body="افتتحت السوق في 5 يونيو 2015.", published="2015-06-06"),
            ],
        )
    data = run_json(capsys, "--db", str(db), "--query", "الجسر", "--json")
    assert data["query"] == "الجسر" and data["articles"] == 2
    years = data["years"]
    assert isinstance(years, list)
    got = [(y["year"], g["month"], e["text"], e["title"]) for y in years for g in y["months"] for e in g["entries"]]
    assert got == [
        (2012, None, "عام 2012", "الجسر الجديد"),
        (2014, 3, "3 مارس 2014", "افتتاح الجسر"),
        (2016, 5, "مايو 2016", "افتتاح الجسر"),
    ]
    assert run_cli(["timeline", "--db", str(db), "--query", "الجسر"]) == 0
    out = capsys.readouterr().out
    assert "3 dated events from 2 articles" in out and "2014-03-03" in out
    assert run_cli(["timeline", "--db", str(db), "--query", "السوق"]) == 0
    assert "السوق: 1 dated event from 1 article (1 found)" in capsys.readouterr().out  # English numbers
    assert run_cli(["search", "--db", str(db), "السوق"]) == 0
    assert capsys.readouterr().out.startswith("1 result\n")
    assert run_cli(["timeline", "--db", str(db), "--query", "في"]) == 2  # an unusable query: a clear message
    assert "common" in capsys.readouterr().err
    assert run_cli(["timeline", "--db", str(db), "--query", "الجسر", str(tmp_path / "x.txt")]) == 2
