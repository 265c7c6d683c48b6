"""Where article files come from: single files, folders (recursive) and .zip archives.

Folders never lead outside themselves unless asked (``follow_links``): a symbolic link
to a file or folder outside the folder is reported and skipped (a link inside it is
read from where it points: a file as itself, a folder not at all, its files being
listed where they are). Asked, every link is followed and each real folder walked
once, so a link back up the tree cannot loop. Zip members are named ``archive.zip!member``.
"""

from __future__ import annotations

import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator
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


def _hidden(name: str) -> bool:
    return name.startswith(".") or name in _SKIP_NAMES


def _is_zip(path: Path) -> bool:
    if path.suffix.lower() == ".zip":
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(4) in ZIP_MAGIC
    except OSError:
        return False


def zip_members(archive: Path) -> list[Source]:
    try:
        with zipfile.ZipFile(archive) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        return [Source(str(archive), archive, error=f"damaged zip archive: {exc}")]
    sources: list[Source] = []
    for info in infos:
        name = info.filename
        if info.is_dir() or name.startswith("__MACOSX/") or _hidden(name.rsplit("/", 1)[-1]):
            continue
        display = f"{archive}{ARCHIVE_SEPARATOR}{name}"
        error = None
        if info.flag_bits & 0x1:
            error = "encrypted zip member (not imported)"
        sources.append(Source(display, archive, member=name, size=info.file_size, error=error))
    return sources


NOT_FOLLOWED = "not followed; to import it, allow links out of folders (Settings, or import --follow-links)"


def _file(path: Path, root: Path | None) -> list[Source]:
    """The sources of one file; ``root``: the folder it was found in, when links must stay inside."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return [Source(str(path), path, error="broken symbolic link")]
        if root is not None and not target.is_relative_to(root):
            return [Source(str(path), path, error=f"symbolic link to a file outside the folder ({NOT_FOLLOWED})")]
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [Source(str(path), path, error=f"cannot read the file: {exc.strerror or exc}")]
    if _is_zip(path):
        return zip_members(path)
    return [Source(str(path), path, size=size)]  # the size limit is the reader's (streamed formats have none)


def walk_folder(folder: Path, follow_links: bool = False) -> Iterator[Source]:
    """Every file under ``folder``, in sorted order (see the module docstring for links)."""
    root = folder.resolve()
    walked = {root}  # real folders, when following links
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=follow_links):
        kept = []
        for name in sorted(dirnames):
            if _hidden(name):
                continue
            sub = Path(dirpath) / name
            if sub.is_symlink() and not follow_links:
                target = sub.resolve()
                if not target.is_relative_to(root):
                    yield Source(str(sub), sub, error=f"symbolic link to a folder outside the folder ({NOT_FOLLOWED})")
                continue
            if follow_links:
                real = sub.resolve()
                if real in walked:
                    continue
                walked.add(real)
            kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            if not _hidden(name):
                yield from _file(Path(dirpath) / name, None if follow_links else root)


def expand(paths: Iterable[Path | str], *, follow_links: bool = False) -> list[Source]:
    """Every file to import under ``paths`` (listed up front, so progress has a total)."""
    sources: list[Source] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            sources.extend(walk_folder(path, follow_links))
        elif path.exists():
            sources.extend(_file(path, None))
        elif path.is_symlink():
            sources.append(Source(str(path), path, error="broken symbolic link"))
        else:
            sources.append(Source(str(path), path, error="file not found"))
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
            raise ImportFailed("file too large (over the 50 MB limit)")
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

