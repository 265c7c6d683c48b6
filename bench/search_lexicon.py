"""Generate the search analyser's corpus-derived lexicons from word counts over the news corpora.

    .venv/bin/python bench/search_lexicon.py    # rewrites resources/search/{al_words,clitic_words,endings}.tsv

Reads SaudiNewsNet and ANT from ../shared/corpus (the readers of ``bench/search.py``) and keeps no
text: only a decision per word.

- ``al_words.tsv``: words that begin with hamza + lam (ألمانيا، إلغاء، ألف), written with the hamza in at
  least half of their occurrences (and 5 times at least): their ال is no article.
- ``clitic_words.tsv``: words that begin with و ف ب ك ل unknown to ``lexicon.tsv`` whose letter belongs
  to them: what is left is rare (under 5 % of the word) and the word takes a clitic itself (بكندا); and
  the kept words beginning with ل that لل + the rest does not stand for (للجهه: جهه is more frequent
  than لجهه).
- ``endings.tsv``: the words (seen 3 times at least, or once beside a frequent stem; after clitics
  and a pronoun) whose number or tanween ending (ون ين ان، the alef of the tanween or of a
  construct dual, the و of a construct plural) does otherwise than
  :func:`newsreader.search.analyzer._ending_default`. An ending is stripped when the stem left is a word
  of its own, as frequent as the whole (twice as frequent for alef and و, one twentieth for a stem
  of four letters or more), and the whole takes no nisba of its own (البحرين → البحريني: a name);
  a ت before a dual ending goes with it when the ta marbuta form is the more frequent (حكومتين);
  ات after alef is a ta marbuta when that form is the more frequent (مباراتها), and تي a construct
  dual when the ta marbuta form is twice as frequent as the word with ت (بدولتي, not كويتي); a final نا
  is a tanween after ن, not the pronoun, when the word without its alef is twice as frequent as the
  word without نا (مواطنا).
"""

from __future__ import annotations

import collections
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search import ant, saudinewsnet  # noqa: E402

from newsreader.search import analyzer  # noqa: E402
from newsreader.text.arabic import MARK_CODES  # noqa: E402
from newsreader.text.fold import fold  # noqa: E402

_MARKS = dict.fromkeys(MARK_CODES)
_WORD = re.compile(r"[\u0621-\u064a]+")
OUT = ROOT / "resources" / "search"


def raw_counts() -> collections.Counter[str]:
    """Arabic words as written (NFC, harakat and tatweel dropped, letters not folded)."""
    counts: collections.Counter[str] = collections.Counter()
    for corpus in (saudinewsnet(), ant()):
        for title, body, *_ in corpus:
            text = unicodedata.normalize("NFC", f"{title} {body}").translate(_MARKS)
            counts.update(_WORD.findall(text))
    return counts


def al_words(raw: collections.Counter[str]) -> list[str]:
    hamza: collections.Counter[str] = collections.Counter()
    total: collections.Counter[str] = collections.Counter()
    for word, n in raw.items():
        folded = fold(word)
        for cut in range(0, min(4, len(folded) - 3)):
            if folded[cut : cut + 2] == "ال" and (cut == 0 or folded[:cut] in analyzer._PREFIXES):
                total[folded[cut:]] += n
                if word[cut] in "أإآ":
                    hamza[folded[cut:]] += n
    return sorted(w for w, n in hamza.items() if n >= 5 and n >= total[w] / 2)


def endings(folded: collections.Counter[str]) -> dict[str, str]:
    forms: collections.Counter[str] = collections.Counter()  # what the number layer sees
    bare: collections.Counter[str] = collections.Counter()  # without clitics
    for word, n in folded.items():
        bare[analyzer.strip_prefixes(word)] += n
    for word, n in bare.items():
        forms[analyzer._pronoun(word)[0]] += n
    decisions: dict[str, str] = {}

    def ta(before_ta: str) -> str:
        return analyzer._ta_stem(before_ta)

    for word, n in forms.items():
        if n >= 3 and word.endswith("ات") and len(word) >= 4:  # a ta marbuta after alef (مباراتها)?
            if forms[word[:-1]] > max(3, forms[ta(word[:-2])]):
                decisions[word] = "strip-ta"
            continue
        if n >= 3 and word.endswith("تي") and len(word) >= 4:  # a construct dual (بدولتي)? not كويتي
            if forms[ta(word[:-2])] > max(3, 2 * forms[word[:-1]]):
                decisions[word] = "strip-ta"
            continue
        if n < 3 and forms[word[:-1]] + forms[word[:-2]] + forms[ta(word[:-3])] < 20:  # rare: only beside a frequent stem
            continue
        ending = next((e for e in (*analyzer._FULL_ENDINGS, *analyzer._WEAK_ENDINGS) if word.endswith(e)), None)
        if ending is None:
            continue
        stem = word[: -len(ending)]
        if len(stem) < 3:
            continue
        ta_form = ta(stem[:-1]) if stem.endswith("ت") and ending != "ون" else None
        base = max(forms[stem], forms[ta_form] if ta_form else 0)
        nisba = forms[word + "ي"]
        ratio = 2.0 if ending in analyzer._WEAK_ENDINGS else (1.0 if len(stem) == 3 else 0.05)
        if base >= max(3, ratio * n) and nisba < 0.05 * n:
            decision = "strip-ta" if ta_form and forms[ta_form] > forms[stem] else "strip"
        else:
            decision = "keep"
        if decision != analyzer._ending_default(stem, ending):
            decisions[word] = decision
    for word in bare:  # a tanween alef after ن, not the pronoun نا (مواطنا، قانونا)
        if word.endswith("نا") and len(word) >= 5 and forms[word[:-1]] >= max(5, 2 * forms[word[:-2]]):
            decisions[word] = "strip"
    return decisions


def lam_article(folded: collections.Counter[str]) -> list[str]:
    """Kept words beginning with ل (seen 20 times at least) that لل + the rest does not stand for: the
    word without its ل, which ال + لل would give, is the more frequent (للجهه is ل + الجهه, لجهه aside)."""
    keep = analyzer._load_lexicon()[0]
    return sorted(w for w in keep if w.startswith("ل") and folded[w] >= 20 and folded[w[1:]] > folded[w])


def clitic_words(folded: collections.Counter[str]) -> list[str]:
    """Words (seen 20 times at least) that begin with و ف ب ك ل, unknown to ``lexicon.tsv``, whose letter
    belongs to the word: what is left without it is rare (under 5 % of the word), and the word itself
    takes a clitic often (بكندا، وكندا: 5 % of the word at least)."""
    found = []
    keep, strip = analyzer._load_lexicon()  # lexicon.tsv alone
    for word, n in folded.items():
        if n < 20 or len(word) < 4 or word[0] not in "وفبكل" or word in keep or word in strip:
            continue
        if word.startswith(analyzer._ARTICLES):  # an article: stripped before any lone clitic
            continue
        if folded[word[1:]] < 0.05 * n and sum(folded[c + word] for c in "وفبل") >= 0.05 * n:
            found.append(word)
    return sorted(found)


def main() -> int:
    raw = raw_counts()
    found = al_words(raw)
    analyzer._AL_WORDS = frozenset(found)
    analyzer._ENDINGS = {}
    analyzer._AL_STEMS, analyzer._AL_HEADS = analyzer._al_sets(analyzer._AL_WORDS)
    folded: collections.Counter[str] = collections.Counter()
    for word, n in raw.items():
        folded[fold(word)] += n
    with open(OUT / "al_words.tsv", "w", encoding="utf-8") as fh:
        fh.write("# Generated by bench/search_lexicon.py: words that begin with hamza + lam (their ال is no article).\n")
        fh.writelines(f"{w}\n" for w in found)
    kept = clitic_words(folded)
    article = lam_article(folded)
    with open(OUT / "clitic_words.tsv", "w", encoding="utf-8") as fh:
        fh.write(
            "# Generated by bench/search_lexicon.py. keep: words whose first letter (و ف ب ك ل) belongs to them\n"
            "# (what is left is rare, and the word takes a clitic itself: بكندا); lexicon.tsv decides first.\n"
            "# article: words beginning with ل that لل + the rest does not stand for (للجهه is ل + الجهه).\n"
        )
        fh.writelines(f"{w}\tkeep\n" for w in kept)
        fh.writelines(f"{w}\tarticle\n" for w in article)
    analyzer._LAM_ARTICLE = frozenset(article)
    analyzer._LEX_KEEP = analyzer._load_lexicon()[0] | frozenset(kept)
    # the stems of the kept words as the rules alone make them (no endings lexicon yet): a run
    # depends on the corpus and the hand-written files only, not on the previous run's output
    analyzer._LEX_KEEP_STEMS = frozenset(analyzer._suffixes(w) for w in analyzer._LEX_KEEP)
    decided = endings(folded)
    with open(OUT / "endings.tsv", "w", encoding="utf-8") as fh:
        # (the header keeps the analyser's old module name, newsreader.analysis, now search/analyzer.py: the
        # file's bytes are part of ANALYZER_VERSION, and a new header alone would re-index every library)
        fh.write(
            "# Generated by bench/search_lexicon.py: word TAB keep|strip|strip-ta, where a number or tanween\n"
            "# ending does otherwise than newsreader.analysis._ending_default says.\n"
        )
        fh.writelines(f"{w}\t{d}\n" for w, d in sorted(decided.items()))
    print(
        f"{len(found)} al words, {len(kept)} clitic words, {len(decided)} ending decisions "
        f"({collections.Counter(decided.values())})",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
