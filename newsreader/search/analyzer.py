"""Arabic text analysis for search: normalisation and light stemming (no Qt).

The same functions analyse indexed text and queries, so whatever a word is reduced
to in an article, the same word typed in the search box is reduced to the same stem.

Steps for one word:

1. :func:`normalize`: presentation forms → letters (NFKC), harakat and tatweel
   dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء (مسؤول = مسئول), Arabic-Indic
   digits → 0-9, Latin case folded.
2. Clitic prefixes: the article with its combinations (ال، وال، فال، بال، كال، لل،
   وبال، وكال، وللـ …) are always stripped when at least two letters remain, except
   from a word that begins with hamza + lam (ألمانيا، إلغاء: ``al_words.tsv``), which
   keeps its ال after any clitic (لألمانيا، بإلغاء). A lone و/ف and a lone ب/ك/ل are
   ambiguous (وزارة is not و + زارة, لبنان is not ل + بنان): they are stripped (leaving
   at least three letters) unless the lexicons, built from word counts over news text
   (``lexicon.tsv``, ``clitic_words.tsv``), say the letter belongs to the word (and
   whether لل before a word beginning with ل is ل + that word: للجنه); a word
   they do not know follows its stem (وزاراتها like وزاره).
3. Suffixes, in layers, each stripped at most once and only when a stem of at least
   three letters remains: a pronoun or the ta marbuta (هما، كما، هم، كم، هن، ها، نا،
   ه/ة; a ت left by a construct ta marbuta goes with it: حكومتها), then number — ات,
   the dual and plural endings ون، ين، ان (a ت before a dual ending is a ta marbuta:
   حكومتين), the alef of the tanween or of a construct dual (شهرا، طرفا) and the و of
   a construct plural (مسؤولو) — then the nisba ي (not after alef: ولاية). Whether a
   number ending is one is decided by ``endings.tsv`` (generated from word counts:
   البحرين keeps its ين, الطرفين loses it), else by :func:`_ending_default`.
4. A stem whose ta marbuta, nisba or -ات forms derive from another word takes that
   word's stem (``derivations.tsv``, written by hand: الرياض stays رياض, but رياضة،
   الرياضي، الرياضيات are رياضه).

Nothing else is stripped, so there is no substring noise: علم never reaches معلم,
إعلام or العلماء.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsreader.paths import resource
from newsreader.search.version import ANALYZER_VERSION, RULES_VERSION  # noqa: F401 (the analyser's version)
from newsreader.text import arabic
from newsreader.text.fold import fold

_MARKS = arabic.MARKS_CLASS
_ARABIC_FIRST, _ARABIC_LAST = arabic.ARABIC_FIRST, arabic.ARABIC_LAST
#: A word in original text: letters/digits with any harakat or tatweel inside it.
_RAW_WORD = re.compile(f"(?:[^\\W_]|[{_MARKS}])+")
#: Tokens of normalised text: runs of letters, or runs of digits.
_TOKEN = re.compile(r"[^\W\d_]+|\d+")

_ARTICLES = ("وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
_PRONOUNS = ("هما", "كما", "هم", "كم", "هن", "ها", "نا", "ه")
_NUMBER = (("ات", 3), ("ون", 4), ("ين", 4), ("ان", 4))

#: Query words too common to search for on their own (normalised forms).
_STOPWORDS_TEXT = """
في من الي عن مع ان او ثم لا ما لم لن قد هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت
كل بين بعد قبل عند حتي اذا لكن و ف ب ل ك يا the a an of in on to and or
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def normalize(text: str) -> str:
    """Fold text for matching (:func:`newsreader.text.fold.fold`: presentation forms, harakat, tatweel,
    alef/ya/ta marbuta, hamza seats, digits, case)."""
    return fold(text)


def tokens(text: str) -> list[str]:
    """The normalised words of ``text`` (letters and digit runs apart)."""
    return _TOKEN.findall(normalize(text))


def _lexicon_decision(word: str) -> bool | None:
    """True: strip the lone clitic; False: keep it; None: not known."""
    if word in _LEX_STRIP:
        return True
    if word in _LEX_KEEP:
        return False
    return None


def _strip_lone(word: str, letters: str, default: bool) -> str:
    if len(word) - 1 < 3 or word[0] not in letters:
        return word
    decision = _lexicon_decision(word)
    if decision is None:
        decision = default and _stem_keep(word) is None
    return word[1:] if decision else word


def _stem_keep(word: str) -> bool | None:
    """A word unknown to the lexicon whose suffix-stripped stem is a known kept stem."""
    return False if _suffixes(word) in _LEX_KEEP_STEMS else None


#: What may stand before a word: the article and its combinations, a lone clitic, or two of them.
_PREFIXES = frozenset((*_ARTICLES, "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل"))


def _al_word(word: str) -> str | None:
    """The part of ``word`` that is a word beginning with hamza + lam (المانيا، الغاء), after any article
    or clitics before it (لالمانيا، بالمانيا، للالمان); None when there is none."""
    for cut in range(0, min(4, len(word) - 3)):
        rest = word[cut:]
        if (
            rest[:3] in _AL_HEADS
            and (cut == 0 or word[:cut] in _PREFIXES)
            and (rest in _AL_WORDS or _suffixes(rest) in _AL_STEMS)
        ):
            return rest
    return None


def strip_prefixes(word: str) -> str:
    """``word`` (normalised) without its clitic prefixes."""
    for lead in ("", "و", "ف"):  # ل + اللجنه is written للجنه (and وللجنه)
        if (
            word.startswith(lead + "لل")
            and (rest := word[len(lead) + 1 :]) not in _LAM_ARTICLE
            and (rest in _LEX_KEEP or (len(stem := _suffixes(rest)) >= 4 and stem in _LEX_KEEP_STEMS))
        ):
            return rest
    if "ال" in word[:6] and (al := _al_word(word)) is not None:
        return al
    for art in _ARTICLES:
        if word.startswith(art) and len(word) - len(art) >= 2:
            return word[len(art) :]
    word = _strip_lone(word, "وف", True)
    return _strip_lone(word, "بكل", True)


#: Endings of number (dual, sound plural) and of the accusative (tanween alef): ``_number``.
_FULL_ENDINGS = ("ون", "ين", "ان")
_WEAK_ENDINGS = ("ا", "و")


def _ending_default(stem: str, ending: str) -> str:
    """What a word unknown to the endings lexicon does with ``ending``: a dual or plural ending leaves
    a stem of four letters or more (a ت before a dual ending was a ta marbuta: لجنتين، مباراتين; so was
    one before an alef when five letters or more remain: حكومتا); a shorter stem, the tanween alef and the
    construct و are kept (لبنان، عضو، فرنسا)."""
    if ending in _FULL_ENDINGS and len(stem) >= 4:
        return "strip-ta" if ending != "ون" and stem.endswith("ت") else "strip"
    if ending == "ا" and stem.endswith("ت") and not stem.endswith("ات") and len(stem) >= 5:
        return "strip-ta"  # a construct dual: حكومتا
    return "keep"


def _ta_stem(before_ta: str) -> str:
    """The stem of a word with a ta marbuta, from what comes before it: the letters alone, or with the
    ta marbuta still on when only two are left (مرتين → مره, جهات → جهه, as مره and جهه keep theirs)."""
    return before_ta if len(before_ta) >= 3 else before_ta + "ه"


def _number(word: str, full: bool, suffixed: bool = False) -> str:
    """``word`` without its number or tanween ending (``full``: the plural and dual endings too, not only
    the alef of the tanween or of a construct dual and the و of a construct plural; ``suffixed``: a
    pronoun followed, so ات may be a ta marbuta after alef, which is written ة before no suffix)."""
    if full and word.endswith("ات") and len(word) >= 4:  # a plural, or a ta marbuta after alef (مباراتها)
        return word[:-1] if suffixed and _ENDINGS.get(word) == "strip-ta" else _ta_stem(word[:-2])
    for ending in (*_FULL_ENDINGS, *_WEAK_ENDINGS) if full else _WEAK_ENDINGS:
        if word.endswith(ending):
            stem = word[: -len(ending)]
            if len(stem) < 3:
                return word
            decision = _ENDINGS.get(word) or _ending_default(stem, ending)
            if decision == "keep":
                return word
            return _ta_stem(stem[:-1]) if decision == "strip-ta" else stem
    return word


def _pronoun(word: str) -> tuple[str, bool, bool, str]:
    """The first layer of :func:`_suffixes`: ``word`` without a pronoun or the ta marbuta, whether
    the full number endings and the weak ones (alef, و) may still follow, and "ta" when a ta marbuta went."""
    if word.endswith("نا") and _ENDINGS.get(word) == "strip":  # a tanween alef after ن, not «our» (مواطنا)
        return word[:-1], False, False, ""
    for suffix in _PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if word.endswith("ت") and not word.endswith("ات") and len(word) >= 5:
                return word[:-1], False, False, "ta"  # حكومتها → حكوم
            if suffix == "ه":  # a ta marbuta (or the pronoun): only an alef or a و before it (طرفاه)
                return word, False, True, "ta"
            return word, True, True, ""
    return word, True, True, ""


def _suffixes(word: str) -> str:
    """``word`` without its inflectional suffixes (one per layer, stem kept ≥ 3 letters): a pronoun or
    the ta marbuta, then number (ات، ون، ين، ان، the alef of the tanween or of a construct dual, the و of a
    construct plural: the endings lexicon decides), then the nisba ي. A stem whose derived forms
    belong to another word (الرياض / رياضة، رياضي) takes that word's stem, as the derivations lexicon says."""
    whole = word
    word, full, weak, kind = _pronoun(word)
    full = full or (word != whole and word.endswith("ات"))  # ات before ه: a pronoun, no ta marbuta (قراراته)
    if full or weak:
        before = word
        word = _number(word, full, word != whole)
        if word != before:  # (a ه before an ending that went was a pronoun: شهراه)
            kind = "at" if before.endswith("ات") else ("ta" if before.endswith(("تان", "تين", "تا")) else "")
    if word.endswith("تي") and _ENDINGS.get(word) == "strip-ta":  # a construct dual: بدولتي، لشركتي
        word, kind = _ta_stem(word[:-2]), "ta"
    elif word.endswith("يي") and len(word) - 2 >= 3:  # a nisba's construct plural: صحفيي الجريده
        word, kind = word[:-2], "nisba"
    elif word.endswith("ي") and len(word) - 1 >= 3 and word[-2] != "ا":  # ي after alef is a root letter (ولايه)
        word, kind = word[:-1], "nisba"
    if kind and (derived := _DERIVED.get(word)) is not None:
        return derived.get(kind, word)
    return word


def _stem(word: str) -> str:
    if not word or not (_ARABIC_FIRST <= word[0] <= _ARABIC_LAST):
        return word
    return _suffixes(strip_prefixes(word))


#: Stems of the words seen so far (a news vocabulary repeats: most lookups hit); cleared when full.
_STEMS: dict[str, str] = {}
_STEMS_MAX = 400_000
_cached_stem = _STEMS.get


def _stem_miss(word: str) -> str:
    if len(_STEMS) >= _STEMS_MAX:
        _STEMS.clear()
    result = _STEMS[word] = _stem(word)
    return result


def stem(word: str) -> str:
    """The search stem of one normalised word."""
    return _cached_stem(word) or _stem_miss(word)


def _stems(normalised: str) -> list[str]:
    """The stems of the tokens (``_TOKEN.findall``) of normalised text, in order. Most pieces between
    spaces are one word of letters, taken whole: a third faster than finding every token by regex
    (a space is never part of a token, and a piece of letters only is exactly one token)."""
    stems: list[str] = []
    add = stems.append
    for piece in normalised.split():
        if piece.isalpha():
            add(_cached_stem(piece) or _stem_miss(piece))
        else:
            stems.extend([_cached_stem(t) or _stem_miss(t) for t in _TOKEN.findall(piece)])
    return stems


def analyse(text: str) -> list[str]:
    """The stems of ``text``, in order (what the index stores and queries look up)."""
    return _stems(normalize(text))


def index_text(text: str) -> str:
    """The analysed form of ``text`` that the full-text index stores."""
    return " ".join(_stems(normalize(text)))


@dataclass(frozen=True, slots=True)
class Word:
    """One word of original text: its span and its stem."""

    start: int
    end: int
    stem: str


def raw_words(text: str) -> Iterator[re.Match[str]]:
    """The words of ORIGINAL text (letters and digits with any harakat or tatweel inside)."""
    return _RAW_WORD.finditer(text)


_MARK_SET = arabic.MARKS


def raw_word_at(text: str, pos: int) -> re.Match[str] | None:
    """The raw word of ``text`` that contains position ``pos``."""
    start, low = pos, max(0, pos - 64)
    while start > low and ((c := text[start - 1]).isalnum() or c in _MARK_SET):
        start -= 1
    return _RAW_WORD.match(text, start)


def next_raw_word(text: str, pos: int) -> re.Match[str] | None:
    """The first raw word at or after ``pos``."""
    return _RAW_WORD.search(text, pos)


def words_of(match: re.Match[str]) -> list[Word]:
    """The analysed token(s) of one raw word (usually one; ``2024م`` gives two), spanning it."""
    return [Word(match.start(), match.end(), stem(t)) for t in _TOKEN.findall(normalize(match.group()))]


def words(text: str) -> Iterator[Word]:
    """Every word of the ORIGINAL ``text`` (diacritics and all) with its span and stem."""
    for m in _RAW_WORD.finditer(text):
        yield from words_of(m)


# -- the clitic lexicon ---------------------------------------------------------------
# resources/search/lexicon.tsv (word TAB keep|strip), built from word counts over the news
# corpora (SaudiNewsNet + ANT; words seen at least 20 times; no text is kept, only the decision).
# A word that begins with و ف ب ك ل (and no article) is KEPT whole when its rest is rare
# as a word of its own (seen under max(10, 2% of the whole word's count) times) or when it takes the article
# itself (الوزاره، الفريق، اللجنه): the letter belongs to the word. Every other such word
# loses the clitic (وقال، واضاف، بتعزيز، لمواجهه). STRIP lists the frequent words with a
# clitic whose stem is also a kept stem (وزار "and visited" vs وزاره "ministry"), so that
# unknown words can follow their kept stem.
def _load_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    keep: set[str] = set()
    strip: set[str] = set()
    with open(resource("search", "lexicon.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            word, _, decision = line.rstrip("\n").partition("\t")
            (strip if decision.strip() == "strip" else keep).add(word.strip())
    return frozenset(keep), frozenset(strip)


_LEX_KEEP, _LEX_STRIP = _load_lexicon()


def _rows(name: str) -> Iterator[list[str]]:
    """The TAB-separated rows of a lexicon file of resources/search (comments and blank lines skipped)."""
    with open(resource("search", name), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                yield [cell.strip() for cell in line.rstrip("\n").split("\t")]


# resources/search/clitic_words.tsv (word TAB keep|article), generated by bench/search_lexicon.py: more words
# whose first letter belongs to them (keep: كندا — ندا is rare, and the word takes a clitic itself: بكندا، وكندا),
# and words beginning with ل that لل + the rest does not stand for (article: للجهه is ل + الجهه, not ل + لجهه,
# though لجهه is a word: جهه is the more frequent).
_CLITIC_ROWS = list(_rows("clitic_words.tsv"))
_LEX_KEEP = _LEX_KEEP | frozenset(row[0] for row in _CLITIC_ROWS if row[1] == "keep")
_LAM_ARTICLE = frozenset(row[0] for row in _CLITIC_ROWS if row[1] == "article")
# resources/search/endings.tsv (word TAB keep|strip|strip-ta), generated by bench/search_lexicon.py from
# word counts over the news corpora: the words whose number or tanween ending does otherwise than
# ``_ending_default`` says (البحرين keeps its ين; الطرفين، شهرا، مسؤولو lose theirs; حكومتين its تين).
_ENDINGS: dict[str, str] = {row[0]: row[1] for row in _rows("endings.tsv")}
# resources/search/al_words.tsv (one word a line), generated likewise: words that begin with hamza + lam
# (المانيا، الغاء), written with the hamza in most of their occurrences: that ال is no article.
_AL_WORDS: frozenset[str] = frozenset(row[0] for row in _rows("al_words.tsv"))
# resources/search/derivations.tsv (written by hand): a stem whose ta marbuta, nisba or -ات forms derive
# from another word (رياضة، رياضي، رياضيات from رياضة, not from الرياض), with the stem they take.
_DERIVED: dict[str, dict[str, str]] = {
    row[0]: {k: (row[0] if v == "-" else v) for k, v in zip(("ta", "nisba", "at"), row[1:4], strict=True)}
    for row in _rows("derivations.tsv")
}


def _al_sets(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the hamza + lam words (five letters or more: not السن of ألسنة for السنتين) and the
    first three letters of them all (a quick first test)."""
    stems = frozenset(st for st in map(_suffixes, words) if len(st) >= 5)
    return stems, frozenset(w[:3] for w in words | stems)


_AL_STEMS, _AL_HEADS = _al_sets(_AL_WORDS)
_LEX_KEEP_STEMS = frozenset(_suffixes(w) for w in _LEX_KEEP)
