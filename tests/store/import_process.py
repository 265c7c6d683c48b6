"""Helpers for the tests that kill ``newsreader import`` processes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def start_import(db: Path, folder: Path, *, capture_stdout: bool = False) -> subprocess.Popen[str]:
    """``python -m newsreader import --json FOLDER`` in a child process."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsreader", "import", "--db", str(db), "--json", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE if capture_stdout else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def article_count(db: Path) -> int:
    """Articles committed so far, read without disturbing the writer (0 while the file is not ready)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@contextmanager
def write_lock_held(db: Path) -> Iterator[None]:
    """Hold the library's write lock (as another program would): an import waits at its next batch (its
    busy timeout is far longer than a test holds the lock), so what it has committed stays as it is."""
    conn = sqlite3.connect(db, timeout=30, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()
