"""PySide6, loaded the way the application wants it: imported first by ``newsreader.app``.

Once PySide6 is imported it replaces ``__import__`` and, for every module imported after it
whose name it has not seen, reads that module's whole source (``inspect.getsource``) to find out
whether it might use ``from __feature__ import …`` (PYSIDE-2029; napari measured the same
"__feature__ startup tax"). On our start-up that was about 25 ms, mostly re-reading standard
library modules that PySide6 itself had already loaded (typing, inspect, pathlib…).

newsreader uses no ``__feature__`` option, so the modules loaded so far are entered in PySide's
table as "not switched" (-1), the answer its scan gives for a module that does not mention PySide6.
Modules imported later (ours included) are still scanned as usual. Where PySide6 has no such
table the function does nothing.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (installs the import hook and its table)


def skip_source_scan_of_loaded_modules() -> int:
    """Enter the modules loaded so far in PySide's feature table; how many were added."""
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    added = 0
    for name in list(sys.modules):
        if name not in table:
            table[name] = -1
            added += 1
    return added


skip_source_scan_of_loaded_modules()
