"""Where article files come from: single files, folders (recursive) and .zip archives.

Folders never lead outside themselves unless asked (``follow_links``): a symbolic link
to a file or folder outside the folder is reported and skipped (a link inside it is
read from where it points: a file as itself, a folder not at all, its files being
listed where they are). Asked, every link is followed and each real folder walked
once, so a link back up the tree cannot loop. Zip members are named ``archive.zip!member``.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from newsreader.errors import ImportFailed
from newsreader.importers.base import MAX_FILE_BYTES
from newsreader.importers.sniff import ZIP_MAGIC

ARCHIVE_SEPARATOR = "!"
_SKIP_NAMES = ("Thumbs.db", "desktop.ini")


@dataclass(frozen=True, slots=True)
class Source:
    """One file to import (or a problem found while listing it)."""

    display: str  # the path shown to the user, "archive.zip!member" for zip members
    path: Path  # the file on disk (the archive for zip members)
    member: str | None = None
    size: int = 0
    error: str | None = None  # known before reading (symlink escape, too large…)

    @property
    def suffix(self) -> str:
        return Path(self.member if self.member is not None else self.path.name).suffix.lower()


_SPECIAL = (
    (stat.S_ISDIR, "is a folder, not a file"),
    (stat.S_ISFIFO, "a named pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "a socket, not a file"),
    (stat.S_ISCHR, "a device, not a file"),
    (stat.S_ISBLK, "a device, not a file"),
)


def not_regular(mode: int) -> str | None:
    """Why a file of this ``st_mode`` is not read (a named pipe, a socket, a device…), or None for a
    regular file: opening a FIFO waits for a writer for ever, reading a device may never end."""
    if stat.S_ISREG(mode):
        return None
    for test, reason in _SPECIAL:
        if test(mode):
            return reason
    return "not a regular file"


def too_large(size: int) -> str:
    """The reason a file of ``size`` bytes is not read (exact when it is just over the limit)."""
    return f"file too large ({size:,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes, {MAX_FILE_BYTES // (1024 * 1024)} MB)"


def shown(path: Path | str) -> str:
    """A path as text that can be stored and printed: bytes of its name that are not UTF-8 (kept by
    Python as lone surrogates) become U+FFFD. The file itself is still opened by its real name."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _hidden(name: str) -> bool:
    return name.startswith(".") or name in _SKIP_NAMES


def _is_zip(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    try:  # without blocking: a file of a kernel's file system (/proc/kmsg…) may never answer
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            return handle.read(4) in ZIP_MAGIC
    except OSError:
        return False


def zip_members(archive: Path) -> list[Source]:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        return [Source(shown(archive), archive, error=f"damaged zip archive: {exc}")]
    sources: list[Source] = []
    for info in infos:
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/") or _hidden(name.rsplit("/", 1)[-1]):
            continue
        display = f"{shown(archive)}{ARCHIVE_SEPARATOR}{name}"
        error = None
        if info.flag_bits & 0x1:
            error = "encrypted zip member (not imported)"
        sources.append(Source(display, archive, member=name, size=info.file_size, error=error))
    return sources


NOT_FOLLOWED = "not followed; to import it, import the file or folder it points to, or use newsreader import --follow-links"


def _file(path: Path, root: Path | None) -> list[Source]:
    """The sources of one file; ``root``: the folder it was found in, when links must stay inside."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return [Source(shown(path), path, error="broken symbolic link")]
        if root is not None and not target.is_relative_to(root):
            return [Source(shown(path), path, error=f"symbolic link to a file outside the folder ({NOT_FOLLOWED})")]
    try:
        info = path.stat()
    except OSError as exc:
        return [Source(shown(path), path, error=f"cannot read the file: {exc.strerror or exc}")]
    special = not_regular(info.st_mode)
    if special is not None:  # before anything opens it
        return [Source(shown(path), path, error=special)]
    size = info.st_size
    if _is_zip(path):
        return zip_members(path)
    return [Source(shown(path), path, size=size)]  # the size limit is the reader's (streamed formats have none)


#: A folder walk does not enter folders nested deeper than this ...
MAX_DEPTH = 40
#: ... and stops listing after this many files (a link to ``/`` followed would list the whole system).
MAX_FILES = 250_000


def _never() -> bool:
    return False


def walk_folder(
    folder: Path, follow_links: bool = False, cancelled: Callable[[], bool] = _never, limit: list[int] | None = None
) -> Iterator[Source]:
    """Every file under ``folder``, in sorted order (see the module docstring for links), within
    :data:`MAX_DEPTH` levels and :data:`MAX_FILES` files (``limit``: the files still allowed, shared
    by the folders of one import), each limit reported once as a source with an error. Stops as soon
    as ``cancelled()``."""
    root = folder.resolve()
    walked = {root}  # real folders, when following links
    left = limit if limit is not None else [MAX_FILES]
    base_depth = len(folder.parts)
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_links):
        if cancelled():
            return
        kept = []
        deep = len(Path(dirpath).parts) - base_depth >= MAX_DEPTH
        for name in sorted(dirnames):
            if _hidden(name):
                continue
            sub = Path(dirpath) / name
            if sub.is_symlink() and not follow_links:
                target = sub.resolve()
                if not target.is_relative_to(root):
                    yield Source(shown(sub), sub, error=f"symbolic link to a folder outside the folder ({NOT_FOLLOWED})")
                continue
            if deep:
                yield Source(shown(sub), sub, error=f"folder nested more than {MAX_DEPTH} levels deep (not listed)")
                continue
            if follow_links:
                real = sub.resolve()
                if real in walked:
                    continue
                walked.add(real)
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if _hidden(name):
                continue
            if left[0] <= 0:
                yield Source(
                    shown(folder),
                    folder,
                    error=f"more than {MAX_FILES:,} files to list: the listing stopped here; import the rest folder by folder",
                )
                return
            left[0] -= 1
            yield from _file(Path(dirpath) / name, None if follow_links else root)


def expand(paths: Iterable[Path | str], *, follow_links: bool = False, cancelled: Callable[[], bool] = _never) -> list[Source]:
    """Every file to import under ``paths`` (listed up front, so progress has a total; bounded, see
    :func:`walk_folder`; what was listed when ``cancelled()``)."""
    sources: list[Source] = []
    left = [MAX_FILES]
    for raw in paths:
        if cancelled():
            break
        path = Path(raw)
        if path.is_dir():
            sources.extend(walk_folder(path, follow_links, cancelled, left))
        elif path.exists():
            sources.extend(_file(path, None))
        elif path.is_symlink():
            sources.append(Source(shown(path), path, error="broken symbolic link"))
        else:
            sources.append(Source(shown(path), path, error="file not found"))
    return sources


class Reader:
    """Reads sources' bytes, keeping the current zip archive open between members."""

    def __init__(self) -> None:
        self._archive: Path | None = None
        self._zip: zipfile.ZipFile | None = None

    def read(self, source: Source) -> bytes:
        if source.error:
            raise ImportFailed(source.error)
        if source.member is None:
            from newsreader.importers import read_limited

            return read_limited(source.path)
        zf = self._open(source.path)
        try:
            with zf.open(source.member) as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise ImportFailed(f"damaged zip member: {exc}") from None
        if len(data) > MAX_FILE_BYTES:
            raise ImportFailed(too_large(len(data)))
        return data

    def open(self, source: Source) -> IO[bytes]:
        """A binary handle on a source, to read it as a stream (no size limit)."""
        if source.error:
            raise ImportFailed(source.error)
        try:
            if source.member is None:
                return source.path.open("rb")
            return self._open(source.path).open(source.member)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise ImportFailed(f"cannot read the file: {exc}") from None

    def _open(self, archive: Path) -> zipfile.ZipFile:
        if self._zip is None or self._archive != archive:
            self.close()
            try:
                self._zip = zipfile.ZipFile(archive)
            except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
                raise ImportFailed(f"damaged zip archive: {exc}") from None
            self._archive = archive
        return self._zip

    def close(self) -> None:
        if self._zip is not None:
            self._zip.close()
        self._zip = None
        self._archive = None
