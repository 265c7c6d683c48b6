"""Text clean-up and display helpers for Arabic text (no Qt).

``clean_text`` is applied to everything an importer reads: NFC, Arabic
presentation forms mapped to letters, control characters dropped, paragraphs
kept (separated by one blank line). :func:`fold` is the spelling-blind form of a text that the
de-duplication key hashes and that search analysis starts from.
"""

from __future__ import annotations

import re
import unicodedata

from newsreader.text import arabic

_PRESENTATION = re.compile(f"[{arabic.PRESENTATION_FORMS_CLASS}]+")
# C0/C1 controls except tab and newline; BOM; stray bidi embeddings (not isolates).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u202a-\u202e]")
#: Runs of spaces, to be replaced by one " ": ``[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+`` written so that
#: a lone " " (most of them) is left alone and the search skips ahead in C: 3x faster, same result.
_SPACES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
    r"(?:[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+|(?<=[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]))"
)
_ARABIC_INDIC = arabic.TO_LATIN_DIGITS
_TO_ARABIC_INDIC = arabic.TO_ARABIC_INDIC_DIGITS

FSI, PDI = "\u2068", "\u2069"

#: Harakat, Quranic marks and tatweel (dropped by :func:`fold`); letters written in several ways.
MARK_CODES = arabic.MARK_CODES
LETTER_FOLDS = arabic.LETTER_FOLDS


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


# -- fold: the spelling-blind text --------------------------------------------------------
# FROZEN: the de-duplication key (``importing.prepare.content_hash``; migration m003 writes it out)
# hashes ``fold(title) + "\n" + fold(body)``,
# so a change here changes the key of every article, and a re-import of URL-less articles would
# duplicate them. Change it only together with a migration that recomputes ``articles.content_hash``
# (see ``store/schema.py``). Search analysis (``newsreader.analysis``) starts from this fold and adds
# its own rules on top: those may change freely (the search index follows ``ANALYZER_VERSION``).
def _fold_table() -> dict[str, str]:
    table = {chr(c): "" for c in MARK_CODES}
    table.update(LETTER_FOLDS)
    table.update({chr(k): chr(v) for k, v in arabic.TO_LATIN_DIGITS.items()})
    return table


#: Every character :func:`fold` replaces, with its replacement. ``str.translate`` looks every character
#: up in a dict, which on Arabic text costs 4x replacing just the few characters present (no
#: replacement is itself folded, so replacing them one after the other gives what one pass gives).
FOLD_TO = _fold_table()
_FOLDED = re.compile("[" + "".join(re.escape(c) for c in FOLD_TO) + "]").findall
_HAS_PRESENTATION = re.compile(f"[{arabic.PRESENTATION_FORMS_CLASS}]").search
_nfc = unicodedata.normalize

#: The last long texts folded: an import folds an article's body for its de-duplication key and, a
#: moment later in the same process, for its index terms.
_RECENT: dict[str, str] = {}
_RECENT_MAX = 64
_RECENT_MIN = 500  # characters: shorter texts cost less to fold than to remember


def fold(text: str) -> str:
    """Fold text for matching: presentation forms, harakat, tatweel, alef/ya/ta marbuta, hamza seats,
    digits, case (FROZEN: see above)."""
    long = len(text) >= _RECENT_MIN
    if long and (done := _RECENT.get(text)) is not None:
        return done
    folded = fold_presentation_forms(text) if _HAS_PRESENTATION(text) else text
    # NFC first (ي + hamza above is ئ); then drop marks and fold letters and digits
    folded = _nfc("NFC", folded)
    for ch in set(_FOLDED(folded)):
        folded = folded.replace(ch, FOLD_TO[ch])
    folded = folded.casefold()
    if long:
        if len(_RECENT) >= _RECENT_MAX:
            _RECENT.clear()
        _RECENT[text] = folded
    return folded
