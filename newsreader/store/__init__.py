"""The library store: one SQLite file; all SQL of the application lives in this package."""

from __future__ import annotations

from newsreader.store.articles_sql import AddResult
from newsreader.store.core import Store

__all__ = ["AddResult", "Store"]
