"""Store: open a library, run migrations, and answer the questions the app asks (the SQL itself is in
:mod:`.articles_sql`, :mod:`.bookmarks_sql`, :mod:`.timeline_mentions` and the search modules)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

from newsreader.domain import Article, ArticleRow, Bookmark, Mention, ParsedArticle
from newsreader.errors import LibraryCorrupt, NoLibrary, ReadOnlyLibrary, StoreError
from newsreader.store import articles_sql, bookmarks_sql, connection, opening, timeline_mentions
from newsreader.store.articles_sql import AddResult, Identify, NewArticle, Prepare
from newsreader.store.connection import Connection
from newsreader.store.errors import reads, store_error, writes
from newsreader.store.timeline_mentions import StaleArticle
from newsreader.store.version import SCHEMA_VERSION

if TYPE_CHECKING:
    from newsreader.query_types import Query
    from newsreader.store.search.index import IndexRow, StaleRow
    from newsreader.store.search.results import SearchPage

# The search and backup machinery is imported where it is used, not here: opening a library and
# painting the window only read rows. The store runs no analyser and no extractor: callers hand it
# what to write (:mod:`newsreader.importing`).

__all__ = ["Store"]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


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
        if path.exists() and not connection.writable(path):
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
            if opening.needs_setup(store.db, path):  # up to date: no migration machinery loaded
                if backups:
                    opening.backup_before_upgrade(store.db, path)
                with store.db.atomic():  # BEGIN IMMEDIATE: a second process creating the library waits here
                    if opening.needs_setup(store.db, path):  # ... and finds it done
                        opening.set_up(store.db)
        except sqlite3.DatabaseError as exc:
            store.close()
            raise store_error(exc, path) from exc
        except Exception:
            store.close()
            raise
        return store

    @classmethod
    def connect(cls, path: Path | str) -> Self:
        """Open an existing, already migrated library (for worker threads)."""
        path = Path(path)
        store = cls._connect(path, read_only=not connection.writable(path))
        store._check_version()
        return store

    @classmethod
    def _connect(cls, path: Path, *, read_only: bool = False) -> Self:
        """Connect; before anything is written, refuse a file that is not a newsreader library or is
        one of a newer schema (both left unchanged, byte for byte)."""
        db: Connection | None = None
        try:
            if read_only:
                db = Connection(connection.read_only_connection(path))
            else:
                db = Connection(sqlite3.connect(str(path), timeout=connection.BUSY_TIMEOUT, check_same_thread=False))
            store = cls(db, path, read_only=read_only)
            opening.check_ours(db, path)
            opening.check_version(db, path)
            if not read_only:
                db.execute("PRAGMA foreign_keys = ON")
                connection.use_wal(db)
                db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()
            raise store_error(exc, path) from exc
        except StoreError:
            if db is not None:
                db.close()
            raise
        return store

    @reads
    def count_if_any(self) -> int:
        """Articles in the library, 0 when it has no tables yet."""
        return opening.count_if_any(self.db)

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
        return opening.check_version(self.db, self.path)

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
    @reads
    def known(self, keys: Sequence[tuple[str, str]]) -> list[bool]:
        """For each (id, content hash): is that article already in the library?"""
        return articles_sql.known(self.db, keys)

    @writes
    def add_prepared(self, items: Sequence[NewArticle | ParsedArticle], identify: Identify, prepare: Prepare) -> list[AddResult]:
        """Write prepared articles in one transaction; a plain ParsedArticle in ``items`` is one the
        caller already knows to be a duplicate (it is checked again here all the same: ``identify``
        gives its id and key, and should it be new after all, ``prepare`` derives what is written)."""
        return articles_sql.add_prepared(self.db, items, identify, prepare, _now())

    @reads
    def also_in(self, aid: str) -> list[tuple[str | None, str | None]]:
        """The other outlets (source, URL) that published article ``aid``'s text, in import order."""
        return articles_sql.also_in(self.db, aid)

    @reads
    def outlet_display(self, name: str | None) -> str | None:
        """The name the user gave outlet ``name`` (None when they did not rename it)."""
        return articles_sql.outlet_display(self.db, name)

    @writes
    def rename_outlet(self, name: str, display: str) -> int:
        """Show outlet ``name`` as ``display`` from now on; returns the number of articles renamed."""
        return articles_sql.rename_outlet(self.db, name, display)

    @reads
    def outlet_names(self) -> dict[str, str]:
        """Every rename the user made: name as files write it → the name shown."""
        return articles_sql.outlet_names(self.db)

    @writes
    def set_published(self, aid: str, published: str, mentions: Sequence[Mention], source: str = "user") -> None:
        """Correct an article's date; ``mentions``, resolved against it, replace its mentions (one
        transaction: :func:`newsreader.importing.derived.set_published` finds them)."""
        with self.db.atomic():
            articles_sql.set_published(self.db, aid, published, source)
            timeline_mentions.replace(self.db, aid, mentions)

    # -- reading articles --------------------------------------------------------
    @reads
    def count(self) -> int:
        return articles_sql.count(self.db)

    @reads
    def is_empty(self) -> bool:
        """No article yet (one row read, where ``count()`` reads a whole index)."""
        return articles_sql.is_empty(self.db)

    @reads
    def article(self, aid: str) -> Article:
        return articles_sql.article(self.db, aid)

    @reads
    def find_article(self, prefix: str) -> Article | None:
        """An article by its id or an unambiguous id prefix (for the CLI); None when there is none.
        A prefix of several ids raises :class:`AmbiguousId`."""
        return articles_sql.find_article(self.db, prefix)

    @reads
    def article_ids(self, *, newest_first: bool = True, unread_only: bool = False, limit: int | None = None) -> list[str]:
        """Article ids in list order (newest first), all or the first ``limit``."""
        return articles_sql.article_ids(self.db, newest_first=newest_first, unread_only=unread_only, limit=limit)

    def rows(self, ids: Sequence[str]) -> dict[str, ArticleRow]:
        """List rows for a batch of ids."""
        if not ids:
            return {}
        try:
            cursor = articles_sql.rows_cursor(self.db, ids)
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc
        return {r[0]: articles_sql.list_row(r) for r in cursor}

    def iter_articles(self) -> Iterator[ArticleRow]:
        """Every article's list row, newest first (CLI ``list``)."""
        try:
            yield from articles_sql.all_rows(self.db)
        except sqlite3.Error as exc:
            raise store_error(exc, self.path) from exc

    @reads
    def mentions(self, aid: str) -> list[Mention]:
        return timeline_mentions.mentions(self.db, aid)

    @reads
    def story_mentions(self, ids: Sequence[str], limit: int = 1000) -> list[tuple[str, str, Mention]]:
        """(article id, title, mention) for the dated mentions of up to ``limit`` articles."""
        return timeline_mentions.story_mentions(self.db, ids, limit)

    # -- reading state -------------------------------------------------------------
    @writes
    def set_read(self, ids: Sequence[str], read: bool = True) -> None:
        articles_sql.set_read(self.db, ids, read)

    @reads
    def unread_ids(self) -> list[str]:
        return articles_sql.unread_ids(self.db)

    @writes
    def mark_all_read(self) -> list[str]:
        """Mark every article read; returns the ids that were unread (for undo)."""
        return articles_sql.mark_all_read(self.db)

    # -- search (store/search/) and bookmarks (bookmarks_sql) --------------------------------------------
    @reads
    def search(self, query: Query, *, sort: str = "relevance", limit: int | None = 50, offset: int = 0) -> SearchPage:
        """A page of results (the callers cut the snippets); an FTS5 expression SQLite refuses gives an
        empty page with a ``message``, not an error."""
        from newsreader.store.search import results

        return results.page(self.db, query, sort=sort, limit=limit, offset=offset)

    @reads
    def search_ids(self, query: Query, *, sort: str = "relevance", limit: int | None = None) -> list[str]:
        """Matching ids in result order, for the lazy list model ([] if SQLite refuses the query)."""
        from newsreader.store.search import execute

        return execute.safe_ids(self.db, query, sort=sort, limit=execute.MAX_IDS if limit is None else limit)

    @reads
    def search_count(self, query: Query) -> int:
        from newsreader.store.search import execute

        return execute.count(self.db, query)

    @writes
    def toggle_bookmark(self, aid: str) -> bool:
        return bookmarks_sql.toggle_bookmark(self.db, aid, _now())

    @writes
    def add_bookmark(self, aid: str, note: str = "", tags: Sequence[str] = ()) -> None:
        bookmarks_sql.add_bookmark(self.db, aid, _now(), note, tags)

    @writes
    def remove_bookmark(self, aid: str) -> None:
        bookmarks_sql.remove_bookmark(self.db, aid)

    @reads
    def is_bookmarked(self, aid: str) -> bool:
        return bookmarks_sql.is_bookmarked(self.db, aid)

    @writes
    def set_bookmark_note(self, aid: str, note: str) -> None:
        bookmarks_sql.set_note(self.db, aid, note, _now())

    @writes
    def set_bookmark_tags(self, aid: str, tags: Sequence[str]) -> None:
        bookmarks_sql.set_tags(self.db, aid, tags, _now())

    @reads
    def bookmark(self, aid: str) -> Bookmark | None:
        return bookmarks_sql.bookmark(self.db, aid)

    @reads
    def bookmarks(self, tag: str | None = None) -> list[Bookmark]:
        return bookmarks_sql.bookmarks(self.db, tag)

    @reads
    def bookmark_tags(self) -> list[str]:
        return bookmarks_sql.bookmark_tags(self.db)

    @writes
    def optimize_search_index(self) -> None:
        """Merge the full-text index after a large import (queries get faster)."""
        from newsreader.store.search import index

        index.optimize(self.db)

    @reads
    def search_index_current(self, version: str) -> bool:
        """Was the search index built by analyser ``version``? (If not, :mod:`newsreader.importing.derived`
        re-indexes it with :meth:`stale_search_rows` and :meth:`write_search_rows`.)"""
        from newsreader.store.search import index

        return index.is_current(self.db, version)

    @writes
    def stale_search_rows(self, version: str, batch: int | None = None) -> list[StaleRow] | None:
        """The next articles to analyse for a re-index by analyser ``version`` (None: the index is current;
        []: all are done, :meth:`write_search_rows` of [] swaps the new index in). The old index serves
        searches until then."""
        from newsreader.store.search import index

        return index.stale_rows(self.db, version, batch)

    @writes
    def write_search_rows(self, version: str, rows: Sequence[IndexRow]) -> tuple[int, int] | None:
        """Write analysed rows of :meth:`stale_search_rows`: (done, total) after them, or None when the index
        is current."""
        from newsreader.store.search import index

        return index.write_rows(self.db, version, rows)

    @reads
    def mentions_current(self, version: str) -> bool:
        """Were the stored mentions extracted by extractor ``version``? (If not, :mod:`newsreader.importing.derived`
        extracts them again with :meth:`stale_mentions` and :meth:`write_mentions`.)"""
        return timeline_mentions.is_current(self.db, version)

    @writes
    def stale_mentions(self, version: str, batch: int | None = None) -> list[StaleArticle] | None:
        """The next articles whose mentions extractor ``version`` should write again (None: they are current;
        []: all are done, :meth:`write_mentions` of [] records the version)."""
        return timeline_mentions.stale_articles(self.db, version, batch)

    @writes
    def write_mentions(self, version: str, extracted: Sequence[tuple[StaleArticle, Sequence[Mention]]]) -> tuple[int, int] | None:
        """Write the mentions found in articles of :meth:`stale_mentions`: (done, total) after them, or None
        when they are all current."""
        return timeline_mentions.write_extracted(self.db, version, extracted)

    # -- import log ----------------------------------------------------------------
    @writes
    def log_import(
        self, started_at: str, paths: Sequence[str], imported: int, duplicates: int, failures: Sequence[tuple[str, str]]
    ) -> None:
        articles_sql.log_import(self.db, started_at, _now(), paths, imported, duplicates, failures)
