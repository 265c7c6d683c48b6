"""What every importer does to a title and a body once it has them: outlets split off titles and
named (:mod:`newsreader.outlets`), a title derived from a lead that has none, furniture dropped
from bodies (``resources/importers/furniture.tsv``), paragraphs kept."""

from __future__ import annotations

import re
from functools import lru_cache

from newsreader import outlets, paths
from newsreader.importers.scraped import is_noise
from newsreader.text.fold import fold

TITLE_MAX = 120
#: A first line longer than this, or of more words, is a lead, not a headline.
HEADLINE_CHARS = 150
HEADLINE_WORDS = 22
_SENTENCE_END = (".", "!", "…", ":", ";", "؛", "،", ",")
_SENTENCE = re.compile(r"(?<=[.!?؟…])\s+")
_SEPARATORS = re.compile(r"\s+(\||-|–|—)\s+")


#: Furniture is short: a longer paragraph is never looked at (most of an article's text).
FURNITURE_MAX = 500


@lru_cache(maxsize=1)
def _furniture() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(patterns anchored at the start, tried with ``match``; the others, searched)."""
    anchored: list[str] = []
    anywhere: list[str] = []
    with open(paths.resource("importers", "furniture.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                if line.startswith("^"):
                    anchored.append(f"(?:{line[1:]})")
                else:
                    anywhere.append(f"(?:{line})")
    return (re.compile("|".join(anchored) or "(?!)", re.IGNORECASE), re.compile("|".join(anywhere) or "(?!)", re.IGNORECASE))


@lru_cache(maxsize=1)
def _tails() -> re.Pattern[str]:
    patterns: list[str] = []
    with open(paths.resource("importers", "furniture_tails.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                patterns.append(f"(?:{line})")
    return re.compile("|".join(patterns) or "(?!)", re.IGNORECASE)


def cut_tail(paragraph: str) -> str:
    """The paragraph without furniture glued to its end («… The post X appeared first on Y.»)."""
    tail = paragraph[-FURNITURE_MAX:]
    match = _tails().search(tail)
    return paragraph[: len(paragraph) - len(tail) + match.start()].rstrip() if match else paragraph


def is_furniture(paragraph: str) -> bool:
    text = paragraph.strip()
    if len(text) > FURNITURE_MAX:
        return False
    anchored, anywhere = _furniture()
    return bool(anchored.match(text)) or bool(anywhere.search(text)) or is_noise(text)


def paragraphs(body: str) -> list[str]:
    """A body's paragraphs: blank-line separated; a text with no blank line at all (TREC dumps, feeds
    written one paragraph a line) has a paragraph a line."""
    if "\n\n" not in body and "\n" in body:
        return [p.strip() for p in body.split("\n") if p.strip()]
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def clean_body(body: str, title: str = "") -> str:
    """Paragraphs kept, furniture dropped, a first paragraph repeating the title dropped."""
    folded_title = fold(title) if title else ""
    kept: list[str] = []
    for paragraph in paragraphs(body):
        if is_furniture(paragraph):
            continue
        if "\n" in paragraph:
            text = "\n".join(x for x in paragraph.split("\n") if x.strip() and not is_furniture(x))
            if not text:
                continue
        else:
            text = paragraph
        if not kept and folded_title and _same_title(text, folded_title):
            continue
        kept.append(text)
    if kept:
        kept[-1] = cut_tail(kept[-1])
        if not kept[-1]:
            kept.pop()
    return "\n\n".join(kept)


def _same_title(text: str, folded_title: str) -> bool:
    folded = fold(text)
    if folded == folded_title:
        return True
    base, outlet = split_outlet(text)
    return outlet is not None and fold(base) == folded_title


def looks_like_headline(line: str) -> bool:
    """Short, of few words, not ending like a sentence: a headline."""
    line = line.strip()
    return 0 < len(line) <= HEADLINE_CHARS and len(line.split()) <= HEADLINE_WORDS and not line.endswith(_SENTENCE_END)


def derive_title(body: str) -> tuple[str, str]:
    """(title, body) for a text without a headline: its first sentence, cut at a word to at most
    ``TITLE_MAX`` characters; the body keeps the whole lead."""
    first = paragraphs(body)[0] if body.strip() else ""
    sentence = _SENTENCE.split(first.replace("\n", " "), maxsplit=1)[0].strip()
    return cut(sentence), body


def cut(text: str, limit: int = TITLE_MAX) -> str:
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else text[:limit]).rstrip(" ،,-–—:") + "…"


def split_outlet(title: str, known: str | None = None) -> tuple[str, str | None]:
    """«outlet | title», «title | outlet», «title - outlet», «title – outlet» → (title, outlet).

    The part split off must be a known outlet (:mod:`newsreader.outlets`), the outlet the file
    names elsewhere (``known``), or a short part beside a ``|``; else the title is left whole."""
    parts = _SEPARATORS.split(title.strip())
    if len(parts) < 3:
        return title.strip(), None
    first, last = parts[0], parts[-1]
    if _is_outlet(last, known) or (parts[-2] == "|" and _short_beside(last, "".join(parts[:-2]))):
        return "".join(parts[:-2]).strip(), last.strip()
    if parts[1] == "|" and (_is_outlet(first, known) or _short_beside(first, "".join(parts[2:]))):
        return "".join(parts[2:]).strip(), first.strip()
    return title.strip(), None


def _is_outlet(part: str, known: str | None) -> bool:
    return outlets.canonical(part) is not None or bool(known and outlets.key(part) == outlets.key(known))


def _short_beside(part: str, rest: str) -> bool:
    return len(part.split()) <= 4 and len(rest.split()) > len(part.split())


def outlet_name(source: str | None, url: str | None = None) -> str | None:
    return outlets.display_name(source, url)
