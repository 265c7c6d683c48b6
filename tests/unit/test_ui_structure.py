"""The GUI as view plus controllers: no ui module reaches for the main window (controllers and
commands take the operations object), and no ui module grows past the size one can read."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "newsreader" / "ui"
MAX_LINES = 520  # «about 500»


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, under ``if TYPE_CHECKING:`` and inside functions too."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_no_ui_module_imports_the_main_window() -> None:
    offenders = sorted(
        p.name
        for p in UI.rglob("*.py")
        if p.name != "main_window.py" and any(n.startswith("newsreader.ui.main_window") for n in imported(p))
    )
    assert offenders == []


def test_the_check_sees_an_import_for_typing_only(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from newsreader.ui.main_window import MainWindow\n"
    )
    assert "newsreader.ui.main_window" in imported(module)


def test_ui_modules_stay_readable() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in UI.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}
