"""The command line: ``newsreader COMMAND …``; without a command the GUI starts.

Each sub-command module has ``add_parser(subparsers)`` and ``run(args) -> int``.
JSON goes to stdout, errors to stderr; exit codes 0 ok, 1 failed, 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from newsreader import __version__
from newsreader.errors import NewsReaderError

COMMANDS = {
    "list": "newsreader.commands.library",
    "show": "newsreader.commands.library",
    "import": "newsreader.commands.importing",
    "search": "newsreader.commands.search",
    "bookmarks": "newsreader.commands.bookmarks",
    "timeline": "newsreader.commands.timeline",
}


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="An Arabic-first desktop news reader. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    seen: set[str] = set()
    for module_name in COMMANDS.values():
        if module_name in seen:
            continue
        seen.add(module_name)
        importlib.import_module(module_name).add_parser(sub)
    return parser


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="library file (default: $NEWSREADER_DB or the data directory)")


def run_cli(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse: --help → 0, usage error → 2
        return int(exc.code or 0)
    try:
        return int(args.func(args))
    except sqlite3.Error as exc:  # a library damaged somewhere no Store method guards: said like the others
        from newsreader import paths
        from newsreader.store.core import store_error

        sys.stderr.write(f"newsreader: {store_error(exc, paths.default_db_path(getattr(args, 'db', None)))}\n")
        return 1
    except NewsReaderError as exc:
        sys.stderr.write(f"newsreader: {exc}\n")
        return 1
    except UsageError as exc:
        sys.stderr.write(f"newsreader: {exc}\n")
        return 2
    except BrokenPipeError:
        return 1
