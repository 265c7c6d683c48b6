"""Text clean-up and display helpers for Arabic text (no Qt).

``clean_text`` is applied to everything an importer reads: NFC, Arabic
presentation forms mapped to letters, control characters dropped, paragraphs
kept (separated by one blank line).
"""

from __future__ import annotations

import re
import unicodedata

_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
# C0/C1 controls except tab and newline; BOM; stray bidi embeddings (not isolates).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u202a-\u202e]")
#: Runs of spaces, to be replaced by one " ": ``[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+`` written so that
#: a lone " " (most of them) is left alone and the search skips ahead in C: 3x faster, same result.
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
    r"(?:[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|(?<=[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]))"
)
_ARABIC_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_TO_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

FSI, PDI = "\u2068", "\u2069"


def fold_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE) to plain letters."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def clean_line(line: str) -> str:
    """One line: controls dropped, runs of spaces collapsed, ends trimmed."""
    return _SPACES.sub(" ", _CONTROL.sub("", line)).strip()


def clean_text(text: str) -> str:
    """Normalise imported text and keep its paragraphs.

    Lines inside a paragraph are kept as they are (each trimmed); paragraphs
    are separated by exactly one blank line.
    """
    text = unicodedata.normalize("NFC", fold_presentation_forms(text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    # clean_line on each line, with the two substitutions made once over the whole text
    # (neither pattern takes a newline, so it is the same)
    text = _SPACES.sub(" ", _CONTROL.sub("", text))
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)


def latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → 0-9."""
    return text.translate(_ARABIC_INDIC)


def arabic_digits(text: str) -> str:
    """0-9 → Arabic-Indic digits (for display)."""
    return text.translate(_TO_ARABIC_INDIC)


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


def paragraphs(body: str) -> list[str]:
    """Split a stored body into its paragraphs."""
    return [p for p in body.split("\n\n") if p.strip()]
