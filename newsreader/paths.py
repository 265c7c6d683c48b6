"""Where newsreader keeps its data, and where its bundled resources are.

The only module that knows directories. ``NEWSREADER_DB`` overrides the
library path and ``NEWSREADER_HOME`` the data/config directory (tests use both).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path

APP_ID = "io.github.newsreader.NewsReader"
APP_NAME = "newsreader"


def data_dir() -> Path:
    """Per-user data directory (library, logs, backups)."""
    home = os.environ.get("NEWSREADER_HOME")
    if home:
        return Path(home)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Per-user configuration directory (settings.ini)."""
    home = os.environ.get("NEWSREADER_HOME")
    if home:
        return Path(home) / "config"
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_db_path(arg: str | os.PathLike[str] | None = None) -> Path:
    """The library file: ``--db`` first, then ``NEWSREADER_DB``, then the data directory."""
    if arg:
        return Path(arg)
    env = os.environ.get("NEWSREADER_DB")
    return Path(env) if env else data_dir() / "library.db"


@functools.cache
def resources_dir() -> Path:
    """Bundled resources: frozen bundle, then installed package, then the repo checkout
    (looked up once: it does not move while the program runs)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "newsreader" / "resources"
    # An installed wheel has the resources inside the package (hatch force-include); a plain
    # path check, not importlib.resources, which would import zipfile & co. at start-up.
    installed = Path(__file__).resolve().parent / "resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file under the resources directory (names are relative, never absolute)."""
    for part in parts:
        if part.startswith("/") or ".." in Path(part).parts:
            raise ValueError(f"bad resource name {part!r}")
    return resources_dir().joinpath(*parts)
