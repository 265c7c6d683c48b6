"""The search analyser's version (no lexicon loaded, so the store can check its index cheaply).

:mod:`newsreader.search.analyzer` re-exports both names. The search index records :data:`ANALYZER_VERSION`
(``store.search.index``); a library whose index was built by another version is re-indexed.
"""

from __future__ import annotations

import zlib

from newsreader.paths import resource

#: Bumped with every change to the rules of :mod:`newsreader.search.analyzer` that changes a stem.
RULES_VERSION = 3


def _resources_checksum() -> int:
    """A checksum of the lexicon files (resources/search): a new lexicon is a new analyser."""
    crc = 0
    for path in sorted(resource("search").iterdir()):
        if path.is_file():
            crc = zlib.crc32(path.name.encode("utf-8") + b"\0" + path.read_bytes(), crc)
    return crc


#: The analyser's version: its rules and its lexicon.
ANALYZER_VERSION = f"{RULES_VERSION}.{_resources_checksum():08x}"
