"""Library backups: consistent copies through SQLite's online backup API, the last few kept."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsreader.errors import LibraryCorrupt
from newsreader.store.connection import uri

KEEP = 5
#: Pages copied per step of a backup that can be cancelled (4 MiB with SQLite's default page size).
STEP_PAGES = 1024


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z-]+))?\.db$")


class BackupCancelled(Exception):
    """A backup stopped by its ``cancelled`` callback; nothing of it was kept."""


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    created: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def backup_dir(library: Path) -> Path:
    return library.parent / "backups"


def list_backups(library: Path) -> list[Backup]:
    """Backups of ``library``, newest first."""
    folder = backup_dir(library)
    found = []
    for p in folder.glob(f"{library.stem}-*.db") if folder.is_dir() else []:
        m = _NAME.match(p.name)
        if m and m["stem"] == library.stem:
            created = datetime.strptime(m["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(p, created, m["reason"] or ""))
    return sorted(found, key=lambda b: b.created, reverse=True)


def make_backup(
    conn: sqlite3.Connection, library: Path, reason: str, keep: int = KEEP, cancelled: Callable[[], bool] | None = None
) -> Path:
    """Copy the open database ``conn`` next to the library; prune to the newest ``keep``.

    With ``cancelled``, the copy goes in steps of :data:`STEP_PAGES` and stops (raising
    :class:`BackupCancelled`, the partial copy deleted) once it returns true: the daily backup of
    a library of several GB takes minutes, and quitting must not wait for it."""
    folder = backup_dir(library)
    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{library.stem}-{stamp}-{reason}.db"
    n = 1
    while target.exists():  # two backups in one second
        n += 1
        target = folder / f"{library.stem}-{stamp}-{reason}{'-' * n}.db"
    partial = target.with_suffix(".partial")

    def step(_status: int, _remaining: int, _total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"the backup of {library.name} was cancelled")

    dest = sqlite3.connect(str(partial))
    try:
        if cancelled is None:
            conn.backup(dest)
        else:
            conn.backup(dest, pages=STEP_PAGES, progress=step)  # an exception in step() ends it
        dest.execute("PRAGMA journal_mode = DELETE")
        problem = damage(dest)
    except BaseException:
        dest.close()
        partial.unlink(missing_ok=True)
        raise
    dest.close()
    if problem is not None:  # a copy of a damaged library: keep every backup there is, say so
        partial.unlink(missing_ok=True)
        raise damaged(library, problem, "no backup was made and the existing backups were kept")
    partial.replace(target)  # a crash mid-copy never leaves a file that looks like a backup
    for old in list_backups(library)[keep:]:
        old.path.unlink(missing_ok=True)
    return target


def damage(conn: sqlite3.Connection) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the database of ``conn`` (its first problem), or None."""
    try:
        first = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if first is not None and first[0] == "ok" else str(first[0] if first else "unreadable")


def damaged(library: Path, problem: str, consequence: str) -> LibraryCorrupt:
    """The error for a damaged ``library``: what is wrong, what was (not) done, and its newest good backup."""
    good = newest_good(library)
    offer = (
        f" The newest good backup is {good.path} ({good.created:%Y-%m-%d %H:%M} UTC)."
        if good
        else " There is no good backup of it."
    )
    return LibraryCorrupt(f"the library {library} is damaged ({problem}); {consequence}.{offer}", library)


def newest_good(library: Path) -> Backup | None:
    """The newest backup of ``library`` that passes ``PRAGMA quick_check``."""
    for saved in list_backups(library):
        try:
            conn = sqlite3.connect(uri(saved.path, mode="ro"), uri=True)
        except sqlite3.Error:
            continue
        try:
            if damage(conn) is None:
                return saved
        finally:
            conn.close()
    return None


def due(library: Path, every: timedelta = timedelta(days=1)) -> bool:
    """Is a periodic backup due (none yet, or the newest is older than ``every``)?"""
    backups = list_backups(library)
    return not backups or datetime.now(UTC) - backups[0].created >= every


def restore(backup: Path, library: Path) -> None:
    """Replace the library with a backup (the caller has closed every connection)."""
    src = sqlite3.connect(uri(backup, mode="ro"), uri=True)
    partial = library.with_suffix(".restoring")
    dest = sqlite3.connect(str(partial))
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{library}{suffix}").unlink(missing_ok=True)
    partial.replace(library)
