"""Settings → Watched folders: their new files are imported in the background as they appear, and at
start-up those added while the program was closed (:class:`newsreader.watch.FolderWatch` looks;
the files it hands out are imported quietly, reported in the status bar and the import log).

Looking at the folders is disk work: it runs on the reader pool, never on the UI thread. What was
handed out is saved beside the library (``<library>.watched.json``) for the next start."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from newsreader.ui.jobs import FunctionJob
from newsreader.watch import POLL_SECONDS, FolderWatch, Stamp

if TYPE_CHECKING:
    from newsreader.ui.operations import Operations


class FolderWatcher(QObject):
    def __init__(self, ops: Operations, *, poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__(ops)
        self.setObjectName("folderWatcher")
        self.ops = ops
        self.watch: FolderWatch | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(int(poll_seconds * 1000))
        self.timer.timeout.connect(self.look)

    def state_file(self) -> Path | None:
        path = self.ops.store.path
        return path.with_name(path.name + ".watched.json") if path is not None else None

    def configure(self, folders: list[str]) -> None:
        """Watch ``folders`` (none: stop)."""
        if not folders:
            self.watch = None
            self.timer.stop()
            return
        if self.watch is not None and [str(f) for f in self.watch.folders] == folders:
            return
        self.watch = FolderWatch(
            [Path(f) for f in folders], seen=self._load(), poll_seconds=0, follow_links=self.ops.settings.follow_links
        )
        self.timer.start()
        self.look()

    def look(self) -> None:
        watch = self.watch
        if watch is None or self._busy:
            return
        self._busy = True
        job = FunctionJob(watch.poll)
        job.signals.finished.connect(lambda files, w=watch: self._found(w, files))
        job.signals.failed.connect(lambda _message: self._done())
        self.ops.start_job(job, writer=False)

    def _found(self, watch: FolderWatch, files: Any) -> None:
        if watch is not self.watch or not files:
            self._done()
            return
        self._save(watch.state())
        job = self.ops.import_paths(list(files), quiet=True)
        job.signals.finished.connect(lambda _r: self._done())
        job.signals.failed.connect(lambda _m: self._done())

    def _done(self) -> None:
        self._busy = False

    def _load(self) -> dict[str, Stamp]:
        target = self.state_file()
        try:
            raw = json.loads(target.read_text(encoding="utf-8")) if target is not None and target.exists() else {}
            return {str(k): (int(v[0]), int(v[1])) for k, v in raw.items()}
        except (OSError, ValueError, TypeError, IndexError, AttributeError):
            return {}

    def _save(self, state: dict[str, Stamp]) -> None:
        target = self.state_file()
        if target is None:
            return
        with contextlib.suppress(OSError):  # else the next start imports them again: duplicates, nothing lost
            target.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
