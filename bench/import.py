"""Import throughput, end to end (files → parse → store), against a raw sqlite-utils insert_all.

    python bench/import.py [--articles N] [--json] [--saudi DIR] [--ant DIR]

Half the articles come from the SaudiNewsNet zips (JSON arrays inside .zip), half from the
ANT corpus (one TREC XML file per article; the tarball is unpacked to a temporary folder
when --ant is not given). Three figures, all in the same run:

* ``full``: ``import_paths`` as the app runs it (store with timeline extraction and search indexing);
* ``core``: the same with the timeline extraction and search analysis left out
  (what reading, parsing, de-duplication and the store's own writes cost);
* ``raw``:  ``sqlite_utils.Database.table("articles").insert_all`` of the very rows the
  import stored, into a fresh file (no parsing, no de-dup, no index).
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlite_utils import Database  # noqa: E402

from newsreader import importing  # noqa: E402
from newsreader.domain import ParsedArticle  # noqa: E402
from newsreader.store import Store, core  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def prepare_core(item: ParsedArticle, key: tuple[str, str] | None = None) -> core.Prepared:
    """Timeline extraction and search analysis left out (the 'before those issues' figure);
    module-level so that import worker processes can run it."""
    aid, digest = key or core.identify(item)
    return core.Prepared(article=item, id=aid, digest=digest, mentions=(), title_terms="", body_terms="")


def ant_folder(given: str | None, tmp: Path) -> Path:
    if given:
        return Path(given)
    target = tmp / "ant"
    with tarfile.open(CORPUS / "ant" / "ant-articles.tar.xz") as tar:
        tar.extractall(target, filter="data")
    return target


def run_import(db: Path, paths: list[Path | str], limit: int, prepare_fn: Any = core.prepare) -> tuple[float, int, int, int]:
    """Import until ``limit`` articles were seen; (seconds, imported, duplicates, failed)."""
    Store.open(db).close()
    seen = {"n": 0}
    start = time.perf_counter()
    final: importing.ImportProgress | None = None
    for step in importing.import_paths(db, paths, cancelled=lambda: seen["n"] >= limit, prepare_fn=prepare_fn):
        seen["n"] = step.imported + step.duplicates
        final = step
    assert final is not None
    return time.perf_counter() - start, final.imported, final.duplicates, final.failed


def measure(label: str, tmp: Path, saudi: list[Path | str], ant: Path, n: int, prepare_fn: Any) -> dict[str, Any]:
    db = tmp / f"{label}.db"
    t1, i1, d1, f1 = run_import(db, saudi, n // 2, prepare_fn)  # whole zips: may overshoot n/2
    ant_files: list[Path | str] = list(sorted(ant.rglob("*.txt"))[: max(0, n - i1 - d1)])
    t2, i2, d2, f2 = run_import(db, ant_files, len(ant_files), prepare_fn)
    seconds, articles = t1 + t2, i1 + d1 + i2 + d2
    return {"seconds": round(seconds, 2), "articles": articles, "imported": i1 + i2, "duplicates": d1 + d2,
            "failed": f1 + f2, "articles_per_s": round(articles / seconds, 1), "db": db}


def raw_insert(source_db: Path, tmp: Path) -> dict[str, Any]:
    rows = [dict(r) for r in Database(source_db).query("SELECT * FROM articles")]
    target = Database(tmp / "raw.db")
    target.enable_wal()
    start = time.perf_counter()
    target.table("articles").insert_all(rows, batch_size=200)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 3), "articles": len(rows), "articles_per_s": round(len(rows) / seconds, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--saudi", default=str(CORPUS / "saudinewsnet"))
    parser.add_argument("--ant", help="the unpacked ANT corpus (default: unpack the tarball to a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="nr-bench-") as name:
        tmp = Path(name)
        saudi: list[Path | str] = list(sorted(Path(args.saudi).glob("*.zip")))
        ant = ant_folder(args.ant, tmp)
        full = measure("full", tmp, saudi, ant, args.articles, core.prepare)
        core_run = measure("core", tmp, saudi, ant, args.articles, prepare_core)
        raw = raw_insert(full.pop("db"), tmp)
        core_run.pop("db")
    result = {
        "articles": args.articles, "full": full, "core": core_run, "raw_insert_all": raw,
        "ratio_full_to_raw": round(full["articles_per_s"] / raw["articles_per_s"], 4),
        "ratio_core_to_raw": round(core_run["articles_per_s"] / raw["articles_per_s"], 4),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"articles: {full['articles']} (half SaudiNewsNet zips, half ANT TREC files)")
        for key in ("full", "core"):
            r = result[key]
            print(f"{key:5} import: {r['articles_per_s']:>9,.0f} articles/s  ({r['seconds']} s; imported "
                  f"{r['imported']}, duplicates {r['duplicates']}, failed files {r['failed']})")
        print(f"raw   insert_all: {raw['articles_per_s']:>9,.0f} articles/s  ({raw['seconds']} s)")
        print(f"ratio full/raw {result['ratio_full_to_raw']}, core/raw {result['ratio_core_to_raw']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
