"""Big benchmark libraries: the real corpus imported once through the real pipeline, then repeated.

    .venv/bin/python bench/library.py --articles N [--cache /tmp/nr-bench]

The corpus is ../shared/corpus: the SaudiNewsNet zips (JSON arrays) and the ANT tarball (one TREC
file per article, unpacked once into the cache folder). It is imported once with
``importing.pipeline.import_paths`` (worker processes, timeline extraction, search analysis: exactly what the
app does) into ``base-vV.db``; the ``Prepared`` objects that import wrote are kept (pickled beside
it). A library of N articles is the base library copied and then topped up with copies of those
prepared articles under fresh ids: the copy number goes into the URL (hence a new id) and into the
de-duplication key (so that the copy is not a duplicate); title, body, mentions and index terms
are those of the original, and they are written with ``Store.add_prepared`` in batches of
``BATCH`` — the very rows an import of those copies would write. Libraries are cached as
``lib-N-vV.db`` and built from the largest smaller cached one.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import pickle
import shutil
import sqlite3
import sys
import tarfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsreader.importing import pipeline, prepare  # noqa: E402
from newsreader.store import Store  # noqa: E402
from newsreader.store.schema import SCHEMA_VERSION  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
CACHE = Path("/tmp/nr-bench")
#: Bumped when the way libraries are built changes (with the schema version, names the cached files):
#: ``BASE_VERSION`` for the imported corpus, ``VERSION`` for the libraries made of its copies.
BASE_VERSION = f"{SCHEMA_VERSION}.2"  # .2: its pickle holds newsreader.importing.prepare.Prepared
VERSION = f"{SCHEMA_VERSION}.2"  # .2: each copy dated a day earlier than the one before
BATCH = 2000


def log(message: str) -> None:
    print(f"[library] {message}", file=sys.stderr, flush=True)


def saudi_paths() -> list[Path]:
    return sorted((CORPUS / "saudinewsnet").glob("*.zip"))


def ant_folder(cache: Path = CACHE) -> Path:
    """The ANT corpus unpacked (once) under the cache folder."""
    target = cache / "ant"
    done = target / ".complete"
    if not done.exists():
        shutil.rmtree(target, ignore_errors=True)
        log("unpacking the ANT corpus")
        with tarfile.open(CORPUS / "ant" / "ant-articles.tar.xz") as tar:
            tar.extractall(target, filter="data")
        done.touch()
    return target


def ant_paths(cache: Path = CACHE) -> list[Path]:
    return sorted(ant_folder(cache).rglob("*.txt"))


def base_library(cache: Path = CACHE) -> tuple[Path, list[prepare.Prepared], dict[str, Any]]:
    """The whole corpus imported through ``import_paths``; (path, prepared articles, import figures)."""
    cache.mkdir(parents=True, exist_ok=True)
    db, pickled, figures_path = (cache / f"base-v{BASE_VERSION}{suffix}" for suffix in (".db", ".pkl", ".json"))
    if db.exists() and pickled.exists() and figures_path.exists():
        with pickled.open("rb") as f:
            prepared: list[prepare.Prepared] = pickle.load(f)
        import json

        return db, prepared, json.loads(figures_path.read_text())
    for p in (db, pickled, figures_path):
        p.unlink(missing_ok=True)
    paths: list[Path | str] = [*saudi_paths(), *ant_paths(cache)]
    Store.open(db, backups=False).close()
    captured: list[prepare.Prepared] = []
    original = Store.add_prepared

    def capture(self: Store, items: Any, *args: Any) -> Any:
        captured.extend(i for i in items if isinstance(i, prepare.Prepared))
        return original(self, items, *args)

    Store.add_prepared = capture  # type: ignore[method-assign]
    log(f"importing the corpus ({len(paths)} files) through import_paths")
    t0 = time.perf_counter()
    final = None
    try:
        for step in pipeline.import_paths(db, paths):
            final = step
    finally:
        Store.add_prepared = original  # type: ignore[method-assign]
    seconds = time.perf_counter() - t0
    assert final is not None
    figures = {
        "seconds": round(seconds, 1),
        "imported": final.imported,
        "duplicates": final.duplicates,
        "failed_files": final.failed,
        "per_s": round((final.imported + final.duplicates) / seconds, 1),
    }
    log(f"base library: {figures}")
    with pickled.open("wb") as f:
        pickle.dump(captured, f, protocol=pickle.HIGHEST_PROTOCOL)
    import json

    figures_path.write_text(json.dumps(figures))
    return db, captured, figures


def earlier(published: str | None, days: int) -> str | None:
    """``published`` (ISO 8601, a date or a date and time) ``days`` days earlier, same form."""
    if not published:
        return published
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return published
    return (day - timedelta(days=days)).isoformat() + published[10:]


def copy_of(p: prepare.Prepared, rep: int) -> prepare.Prepared:
    """Copy ``rep`` of a prepared article: a new URL (so a new id), a new de-duplication key, and
    dated ``rep`` days earlier. (Copies that kept the date of their original made the newest rows
    of the list, those of the first paint, a dozen copies of one article; now they are the corpus's
    newest articles, and a date range still holds about as many articles as before.)"""
    url = f"{p.article.url}#copy{rep}" if p.article.url else f"bench:{p.id}#copy{rep}"
    article = dataclasses.replace(p.article, url=url, published=earlier(p.article.published, rep))
    digest = hashlib.sha1(f"{p.digest}#copy{rep}".encode()).hexdigest()
    return dataclasses.replace(p, article=article, id=prepare.article_id(article, digest), digest=digest)


def count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


def library(n: int, cache: Path = CACHE) -> Path:
    """A library of (at least) ``n`` articles, cached."""
    target = cache / f"lib-{n}-v{VERSION}.db"
    if target.exists():
        return target
    base, prepared, _ = base_library(cache)
    smaller = sorted((int(p.name.split("-")[1]), p) for p in cache.glob(f"lib-*-v{VERSION}.db") if int(p.name.split("-")[1]) < n)
    start = smaller[-1][1] if smaller else base
    work = cache / f"lib-{n}-v{VERSION}.building.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    log(f"building {n} articles from {start.name}")
    with sqlite3.connect(start) as src, sqlite3.connect(work) as dst:
        src.backup(dst)
    have = count(work)
    t0 = time.perf_counter()
    with Store.open(work, backups=False) as store:
        rep = max(1, have // len(prepared))
        while have < n:
            batch: list[prepare.Prepared] = []
            for p in prepared:
                if have + len(batch) >= n:
                    break
                batch.append(copy_of(p, rep))
                if len(batch) >= BATCH:
                    results = store.add_prepared(batch, prepare.identify, prepare.prepare)
                    have += sum(1 for r in results if r.status == "imported")
                    batch = []
                    if have % 50000 < BATCH:
                        log(f"  {have} articles ({time.perf_counter() - t0:.0f} s)")
            if batch:
                results = store.add_prepared(batch, prepare.identify, prepare.prepare)
                have += sum(1 for r in results if r.status == "imported")
            rep += 1
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    work.rename(target)
    log(f"built {target.name}: {count(target)} articles in {time.perf_counter() - t0:.0f} s")
    return target


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--cache", default=str(CACHE))
    a = ap.parse_args()
    print(library(a.articles, Path(a.cache)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
