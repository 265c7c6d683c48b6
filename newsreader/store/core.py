"""Store: open a library, run migrations, and answer the questions the app asks."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from newsreader.domain import Article, ArticleRow, Bookmark, Mention, ParsedArticle, full_text
from newsreader.errors import (
    AmbiguousId,
    DiskFull,
    LibraryBusy,
    LibraryCorrupt,
    LibraryTooNew,
    NoLibrary,
    NotALibrary,
    ReadOnlyLibrary,
    StoreError,
    UnreadableChanges,
)
from newsreader.store import bookmarks_sql
from newsreader.store.connection import Connection, uri
from newsreader.store.version import APPLICATION_ID, SCHEMA_VERSION

if TYPE_CHECKING:
    from newsreader.query_types import Query
    from newsreader.store.search.index import IndexRow, StaleRow
    from newsreader.store.search.results import SearchPage

# The analysis, search and timeline machinery is imported where it is used (writes and
# searches), not here: opening a library and painting the window only read rows.

_ARTICLE_COLUMNS = "id, title, body, published, date_source, source, author, url, language, path, content_hash, imported_at, read"


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article with everything the store derives from it computed (no SQL involved),
    so the costly part of an import can run in worker processes."""

    article: ParsedArticle
    id: str
    digest: str
    mentions: tuple[Mention, ...]
    title_terms: str
    body_terms: str
    #: The search analyser that made ``title_terms``/``body_terms`` (an empty library's index becomes its).
    index_version: str | None = None


def identify(item: ParsedArticle) -> tuple[str, str]:
    """(id, content hash) of a parsed article: enough to know whether it is a duplicate."""
    digest = content_hash(item.title, item.body)
    return article_id(item, digest), digest


def prepare(item: ParsedArticle, key: tuple[str, str] | None = None, today: date | None = None) -> Prepared:
    """Derive the id, de-duplication key (``key``, when already computed by :func:`identify`),
    timeline mentions and index terms of an article."""
    from newsreader import timeline
    from newsreader.search import analyzer, version

    aid, digest = key or identify(item)
    # An undated article is never resolved against the import day: its relative dates stay unresolved
    # (the timeline asks for a reference date) rather than dated to "today" by accident.
    ref = reference_date(item.published) or today
    return Prepared(
        article=item,
        id=aid,
        digest=digest,
        mentions=tuple(timeline.extract(full_text(item.title, item.body), ref)),
        title_terms=analyzer.index_text(item.title),
        body_terms=analyzer.index_text(item.body),
        index_version=version.ANALYZER_VERSION,
    )


@dataclass(frozen=True, slots=True)
class AddResult:
    """What happened to one parsed article: ``imported`` or ``duplicate``."""

    id: str
    status: str
    article: ParsedArticle


def content_hash(title: str, body: str) -> str:
    """De-duplication key: the folded title and body (:func:`newsreader.text.fold.fold`, frozen: it does
    not follow the search analyser, so a search change never makes a re-import duplicate articles)."""
    import hashlib  # OpenSSL's start-up (~4 ms) is for writes, not for opening a library

    from newsreader.text.fold import fold

    key = fold(title) + "\n" + fold(body)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()


def article_id(parsed: ParsedArticle, digest: str) -> str:
    """Deterministic id: from the URL when there is one, else from the content."""
    import hashlib

    basis = f"url:{parsed.url.strip()}" if parsed.url and parsed.url.strip() else f"hash:{digest}"
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


def reference_date(published: str | None, imported_at: str | None = None) -> date | None:
    """The date against which an article's relative dates are resolved."""
    for value in (published, imported_at):
        if value:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


#: Seconds a write waits for another program (or another newsreader) to finish its own.
BUSY_TIMEOUT = 30.0


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_F = TypeVar("_F", bound=Callable[..., Any])


def _writes(method: _F) -> _F:
    """Store methods that write: refused on a read-only library, SQLite errors made clear."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        if self.read_only:
            raise ReadOnlyLibrary(f"the library {self.path} is open read-only; changes cannot be saved", self.path)
        outer = self.db.conn.in_transaction
        try:
            result = method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from exc
        if self.db.conn.in_transaction and not outer:
            # a write ran outside Connection.atomic(): SQLite's implicit transaction would stay open, take
            # the writes after it in, and be rolled back when the library closes. Say so now.
            self.db.conn.rollback()
            raise StoreError(f"{method.__name__} wrote outside a transaction; nothing of it was kept", self.path)
        return result

    return wrapper  # type: ignore[return-value]


#: A ``-wal`` file no longer than its header holds no change.
_WAL_HEADER_BYTES = 32


def _reads(method: _F) -> _F:
    """Store methods that read: what SQLite reports (a damaged page anywhere, a full disk…) made clear."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from exc

    return wrapper  # type: ignore[return-value]


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """Read-only: see the latest commits (WAL included) when SQLite can; else read the file as it is
    (``immutable``: needs no -wal/-shm files in a folder we cannot write), unless a ``-wal`` file holds
    changes: SQLite cannot read them without its ``-shm`` index, and the file alone is old data."""
    conn = sqlite3.connect(uri(path, mode="ro"), uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        wal = Path(f"{path}-wal")
        with contextlib.suppress(OSError):
            if wal.stat().st_size > _WAL_HEADER_BYTES:
                raise UnreadableChanges(
                    f"the library {path} has unsaved changes in {wal} that cannot be read from a read-only "
                    "folder; open it once where it can be written (or copy the folder) to see them",
                    path,
                    wal=wal,
                ) from None
        return sqlite3.connect(uri(path, mode="ro", immutable="1"), uri=True, check_same_thread=False)


def _use_wal(db: Connection) -> None:
    """Switch the library to WAL (once, when it is new). The switch needs the file to itself, and SQLite
    answers "locked" at once, without waiting, while another process reads it (two first launches at
    once): try again until the other is done, or another process has switched it already."""
    import time

    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = wal")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _writable(path: Path) -> bool:
    """Can we write the library file and the -wal/-shm files beside it?"""
    folder_ok = os.access(path.parent if path.parent != Path("") else Path("."), os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _disk_full(exc: sqlite3.Error, path: Path | None) -> bool:
    """An I/O error on a disk with no room left: SQLite says "disk I/O error" when it cannot grow its
    -shm or temporary files, but the cause the user can act on is the full disk."""
    io_error = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_IOERR or "I/O error" in str(exc)
    if path is None or not io_error:
        return False
    import shutil

    try:
        return shutil.disk_usage(path.parent if path.parent != Path("") else Path(".")).free < _LOW_SPACE
    except OSError:
        return False


#: Free bytes under which an I/O error is taken for a full disk.
_LOW_SPACE = 1 << 20


def _store_error(exc: sqlite3.Error, path: Path | None) -> StoreError:
    """A clear message for what SQLite reported (disk full, read-only, not a library…)."""
    text = str(exc)
    code = getattr(exc, "sqlite_errorcode", None)
    if _disk_full(exc, path):
        return DiskFull(
            f"the disk holding {path} is full, so the library cannot be read or changed (nothing "
            "was lost). Free some space and try again.",
            path,
        )
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return DiskFull(
            f"the disk holding {path} is full; nothing of the last change was written "
            "and the library is intact. Free some space and try again.",
            path,
        )
    if code == sqlite3.SQLITE_READONLY or "readonly" in text:
        return ReadOnlyLibrary(f"the library {path} is read-only; changes cannot be saved", path)
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return LibraryCorrupt(f"the library {path} is damaged or is not a newsreader library ({text})", path)
    if code == sqlite3.SQLITE_BUSY or "locked" in text:
        return LibraryBusy(f"the library {path} is busy in another program; try again in a moment", path)
    return StoreError(f"cannot use library {path}: {text}", path)


store_error = _store_error


class Store:
    """A newsreader library. Use :meth:`open` on the main thread (it migrates),
    :meth:`connect` in worker threads (it does not)."""

    def __init__(self, db: Connection, path: Path | None, *, read_only: bool = False) -> None:
        self.db = db
        self.path = path
        self.read_only = read_only

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, *, backups: bool = True, create: bool = True) -> Self:
        """Open (creating it if needed, unless not ``create``) and migrate the library at ``path``.

        A library that cannot be written (read-only file or folder) opens read-only;
        before a migration changes an existing library, a backup is made.
        """
        path = Path(path)
        if not create and not path.is_file():
            raise NoLibrary(
                f"there is no library at {path}" + (" (it is a folder)" if path.is_dir() else "") + "; nothing was created", path
            )
        if path.exists() and not _writable(path):
            store = cls._connect(path, read_only=True)
            if store._check_version() < SCHEMA_VERSION:
                store.close()
                raise ReadOnlyLibrary(
                    f"the library {path} is read-only and needs an upgrade this version "
                    "cannot write; open it with write permission once",
                    path,
                    needs_upgrade=True,
                )
            return store
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {path}: {exc.strerror or exc}") from exc
        store = cls._connect(path)
        try:
            if store._needs_setup():  # up to date: no migration machinery loaded
                if backups:
                    store._backup_before_upgrade()
                with store.db.atomic():  # BEGIN IMMEDIATE: a second process creating the library waits here
                    if store._needs_setup():  # ... and finds it done
                        store._set_up()
        except sqlite3.DatabaseError as exc:
            store.close()
            raise _store_error(exc, path) from exc
        except Exception:
            store.close()
            raise
        return store

    def _needs_setup(self) -> bool:
        return self._check_version() < SCHEMA_VERSION or self._application_id() != APPLICATION_ID

    def _backup_before_upgrade(self) -> None:
        """A backup before migrations change a library that has articles (outside any transaction: a
        connection in a write transaction cannot be the source of a backup)."""
        from newsreader.store.schema import migrations

        assert self.path is not None
        if migrations.pending(self.db.utils) and self.count_if_any() > 0:
            from newsreader.store.backup import make_backup

            make_backup(self.db.conn, self.path, "before-upgrade")

    def _set_up(self) -> None:
        """Migrate to the current schema and mark the file as a newsreader library; in the caller's
        transaction."""
        from newsreader.store.schema import migrations

        migrations.apply(self.db.utils)
        self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    def _application_id(self) -> int:
        return int(self.db.execute("PRAGMA application_id").fetchone()[0])

    @classmethod
    def connect(cls, path: Path | str) -> Self:
        """Open an existing, already migrated library (for worker threads)."""
        path = Path(path)
        store = cls._connect(path, read_only=not _writable(path))
        store._check_version()
        return store

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool = False) -> Self:
        """Connect; before anything is written, refuse a file that is not a newsreader library or is
        one of a newer schema (both left unchanged, byte for byte)."""
        db: Connection | None = None
        try:
            if read_only:
                db = Connection(_read_only_connection(path))
            else:
                db = Connection(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT, check_same_thread=False))
            store = cls(db, path, read_only=read_only)
            store._check_ours()
            store._check_version()
            if not read_only:
                db.execute("PRAGMA foreign_keys = ON")
                _use_wal(db)
                db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()
            raise _store_error(exc, path) from exc
        except StoreError:
            if db is not None:
                db.close()
            raise
        return store

    def _check_ours(self) -> None:
        """Is this a newsreader library (our ``application_id``; before it was set, our migrations'
        record) or a new, empty database? Anything else is another program's file."""
        app_id = self._application_id()  # reads the header: fails now on a file that is not a database
        if app_id == APPLICATION_ID:
            return
        names = set(self.db.table_names())
        if app_id == 0 and not names and self._check_version() == 0:
            return  # a new library
        if (
            app_id == 0
            and "_sqlite_migrations" in names
            and self.db.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'newsreader' LIMIT 1").fetchone()
        ):
            return  # a library made before the application id
        raise NotALibrary(
            f"{self.path} is not a newsreader library (it is another program's database); it was left unchanged", self.path
        )

    @_reads
    def count_if_any(self) -> int:
        """Articles in the library, 0 when it has no tables yet."""
        if "articles" not in self.db.table_names():
            return 0
        return self.count()

    def backup(self, reason: str = "manual", cancelled: Callable[[], bool] | None = None) -> Path:
        """A consistent copy of the library in its backups folder (``cancelled``: see
        :func:`newsreader.store.backup.make_backup`, which raises ``BackupCancelled``)."""
        if self.path is None:
            raise StoreError("an in-memory library has no backups")
        from newsreader.store.backup import make_backup  # not needed to open a library and read it

        try:
            return make_backup(self.db.conn, self.path, reason, cancelled=cancelled)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"the backup failed: {exc}") from exc

    def check_intact(self) -> None:
        """Raise :class:`LibraryCorrupt` (naming the newest good backup) if ``PRAGMA quick_check`` finds
        the library damaged: an import must not write into it and spread the damage."""
        from newsreader.store import backup

        problem = backup.damage(self.db.conn)
        if problem is not None:
            if self.path is None:
                raise LibraryCorrupt(f"the library is damaged ({problem})")
            raise backup.damaged(self.path, problem, "nothing was written into it")

    def _check_version(self) -> int:
        """The library's schema version; a newer one than this code knows is refused."""
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise LibraryTooNew(
                f"the library {self.path} was written by a newer version of newsreader "
                f"(schema {version}, this version knows {SCHEMA_VERSION}); it was not changed",
                self.path,
            )
        return version

    def close(self) -> None:
        """Close; a writer folds the WAL back into the file so the library is one self-contained file."""
        if not self.read_only and self.path is not None:
            with contextlib.suppress(sqlite3.Error):  # another connection is busy: SQLite checkpoints later
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # -- writing articles --------------------------------------------------------
    @_writes
    def add_articles(self, parsed: Iterable[ParsedArticle]) -> list[AddResult]:
        """Store new articles (with their mentions and index rows) in one transaction.

        An article whose id (URL) or normalised content is already in the library
        is a duplicate and leaves the library unchanged (and costs no extraction).
        """
        items = list(parsed)
        known = self.known([identify(item) for item in items])
        return self.add_prepared([item if known[i] else prepare(item) for i, item in enumerate(items)])

    @_reads
    def known(self, keys: Sequence[tuple[str, str]]) -> list[bool]:
        """For each (id, content hash): is that article already in the library?"""
        return [self._exists(aid, digest) for aid, digest in keys]

    @_writes
    def add_prepared(self, items: Sequence[Prepared | ParsedArticle]) -> list[AddResult]:
        """Write prepared articles in one transaction; a plain ParsedArticle in ``items`` is one the
        caller already knows to be a duplicate (it is checked again here all the same)."""
        from newsreader.store.search import index

        results: list[AddResult] = []
        imported_at = _now()
        renamed = {k.casefold(): v for k, v in self.outlet_names().items()}  # the user's outlet names win
        version = next((e.index_version for e in items if isinstance(e, Prepared) and e.index_version), None)
        with self.db.atomic():
            if version is not None:
                index.claim(self.db, version)
            for entry in items:
                if isinstance(entry, ParsedArticle):
                    aid, digest = identify(entry)
                    match = self._match(aid, digest)
                    if match is None:
                        entry = prepare(entry)
                    else:
                        self._note_outlet(match, entry, imported_at)
                        results.append(AddResult(match[0], "duplicate", entry))
                        continue
                item = entry.article
                match = self._match(entry.id, entry.digest)
                if match is not None:
                    self._note_outlet(match, item, imported_at)
                    results.append(AddResult(match[0], "duplicate", item))
                    continue
                source = renamed.get(item.source.strip().casefold(), item.source) if item.source else None
                cursor = self.db.execute(
                    "INSERT INTO articles (id, title, body, published, date_source, source, author,"
                    " url, language, path, content_hash, imported_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        entry.id,
                        item.title,
                        item.body,
                        item.published,
                        item.date_source,
                        source,
                        item.author,
                        item.url,
                        item.language,
                        item.path,
                        entry.digest,
                        imported_at,
                    ],
                )
                rowid = cursor.lastrowid
                assert rowid is not None
                self._insert_mentions(entry.id, entry.mentions)
                index.add_analysed(self.db, rowid, entry.title_terms, entry.body_terms, source)
                results.append(AddResult(entry.id, "imported", item))
        return results

    def _match(self, aid: str, digest: str) -> tuple[str, int, str | None, str | None] | None:
        """(id, rowid, source, url) of the article that has this id (URL) or this text."""
        row = self.db.execute(
            "SELECT id, n, source, url FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [aid, digest]
        ).fetchone()
        return (row[0], row[1], row[2], row[3]) if row is not None else None

    def _note_outlet(self, match: tuple[str, int, str | None, str | None], item: ParsedArticle, added_at: str) -> None:
        """Wire copy: the same text from another outlet (or at another URL) is kept as "also in"
        of the stored article (``source:`` finds it for that outlet: :mod:`newsreader.store.search.plan`)."""
        aid, rowid, source, url = match
        new_source = (item.source or "").strip() or None
        new_source = self.outlet_display(new_source) or new_source
        new_url = (item.url or "").strip() or None
        same_source = (new_source or "").casefold() == (source or "").strip().casefold()
        if (same_source and (new_url is None or new_url == url)) or (new_url is not None and new_url == url):
            return
        known = self.db.execute("SELECT source, url FROM article_outlets WHERE article_id = ?", [aid]).fetchall()
        if any((s or "").casefold() == (new_source or "").casefold() and (u or None) == new_url for s, u in known):
            return
        self.db.execute(
            "INSERT OR IGNORE INTO article_outlets (article_id, source, url, path, added_at) VALUES (?, ?, ?, ?, ?)",
            [aid, new_source, new_url, item.path, added_at],
        )

    @_reads
    def also_in(self, aid: str) -> list[tuple[str | None, str | None]]:
        """The other outlets (source, URL) that published article ``aid``'s text, in import order."""
        rows = self.db.execute("SELECT source, url FROM article_outlets WHERE article_id = ? ORDER BY rowid", [aid]).fetchall()
        return [(r[0], r[1]) for r in rows]

    @_reads
    def outlet_display(self, name: str | None) -> str | None:
        """The name the user gave outlet ``name`` (None when they did not rename it)."""
        if not name:
            return None
        row = self.db.execute("SELECT display FROM outlet_names WHERE name = ?", [name.strip()]).fetchone()
        return str(row[0]) if row else None

    @_writes
    def rename_outlet(self, name: str, display: str) -> int:
        """Show outlet ``name`` as ``display`` from now on (articles already stored and those imported
        later); ``source:`` finds it by either name. Returns the number of articles renamed."""
        name, display = name.strip(), display.strip()
        if not name or not display:
            raise ValueError("an outlet name cannot be empty")
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO outlet_names (name, display) VALUES (?, ?)", [name, display])
            self.db.execute("UPDATE outlet_names SET display = ? WHERE display = ?", [display, name])
            self.db.execute("UPDATE article_outlets SET source = ? WHERE source = ? COLLATE NOCASE", [display, name])
            cursor = self.db.execute("UPDATE articles SET source = ? WHERE source = ? COLLATE NOCASE", [display, name])
        return int(cursor.rowcount)

    @_reads
    def outlet_names(self) -> dict[str, str]:
        """Every rename the user made: name as files write it → the name shown."""
        return {r[0]: r[1] for r in self.db.execute("SELECT name, display FROM outlet_names").fetchall()}

    def _exists(self, aid: str, digest: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE id = ? OR content_hash = ? LIMIT 1", [aid, digest]).fetchone()
        return row is not None

    def _write_mentions(self, aid: str, title: str, body: str, ref: date | None) -> None:
        from newsreader import timeline
        from newsreader.store import timeline_mentions

        timeline_mentions.replace(self.db, aid, timeline.extract(full_text(title, body), ref))

    def _insert_mentions(self, aid: str, found: Sequence[Mention]) -> None:
        from newsreader.store import timeline_mentions

        timeline_mentions.insert(self.db, aid, found)

    @_writes
    def set_published(self, aid: str, published: str, source: str = "user") -> None:
        """Correct an article's date and re-resolve its mentions against it."""
        article = self.article(aid)
        with self.db.atomic():
            self.db.execute("UPDATE articles SET published = ?, date_source = ? WHERE id = ?", [published, source, aid])
            self._write_mentions(aid, article.title, article.body, reference_date(published))

    # -- reading articles --------------------------------------------------------
    @_reads
    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    @_reads
    def is_empty(self) -> bool:
        """No article yet (one row read, where ``count()`` reads a whole index)."""
        return self.db.execute("SELECT 1 FROM articles LIMIT 1").fetchone() is None

    @_reads
    def article(self, aid: str) -> Article:
        row = self.db.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", [aid]).fetchone()
        if row is None:
            raise StoreError(f"no article with id {aid}")
        also = self.also_in(aid)
        return replace(_article(row), also_in=tuple(also)) if also else _article(row)

    @_reads
    def find_article(self, prefix: str) -> Article | None:
        """An article by its id or an unambiguous id prefix (for the CLI); None when there is none.
        A prefix of several ids raises :class:`AmbiguousId`."""
        rows = self.db.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
            [prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"],
        ).fetchall()
        if len(rows) > 1 and rows[0][0] != prefix:
            raise AmbiguousId(f"the id prefix {prefix!r} matches several articles; give more of the id")
        return _article(rows[0]) if rows else None

    @_reads
    def article_ids(self, *, newest_first: bool = True, unread_only: bool = False, limit: int | None = None) -> list[str]:
        """Article ids in list order (newest first), all or the first ``limit``."""
        # NULL sorts lowest in SQLite: newest first puts undated articles last by itself
        order = "DESC" if newest_first else "ASC"
        nulls = "" if newest_first else "published IS NULL, "
        where = "WHERE read = 0 " if unread_only else ""
        tail = f" LIMIT {int(limit)}" if limit is not None else ""
        return [
            r[0]
            for r in self.db.execute(
                # (no "published IS NULL" term when newest first: it would keep the covering
                # (published, n, id) index unused and sort the whole table)
                f"SELECT id FROM articles {where}ORDER BY {nulls}published {order}, n {order}{tail}"
            )
        ]

    def rows(self, ids: Sequence[str]) -> dict[str, ArticleRow]:
        """List rows for a batch of ids."""
        if not ids:
            return {}
        try:
            cursor = self._rows_cursor(ids)
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from exc
        return {
            r[0]: ArticleRow(id=r[0], title=r[1], source=r[2], published=r[3], read=bool(r[4]), bookmarked=bool(r[5]))
            for r in cursor
        }

    def _rows_cursor(self, ids: Sequence[str]) -> sqlite3.Cursor:
        return self.db.execute(
            "SELECT a.id, a.title, a.source, a.published, a.read, b.article_id IS NOT NULL"
            " FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id"
            " WHERE a.id IN (SELECT value FROM json_each(?))",
            [json.dumps(list(ids))],
        )

    def iter_articles(self) -> Iterator[ArticleRow]:
        """Every article's list row, newest first (CLI ``list``)."""
        try:
            cursor = self.db.execute(
                "SELECT a.id, a.title, a.source, a.published, a.read, b.article_id IS NOT NULL"
                " FROM articles a LEFT JOIN bookmarks b ON b.article_id = a.id"
                " ORDER BY a.published DESC, a.n DESC"
            )
            for r in cursor:
                yield ArticleRow(id=r[0], title=r[1], source=r[2], published=r[3], read=bool(r[4]), bookmarked=bool(r[5]))
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from exc

    @_reads
    def mentions(self, aid: str) -> list[Mention]:
        cursor = self.db.execute(
            'SELECT start, "end", text, type, value, mod, calendar, sentence, first_day, last_day, end_value,'
            " end_start FROM mentions WHERE article_id = ? ORDER BY idx",
            [aid],
        )
        return [
            Mention(
                start=r[0],
                end=r[1],
                text=r[2],
                type=r[3],
                value=r[4],
                mod=r[5],
                calendar=r[6],
                sentence=r[7],
                first_day=r[8],
                last_day=r[9],
                end_value=r[10],
                end_start=r[11],
            )
            for r in cursor
        ]

    @_reads
    def story_mentions(self, ids: Sequence[str], limit: int = 1000) -> list[tuple[str, str, Mention]]:
        """(article id, title, mention) for the dated mentions of up to ``limit`` articles."""
        cursor = self.db.execute(
            'SELECT a.id, a.title, m.start, m."end", m.text, m.type, m.value, m.mod, m.calendar, m.sentence,'
            " m.first_day, m.last_day, m.end_value, m.end_start FROM mentions m JOIN articles a ON a.id = m.article_id"
            " WHERE m.article_id IN (SELECT value FROM json_each(?)) AND m.first_day IS NOT NULL"
            " ORDER BY m.first_day, a.id, m.idx",
            [json.dumps(list(ids[:limit]))],
        )
        return [
            (
                r[0],
                r[1],
                Mention(
                    start=r[2],
                    end=r[3],
                    text=r[4],
                    type=r[5],
                    value=r[6],
                    mod=r[7],
                    calendar=r[8],
                    sentence=r[9],
                    first_day=r[10],
                    last_day=r[11],
                    end_value=r[12],
                    end_start=r[13],
                ),
            )
            for r in cursor
        ]

    # -- reading state -------------------------------------------------------------
    @_writes
    def set_read(self, ids: Sequence[str], read: bool = True) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE articles SET read = ? WHERE id IN (SELECT value FROM json_each(?))",
                [int(read), json.dumps(list(ids))],
            )

    @_reads
    def unread_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE read = 0")]

    @_writes
    def mark_all_read(self) -> list[str]:
        """Mark every article read; returns the ids that were unread (for undo)."""
        with self.db.atomic():
            ids = self.unread_ids()
            self.db.execute("UPDATE articles SET read = 1 WHERE read = 0")
        return ids

    # -- search (store/search/) and bookmarks (bookmarks_sql) --------------------------------------------
    @_reads
    def search(self, query: Query, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0) -> SearchPage:
        """A page of results (the callers cut the snippets); an FTS5 expression SQLite refuses gives an
        empty page with a ``message``, not an error."""
        from newsreader.store.search import results

        return results.page(self.db, query, sort=sort, limit=limit, offset=offset)

    @_reads
    def search_ids(self, query: Query, *, sort: str = "relevance", limit: int | None = None) -> list[str]:
        """Matching ids in result order, for the lazy list model ([] if SQLite refuses the query)."""
        from newsreader.store.search import execute

        return execute.safe_ids(self.db, query, sort=sort, limit=execute.MAX_IDS if limit is None else limit)

    @_reads
    def search_count(self, query: Query) -> int:
        from newsreader.store.search import execute

        return execute.count(self.db, query)

    @_writes
    def toggle_bookmark(self, aid: str) -> bool:
        return bookmarks_sql.toggle_bookmark(self.db, aid, _now())

    @_writes
    def add_bookmark(self, aid: str, note: str = "", tags: Sequence[str] = ()) -> None:
        bookmarks_sql.add_bookmark(self.db, aid, _now(), note, tags)

    @_writes
    def remove_bookmark(self, aid: str) -> None:
        bookmarks_sql.remove_bookmark(self.db, aid)

    @_reads
    def is_bookmarked(self, aid: str) -> bool:
        return bookmarks_sql.is_bookmarked(self.db, aid)

    @_writes
    def set_bookmark_note(self, aid: str, note: str) -> None:
        bookmarks_sql.set_note(self.db, aid, note, _now())

    @_writes
    def set_bookmark_tags(self, aid: str, tags: Sequence[str]) -> None:
        bookmarks_sql.set_tags(self.db, aid, tags, _now())

    @_reads
    def bookmark(self, aid: str) -> Bookmark | None:
        return bookmarks_sql.bookmark(self.db, aid)

    @_reads
    def bookmarks(self, tag: str | None = None) -> list[Bookmark]:
        return bookmarks_sql.bookmarks(self.db, tag)

    @_reads
    def bookmark_tags(self) -> list[str]:
        return bookmarks_sql.bookmark_tags(self.db)

    @_writes
    def optimize_search_index(self) -> None:
        """Merge the full-text index after a large import (queries get faster)."""
        from newsreader.store.search import index

        index.optimize(self.db)

    @_reads
    def search_index_current(self, version: str) -> bool:
        """Was the search index built by analyser ``version``? (If not, :mod:`newsreader.derived` re-indexes
        it with :meth:`stale_search_rows` and :meth:`write_search_rows`.)"""
        from newsreader.store.search import index

        return index.is_current(self.db, version)

    @_writes
    def stale_search_rows(self, version: str, batch: int | None = None) -> list[StaleRow] | None:
        """The next articles to analyse for a re-index by analyser ``version`` (None: the index is current;
        []: all are done, :meth:`write_search_rows` of [] swaps the new index in). The old index serves
        searches until then."""
        from newsreader.store.search import index

        return index.stale_rows(self.db, version, batch)

    @_writes
    def write_search_rows(self, version: str, rows: Sequence[IndexRow]) -> tuple[int, int] | None:
        """Write analysed rows of :meth:`stale_search_rows`: (done, total) after them, or None when the index
        is current."""
        from newsreader.store.search import index

        return index.write_rows(self.db, version, rows)

    def timeline_current(self) -> bool:
        """Were the stored mentions extracted by this version's extractor? (If not, :meth:`reextract_mentions_step`.)"""
        from newsreader.store import timeline_mentions

        return timeline_mentions.is_current(self.db)

    @_writes
    def reextract_mentions_step(self) -> tuple[int, int] | None:
        """One short step of extracting the mentions again with the current extractor: (done, total), or None
        when they are current (each article keeps its old mentions until its new ones replace them)."""
        from newsreader.store import timeline_mentions

        return timeline_mentions.reextract_step(self.db)

    # -- import log ----------------------------------------------------------------
    @_writes
    def log_import(
        self, started_at: str, paths: Sequence[str], imported: int, duplicates: int, failures: Sequence[tuple[str, str]]
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO import_log (started_at, finished_at, paths, imported, duplicates, failed, failures)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    started_at,
                    _now(),
                    json.dumps(list(paths), ensure_ascii=False),
                    imported,
                    duplicates,
                    len(failures),
                    json.dumps([list(f) for f in failures], ensure_ascii=False),
                ],
            )


def _article(row: Sequence[Any]) -> Article:
    return Article(
        id=row[0],
        title=row[1],
        body=row[2],
        published=row[3],
        date_source=row[4],
        source=row[5],
        author=row[6],
        url=row[7],
        language=row[8],
        path=row[9],
        content_hash=row[10],
        imported_at=row[11],
        read=bool(row[12]),
    )
