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

# The command table: name → (module, one-line help). It is static so that ``--help`` and ``--version``
# import no command module, and a command imports only its own module (and what that module uses).
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("newsreader.commands.library", "list the articles in the library"),
    "show": ("newsreader.commands.library", "show one article with its body"),
    "import": ("newsreader.commands.importing", "import article files, folders and .zip archives into the library"),
    "search": ("newsreader.commands.search", "search the library (Arabic-aware: clitics, diacritics, spellings)"),
    "bookmarks": ("newsreader.commands.bookmarks", "list, edit or export bookmarks"),
    "timeline": ("newsreader.commands.timeline", "list the dates an article mentions"),
}


class UsageError(Exception):
    """Bad command-line usage (exit code 2)."""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for ``command``: its module fills in its own sub-parser(s); every other command is a
    placeholder carrying its help line, so that ``newsreader --help`` lists them all without importing them."""
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="An Arabic-first desktop news reader. Without a command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    module_name = COMMANDS[command][0] if command in COMMANDS else None
    for name, (module, help_line) in COMMANDS.items():
        if module != module_name:
            sub.add_parser(name, help=help_line, add_help=False)
        elif name == _first_of(module):  # the module adds all of its commands, in the table's order
            importlib.import_module(module).add_parser(sub)
    return parser


def _first_of(module: str) -> str:
    return next(name for name, (m, _) in COMMANDS.items() if m == module)


def counted(n: int, word: str) -> str:
    """``n`` and the English noun ``word`` in its number: «1 file», «2 files», «0 files»."""
    return f"{n} {word if n == 1 else word + 's'}"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="library file (default: $NEWSREADER_DB or the data directory)")


#: Arguments that name files: bytes that are not UTF-8 are part of a real name there.
_PATH_ARGUMENTS = frozenset({"db", "paths", "file", "output"})


def _not_utf8(args: argparse.Namespace) -> str | None:
    """What is wrong with an argument (other than a file name) holding bytes that are not UTF-8 (Python
    keeps them as lone surrogates, which no search or id can hold), or None."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for one in values:
            if name in _PATH_ARGUMENTS or not isinstance(one, str):
                continue
            try:
                one.encode("utf-8")
            except UnicodeEncodeError:
                raw = one.encode("utf-8", "surrogateescape")
                label = "the search" if name == "query" else f"--{name.replace('_', '-')}"
                return f"{label} has bytes that are not UTF-8 ({raw!r}); type it again as UTF-8 text"
    return None


def run_cli(argv: Sequence[str]) -> int:
    command = next((a for a in argv if not a.startswith("-")), None)
    parser = build_parser(command)
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:  # argparse: --help → 0, usage error → 2
        return int(exc.code or 0)
    bad = _not_utf8(args)
    if bad is not None:
        sys.stderr.write(f"newsreader: {bad}\n")
        return 1
    try:
        return int(args.func(args))
    except sqlite3.Error as exc:  # a library damaged somewhere no Store method guards: said like the others
        from newsreader import paths
        from newsreader.store.errors import store_error

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
