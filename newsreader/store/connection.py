"""The library's SQLite connection, with sqlite-utils loaded only when first needed.

Reads go straight to :mod:`sqlite3`; sqlite-utils (migrations, ``atomic()`` transactions) is
imported on first use. That keeps about 90 ms of imports (sqlite-utils pulls in click, pluggy,
dateutil…) off the window's startup path: the first paint reads only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


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

    def atomic(self) -> AbstractContextManager[object]:
        """One transaction (a savepoint when nested): sqlite-utils' ``Database.atomic``."""
        return self.utils.atomic()

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def close(self) -> None:
        self.conn.close()
