"""How filters reach the index: source tokens in MATCH, rowid sets or per-match checks, page-only reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.commands.search import find
from newsreader.domain import ParsedArticle
from newsreader.search.query import parse
from newsreader.store import Store
from newsreader.store.search import execute, index, plan

ROWS = [
    # (key, title, body, published, source)
    ("a", "خطة النقل", "أعلنت وزارة النقل خطة جديدة.", "2024-01-05", "Oasis Times"),
    ("b", "النقل العام", "حافلات النقل العام في المدينة.", "2024-02-10", "الواحة"),
    ("c", "نقل الركاب", "خطة لنقل الركاب بالقطار.", "2023-03-01", "الواحة"),
    ("d", "النقل البحري", "موانئ النقل البحري.", None, "oasis times "),
    ("e", "src0 s0abc", "Source tokens are not words.", "2022-05-05", None),
    ("f", "أخبار", "لا شيء هنا عن الموضوع.", "2021-01-01", "SabQ"),
]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = Store.open(tmp_path / "plan.db")
    st.add_articles(
        ParsedArticle(title=t, body=b, url=f"https://example.org/{k}", published=p, source=s) for k, t, b, p, s in ROWS
    )
    yield st
    st.close()


def keys(store: Store, query: str, **kw: object) -> set[str]:
    res = find(store, query, limit=100, **kw)  # type: ignore[arg-type]
    assert res.message is None, res.message
    return {str(h.url).rsplit("/", 1)[1] for h in res.hits}


def test_source_is_a_token_in_the_index(store: Store) -> None:
    assert keys(store, "النقل source:oasis-times") == set()
    assert keys(store, "النقل source:OASIS") == set()
    # case and surrounding spaces do not matter; several sources mean any of them
    assert keys(store, 'النقل source:"Oasis Times"') == set()  # the query splits at the space
    token = index.source_token("Oasis Times")
    assert token == index.source_token(" oasis times ") and token.startswith("s0")
    assert keys(store, "النقل source:الواحة") == {"b", "c"}
    assert keys(store, "أخبار source:sabq") == keys(store, "أخبار source:SABQ") == {"f"}
    assert keys(store, "النقل source:الواحة source:nothing") == {"b", "c"}
    assert find(store, "النقل source:الواحة").total == 2
    # filters only (no words): the same sources, in SQL
    assert keys(store, "source:الواحة") == {"b", "c"}


def test_no_query_word_or_prefix_reaches_the_source_tokens(store: Store) -> None:
    token = index.source_token("الواحة")
    assert token is not None
    for text in (token, token[:2] + "*", token[:4] + "*", "s0*", "src0*", "s*"):
        res = find(store, text, limit=100)
        assert not any(str(h.url).endswith(("/b", "/c")) for h in res.hits), text


@pytest.mark.parametrize("set_max", [plan.SET_MAX, 1])
def test_date_and_read_filters_as_sets_or_checks(store: Store, monkeypatch: pytest.MonkeyPatch, set_max: int) -> None:
    monkeypatch.setattr(plan, "SET_MAX", set_max)  # 1: every filter is checked per match
    assert keys(store, "النقل from:2024") == {"a", "b"}
    assert keys(store, "النقل to:2023") == {"c"}
    assert keys(store, "النقل from:2023-03-01 to:2024-01") == {"a", "c"}
    assert find(store, "النقل from:2024").total == 2
    [aid] = store.search_ids(parse("الركاب"))
    store.set_read([aid])
    assert keys(store, "النقل is:read") == {"c"}
    assert keys(store, "النقل is:unread") == {"a", "b", "d"}
    store.add_bookmark(aid)
    assert keys(store, "النقل is:bookmarked") == {"c"}
    assert keys(store, "النقل is:bookmarked is:unread") == set()
    assert store.search_count(parse("النقل is:unread")) == 3


def test_complement_set(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A filter that selects nearly everything is applied as NOT IN its (small) complement."""
    monkeypatch.setattr(plan, "SET_MAX", 3)
    assert keys(store, "النقل from:2023") == {"a", "b", "c"}  # 4 dated ≥ 2023… complement: 2 rows
    assert keys(store, "النقل is:unread") == {"a", "b", "c", "d"}


def test_only_the_page_is_read(store: Store) -> None:
    first = find(store, "النقل", limit=2)
    second = find(store, "النقل", limit=2, offset=2)
    assert first.total == second.total == 4
    assert len(first.hits) == 2 and len(second.hits) == 2
    assert not {h.id for h in first.hits} & {h.id for h in second.hits}
    assert [h.id for h in first.hits + second.hits] == store.search_ids(parse("النقل"))
    scores = [h.score for h in first.hits + second.hits]
    assert scores == sorted(scores, reverse=True)


def test_date_sort_puts_undated_last(store: Store) -> None:
    hits = find(store, "النقل", sort="date").hits
    assert [h.published for h in hits] == ["2024-02-10", "2024-01-05", "2023-03-01", None]


def test_tune_sets_the_cache_and_maps_nothing(store: Store) -> None:
    plan.tune(store.db)
    assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -plan.CACHE_KIB
    assert store.db.execute("PRAGMA mmap_size").fetchone()[0] == 0  # read page by page (see CACHE_KIB)
    plan.tune(store.db)  # idempotent


@pytest.mark.parametrize("expand_max", [plan.EXPAND_MAX, 1, 0])
def test_prefix_expansion_finds_what_a_prefix_query_finds(store: Store, monkeypatch: pytest.MonkeyPatch, expand_max: int) -> None:
    monkeypatch.setattr(plan, "EXPAND_MAX", expand_max)
    assert keys(store, "نق*") == {"a", "b", "c", "d"}
    assert keys(store, "ركا*") == {"c"}
    assert keys(store, "ركا* -خطة") == set()
    assert keys(store, "نق* -ركا*") == {"a", "b", "d"}
    assert keys(store, "zzzq*") == set()


def test_prefix_is_expanded_from_the_vocabulary(store: Store) -> None:
    query = parse("نق*")
    plan.tune(store.db)  # creates the vocabulary view
    expr = plan._expression(store.db, query)
    assert expr is not None and "*" not in expr and '"نقل"' in expr
    assert plan.fts_expression(parse("نق*")) == '"نق" *'  # without a library: a prefix query


def test_ranking_window(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first page ranks the RANK_CAP newest matches, a deeper page or the id list RANK_MAX."""
    monkeypatch.setattr(execute, "RANK_CAP", 2)
    monkeypatch.setattr(execute, "RANK_MAX", 3)
    newest_two = {"c", "d"}  # imported last
    page = find(store, "النقل", limit=2)
    assert {str(h.url).rsplit("/", 1)[1] for h in page.hits} == newest_two
    assert page.total == 4  # counted beyond the window
    assert len(find(store, "النقل", limit=3).hits) == 3
    assert len(store.search_ids(parse("النقل"))) == 3
    assert find(store, "النقل from:2023", limit=1).total == 3  # filtered: one pass counts
