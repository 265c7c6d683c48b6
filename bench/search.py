"""Search benchmark on real news: the FTS5 index over the analysed shadow vs a brute-force scan.

    .venv/bin/python bench/search.py [--articles 300000] [--ant] [--json] [--cache DIR] [--runs 5]

Loads SaudiNewsNet (and with ``--ant`` the ANT corpus) from ../shared/corpus into a library of N
articles (the corpus repeated with fresh URLs and a copy marker so that ids and content hashes
differ), built once into the cache directory (``search-N[-ant]-LAYOUT.db``; a new index layout
gets a new file) and reused. Articles and their index rows are written with the store's own SQL and
``store.search.index.add_analysed`` (the timeline mentions are skipped: they are not what is measured), then the
index is optimised (``store.search.index.optimize``) and the file vacuumed. Then it times each kind of
query through ``commands.search.find`` (parse, ``Store.search``, snippets: 20 results and the total, as the CLI asks)
and the same queries as a brute-force Python scan (substring tests on the normalised texts of all N
articles), and prints per kind p50/p95, the scan's p50, the ratio, and the size of the index on disk
(``dbstat``) against the goals (p50 <= 20 ms, p95 <= 100 ms, >= 20x the scan). ``--json`` prints the
same as JSON.
"""

from __future__ import annotations

import argparse
import gc
import glob
import hashlib
import io
import json
import random
import re
import statistics
import sys
import tarfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newsreader.commands.search import find  # noqa: E402
from newsreader.search import analyzer  # noqa: E402
from newsreader.store import Store  # noqa: E402
from newsreader.store.core import content_hash  # noqa: E402
from newsreader.store.search import index  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
#: Bumped when the index layout (m002) changes, so that a cached library is rebuilt.
LAYOUT = "fts3"
Article = tuple[str, str, str, str, str]  # title, body, published, source, url

QUERIES: dict[str, list[str]] = {
    "one word, common": ["السعودية", "المملكة", "الرياض", "وزير", "العام"],
    "two words": ["وزير الخارجية", "مجلس الأمن", "الأمم المتحدة", "ولي العهد", "أسعار النفط"],
    "phrase": ['"وزير الخارجية"', '"مجلس الأمن"', '"الأمم المتحدة"', '"ولي العهد"', '"أسعار النفط"'],
    "prefix": ["اقتصا*", "تعاو*", "رياض*", "امريك*", "استثمار*"],
    "filtered": [
        "source:aawsat السعودية",
        "from:2015-07-25 to:2015-07-31 الرياض",
        "is:unread وزير",
        "source:sabq الأمن",
        "from:2015-08 النفط",
    ],
}


def saudinewsnet() -> Iterator[Article]:
    for path in sorted(glob.glob(str(CORPUS / "saudinewsnet" / "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for a in json.loads(z.read(name)):
                    if a.get("title") or a.get("content"):
                        yield (
                            a.get("title") or "",
                            a.get("content") or "",
                            (a.get("date_extracted") or "")[:10],
                            a.get("source") or "",
                            a.get("url") or "",
                        )


def ant() -> Iterator[Article]:
    field = re.compile(r"<(TITLE|TEXT|SRC|URL|TIME)>(.*?)</\1>", re.S)
    with tarfile.open(CORPUS / "ant" / "ant-articles.tar.xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            f = tar.extractfile(member)
            if f is None:
                continue
            text = io.TextIOWrapper(f, encoding="utf-8", errors="replace").read()
            d = {k: v.strip() for k, v in field.findall(text)}
            date = re.search(r"(\d{4})(\d{2})(\d{2})", member.name)
            yield (
                d.get("TITLE", ""),
                d.get("TEXT", ""),
                "-".join(date.groups()) if date else "",
                d.get("SRC", "ant"),
                d.get("URL", "") or f"ant:{member.name}",
            )


def build(path: Path, n: int, use_ant: bool) -> list[Article]:
    corpus = list(saudinewsnet()) + (list(ant()) if use_ant else [])
    if not corpus:
        raise SystemExit(f"no articles found in {CORPUS} (the corpus is read from ../shared beside the checkout)")
    if path.exists():
        with Store.open(path) as store:
            if store.count() >= n:
                return corpus
        path.unlink()
    t0 = time.perf_counter()
    with Store.open(path) as store:
        db = store.db
        db.execute("PRAGMA cache_size = -262144")
        done, rep = 0, 0
        while done < n:
            with db.atomic():
                for title, body, published, source, url in corpus:
                    if done >= n:
                        break
                    if rep:
                        body = f"{body}\n\n#{rep}"
                        url = f"{url}#copy{rep}"
                    aid = hashlib.sha1(f"url:{url}".encode()).hexdigest()[:16]
                    digest = content_hash(title, body)
                    cur = db.execute(
                        "INSERT OR IGNORE INTO articles (id, title, body, published, source, url, content_hash,"
                        " imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')",
                        [aid, title, body, published or None, source, url, digest],
                    )
                    if cur.rowcount == 1 and cur.lastrowid is not None:
                        index.add_analysed(db, cur.lastrowid, analyzer.index_text(title), analyzer.index_text(body), source)
                        done += 1
            rep += 1
            print(f"  built {done} articles ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
        index.optimize(db)
        if db.conn.in_transaction:  # the optimize statement may leave a transaction open
            db.conn.commit()
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("VACUUM")
    print(f"  library built in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return corpus


def index_size(path: Path) -> tuple[int, int]:
    """(bytes of the FTS index, bytes of the whole file)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        size = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'").fetchone()[0]
    except sqlite3.OperationalError:
        size = None
    conn.close()
    return int(size or 0), path.stat().st_size


def scan(texts: list[tuple[str, str, str]], reps: int, n: int, query: str) -> int:
    """Brute force: normalised substring tests over every article (phrases as one substring)."""
    phrases = [analyzer.normalize(p) for p in re.findall(r'"([^"]+)"', query)]
    rest = re.sub(r'"[^"]+"', " ", query).split()
    words = [analyzer.normalize(w.rstrip("*")) for w in rest if ":" not in w]
    source = next((w.split(":", 1)[1] for w in rest if w.startswith("source:")), None)
    needles = [w for w in words if w] + phrases
    found = seen = 0
    for _ in range(reps):
        for text, src, _published in texts:
            if seen >= n:
                return found
            seen += 1
            if source is not None and src != source:
                continue
            if all(w in text for w in needles):
                found += 1
    return found


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


def query_sets(corpus: list[Any], rng: random.Random) -> dict[str, list[str]]:
    """The query sets, with five rare words: words found in a single article of a 2,000-article sample."""
    sample = rng.sample(corpus, min(2000, len(corpus)))
    df: dict[str, int] = {}
    for title, body, *_ in sample:
        for w in set(analyzer.tokens(title + " " + body)):
            if len(w) >= 5 and w.isalpha():
                df[w] = df.get(w, 0) + 1
    queries = {kind: list(qs) for kind, qs in QUERIES.items()}
    queries["one word, rare"] = rng.sample(sorted(w for w, c in df.items() if c == 1), 5)
    return queries


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300000)
    ap.add_argument("--ant", action="store_true", help="add the ANT corpus to SaudiNewsNet")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--cache", default="/tmp/newsreader-bench")
    ap.add_argument("--runs", type=int, default=5, help="timed runs of each query")
    ap.add_argument("--scan-runs", type=int, default=1, help="brute-force runs of each query")
    a = ap.parse_args()
    cache = Path(a.cache)
    cache.mkdir(parents=True, exist_ok=True)
    path = cache / f"search-{a.articles}{'-ant' if a.ant else ''}-{LAYOUT}.db"
    corpus = build(path, a.articles, a.ant)
    reps = -(-a.articles // len(corpus))
    texts = [(analyzer.normalize(t + "\n\n" + b), s, p) for t, b, p, s, _ in corpus]
    # the corpus and its scan texts are millions of objects the searches do not use: keep the
    # cyclic GC from walking them during the timed searches (an application holds no such heap)
    gc.collect()
    gc.freeze()
    rng = random.Random(5)
    with Store.open(path) as store:
        queries = query_sets(corpus, rng)
        find(store, QUERIES["one word, common"][0], limit=20)  # warm the page cache
        rows = []
        for kind in ["one word, common", "one word, rare", "two words", "phrase", "prefix", "filtered"]:
            times: list[float] = []
            scan_times: list[float] = []
            totals = []
            for q in queries[kind]:
                for _ in range(a.runs):
                    t = time.perf_counter()
                    res = find(store, q, limit=20)
                    times.append((time.perf_counter() - t) * 1000)
                totals.append(res.total)
                for _ in range(a.scan_runs):
                    t = time.perf_counter()
                    scan(texts, reps, a.articles, q)
                    scan_times.append((time.perf_counter() - t) * 1000)
            p50, p95 = statistics.median(times), percentile(times, 95)
            s50 = statistics.median(scan_times)
            rows.append(
                {
                    "kind": kind,
                    "p50_ms": round(p50, 2),
                    "p95_ms": round(p95, 2),
                    "scan_p50_ms": round(s50, 1),
                    "speedup": round(s50 / p50, 1),
                    "mean_total": round(statistics.mean(totals)),
                    "queries": queries[kind],
                }
            )
    fts, total = index_size(path)
    report = {"articles": a.articles, "library": str(path), "fts_index_bytes": fts, "file_bytes": total, "rows": rows}
    if a.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{a.articles} articles; FTS index {fts / 2**20:.0f} MiB ({fts:,} bytes) of a {total / 2**20:.0f} MiB library")
    print("goals: p50 <= 20 ms, p95 <= 100 ms, >= 20x faster than the scan (20 results with snippets + total)")
    print(f"{'kind':18} {'p50 ms':>8} {'p95 ms':>8} {'scan p50 ms':>12} {'ratio':>7} {'avg hits':>9}  goals")
    for r in rows:
        ok = float(r["p50_ms"]) <= 20 and float(r["p95_ms"]) <= 100 and float(r["speedup"]) >= 20  # type: ignore[arg-type]
        print(
            f"{r['kind']:18} {r['p50_ms']:8.1f} {r['p95_ms']:8.1f} {r['scan_p50_ms']:12.0f} "
            f"{r['speedup']:6.0f}x {r['mean_total']:9}  {'met' if ok else 'NOT met'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
