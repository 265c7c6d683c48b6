"""Imported once by the fork server that import workers start from (see ``importing._context``).

It loads the importers (with the outlet and furniture tables) and compiles the timeline grammar
(about 1.3 s of CPU), so that every worker forked from the server starts with them ready instead of doing that work itself, once
per worker and per import. Nothing imports this module in the app's own process.
"""

from __future__ import annotations

from newsreader import importing  # noqa: F401  (the import pipeline)
from newsreader.importers import clean, parse_bytes  # noqa: F401  (every importer)
from newsreader.search import analyzer  # noqa: F401  (the analyser)
from newsreader.timeline import extractor, grammar  # noqa: F401

grammar.singles()
grammar.trigger()
grammar.starter_families()
clean.outlet_name("preload")  # the outlet table (resources/outlets.tsv)
clean.is_furniture("preload")  # the furniture patterns (resources/importers/)
clean.cut_tail("preload")
