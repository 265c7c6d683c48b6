"""One schema version: the sqlite-utils migration list is the truth, and ``SCHEMA_VERSION`` (kept in its own tiny
module so that start-up need not import sqlite-utils to compare it with ``PRAGMA user_version``) must agree."""

from __future__ import annotations

import re

from newsreader.store.schema import migrations
from newsreader.store.version import SCHEMA_VERSION


def migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def test_schema_version_is_the_number_of_migrations() -> None:
    assert len(migration_names()) == SCHEMA_VERSION, (
        f"store/version.py says {SCHEMA_VERSION}, schema.py has {len(migration_names())} migrations: {migration_names()}"
    )


def test_migrations_are_numbered_in_order() -> None:
    """m001_…, m002_…: the number of each is its place, so the last one's number is the schema version."""
    numbers = [int(m.group(1)) for m in (re.fullmatch(r"m(\d{3})_\w+", n) for n in migration_names()) if m]
    assert len(numbers) == len(migration_names()), migration_names()
    assert numbers == list(range(1, len(numbers) + 1))
