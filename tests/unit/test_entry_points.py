"""``newsreader --version``, ``--help`` and each command import only what they use (a static command table)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsreader import __version__
from newsreader.commands import COMMANDS

HEAVY = (
    "PySide6",
    "lxml",
    "trafilatura",
    "feedparser",
    "newsreader.importers",
    "newsreader.importing",
    "newsreader.timeline",
    "newsreader.ui",
)

PROBE = """
import contextlib, io, json, sys
from newsreader.__main__ import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(json.loads(sys.argv[1]))
print(json.dumps({"code": code, "out": out.getvalue(), "modules": sorted(sys.modules)}))
"""


def probe(args: list[str], cwd: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)], cwd=cwd, capture_output=True, text=True, timeout=60, check=True
    )
    found: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return found


def heavy(modules: object) -> list[str]:
    assert isinstance(modules, list)
    return [m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY)]


def test_version_imports_no_importer_qt_or_lxml(tmp_path: Path) -> None:
    found = probe(["--version"], tmp_path)
    assert found["code"] == 0
    assert found["out"] == f"newsreader {__version__}\n"
    assert heavy(found["modules"]) == []
    assert not [m for m in found["modules"] if m.startswith("newsreader.commands.")]  # type: ignore[attr-defined]


def test_help_lists_every_command_without_importing_them(tmp_path: Path) -> None:
    found = probe(["--help"], tmp_path)
    assert found["code"] == 0
    for name, (_module, help_line) in COMMANDS.items():
        assert name in found["out"]  # type: ignore[operator]
        assert help_line.split()[0] in found["out"]  # type: ignore[operator]
    assert not [m for m in found["modules"] if m.startswith("newsreader.commands.")]  # type: ignore[attr-defined]
    assert heavy(found["modules"]) == []


@pytest.mark.parametrize("command", ["list", "search", "bookmarks", "show"])
def test_a_command_imports_its_own_module_only(command: str, tmp_path: Path) -> None:
    found = probe([command, "--help"], tmp_path)
    assert found["code"] == 0
    assert "--db" in found["out"]  # type: ignore[operator]
    loaded = {m for m in found["modules"] if m.startswith("newsreader.commands.")}  # type: ignore[attr-defined]
    assert loaded == {COMMANDS[command][0]}
    assert heavy(found["modules"]) == []


def test_the_import_command_still_has_its_options(tmp_path: Path) -> None:
    found = probe(["import", "--help"], tmp_path)
    assert found["code"] == 0
    assert "--follow-links" in found["out"]  # type: ignore[operator]
    loaded = {m for m in found["modules"] if m.startswith("newsreader.commands.")}  # type: ignore[attr-defined]
    assert loaded <= {"newsreader.commands.importing", "newsreader.commands.interrupt"}  # its Ctrl+C helper
    assert "newsreader.commands.importing" in loaded
    assert not {m for m in found["modules"] if m.split(".")[0] == "PySide6"}  # type: ignore[attr-defined]
