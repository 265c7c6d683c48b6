"""Ctrl+C during a long command: the first asks the work to stop (it ends cleanly and reports what it
did), a second quits at once. A terminal sends SIGINT to the whole process group, import workers
included; they ignore it (``newsreader.importing.pool._worker_init``) and finish the task in hand, so the library only
ever gets whole batches."""

from __future__ import annotations

import atexit
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

#: Exit status of a command stopped by Ctrl+C (128 + SIGINT, what shells report).
EXIT_INTERRUPTED = 130


@contextmanager
def stop_on_ctrl_c(what: str) -> Iterator[Callable[[], bool]]:
    """Within the block, Ctrl+C sets the flag returned (``cancelled()``) and says so on stderr;
    a second Ctrl+C exits at once (status 130; SQLite keeps the library consistent)."""
    stop = threading.Event()
    if threading.current_thread() is not threading.main_thread():  # signals reach the main thread only
        yield stop.is_set
        return

    def handler(_signum: int, _frame: FrameType | None) -> None:
        if stop.is_set():
            sys.stderr.write("\nnewsreader: interrupted\n")
            sys.stderr.flush()
            _kill_workers()
            os._exit(EXIT_INTERRUPTED)
        stop.set()
        sys.stderr.write(f"\nnewsreader: stopping {what} (press Ctrl+C again to quit at once)…\n")
        sys.stderr.flush()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield stop.is_set
    finally:
        # Once stopping, a further Ctrl+C (while the summary is printed) still quits at once, quietly: the
        # default handler there would raise KeyboardInterrupt and print a traceback.
        signal.signal(signal.SIGINT, handler if stop.is_set() else previous)
        if stop.is_set():
            # Python's finalisation puts SIGINT back to the system default, and a press then would kill the
            # exiting process by signal instead of letting it exit 130: ignored from the exit handlers on.
            atexit.register(signal.signal, signal.SIGINT, signal.SIG_IGN)


def _kill_workers() -> None:
    """Before quitting at once: worker processes go first and silently (left alone, each would find its
    result pipe closed and print a traceback to the terminal)."""
    multiprocessing = sys.modules.get("multiprocessing")  # loaded only if this command started workers
    if multiprocessing is None:
        return
    for child in multiprocessing.active_children():
        child.kill()
