"""The held-out search query set (bench/search_set): references and judgements only, consistent."""

from __future__ import annotations

import json
from pathlib import Path

SET = Path(__file__).resolve().parents[2] / "bench" / "search_set"


def _rows(name: str) -> list[dict[str, object]]:
    with open(SET / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_the_set_holds_references_not_text_and_every_class_is_judged_three_ways() -> None:
    sentences = _rows("sentences.jsonl")
    queries = _rows("queries.jsonl")
    assert len(queries) + 30 >= 150  # with the developers' 30 queries
    ids = {s["id"] for s in sentences}
    assert len(ids) == len(sentences)
    for s in sentences:  # where the sentence is, never what it says
        assert set(s) == {"id", "file", "article", "start", "end", "check"}
        assert isinstance(s["start"], int) and isinstance(s["end"], int) and s["start"] < s["end"]
    kinds: dict[str, set[str]] = {}
    for q in queries:
        judged = [*q["expected"], *q["optional"], *q["must_not"]]  # type: ignore[misc]
        assert set(judged) <= ids and len(set(judged)) == len(judged), q["id"]
        assert q["expected"], q["id"]
        for kind in ("expected", "optional", "must_not"):
            if q[kind]:
                kinds.setdefault(str(q["class"]), set()).add(kind)
    assert set(kinds) == {"dual", "nisba", "tanween", "construct", "clitics", "names"}
    assert all(k == {"expected", "optional", "must_not"} for k in kinds.values()), kinds
