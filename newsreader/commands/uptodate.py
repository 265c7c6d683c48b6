"""Before a command reads derived data: a library an older version indexed or extracted is brought up
to this version first (as the window does at start), in the short steps of
:mod:`newsreader.importing.derived`, with its progress on stderr. Ctrl+C stops between steps
(the command exits :data:`~newsreader.commands.interrupt.EXIT_INTERRUPTED`) and loses nothing: the old
index serves until the new one is complete, and the next run goes on from there. A read-only library is
read as it is, with a warning that results may be incomplete."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from newsreader.commands.interrupt import stop_on_ctrl_c
from newsreader.importing import derived
from newsreader.store import Store

#: what → (is it current?, one step, what it is called, its verb)
_WORK: dict[str, tuple[Callable[[Store], bool], Callable[[Store], tuple[int, int] | None], str, str]] = {
    "search": (derived.search_index_current, derived.reindex_search_step, "the search index", "was"),
    "timeline": (derived.timeline_current, derived.reextract_mentions_step, "the timeline mentions", "were"),
}


def bring_up_to_date(store: Store, *what: str) -> bool:
    """Make ``what`` ("search", "timeline") current for this version before the command reads them;
    False: Ctrl+C stopped it (the command should end with :data:`~newsreader.commands.interrupt.EXIT_INTERRUPTED`)."""
    for name in what:
        current, step, subject, verb = _WORK[name]
        if current(store):
            continue
        if store.read_only:
            _say(f"{subject} {verb} made by an older version, and this library is read-only: results may be incomplete")
            continue
        _say(f"{subject} {verb} made by an older version: updating {subject} (once; Ctrl+C stops safely)…")
        shown = 0.0
        with stop_on_ctrl_c(f"updating {subject}") as cancelled:
            while (state := step(store)) is not None:
                if cancelled():
                    return False
                if sys.stderr is not None and sys.stderr.isatty() and time.monotonic() - shown > 0.5:
                    shown = time.monotonic()
                    sys.stderr.write(f"\r  {state[0]:,} of {state[1]:,} articles")
                    sys.stderr.flush()
        if shown:
            sys.stderr.write("\n")
    return True


def _say(message: str) -> None:
    if sys.stderr is not None:
        sys.stderr.write(f"newsreader: {message}\n")
