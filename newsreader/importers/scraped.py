"""Scraped news pages saved as text: date header, noise lines, repeated title, outlet at the end."""

from __future__ import annotations

import re

from newsreader.domain import ParsedArticle
from newsreader.importers.base import Record, Sample, not_articles
from newsreader.importers.dates import date_in_line, is_date_line
from newsreader.importers.decode import decode
from newsreader.importers.text import dateline, guess_language, split_paragraphs
from newsreader.text.clean import clean_line, clean_text
from newsreader.text.fold import fold

NAME = "scraped"

NOISE = re.compile(
    r"^(?:logo|top|back to top|menu|home|share|share this|tweet|print|email|subscribe|follow us|"
    r"facebook|twitter|whatsapp|telegram|linkedin|advertisement|read more|read also|related|"
    r"الرئيسية|شارك|شارك الخبر|مشاركة|شارك على فيسبوك|شارك على تويتر|طباعة|اطبع|أرسل|ارسل|"
    r"اشترك|اشترك الآن|اشترك في النشرة|اشترك في نشرتنا|تابعنا|تابعونا|تابعونا على|إعلان|اعلان|"
    r"اقرأ أيضاً|اقرأ أيضا|اقرأ ايضاً|اقرأ ايضا|إقرأ أيضاً|إقرأ أيضا|اقرا ايضا|أخبار ذات صلة|اخبار ذات صلة|"
    r"مواضيع ذات صلة|المزيد|للأعلى|الى الأعلى|إلى الأعلى|العودة للأعلى)[\s:：.!|»>]*$",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(r"^(?:اقرأ|إقرأ|اقرا)\s+(?:أيضاً|أيضا|ايضاً|ايضا)\s*[:：]", re.IGNORECASE)
_OUTLET_MAX_WORDS = 6


def is_noise(line: str) -> bool:
    return bool(NOISE.match(line)) or bool(_READ_ALSO.match(line))


def sniff(sample: Sample) -> bool:
    lines = [clean_line(x) for x in sample.text.replace("\r", "\n").split("\n")]
    lines = [x for x in lines if x]
    if not lines:
        return False
    if is_date_line(lines[0]):
        return True
    markers = sum(1 for x in lines[:6] + lines[-4:] if x.lower() in ("logo", "top"))
    return markers >= 1


def parse(data: bytes, path: str) -> list[Record]:
    return [parse_scraped(decode(data), path)]


def parse_scraped(raw: str, path: str) -> ParsedArticle:
    paragraphs = [p for p in split_paragraphs(clean_text(raw))]
    lines: list[str] = []
    for paragraph in paragraphs:
        kept = [x for x in paragraph.split("\n") if not is_noise(x)]
        if kept:
            lines.append("\n".join(kept))
    published: str | None = None
    date_source: str | None = None
    if lines and is_date_line(lines[0]):
        published, date_source = date_in_line(lines.pop(0)), "header"
    if not lines:
        raise not_articles("only a date header and page furniture")
    title = lines.pop(0).split("\n")[0]
    folded = fold(title)
    lines = [x for x in lines if fold(x) != folded]  # the repeated title
    source: str | None = None
    if len(lines) >= 2 and _looks_like_outlet(lines[-1]):
        source = lines.pop()
    if not lines:
        raise not_articles("a title without body text")
    # The article's own date (a date line under the title, or a dateline) beats the page header.
    if is_date_line(lines[0]):
        published, date_source = date_in_line(lines.pop(0)), "metadata"
    if lines:
        _place, when, _agency = dateline(lines[0])
        if when:
            published, date_source = when, "dateline"
    if not lines:
        raise not_articles("a title without body text")
    from newsreader.importers import clean

    title, split_source = clean.split_outlet(title, source)
    body = clean.clean_body("\n\n".join(lines), title)
    return ParsedArticle(
        title=title,
        body=body,
        path=path,
        published=published,
        date_source=date_source,
        source=clean.outlet_name(source or split_source),
        language=guess_language(title + " " + lines[0]),
    )


def _looks_like_outlet(line: str) -> bool:
    return (
        "\n" not in line
        and len(line.split()) <= _OUTLET_MAX_WORDS
        and not line.rstrip().endswith((".", "؟", "?", "!", ":", "،"))
        and not is_date_line(line)
    )
