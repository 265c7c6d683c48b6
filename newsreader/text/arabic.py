"""THE one definition of the Arabic script facts the program relies on: which characters are marks,
which letters are spelled several ways, the digit sets, the presentation-form blocks.

Search analysis, the de-duplication fold (:func:`newsreader.text.fold.fold`, frozen: see there), the
timeline's word tables and the display read these; none defines its own.
"""

from __future__ import annotations

import re
import unicodedata

#: Tatweel (kashida), the letter-stretching character: carries no meaning.
TATWEEL = "\u0640"

#: Harakat, Quranic annotation marks, superscript alef and tatweel: what matching ignores.
MARK_CODES: tuple[int, ...] = (*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640)
#: The same as a regex character-class body (``f"[{MARKS_CLASS}]"``).
MARKS_CLASS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
MARKS = frozenset(chr(c) for c in MARK_CODES)

#: Letters written several ways for one sound, folded to one: alef seats, alef maqsura, ta marbuta.
SPELLING_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
#: ... and the hamza seats too (matching by meaning: search and the de-duplication fold). The timeline's
#: word tables keep ؤ/ئ apart (their patterns name the seat), so they fold :data:`SPELLING_FOLDS` only.
LETTER_FOLDS = {**SPELLING_FOLDS, "ؤ": "ء", "ئ": "ء"}

ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
EXTENDED_ARABIC_INDIC_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # Persian and Urdu forms
#: Both Arabic digit sets to 0-9; and 0-9 to Arabic-Indic digits (display).
TO_LATIN_DIGITS = str.maketrans(ARABIC_INDIC_DIGITS + EXTENDED_ARABIC_INDIC_DIGITS, "0123456789" * 2)
TO_ARABIC_INDIC_DIGITS = str.maketrans("0123456789", ARABIC_INDIC_DIGITS)

#: Arabic presentation forms A and B (shaped glyphs stored as text): a regex character-class body.
PRESENTATION_FORMS_CLASS = "\ufb50-\ufdff\ufe70-\ufefe"
#: The Arabic block (first and last character), for "is this an Arabic word" tests; and as a regex class body.
ARABIC_FIRST, ARABIC_LAST = "\u0600", "\u06ff"
ARABIC_BLOCK_CLASS = f"{ARABIC_FIRST}-{ARABIC_LAST}"

_PRESENTATION = re.compile(f"[{PRESENTATION_FORMS_CLASS}]+")


def fold_presentation_forms(text: str) -> str:
    """Map Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFE) to plain letters."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits → 0-9."""
    return text.translate(TO_LATIN_DIGITS)


def arabic_digits(text: str) -> str:
    """0-9 → Arabic-Indic digits (for display)."""
    return text.translate(TO_ARABIC_INDIC_DIGITS)
