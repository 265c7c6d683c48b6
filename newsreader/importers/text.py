"""Plain text articles: the first non-empty line is the title; datelines recognised."""

from __future__ import annotations

import re

from newsreader.domain import ParsedArticle
from newsreader.importers.base import Record, Sample, not_articles
from newsreader.importers.dates import date_in_line, find_date, is_date_line
from newsreader.importers.decode import decode
from newsreader.text.arabic import latin_digits
from newsreader.text.clean import clean_text

NAME = "text"

AGENCIES = (
    "أ ف ب",
    "أ.ف.ب",
    "ا ف ب",
    "رويترز",
    "أ ب",
    "د ب أ",
    "د.ب.أ",
    "أ ش أ",
    "واس",
    "قنا",
    "وام",
    "كونا",
    "بنا",
    "سانا",
    "وفا",
    "الأناضول",
    "الاناضول",
    "شينخوا",
    "يو بي آي",
    "بترا",
    "العمانية",
    "AFP",
    "Reuters",
    "AP",
)
_AGENCY_RE = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
# «القاهرة - …», «القاهرة (أ ف ب) - …», «(أ ف ب) - …», «القاهرة - 12 مارس 2024 (رويترز) - …»
_PLACE = r"(?P<place>[^\W\d][\w\s]{1,30}?)"
_DATED = re.compile(rf"^{_PLACE}\s*[-–—،,]\s*(?P<date>[^()\-–—:]{{6,40}}?)\s*(?:\((?P<agency>{_AGENCY_RE})\)\s*)?[-–—:]\s+")
_PLAIN = re.compile(rf"^{_PLACE}\s*(?:\((?P<agency>{_AGENCY_RE})\)\s*)?[-–—]\s+")
_AGENCY_ONLY = re.compile(rf"^\((?P<agency>{_AGENCY_RE})\)\s*[-–—:]?\s*")


def dateline(paragraph: str) -> tuple[str | None, str | None, str | None]:
    """(place, date, agency) when ``paragraph`` starts with a dateline, else Nones."""
    head = latin_digits(paragraph[:160])
    match = _AGENCY_ONLY.match(head)
    if match:
        return None, None, match.group("agency")
    match = _DATED.match(head)
    if match:
        date = find_date(match.group("date"))
        if date:
            return match.group("place").strip(), date, match.group("agency")
    match = _PLAIN.match(head)
    if match and (match.group("agency") or _looks_like_place(match.group("place"))):
        return match.group("place").strip(), None, match.group("agency")
    return None, None, None


def _looks_like_place(place: str | None) -> bool:
    return bool(place) and len((place or "").split()) <= 3


def parse(data: bytes, path: str) -> list[Record]:
    return [parse_text(decode(data), path)]


def parse_text(raw: str, path: str) -> ParsedArticle:
    from newsreader.importers import clean

    text = clean_text(raw)
    refuse_non_article(text)
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        raise not_articles("the file has no text")
    first = paragraphs[0]
    title, _, rest = first.partition("\n")
    body_paragraphs = ([rest] if rest.strip() else []) + paragraphs[1:]
    title, outlet = clean.split_outlet(title)
    if not clean.looks_like_headline(title) or not body_paragraphs:
        if len(paragraphs) == 1 and "\n" not in first.strip():
            raise not_articles("only one line of text (a title without a body)")
        title, _ = clean.derive_title(text)  # a lead, not a headline: it stays in the body
        outlet = None
        body_paragraphs = paragraphs
    published: str | None = None
    date_source: str | None = None
    if body_paragraphs and is_date_line(body_paragraphs[0]):
        published, date_source = date_in_line(body_paragraphs.pop(0)), "metadata"
    if not body_paragraphs:
        raise not_articles("only one line of text (a title without a body)")
    _place, when, _agency = dateline(body_paragraphs[0])
    if when:
        published, date_source = when, "dateline"
    body = clean.clean_body("\n\n".join(body_paragraphs), title)
    return ParsedArticle(
        title=title.strip(),
        body=body,
        path=path,
        source=clean.outlet_name(outlet),
        published=published,
        date_source=date_source,
        language=guess_language(title + " " + body[:200]),
    )


_KEY_VALUE = re.compile(r"^[\w .\-/]{1,40}?\s*[:=]\s*\S")
_CODE = re.compile(
    r"^\s*(?:def |class |import |from \S+ import|function\b|var |let |const |return\b|#include|<\?php|public |"
    r"private |if\s*\(|for\s*\(|while\s*\(|\}|\{|//|/\*|\*/)|[;{}]\s*$"
)
_POINTERS = (
    ("version https://git-lfs.github.com/spec/", "a Git LFS pointer file (the real file was never downloaded)"),
    ("[InternetShortcut]", "an Internet shortcut (a link, not the page)"),
    ("#!annex", "a git-annex pointer (the real file was never downloaded)"),
    ("/annex/objects/", "a git-annex pointer (the real file was never downloaded)"),
)
_LETTER = re.compile(r"[^\W\d_]")


def refuse_non_article(text: str) -> None:
    """Refuse plain text that is not an article, with the reason: pointer files, one line of
    metadata, key: value lines, program code, text with hardly any words."""
    stripped = text.strip()
    for start, what in _POINTERS:
        if stripped.startswith(start) or (start.startswith("/") and start in stripped[:200] and "\n" not in stripped):
            raise not_articles(f"the file is {what}")
    lines = [x.strip() for x in stripped.split("\n") if x.strip()]
    if not lines:
        return
    if len(lines) >= 2 and sum(1 for x in lines if _KEY_VALUE.match(x) and len(x) < 120) >= 0.7 * len(lines):
        raise not_articles("the file is key: value lines (metadata or settings), not an article")
    if len(lines) >= 3 and sum(1 for x in lines if _CODE.search(x)) >= 0.4 * len(lines):
        raise not_articles("the file looks like program code, not an article")
    letters = len(_LETTER.findall(stripped))
    if letters < 0.5 * len(stripped.replace(" ", "").replace("\n", "")):
        raise not_articles("the file is mostly numbers and symbols, not an article")


def split_paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_LATIN_LETTER = re.compile("[A-Za-z]")


def guess_language(text: str) -> str | None:
    """'ar' or 'en' from the letters of (the start of) ``text``."""
    text = text[:160]
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == latin == 0:
        return None
    return "ar" if arabic >= latin else "en"


def sniff(sample: Sample) -> bool:
    """Any decodable text that is not another format (the fallback)."""
    return bool(latin_digits(sample.text).strip())
