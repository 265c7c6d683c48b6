"""Find and resolve the dates an Arabic text mentions (no Qt).

The rules live in :mod:`newsreader.timeline.grammar` (one compiled pattern built
from the word tables in ``resources/timeline/``) and
:mod:`newsreader.timeline.extractor` (resolution against the article date).
"""

from __future__ import annotations

from datetime import date

from newsreader.domain import Mention


def extract(text: str, reference: date | None) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``reference``, sorted by start."""
    from newsreader.timeline import extractor as _impl

    return _impl.extract(text, reference)
