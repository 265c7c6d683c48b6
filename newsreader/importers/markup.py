"""Small HTML/XML helpers shared by the HTML, feed and JSON importers."""

from __future__ import annotations

import re

import lxml.html
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from lxml import etree

from newsreader.errors import ImportFailed

_TAG = re.compile(r"<\s*(?:p|br|div|span|a|b|i|strong|em|img|h[1-6]|ul|li|table)\b[^>]*>", re.IGNORECASE)
#: characters XML 1.0 does not allow, common in exports (a stray \x1a): lxml refuses them, so they are dropped
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BLOCK = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text[:5000]))


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment with one paragraph per block element."""
    if not fragment.strip():
        return ""
    fragment = NOT_XML.sub("", fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment)
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for element in root.iter(*_BLOCK):
        element.tail = "\n\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n\n" + (element.text or "")
    return str(root.text_content())


def check_xml_safe(data: bytes | str) -> None:
    """Refuse XML with entity declarations or external references (billion laughs, XXE).

    Only the prolog matters, so only the part before the root element is parsed
    by defusedxml; the document itself is parsed by the importer.
    """
    text = data if isinstance(data, str) else data[:65536].decode("utf-8", errors="replace")
    lowered = text[:65536].lower()
    if "<!doctype" not in lowered and "<!entity" not in lowered:
        return
    try:
        defused_fromstring(text if isinstance(data, str) else data)
    except DefusedXmlException as exc:
        raise ImportFailed(
            f"unsafe XML refused ({type(exc).__name__}: entity declarations or external references are not allowed)"
        ) from None
    except Exception:  # noqa: BLE001 - malformed XML is reported by the importer itself
        return


def refuse_entities(text: str) -> None:
    check_xml_safe(text)
    if "<!entity" in text[:65536].lower():
        raise ImportFailed("unsafe XML refused (entity declarations are not allowed)")
