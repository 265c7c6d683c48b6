"""What opening a library checks and does before the first question: is the file ours, of a schema this
version knows, and set up (migrated, with a backup first when migrations change a library with articles)."""

from __future__ import annotations

from pathlib import Path

from newsreader.errors import LibraryTooNew, NotALibrary
from newsreader.store.connection import Connection
from newsreader.store.version import APPLICATION_ID, SCHEMA_VERSION


def application_id(db: Connection) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def check_version(db: Connection, path: Path | None) -> int:
    """The library's schema version; a newer one than this code knows is refused."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise LibraryTooNew(
            f"the library {path} was written by a newer version of newsreader "
            f"(schema {version}, this version knows {SCHEMA_VERSION}); it was not changed",
            path,
        )
    return version


def check_ours(db: Connection, path: Path | None) -> None:
    """Is this a newsreader library (our ``application_id``; before it was set, our migrations'
    record) or a new, empty database? Anything else is another program's file."""
    app_id = application_id(db)  # reads the header: fails now on a file that is not a database
    if app_id == APPLICATION_ID:
        return
    names = set(db.table_names())
    if app_id == 0 and not names and check_version(db, path) == 0:
        return  # a new library
    if (
        app_id == 0
        and "_sqlite_migrations" in names
        and db.execute("SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'newsreader' LIMIT 1").fetchone()
    ):
        return  # a library made before the application id
    raise NotALibrary(f"{path} is not a newsreader library (it is another program's database); it was left unchanged", path)


def needs_setup(db: Connection, path: Path | None) -> bool:
    return check_version(db, path) < SCHEMA_VERSION or application_id(db) != APPLICATION_ID


def count_if_any(db: Connection) -> int:
    """Articles in the library, 0 when it has no tables yet."""
    if "articles" not in db.table_names():
        return 0
    return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])


def backup_before_upgrade(db: Connection, path: Path) -> None:
    """A backup before migrations change a library that has articles (outside any transaction: a
    connection in a write transaction cannot be the source of a backup)."""
    from newsreader.store.schema import migrations

    if migrations.pending(db.utils) and count_if_any(db) > 0:
        from newsreader.store.backup import make_backup

        make_backup(db.conn, path, "before-upgrade")


def set_up(db: Connection) -> None:
    """Migrate to the current schema and mark the file as a newsreader library; in the caller's
    transaction."""
    from newsreader.store.schema import migrations

    migrations.apply(db.utils)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
