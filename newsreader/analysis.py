"""Arabic text analysis for search: normalisation and light stemming (no Qt).

The same functions analyse indexed text and queries.
"""

from __future__ import annotations

import re
import unicodedata

from newsreader.textnorm import fold_presentation_forms, latin_digits

_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    """Fold text for matching: presentation forms, harakat, tatweel, alef/ya/ta marbuta, digits, case."""
    text = unicodedata.normalize("NFC", fold_presentation_forms(text))
    return latin_digits(_HARAKAT.sub("", text)).translate(_FOLD).casefold()


def index_text(text: str) -> str:
    """The analysed form of ``text`` that the full-text index stores."""
    return " ".join(_WORD.findall(normalize(text)))
