"""Watched folders: which files under some folders are new (or changed) and ready to import.

Plain polling (no Qt, no threads), so the command line (``import --watch``) and the window's
background watcher share it. A file is handed out once its size and modification time stayed the
same between two looks (a file still being copied or downloaded waits), and again only if it
changes. ``seen`` can be saved and given back (:meth:`FolderWatch.state`), so that files added while
the program was closed are imported at the next start and the others are not read again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

#: Seconds between two looks.
POLL_SECONDS = 2.0
#: Names of files still being written by a browser or a copier.
_PARTIAL = (".part", ".crdownload", ".tmp", ".download", ".partial", "~")

Stamp = tuple[int, int]  # (size, mtime in ns)


class FolderWatch:
    def __init__(
        self,
        folders: Sequence[Path],
        *,
        seen: Mapping[str, Stamp] | None = None,
        follow_links: bool = False,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.folders = [Path(f) for f in folders]
        self.follow_links = follow_links
        self.poll_seconds = poll_seconds
        self._seen: dict[str, Stamp] = dict(seen or {})
        self._pending: dict[str, Stamp] = {}  # looked at once, not yet handed out
        self._first = seen is None

    def state(self) -> dict[str, Stamp]:
        """The files handed out so far, with their stamps (to save, and give back next time)."""
        return dict(self._seen)

    def poll(self) -> list[Path]:
        """The files that are new or changed since they were handed out, and no longer growing."""
        ready: list[Path] = []
        pending: dict[str, Stamp] = {}
        for path in self._files():
            key = str(path)
            try:
                info = path.stat()
            except OSError:
                continue
            stamp = (info.st_size, info.st_mtime_ns)
            if self._seen.get(key) == stamp:
                continue
            if self._first or self._pending.get(key) == stamp:
                ready.append(path)
                self._seen[key] = stamp
            else:
                pending[key] = stamp
        self._pending = pending
        self._first = False
        return ready

    def wait(self) -> None:
        time.sleep(self.poll_seconds)

    def _files(self) -> Iterator[Path]:
        for folder in self.folders:
            if folder.is_file():
                yield folder
                continue
            for dirpath, dirnames, filenames in os.walk(folder, followlinks=self.follow_links):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith(".") and not name.lower().endswith(_PARTIAL):
                        yield Path(dirpath) / name
