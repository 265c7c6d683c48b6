"""Find and resolve the dates an Arabic text mentions (no Qt).

The rules live in :mod:`newsreader.timeline.grammar` (one compiled pattern built
from the word tables in ``resources/timeline/``) and
:mod:`newsreader.timeline.extractor` (resolution against the article date).
"""

from __future__ import annotations

import functools
import zlib
from datetime import date

from newsreader.domain import Mention

#: Bumped with every change to the extractor's code that changes what it finds or how it resolves it.
RULES_VERSION = 2


@functools.cache
def extractor_version() -> str:
    """The extractor's version: its rules and its word tables (``resources/timeline``). A library records
    the version its stored mentions were extracted with; one extracted by another version is re-extracted
    in the background (:mod:`newsreader.store.timeline_mentions`)."""
    from newsreader import paths

    crc = 0
    for path in sorted(paths.resource("timeline").iterdir()):
        if path.is_file() and path.suffix == ".tsv":
            crc = zlib.crc32(path.name.encode("utf-8") + b"\0" + path.read_bytes(), crc)
    return f"{RULES_VERSION}.{crc:08x}"


def extract(text: str, reference: date | None) -> list[Mention]:
    """Every temporal expression in ``text``, resolved against ``reference``, sorted by start."""
    from newsreader.timeline import extractor as _impl

    return _impl.extract(text, reference)
