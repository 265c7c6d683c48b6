"""The library's SQLite connection, with sqlite-utils loaded only when first needed.

Reads and transactions go straight to :mod:`sqlite3`; sqlite-utils (migrations, table
creation, bulk inserts) is imported on first use. That keeps about 90 ms of imports (sqlite-utils
pulls in click, pluggy, dateutil…) off the window's startup path, and off the writer thread that
marks the first article read while the window paints.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    from sqlite_utils import Database


_savepoints = itertools.count()


def uri(path: Path, **params: str) -> str:
    """The SQLite URI of ``path`` with query ``params``: the path percent-escaped, so that a ``#``, ``?``
    or ``%`` in a folder's name stays part of the name (pasted as it is, SQLite would read the rest as
    a query or a fragment and open another file)."""
    base = path.absolute().as_uri()
    return f"{base}?{urlencode(params)}" if params else base


class Connection:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

    @property
    def utils(self) -> Database:
        """The sqlite-utils view of the same connection."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def execute(self, sql: str, parameters: Iterable[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)  # type: ignore[arg-type]

    @contextmanager
    def atomic(self) -> Iterator[Connection]:
        """One transaction, a savepoint when nested: what sqlite-utils' ``Database.atomic`` does,
        without loading it."""
        conn = self.conn
        if conn.in_transaction:
            name = f"newsreader_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may already have ended the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN")
        try:
            yield self
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
