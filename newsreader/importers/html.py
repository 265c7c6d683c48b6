"""Saved web pages: metadata from the head (lxml), main text with trafilatura.

The extractor choice was measured on the project's own pages
(tests/data/articles/page_*.html, 4 pages, 14 body paragraphs; see
tests/unit/test_importers_html.py). Both run on a tree from which page furniture
(nav, header, footer, aside, share bars, «اقرأ أيضاً» boxes) has been removed first.
Own code ("the block with the most paragraph text"): 14/14 paragraphs, no extra
ones, ~1.6 ms a page. trafilatura 2.0 (favor_precision): 14/14 paragraphs but 3
extra (comments, copyright line) on the page without class names, ~5 ms a page.
So own code is used, and trafilatura only when own code finds almost no text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html
from lxml import etree

from newsreader.domain import ParsedArticle
from newsreader.importers import clean
from newsreader.importers.base import Record, Sample, not_articles
from newsreader.importers.dates import date_in_line, iso_datetime
from newsreader.importers.decode import decode
from newsreader.importers.markup import refuse_entities
from newsreader.importers.scraped import is_noise
from newsreader.importers.text import dateline, guess_language
from newsreader.text.clean import clean_line, clean_text
from newsreader.text.fold import fold

NAME = "html"
EXTRACTOR = "own"  # or "trafilatura"; see module docstring
_SHORT = 200  # own extraction shorter than this → try trafilatura

_ROOT = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)", re.IGNORECASE | re.DOTALL
)
_FURNITURE_TAGS = (
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "script",
    "style",
    "noscript",
    "iframe",
    "button",
    "svg",
    "template",
)
_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|share|sharing|social|related|read-?more|read-?also|more-news|newsletter|"
    r"subscribe|breadcrumbs?|comments?|advert|ads?|promo|sidebar|footer|header|tags|cookie|popup|banner|"
    r"most-read|trending|widget)(?:$|[\s_-])",
    re.IGNORECASE,
)
_READ_ALSO = re.compile(r"^\s*(?:اقرأ|إقرأ|اقرا)\s+(?:أيضاً|أيضا|ايضاً|ايضا)|^\s*(?:read also|see also|related)\b", re.IGNORECASE)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)


def sniff(sample: Sample) -> bool:
    return bool(_ROOT.match(sample.text)) or (sample.suffix in (".html", ".htm", ".xhtml") and "<" in sample.text[:2000])


def parse(data: bytes, path: str) -> list[Record]:
    text = decode(data)
    refuse_entities(text)
    parser = lxml.html.HTMLParser(remove_comments=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise not_articles(f"the HTML cannot be read ({exc})") from None
    meta = metadata(root)
    strip_furniture(root)
    body = main_text(root)
    if not body:
        raise not_articles("the page has no article text")
    title = meta.get("title")
    if not title:
        title, _ = clean.derive_title(body)
    body = clean.clean_body(body, title)
    paragraphs = [p for p in body.split("\n\n") if clean_line(p) != title]
    body = "\n\n".join(paragraphs)
    if not body:
        raise not_articles("the page has only a title")
    published, date_source = meta.get("published"), "metadata"
    if not published:
        _place, published, _agency = dateline(paragraphs[0])
        date_source = "dateline"
    return [
        ParsedArticle(
            title=title,
            body=body,
            path=path,
            published=published,
            date_source=date_source if published else None,
            source=clean.outlet_name(meta.get("source") or meta.get("title_outlet"), meta.get("url")),
            author=meta.get("author"),
            url=meta.get("url"),
            language=meta.get("language") or guess_language(title + " " + body[:200]),
        )
    ]


def _metas(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        value = element.get("content")
        if key and value and key.strip().lower() not in found:
            found[key.strip().lower()] = value.strip()
    return found


def _json_ld(root: Any) -> Iterator[dict[str, Any]]:
    for script in root.xpath('//script[@type="application/ld+json"]'):
        try:
            value = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = [value]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(item["@graph"])


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return "، ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    return clean_line(str(value)) if value else None


def metadata(root: Any) -> dict[str, str]:
    """Title, date, outlet, canonical URL, author and language from the page head."""
    metas = _metas(root)
    ld = list(_json_ld(root))
    result: dict[str, str] = {}
    title, outlet = best_title(root, metas, ld)
    if title:
        result["title"] = title
    if outlet:
        result["title_outlet"] = outlet
    published = None
    for key in _DATE_META:
        published = iso_datetime(metas.get(key.lower()))
        if published:
            break
    if not published:
        published = next((iso_datetime(x["datePublished"]) for x in ld if x.get("datePublished")), None)
    if not published:
        for element in root.xpath("//time[@datetime]|//*[@itemprop='datePublished'][@datetime]"):
            published = iso_datetime(element.get("datetime"))
            if published:
                break
    if not published:
        published = _byline_date(root)
    if published:
        result["published"] = published
    source = metas.get("og:site_name") or next((_name(x.get("publisher")) for x in ld if x.get("publisher")), None)
    if source:
        result["source"] = clean_line(source)
    canonical = root.xpath('//link[@rel="canonical"]/@href')
    url = canonical[0] if canonical else metas.get("og:url")
    if url:
        result["url"] = url.strip()
    author = (
        metas.get("author") or metas.get("article:author") or next((_name(x.get("author")) for x in ld if x.get("author")), None)
    )
    if author:
        result["author"] = clean_line(author)
    lang = root.get("lang")
    if lang:
        result["language"] = lang.split("-")[0].lower()
    return result


def best_title(root: Any, metas: dict[str, str], ld: list[dict[str, Any]]) -> tuple[str | None, str | None]:
    """(title, outlet split off it): of og:title, twitter:title, JSON-LD headline, <h1> and <title>
    (outlets split off), the longest one that another one agrees with (equal, or it begins with
    the other: an og:title cut at an unescaped quote is a beginning of the <h1>)."""
    site = metas.get("og:site_name")
    raw: list[str] = [metas.get("og:title") or "", metas.get("twitter:title") or ""]
    raw += [str(x["headline"]) for x in ld if isinstance(x.get("headline"), str)]
    h1 = root.xpath("//h1")
    raw.append(h1[0].text_content() if h1 else "")
    raw.append(root.findtext(".//title") or "")
    candidates: list[str] = []
    outlet: str | None = None
    for value in raw:
        line = clean_line(value)
        if not line:
            continue
        line, split = clean.split_outlet(line, site)
        outlet = outlet or split
        candidates.append(line.strip(' "«»'))
    if not candidates:
        return None, outlet
    folded = [fold(c) for c in candidates]

    def agreed(i: int) -> bool:
        """Another candidate begins this one, and what this one adds is not «| outlet»."""
        return any(j != i and f and folded[i].startswith(f) and not _TAIL.match(folded[i], len(f)) for j, f in enumerate(folded))

    consistent = [c for i, c in enumerate(candidates) if agreed(i)]
    return (max(consistent, key=len) if consistent else candidates[0]), outlet


_TAIL = re.compile(r"\s*[|\-–—:]\s")
_DATE_CLASS = re.compile(r"date|time|byline|publish|posted|meta|تاريخ", re.IGNORECASE)


def _byline_date(root: Any) -> str | None:
    """A date written in the page's byline (an element whose class or id speaks of a date)."""
    for element in root.iter("time", "span", "div", "p", "small", "li"):
        marker = f"{element.get('class', '')} {element.get('id', '')}"
        if not _DATE_CLASS.search(marker):
            continue
        text = clean_line(element.text_content())
        if 0 < len(text) <= 160:
            found = date_in_line(text)
            if found:
                return found
    return None


def strip_furniture(root: Any) -> None:
    """Remove menus, share bars, related/«اقرأ أيضاً» boxes and footers in place."""
    for element in list(root.iter(*_FURNITURE_TAGS)):
        if not element.xpath(".//article|.//*[@itemprop='articleBody']"):
            _drop(element)
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marker = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
        if marker.strip() and _FURNITURE.search(marker) and element.tag not in ("html", "body", "article", "main"):
            _drop(element)
            continue
        if element.tag in ("div", "section", "aside", "ul", "p", "strong", "b", "h2", "h3", "h4", "span"):
            own = (element.text or "").strip() or _first_child_text(element)
            if own and _READ_ALSO.match(own) and len(element.text_content()) < 600:
                _drop(element)


def _first_child_text(element: Any) -> str:
    for child in element:
        if isinstance(child.tag, str):
            return str(child.text_content()).strip()[:40]
    return ""


def _drop(element: Any) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def main_text(root: Any) -> str:
    if EXTRACTOR == "trafilatura":
        text = _trafilatura(root)
    else:
        text = own_main_text(root)
        if len(text.strip()) < _SHORT:
            fallback = _trafilatura(root)
            if len(fallback) > len(text):
                text = fallback
    paragraphs = [p for p in clean_text(text).split("\n\n") if not is_noise(p)]
    return "\n\n".join(paragraphs)


def _trafilatura(root: Any) -> str:
    import trafilatura  # ~150 ms of imports (jusText, htmldate, courlan…): only for pages own code cannot read

    result = trafilatura.extract(
        root,
        output_format="txt",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
        favor_precision=True,
    )
    if not result:
        return ""
    return "\n\n".join(line for line in result.split("\n"))


_BLOCKS = ("p", "h2", "h3", "h4", "blockquote", "li")


def own_main_text(root: Any) -> str:
    """The block with the most paragraph text (after furniture was stripped)."""
    candidates = root.xpath("//*[@itemprop='articleBody']|//article|//main")
    if not candidates:
        scores: dict[Any, int] = {}
        for p in root.iter("p"):
            parent = p.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0) + len(p.text_content())
        if scores:
            candidates = [max(scores, key=lambda k: scores[k])]
    container = candidates[0] if candidates else root.find("body")
    if container is None:
        return ""
    blocks = [b.text_content() for b in container.iter(*_BLOCKS)]
    if not blocks:
        return str(container.text_content())
    return "\n\n".join(blocks)
