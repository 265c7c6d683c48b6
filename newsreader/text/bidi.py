"""Direction of text for display: which way a text runs, and isolates for fragments (no Qt)."""

from __future__ import annotations

import unicodedata

FSI, PDI = "\u2068", "\u2069"


def is_rtl(text: str) -> bool:
    """Should ``text`` be laid out right-to-left?

    Most of its strong characters decide, so an Arabic headline that starts with a
    Latin brand («Microsoft تعلن …») stays right-to-left; on a tie the first strong
    character decides (the Unicode ``dir=auto`` rule).
    """
    rtl = ltr = 0
    first = None
    for ch in text:
        bidi = unicodedata.bidirectional(ch)
        if bidi in ("R", "AL"):
            rtl += 1
            first = first or "rtl"
        elif bidi == "L":
            ltr += 1
            first = first or "ltr"
    if rtl != ltr:
        return rtl > ltr
    return first == "rtl"


def isolate(fragment: str) -> str:
    """Wrap a fragment (name, URL, number) in FSI…PDI for use inside other text."""
    return f"{FSI}{fragment}{PDI}"


def close_isolates(text: str) -> str:
    """``text`` with a PDI for every isolate (FSI, LRI, RLI) it leaves open (a cut into :func:`isolate`d text)."""
    opened = text.count(FSI) + text.count("\u2066") + text.count("\u2067")
    return text + PDI * max(0, opened - text.count(PDI))
