"""Search on real library files: matching, ranking, filters, snippets, the CLI, and robustness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsreader import derived
from newsreader.commands import run_cli
from newsreader.commands.search import find
from newsreader.domain import ParsedArticle
from newsreader.errors import QueryError
from newsreader.search import version
from newsreader.search.highlight import hit_spans
from newsreader.search.query import parse
from newsreader.store import Store
from newsreader.store.search import index

ARTICLES = [
    # (key, title, body, published, source)
    (
        "garden",
        "افتتاح الحديقة العامة",
        "افتتحت البلديةُ الحَدِيقَةَ العامة أمس، وقال رئيس البلدية إن حديقتها مفتوحة.",
        "2024-03-01",
        "الواحة",
    ),
    ("gardens", "حدائق المدينة", "وبالحديقة الجديدة تكتمل شبكة المساحات الخضراء في المدينة.", "2024-04-10", "الواحة"),
    ("teacher", "تكريم المعلم", "كرّمت المدرسة المعلم المتميز في حفل سنوي.", "2023-06-05", "المستقبل"),
    ("science", "العلم والمجتمع", "قال الباحث إن العلم أساس النهضة.", "2023-06-06", "المستقبل"),
    ("ministry", "الوزارة تعلن خطة", "أعلنت وزارة النقل خطة لتطوير الطرق.", "2022-01-20", "Oasis Times"),
    ("visit", "زيارة رسمية", "زار الوفد المصنع الجديد في المنطقة.", "2022-02-02", "Oasis Times"),
    ("mayor", "رئيس البلدية يلتقي السكان", "التقى رئيس البلدية السكان لمناقشة خطة النقل.", "2024-05-05", "الواحة"),
    ("solar", "NovaGrid launches Solar Hub", "The SOLAR platform opened in ٢٠٢٤.", "2024-01-01", "Oasis Times"),
]


@pytest.fixture
def lib(tmp_path: Path) -> Path:
    path = tmp_path / "lib.db"
    with Store.open(path) as store:
        store.add_articles(
            ParsedArticle(title=t, body=b, url=f"https://example.org/{k}", published=p, source=s) for k, t, b, p, s in ARTICLES
        )
    return path


def keys(store: Store, query: str, **kw: object) -> set[str]:
    res = find(store, query, limit=100, **kw)  # type: ignore[arg-type]
    assert res.message is None, res.message
    return {str(h.url).rsplit("/", 1)[1] for h in res.hits}


def test_clitics_suffixes_and_diacritics(lib: Path) -> None:
    with Store.open(lib) as store:
        assert keys(store, "حديقة") == {"garden", "gardens"}
        assert keys(store, "الحَدِيقَة") == {"garden", "gardens"}
        assert keys(store, "علم") == {"science"}
        assert keys(store, "معلم") == {"teacher"}
        assert keys(store, "وزارة") == {"ministry"}
        assert keys(store, "زار") == {"visit"}
        assert keys(store, "solar") == {"solar"}
        assert keys(store, "2024") == {"solar"}


def test_operators_and_filters(lib: Path) -> None:
    with Store.open(lib) as store:
        assert keys(store, '"رئيس البلدية"') == {"garden", "mayor"}
        assert keys(store, "البلدية -النقل") == {"garden"}
        assert keys(store, "المعلم OR العلم") == {"teacher", "science"}
        assert keys(store, "حدي*") == {"garden", "gardens"}
        assert keys(store, "source:الواحة") == {"garden", "gardens", "mayor"}
        assert keys(store, "from:2024-04 to:2024 البلدية") == {"mayor"}
        assert keys(store, "from:2023") == {"garden", "gardens", "teacher", "science", "mayor", "solar"}
        [aid] = store.search_ids(parse("معلم"))
        store.add_bookmark(aid)
        assert keys(store, "is:bookmarked") == {"teacher"}
        store.set_read([aid])
        assert "teacher" not in keys(store, "is:unread")


def test_ranking_and_date_order(lib: Path) -> None:
    with Store.open(lib) as store:
        hits = find(store, "البلدية").hits
        assert hits[0].score >= hits[-1].score
        by_date = find(store, "البلدية", sort="date").hits
        assert [h.published for h in by_date] == sorted((h.published for h in by_date), reverse=True)
        assert store.search_ids(parse("البلدية"), sort="date") == [h.id for h in by_date]


def test_title_weighs_more_than_body(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.db") as store:
        store.add_articles(
            [
                ParsedArticle(title="أخبار عامة", body="قطار " + "كلام " * 5, url="u:body"),
                ParsedArticle(title="قطار جديد", body="كلام " * 6, url="u:title"),
            ]
        )
        assert find(store, "قطار").hits[0].url == "u:title"


def test_snippet_and_hit_spans_use_original_text(lib: Path) -> None:
    with Store.open(lib) as store:
        hit = next(h for h in find(store, "حديقة").hits if h.url.endswith("/garden"))  # type: ignore[union-attr]
        assert [hit.snippet.text[a:b] for a, b in hit.snippet.spans] == ["الحَدِيقَةَ", "حديقتها"]
        article = store.article(hit.id)
        spans = hit_spans(article.full_text, parse("حديقة"))
        assert [article.full_text[a:b] for a, b in spans] == ["الحديقة", "الحَدِيقَةَ", "حديقتها"]
        assert hit_spans("نص عن الحديقة", parse("حديقة")) == [(6, 13)]
        assert hit_spans(article.full_text, parse("source:الواحة")) == []  # no words: no hits


def test_unusable_query_gives_a_message_not_an_error(lib: Path) -> None:
    with Store.open(lib) as store:
        res = find(store, "في")
        assert res.hits == [] and res.message and "common" in res.message
        res = find(store, "-x")
        assert res.hits == [] and res.message and "exclude" in res.message


def test_totals_and_paging(lib: Path) -> None:
    with Store.open(lib) as store:
        res = find(store, "البلدية", limit=1)
        assert res.total == 2 and len(res.hits) == 1
        assert find(store, "البلدية", limit=1, offset=1).hits[0].id != res.hits[0].id


def test_reindex_rebuilds_the_same_results(lib: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(lib) as store:
        before = store.search_ids(parse("البلدية"))
        monkeypatch.setattr(version, "ANALYZER_VERSION", "another")  # the same rules under another name
        assert not derived.search_index_current(store)
        assert derived.reindex_search_step(store) == (len(ARTICLES), len(ARTICLES))
        assert derived.reindex_search_step(store) is None
        assert index.recorded_version(store.db) == "another"
        assert store.search_ids(parse("البلدية")) == before


def test_cli_json(lib: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["search", "--db", str(lib), "--json", "--limit", "5", "رئيس", "البلدية"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"] == "رئيس البلدية" and out["total"] == 2
    first = out["results"][0]
    assert set(first) >= {"id", "title", "source", "published", "url", "snippet", "score"}
    assert run_cli(["search", "--db", str(lib), "--json", "في"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["results"] == [] and out["message"]
    assert run_cli(["search", "--db", str(lib), "--sort", "date", "حديقة"]) == 0
    assert "[" in capsys.readouterr().out


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60), sort=st.sampled_from(["relevance", "date", "bogus"]))
def test_store_search_never_raises(lib: Path, text: str, sort: str) -> None:
    with Store.open(lib) as store:
        res = find(store, text, sort=sort, limit=5)
        assert res.message is None or res.hits == []
        assert_only_the_parser_refuses(text, res.message)
        if res.message is None:
            query = parse(text)
            ids = store.search_ids(query, sort=sort)
            assert ids[:5] == [hit.id for hit in res.hits]
            hit_spans("نص", query)


def assert_only_the_parser_refuses(text: str, message: str | None) -> None:
    """A message comes from the parser's QueryError alone: a query it accepted must run (SQLite refusing the
    FTS expression built from it — raw user text reaching MATCH — is a bug, not the user's fault)."""
    try:
        parse(text)
    except QueryError as exc:
        assert message == str(exc)
    else:
        assert message is None, message


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(
        st.sampled_from(
            [
                '"',
                "-",
                "*",
                " OR ",
                "source:",
                "from:",
                "to:2024",
                "is:unread",
                "(",
                ")",
                "NEAR(",
                "^",
                "البلدية",
                "حد",
                " ",
                "'",
                ":",
                "{title}",
                "\\",
            ]
        ),
        max_size=10,
    )
)
def test_store_search_survives_fts_syntax(lib: Path, parts: list[str]) -> None:
    with Store.open(lib) as store:
        text = "".join(parts)
        assert_only_the_parser_refuses(text, find(store, text, limit=5).message)
