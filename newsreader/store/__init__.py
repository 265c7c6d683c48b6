"""The library store: one SQLite file; all SQL of the application lives in this package."""

from __future__ import annotations

from newsreader.store.core import AddResult, Store

__all__ = ["AddResult", "Store"]
