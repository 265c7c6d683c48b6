"""Import throughput, end to end (files → parse → store), against a raw sqlite-utils insert_all.

    python bench/import.py [--articles N] [--json] [--saudi DIR] [--ant DIR]
    python bench/import.py --big [--jsonl-mb 1024] [--array-mb 300] [--rss-mb 300] [--core]

Half the articles come from the SaudiNewsNet zips (JSON arrays inside .zip), half from the
ANT corpus (one TREC XML file per article; the tarball is unpacked to a temporary folder
when --ant is not given). Three figures, all in the same run:

* ``full``: ``import_paths`` as the app runs it (store with timeline extraction and search indexing);
* ``core``: the same with the timeline extraction and search analysis left out
  (what reading, parsing, de-duplication and the store's own writes cost);
* ``raw``:  ``sqlite_utils.Database.table("articles").insert_all`` of the very rows the
  import stored, into a fresh file (no parsing, no de-dup, no index).

``--big`` measures what no size cap means: a JSON Lines file of ``--jsonl-mb`` MB, a JSON array
of ``--array-mb`` MB and an RSS feed of ``--rss-mb`` MB (0: left out), built in a temporary folder
from the SaudiNewsNet articles (each copy's title and text numbered, so that none is a duplicate),
each imported into a fresh library: articles/s and the peak resident memory of the whole process
tree (this process and the import workers, sampled from /proc every 0.2 s). ``--core`` leaves the
timeline extraction and search analysis out.
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

from newsreader.domain import ParsedArticle  # noqa: E402
from newsreader.importing import pipeline, prepare  # noqa: E402
from newsreader.store import Store  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def prepare_core(item: ParsedArticle, key: tuple[str, str] | None = None) -> prepare.Prepared:
    """Timeline extraction and search analysis left out (the 'before those issues' figure);
    module-level so that import worker processes can run it."""
    aid, digest = key or prepare.identify(item)
    return prepare.Prepared(article=item, id=aid, digest=digest, mentions=(), title_terms="", body_terms="")


def ant_folder(given: str | None, tmp: Path) -> Path:
    if given:
        return Path(given)
    target = tmp / "ant"
    with tarfile.open(CORPUS / "ant" / "ant-articles.tar.xz") as tar:
        tar.extractall(target, filter="data")
    return target


def run_import(db: Path, paths: list[Path | str], limit: int, prepare_fn: Any = prepare.prepare) -> tuple[float, int, int, int]:
    """Import until ``limit`` articles were seen; (seconds, imported, duplicates, failed)."""
    Store.open(db).close()
    seen = {"n": 0}
    start = time.perf_counter()
    final: pipeline.ImportProgress | None = None
    for step in pipeline.import_paths(db, paths, cancelled=lambda: seen["n"] >= limit, prepare_fn=prepare_fn):
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
    return {
        "seconds": round(seconds, 2),
        "articles": articles,
        "imported": i1 + i2,
        "duplicates": d1 + d2,
        "failed": f1 + f2,
        "articles_per_s": round(articles / seconds, 1),
        "db": db,
    }


def raw_insert(source_db: Path, tmp: Path) -> dict[str, Any]:
    rows = [dict(r) for r in Database(source_db).query("SELECT * FROM articles")]
    target = Database(tmp / "raw.db")
    target.enable_wal()
    start = time.perf_counter()
    target.table("articles").insert_all(rows, batch_size=200)
    seconds = time.perf_counter() - start
    return {"seconds": round(seconds, 3), "articles": len(rows), "articles_per_s": round(len(rows) / seconds, 1)}


def saudi_records(folder: Path) -> list[dict[str, Any]]:
    import zipfile

    records: list[dict[str, Any]] = []
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                records.extend(r for r in json.loads(zf.read(name)) if (r.get("content") or "").strip())
    return records


_RSS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>SaudiNewsNet</title>'
    "<link>https://example.org/</link>\n"
)


def _rss_item(record: dict[str, Any]) -> str:
    from xml.sax.saxutils import escape

    body = "".join(f"<p>{escape(p)}</p>" for p in str(record["content"]).split("\n") if p.strip())
    return (
        f"<item><title>{escape(str(record.get('title', '')))}</title><link>{escape(str(record.get('url', '')))}"
        f"</link><pubDate>{escape(str(record.get('date_extracted', '')))}</pubDate>"
        f"<description>{escape(body)}</description></item>"
    )


def build_big(target: Path, records: list[dict[str, Any]], megabytes: int, *, kind: str) -> int:
    """Write copies of ``records`` (numbered: no duplicates) until the file holds ``megabytes``;
    ``kind``: "jsonl", "array" (a JSON array) or "rss" (an RSS 2.0 feed, one item per record)."""
    limit, written, n = megabytes * 1024 * 1024, 0, 0
    head, tail = {"array": ("[\n", "]\n"), "rss": (_RSS_HEAD, "</channel></rss>\n")}.get(kind, ("", ""))
    with target.open("w", encoding="utf-8") as out:
        out.write(head)
        while written < limit:
            for record in records:
                n += 1
                copy = dict(
                    record,
                    title=f"{record.get('title', '')} ({n})",
                    url=f"{record.get('url', '')}#{n}",
                    content=f"{record['content']}\n\n({n})",
                )
                line = _rss_item(copy) if kind == "rss" else json.dumps(copy, ensure_ascii=False)
                out.write(("," if kind == "array" and n > 1 else "") + line + "\n")
                written += len(line.encode("utf-8")) + 1
                if written >= limit:
                    break
        out.write(tail)
    return n


def tree_rss_mb(root: int) -> float:
    """Resident memory of ``root`` and every process under it (Linux /proc), in MB."""
    import os

    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo.extend(children.get(pid, []))
    # the forkserver and its workers are children of this process too, so they are counted
    return total / (1024 * 1024)


def measure_big(label: str, path: Path, tmp: Path, prepare_fn: Any) -> dict[str, Any]:
    import os
    import threading

    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mb(os.getpid()))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    db = tmp / f"{label}.db"
    Store.open(db).close()
    sampler.start()
    start = time.perf_counter()
    final: pipeline.ImportProgress | None = None
    for step in pipeline.import_paths(db, [path], prepare_fn=prepare_fn):
        final = step
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    assert final is not None
    articles = final.imported + final.duplicates
    db.unlink()
    return {
        "file_mb": round(path.stat().st_size / 2**20),
        "articles": articles,
        "imported": final.imported,
        "failed": final.failed,
        "skipped": len(final.skipped),
        "seconds": round(seconds, 1),
        "articles_per_s": round(articles / seconds, 1),
        "peak_rss_mb": round(peak[0]),
    }


def main_big(args: argparse.Namespace) -> int:
    prepare_fn = prepare_core if args.core else prepare.prepare
    records = saudi_records(Path(args.saudi))
    results: dict[str, Any] = {"prepare": "core" if args.core else "full"}
    with tempfile.TemporaryDirectory(prefix="nr-bench-big-", dir=args.tmp) as name:
        tmp = Path(name)
        for label, megabytes in (("jsonl", args.jsonl_mb), ("array", args.array_mb), ("rss", args.rss_mb)):
            if megabytes <= 0:
                continue
            path = tmp / (f"big.{label}" if label != "array" else "big.json")
            build_big(path, records, megabytes, kind=label)
            results[label] = measure_big(label, path, tmp, prepare_fn)
            path.unlink()
            print(label, json.dumps(results[label]), flush=True)
    if args.json:
        print(json.dumps(results))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--saudi", default=str(CORPUS / "saudinewsnet"))
    parser.add_argument("--ant", help="the unpacked ANT corpus (default: unpack the tarball to a temp folder)")
    parser.add_argument("--big", action="store_true", help="big files: JSON Lines, a JSON array, an RSS feed")
    parser.add_argument("--jsonl-mb", type=int, default=1024)
    parser.add_argument("--array-mb", type=int, default=300)
    parser.add_argument("--rss-mb", type=int, default=300)
    parser.add_argument("--core", action="store_true", help="with --big: leave out the timeline and search analysis")
    parser.add_argument("--tmp", help="with --big: where to build the files (default: the system's temp folder)")
    args = parser.parse_args()
    if args.big:
        return main_big(args)
    with tempfile.TemporaryDirectory(prefix="nr-bench-") as name:
        tmp = Path(name)
        saudi: list[Path | str] = list(sorted(Path(args.saudi).glob("*.zip")))
        ant = ant_folder(args.ant, tmp)
        full = measure("full", tmp, saudi, ant, args.articles, prepare.prepare)
        core_run = measure("core", tmp, saudi, ant, args.articles, prepare_core)
        raw = raw_insert(full.pop("db"), tmp)
        core_run.pop("db")
    result = {
        "articles": args.articles,
        "full": full,
        "core": core_run,
        "raw_insert_all": raw,
        "ratio_full_to_raw": round(full["articles_per_s"] / raw["articles_per_s"], 4),
        "ratio_core_to_raw": round(core_run["articles_per_s"] / raw["articles_per_s"], 4),
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"articles: {full['articles']} (half SaudiNewsNet zips, half ANT TREC files)")
        for key in ("full", "core"):
            r = result[key]
            print(
                f"{key:5} import: {r['articles_per_s']:>9,.0f} articles/s  ({r['seconds']} s; imported "
                f"{r['imported']}, duplicates {r['duplicates']}, failed files {r['failed']})"
            )
        print(f"raw   insert_all: {raw['articles_per_s']:>9,.0f} articles/s  ({raw['seconds']} s)")
        print(f"ratio full/raw {result['ratio_full_to_raw']}, core/raw {result['ratio_core_to_raw']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
