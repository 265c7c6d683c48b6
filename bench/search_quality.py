"""Search quality on the held-out query set, for newsreader and three standard Arabic analysers.

    .venv/bin/python bench/search_quality.py [--show ENGINE] [--classes]

The set (``bench/search_set.py``): the developers' 30 queries over their 48 sentences
(../shared/eval/search, as they are) and the held-out queries over real news sentences read from
../shared/corpus. Every sentence becomes one article (title and body = the sentence, as
../shared/eval/search/score.py does) and every query is run by:

- ``newsreader``: a real library (``Store.add_articles``, ``commands.search.find``);
- ``snowball``: Snowball's Arabic stemmer (PyStemmer: ``pip install -e ".[bench]"``) over the words;
- ``light10``: a port of Lucene's ``ArabicNormalizer`` + ``ArabicStemmer`` (light10, Larkey et al.);
- ``fts5``: SQLite FTS5 with its ``unicode61`` tokenizer over the raw text.

The three others index their analysed words in an FTS5 table and get the same query syntax (words
ANDed, "phrases", ``-word``, ``OR``, ``prefix*``; a prefix is normalised, not stemmed). A query
passes when every expected sentence is found and no must-not one. Prints, per engine: queries
passing, recall (expected sentences found), must-not hits; ``--classes`` adds the passing queries
per class; ``--show ENGINE`` lists that engine's failing queries.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_set import load  # noqa: E402

from newsreader.commands.search import find  # noqa: E402
from newsreader.domain import ParsedArticle  # noqa: E402
from newsreader.store import Store  # noqa: E402

_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_WORD = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
_QUERY_TOKEN = re.compile(r'(-?)(?:"([^"]*)"?|(\S+))')


# -- Lucene's Arabic light stemmer (light10), ported ------------------------------------------------
# org.apache.lucene.analysis.ar.ArabicNormalizer and ArabicStemmer: the normaliser folds alef forms,
# alef maqsura and ta marbuta and drops tatweel and harakat; the stemmer removes one prefix of
# PREFIXES (the first that fits, leaving at least two letters; the lone و only from a word of four
# letters or more) and then each suffix of SUFFIXES in turn that fits (leaving at least two letters).
_LUCENE_FOLD = {ord(a): b for a, b in {"آ": "ا", "أ": "ا", "إ": "ا", "ى": "ي", "ة": "ه"}.items()}
_LUCENE_FOLD.update({c: None for c in (0x640, *range(0x64B, 0x653))})
PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")


def lucene_normalize(word: str) -> str:
    return word.translate(_LUCENE_FOLD).lower()


def lucene_stem(word: str) -> str:
    for prefix in PREFIXES:
        if word.startswith(prefix) and (len(word) >= 4 if len(prefix) == 1 else len(word) >= len(prefix) + 2):
            word = word[len(prefix) :]
            break
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) >= len(suffix) + 2:
            word = word[: -len(suffix)]
    return word


# -- an FTS5 index over words analysed in Python ------------------------------------------------------
Analyse = Callable[[str], list[str]]


class FtsEngine:
    """Sentences indexed as their analysed words (``analyse``; ``prefix`` for prefix queries) in FTS5."""

    def __init__(self, analyse: Analyse, prefix: Callable[[str], str], tokenize: str = "unicode61 remove_diacritics 0"):
        self.analyse, self.prefix = analyse, prefix
        self.db = sqlite3.connect(":memory:")
        self.db.execute(f"CREATE VIRTUAL TABLE t USING fts5(sid UNINDEXED, text, tokenize='{tokenize}')")

    def add(self, texts: dict[str, str]) -> None:
        self.db.executemany(
            "INSERT INTO t (sid, text) VALUES (?, ?)", [(sid, " ".join(self.analyse(text))) for sid, text in texts.items()]
        )

    def _term(self, word: str, phrase: bool) -> str | None:
        if not phrase and word.endswith("*") and word.rstrip("*"):
            stem = self.prefix(word.rstrip("*"))
            return f'"{stem}" *' if stem else None
        words = self.analyse(word)
        return '"' + " ".join(w.replace('"', '""') for w in words) + '"' if words else None

    def search(self, query: str) -> set[str]:
        groups: list[list[str]] = []
        excluded: list[str] = []
        pending_or = False
        for m in _QUERY_TOKEN.finditer(query):
            negative, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
            if word in ("OR", "|"):
                pending_or = bool(groups)
                continue
            term = self._term(phrase if phrase is not None else word or "", phrase is not None)
            if term is None:
                continue
            if negative:
                excluded.append(term)
            elif pending_or:
                groups[-1].append(term)
            else:
                groups.append([term])
            pending_or = False
        if not groups:
            return set()
        expr = " AND ".join("(" + " OR ".join(g) + ")" for g in groups)
        if excluded:
            expr = f"({expr}) NOT (" + " OR ".join(excluded) + ")"
        try:
            return {r[0] for r in self.db.execute("SELECT sid FROM t WHERE t MATCH ?", [expr])}
        except sqlite3.OperationalError:
            return set()


def snowball() -> FtsEngine:
    import Stemmer  # PyStemmer: the optional "bench" extra

    stemmer = Stemmer.Stemmer("arabic")

    def analyse(text: str) -> list[str]:
        return [s for s in stemmer.stemWords([w.lower() for w in _WORD.findall(text)]) if s]

    return FtsEngine(analyse, lambda p: p.lower())


def light10() -> FtsEngine:
    def analyse(text: str) -> list[str]:
        return [s for s in (lucene_stem(lucene_normalize(w)) for w in _WORD.findall(text)) if s]

    return FtsEngine(analyse, lucene_normalize)


def fts5() -> FtsEngine:
    """FTS5's own ``unicode61`` tokenizer over the raw text (the query's words go to it as they are)."""
    engine = FtsEngine(lambda text: [text], lambda p: p, tokenize="unicode61")
    engine.analyse = lambda text: [text]
    engine._term = lambda word, phrase: (  # type: ignore[method-assign]
        f'"{word.rstrip("*")}" *'
        if not phrase and word.endswith("*") and word.rstrip("*")
        else ('"' + word.replace('"', '""') + '"' if word.strip() else None)
    )
    return engine


class Newsreader:
    """A real newsreader library: each sentence one article, searched with ``commands.search.find``."""

    def __init__(self, folder: Path) -> None:
        self.store = Store.open(folder / "lib.db", backups=False)

    def add(self, texts: dict[str, str]) -> None:
        self.store.add_articles(
            ParsedArticle(title=t, body=t, url=f"urn:eval:{sid}", published="2020-01-01", source="eval")
            for sid, t in texts.items()
        )

    def search(self, query: str) -> set[str]:
        return {str(h.url).removeprefix("urn:eval:") for h in find(self.store, query, limit=1000).hits}


def score(engine: Any, queries: list[dict[str, Any]]) -> dict[str, Any]:
    passed = found = wanted = bad = 0
    by_class: dict[str, list[int]] = {}
    failing = []
    for q in queries:
        got = engine.search(q["query"])
        miss = [i for i in q["expected"] if i not in got]
        wrong = [i for i in q["must_not"] if i in got]
        wanted += len(q["expected"])
        found += len(q["expected"]) - len(miss)
        bad += len(wrong)
        ok = not miss and not wrong
        passed += ok
        counts = by_class.setdefault(q["class"], [0, 0])
        counts[0] += ok
        counts[1] += 1
        if not ok:
            failing.append(f"{q['id']} {q['query']!r}: missing {miss} wrongly returned {wrong}")
    return {
        "passed": passed,
        "queries": len(queries),
        "found": found,
        "wanted": wanted,
        "must_not": bad,
        "classes": by_class,
        "failing": failing,
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", metavar="ENGINE", help="list the failing queries of this engine")
    ap.add_argument("--classes", action="store_true", help="passing queries per class too")
    a = ap.parse_args()
    texts, queries = load()
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        engines: dict[str, Callable[[], Any]] = {
            "newsreader": lambda: Newsreader(Path(tmp)),
            "snowball": snowball,
            "light10": light10,
            "fts5": fts5,
        }
        for name, make in engines.items():
            try:
                engine = make()
            except ImportError as exc:
                print(f"{name}: not run ({exc}; pip install -e '.[bench]')", file=sys.stderr)
                continue
            engine.add(texts)
            results[name] = score(engine, queries)
            if isinstance(engine, Newsreader):
                engine.store.close()
    print(
        f"{len(queries)} queries over {len(texts)} sentences (the developers' {sum(q['class'] == 'dev' for q in queries)} "
        "and the held-out ones)\n"
    )
    print("| analyser | queries passing | recall | must-not hits |")
    print("|---|---|---|---|")
    for name, r in results.items():
        print(
            f"| {name} | {r['passed']}/{r['queries']} | {r['found']}/{r['wanted']} ({r['found'] / max(1, r['wanted']):.0%})"
            f" | {r['must_not']} |"
        )
    if a.classes and results:
        classes = list(next(iter(results.values()))["classes"])
        print("\n| class | " + " | ".join(results) + " |")
        print("|---|" + "---|" * len(results))
        for c in classes:
            print(f"| {c} | " + " | ".join("{}/{}".format(*r["classes"][c]) for r in results.values()) + " |")
    if a.show in results:
        print()
        print("\n".join(results[a.show]["failing"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
