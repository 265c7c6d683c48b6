"""Timeline extraction speed on real corpus articles (one core).

Usage: python bench/timeline.py [--n 5000] [--corpus /work/shared/corpus/saudinewsnet]
Reads the SaudiNewsNet zips (JSON arrays of {title, content, date_extracted, …}),
extracts over full_text(title, content) against each article's date and prints
articles/s and mentions found.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zipfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newsreader.domain import full_text  # noqa: E402
from newsreader.timeline import extract  # noqa: E402


def load_articles(corpus: Path, n: int) -> list[tuple[str, date | None]]:
    out: list[tuple[str, date | None]] = []
    for zpath in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for item in json.loads(zf.read(name).decode("utf-8")):
                    text = full_text(str(item.get("title") or ""), str(item.get("content") or ""))
                    raw = str(item.get("date_extracted") or "")[:10]
                    try:
                        ref: date | None = date.fromisoformat(raw)
                    except ValueError:
                        ref = None
                    out.append((text, ref))
                    if len(out) >= n:
                        return out
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--corpus", default="/work/shared/corpus/saudinewsnet")
    a = ap.parse_args()
    articles = load_articles(Path(a.corpus), a.n)
    extract("تمهيد: 5 مايو 2020", date(2020, 1, 1))  # compile the grammar outside the timing
    chars = sum(len(t) for t, _ in articles)
    t0, c0 = time.perf_counter(), time.process_time()
    mentions = 0
    for text, ref in articles:
        mentions += len(extract(text, ref))
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{len(articles)} articles, {chars / 1e6:.1f} M chars, {mentions} mentions in {dt:.2f} s")
    print(f"{len(articles) / dt:.0f} articles/s  ({chars / dt / 1e6:.2f} M chars/s, one core)")
    # the CPU time this process used: what one core does, whatever else the machine runs meanwhile
    print(f"{len(articles) / cpu:.0f} articles/s of CPU time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
