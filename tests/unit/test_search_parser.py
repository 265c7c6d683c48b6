"""The query parser, hit spans and snippets (pure; our own sentences)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsreader.errors import QueryError
from newsreader.search import analyzer
from newsreader.search.highlight import hit_spans
from newsreader.search.query import parse
from newsreader.search.snippet import snippet
from newsreader.store.search.plan import fts_expression


def stem(word: str) -> str:
    return analyzer.stem(analyzer.tokens(word)[0])


def test_words_are_all_required_in_any_order() -> None:
    q = parse("حديقة  المكتبة")
    assert [[t.stems for t in g] for g in q.groups] == [[(stem("حديقة"),)], [(stem("مكتبة"),)]]
    assert fts_expression(q) == f'"{stem("حديقة")}" AND "{stem("مكتبة")}"'


def test_phrase_exclude_or_prefix() -> None:
    q = parse('"جسر النخيل" -رياضة سوق OR معرض تصمي*')
    assert q.groups[0][0].stems == (stem("جسر"), stem("النخيل"))
    assert [t.stems[0] for t in q.groups[1]] == [stem("سوق"), stem("معرض")]
    assert q.groups[2][0].prefix
    assert q.excluded[0].stems == (stem("رياضة"),)
    fts = fts_expression(q)
    assert fts is not None and fts.startswith("(") and " NOT (" in fts and '" *' in fts


def test_unclosed_quote_runs_to_the_end() -> None:
    q = parse('"جسر النخيل')
    assert q.groups[0][0].is_phrase


def test_filters() -> None:
    q = parse("source:sabq from:2015-07 to:2015-08-03 is:bookmarked is:unread مطر")
    assert q.sources == ("sabq",)
    assert (q.date_from, q.date_before) == ("2015-07-01", "2015-08-04")
    assert q.bookmarked and q.read is False
    assert parse("from:2014 is:read").date_from == "2014-01-01"
    assert parse("to:٢٠١٥-١٢").date_before == "2016-01-01"
    assert fts_expression(parse("source:sabq")) is None  # filters only


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "type"),
        ("   ", "type"),
        ("في", "too common"),
        ("-مطر", "exclude"),
        ("from:2015-13", "date"),
        ("from:yesterday مطر", "date"),
        ("is:great", "is:"),
        ("from:2016 to:2015", "after"),
        ("؟!،", "type"),
    ],
)
def test_unusable_queries_say_so_politely(text: str, fragment: str) -> None:
    with pytest.raises(QueryError, match=fragment):
        parse(text)


def test_quotes_in_terms_are_escaped_for_fts() -> None:
    q = parse('abc"def "x""y"')
    assert fts_expression(q) is not None
    assert all(part.count('"') % 2 == 0 for part in [fts_expression(q) or ""])


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=80))
def test_parser_never_raises_anything_but_query_error(text: str) -> None:
    try:
        q = parse(text)
    except QueryError as exc:
        assert str(exc)
        assert exc.kind != "not_understood", f"the parser failed on {text!r}: {exc.__cause__!r}"
    else:
        fts_expression(q)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "-",
                "*",
                "OR",
                "source:",
                "from:",
                "is:",
                "(",
                ")",
                ":",
                "مطر",
                "x",
                " ",
                "NOT",
                "AND",
                "NEAR",
                "^",
                "{",
                "}",
                "ﻻ",
                "\u064e",
            ]
        ),
        max_size=12,
    )
)
def test_parser_survives_operator_soup(parts: list[str]) -> None:
    try:
        fts_expression(parse("".join(parts)))
    except QueryError as exc:
        assert exc.kind != "not_understood", f"the parser failed on {''.join(parts)!r}: {exc.__cause__!r}"


TEXT = "افتتحت البلديةُ الحَدِيقَةَ العامة، وقال رئيسُ البلدية إن حديقتها الجديدة مفتوحة للجميع."


def test_hit_spans_on_original_diacritised_text() -> None:
    spans = hit_spans(TEXT, parse("حديقة"))
    assert [TEXT[a:b] for a, b in spans] == ["الحَدِيقَةَ", "حديقتها"]


def test_hit_spans_phrase_and_prefix() -> None:
    spans = hit_spans(TEXT, parse('"رئيس البلدية" افتت*'))
    assert [TEXT[a:b] for a, b in spans] == ["افتتحت", "رئيسُ البلدية"]


def test_hit_spans_every_hit_in_order_without_overlap() -> None:
    text = "مطر. مطرٌ! والمطر؟ ممطر"
    spans = hit_spans(text, parse("مطر"))
    assert [text[a:b] for a, b in spans] == ["مطر", "مطرٌ", "والمطر"]
    assert spans == sorted(spans)


def test_hit_spans_in_presentation_forms() -> None:
    text = "ﺍﻟﺤﺪﻳﻘﺔ"
    assert hit_spans(text, parse("حديقة")) == [(0, len(text))]


def test_snippet_window_and_spans() -> None:
    text = "كلمة " * 100 + TEXT + " نهاية" * 100
    snip = snippet(text, parse("حديقة"), width=80)
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert [snip.text[a:b] for a, b in snip.spans] == ["الحَدِيقَةَ", "حديقتها"]
    assert "[الحَدِيقَةَ]" in snip.marked()


def test_snippet_without_hits_is_the_beginning() -> None:
    snip = snippet(TEXT, parse("قطار"), width=30)
    assert snip.spans == () and TEXT.startswith(snip.text.rstrip("…"))


def test_filters_a_caller_adds_count_as_something_to_look_for() -> None:
    """The window's view narrows the parsed query (never text added to it): an unclosed quote
    cannot swallow it, and with it «-word» alone is a search."""
    unread = parse('"الوزير', narrow=lambda q: replace(q, read=False))
    assert unread.read is False and [t.text for t in unread.terms] == ['"الوزير"']
    assert parse("-الوزير", narrow=lambda q: replace(q, bookmarked=True, tag="اقتصاد")).tag == "اقتصاد"
    with pytest.raises(QueryError) as refused:
        parse("-الوزير")
    assert refused.value.kind == "only_excluded"
