"""Preparing articles in worker processes gives exactly what the in-process path gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsreader.importing import import_paths
from newsreader.store import Store


def write_folder(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_text(
            f"افتتاح معرض الكتاب رقم {i} في مدينة الواحة\n\n"
            f"افتتح المعرض أبوابه يوم الأحد الماضي، ويستمر حتى نهاية مارس 2024.\n\n"
            f"وقال المنظمون إن الدورة {i} تستقبل 300 دار نشر منذ عام 2019.\n", encoding="utf-8")
    (folder / "broken.xml").write_bytes(b"<DOC><TEXT>never closed")


def snapshot(db: Path) -> tuple[list[tuple[str, str]], list[tuple[str, int, str, str]], list[str]]:
    with Store.connect(db) as s:
        articles = sorted((a, s.article(a).title) for a in s.article_ids())
        mentions = sorted((a, m.start, m.text, m.value) for a in s.article_ids() for m in s.mentions(a))
        hits = sorted(s.search_ids("معرض الكتاب"))
    return articles, mentions, hits


@pytest.mark.parametrize("workers", ["2"])
def test_pool_and_in_process_agree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: str) -> None:
    folder = tmp_path / "in"
    write_folder(folder, 60)
    results = {}
    for mode in ("0", workers):
        monkeypatch.setenv("NEWSREADER_IMPORT_WORKERS", mode)
        db = tmp_path / f"lib{mode}.db"
        Store.open(db).close()
        final = list(import_paths(db, [folder]))[-1]
        assert final.imported == 60 and len(final.failures) == 1
        results[mode] = snapshot(db)
        again = list(import_paths(db, [folder]))[-1]  # workers skip known articles
        assert (again.imported, again.duplicates) == (0, 60)
    assert results["0"] == results[workers]
    assert results["0"][1] and len(results["0"][2]) == 60
