"""PySide6, loaded the way the application wants it: imported first by ``newsreader.app``.

Once PySide6 is imported it replaces ``__import__`` and, for every module imported after it
whose name it has not seen, reads that module's whole source (``inspect.getsource``) to find out
whether it might use ``from __feature__ import …`` (PYSIDE-2029; napari measured the same
"__feature__ startup tax"). On our start-up that was about 25 ms, mostly re-reading standard
library modules that PySide6 itself had already loaded (typing, inspect, pathlib…).

newsreader uses no ``__feature__`` option, so the modules loaded so far, the standard library's
top-level modules and all of newsreader's own are entered in PySide's table as "not switched" (-1),
the answer its scan gives for a module that does not mention PySide6 (a module that does gets 0,
which selects the same default behaviour). Other modules imported later are still scanned as usual.
Where PySide6 has no such table the function does nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

import PySide6.QtCore  # noqa: F401  (installs the import hook and its table)


def our_modules() -> list[str]:
    """The dotted names of every module of the newsreader package, from its files."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    names = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        package = os.path.relpath(folder, os.path.dirname(root)).replace(os.sep, ".")
        names += [package if f == "__init__.py" else f"{package}.{f[:-3]}" for f in files if f.endswith(".py")]
    return names


def skip_source_scan(names: Iterable[str]) -> int:
    """Enter ``names`` in PySide's feature table (where they are not yet); how many were added."""
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    added = 0
    for name in names:
        if name not in table:
            table[name] = -1
            added += 1
    return added


skip_source_scan([*sys.modules, *sys.stdlib_module_names, *our_modules()])


#: None's reference count is raised by _NONE_TOP_UP whenever it runs below _NONE_LOW (see keep_none_alive).
_NONE_TOP_UP = 1 << 30
_NONE_LOW = 4096  # a row's paint costs a few dozen at most: far from zero between two checks


def keep_none_alive(low: int = _NONE_LOW) -> bool:
    """Work around PySide6 6.12 on Python < 3.12, where a wrapped method that returns nothing hands
    back ``None`` without a new reference: every such call costs ``None`` one reference (a repaint of
    the article list about 40, of the timeline pane a few hundred, measured), and when the count
    reaches zero the interpreter aborts («none_dealloc»), after some minutes of scrolling. None is
    never freed, so its count is raised far out of reach whenever it runs low (CPython keeps it at the
    start of the object). From Python 3.12 None is immortal and nothing is done. Cheap enough to call
    on every paint; True when it topped up. ``low``: the count under which it tops up."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or sys.getrefcount(None) > low:
        return False
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += _NONE_TOP_UP
    return True
