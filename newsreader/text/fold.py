"""The spelling-blind form of a text: :func:`fold` (FROZEN: the de-duplication key hashes it).

Presentation forms → letters, NFC, harakat and tatweel dropped, letters written several ways folded
(:data:`newsreader.text.arabic.LETTER_FOLDS`), Arabic digits → 0-9, case folded. The de-duplication key
(``content_hash``) hashes it, and search analysis (:mod:`newsreader.search.analyzer`) starts from it.
"""

from __future__ import annotations

import re
import unicodedata

from newsreader.text import arabic
from newsreader.text.arabic import fold_presentation_forms


# -- fold: the spelling-blind text --------------------------------------------------------
# FROZEN: the de-duplication key (``store.core.content_hash``) hashes ``fold(title) + "\n" + fold(body)``,
# so a change here changes the key of every article, and a re-import of URL-less articles would
# duplicate them. Change it only together with a migration that recomputes ``articles.content_hash``
# (see ``store/schema.py``). Search analysis (``newsreader.search.analyzer``) starts from this fold and adds
# its own rules on top: those may change freely (the search index follows ``ANALYZER_VERSION``).
def _fold_table() -> dict[str, str]:
    table = {chr(c): "" for c in arabic.MARK_CODES}
    table.update(arabic.LETTER_FOLDS)
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
