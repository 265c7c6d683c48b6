"""The core never imports Qt; the GUI never touches SQL directly; no module reaches a layer above its own."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "newsreader"
QT_ALLOWED = {"app.py", "logging_setup.py", "settings.py"}


def imported_names(path: Path) -> set[str]:
    """Every module and ``module.name`` an import statement of ``path`` names (``from a import b`` gives a and a.b)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def core_modules() -> list[Path]:
    return [
        p
        for p in PACKAGE.rglob("*.py")
        if "ui" not in p.relative_to(PACKAGE).parts and p.relative_to(PACKAGE).as_posix() not in QT_ALLOWED
    ]


def test_there_are_core_modules_to_check() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in core_modules()}
    assert {"store/core.py", "text/fold.py", "timeline/__init__.py", "domain.py"} <= names


def test_core_never_imports_pyside() -> None:
    offenders = [str(p) for p in core_modules() if any(m.split(".")[0] == "PySide6" for m in imported_names(p))]
    assert offenders == []


def test_ui_never_imports_sqlite() -> None:
    ui = [p for p in PACKAGE.rglob("*.py") if "ui" in p.relative_to(PACKAGE).parts]
    assert ui
    offenders = [str(p) for p in ui if any(m.split(".")[0] in ("sqlite3", "sqlite_utils") for m in imported_names(p))]
    assert offenders == []


def test_no_sql_outside_the_store() -> None:
    keywords = ("SELECT ", "INSERT INTO", "UPDATE articles", "DELETE FROM", "CREATE TABLE")
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        if "store" in p.relative_to(PACKAGE).parts:
            continue
        text = p.read_text(encoding="utf-8")
        if any(k in text for k in keywords):
            offenders.append(str(p))
    assert offenders == []


def test_arabic_script_facts_have_one_home() -> None:
    """The mark ranges, presentation-form blocks and digit sets are defined in newsreader/text/arabic.py only."""
    facts = ("\\u064b", "\\u064B", "\\ufb50", "\\uFB50", "\\u0670", "0x64B", "0x064B", "٠١٢٣")
    home = PACKAGE / "text" / "arabic.py"
    assert any(f in home.read_text(encoding="utf-8") for f in facts)
    offenders = [str(p) for p in PACKAGE.rglob("*.py") if p != home and any(f in p.read_text(encoding="utf-8") for f in facts)]
    assert offenders == []


def test_the_store_calls_no_layer_above_it() -> None:
    """The store is handed what to write: it runs no extractor and no importer (imports inside functions
    count too)."""
    above = ("newsreader.timeline", "newsreader.importing", "newsreader.importers", "newsreader.commands", "newsreader.ui")
    offenders = {
        str(p.relative_to(PACKAGE)): sorted(m for m in imported_names(p) if m.startswith(above))
        for p in (PACKAGE / "store").rglob("*.py")
    }
    assert len(offenders) > 5
    assert {path: found for path, found in offenders.items() if found} == {}


def test_the_store_imports_no_search_parser_or_analyser() -> None:
    """The store runs parsed queries (newsreader/query_types.py) and writes the analysed text it is handed:
    it imports nothing of newsreader/search/, not even for typing."""
    store = sorted((PACKAGE / "store").rglob("*.py"))
    assert any(p.parent.name == "search" for p in store)
    offenders = {
        p.relative_to(PACKAGE).as_posix()
        for p in store
        if any(m == "newsreader.search" or m.startswith("newsreader.search.") for m in imported_names(p))
    }
    assert offenders == set()


def test_the_importers_fold_text_without_the_search_analyser() -> None:
    """Importers read titles and bodies: they compare them with the text layer's fold
    (newsreader/text/fold.py), not with the search analyser, whose rules change with its version."""
    importers = sorted((PACKAGE / "importers").rglob("*.py"))
    assert len(importers) > 10
    offenders = {
        p.relative_to(PACKAGE).as_posix()
        for p in importers
        if any(m == "newsreader.search" or m.startswith("newsreader.search.") for m in imported_names(p))
    }
    assert offenders == set()


def test_the_timeline_imports_nothing_above_it() -> None:
    """The timeline is a pure library under the store: it imports neither the store, the import pipeline,
    the commands nor the GUI (the store and the pipeline call it, not the other way round)."""
    timeline = list((PACKAGE / "timeline").rglob("*.py"))
    assert len(timeline) > 20
    above = ("newsreader.store", "newsreader.importing", "newsreader.commands", "newsreader.ui", "newsreader.app")
    offenders = [f"{p}: {m}" for p in timeline for m in imported_names(p) if any(m == a or m.startswith(a + ".") for a in above)]
    assert offenders == []


# -- the layers, followed through every import (issue 19 item 8) -----------------------------------------
#: ui → commands → importing → store → search / timeline / importers → text and the plain values. A module
#: reaches (through any chain of imports, those inside functions included) no module of a layer above its own.
LAYERS = {
    "newsreader.ui": 5,
    "newsreader.app": 5,
    "newsreader.commands": 4,
    "newsreader.importing": 3,
    "newsreader.store": 2,
    "newsreader.search": 1,
    "newsreader.timeline": 1,
    "newsreader.importers": 1,
    "newsreader.text": 0,
    "newsreader.domain": 0,
    "newsreader.errors": 0,
    "newsreader.query_types": 0,
    "newsreader.__main__": 5,  # it starts the window (app) or a command
    "newsreader.logging_setup": 5,
    "newsreader.watch": 3,
    "newsreader.settings": 0,
    "newsreader.paths": 0,
    "newsreader.outlets": 0,
    "newsreader.csvout": 0,
    "newsreader.bookmarks_export": 0,
}


def test_every_module_has_a_layer() -> None:
    """A new module is given its place: one the test does not know fails here, not silently unchecked."""
    unplaced = sorted(m for m in import_graph() if m != "newsreader" and layer(m) is None)
    assert unplaced == []


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int | None:
    for prefix, rank in LAYERS.items():
        if module == prefix or module.startswith(prefix + "."):
            return rank
    return None


def import_graph() -> dict[str, set[str]]:
    """Module → the newsreader modules it imports (``from a import b`` is ``a.b`` when b is a module);
    importing ``a.b.c`` runs ``a`` and ``a.b`` too."""
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}

    def with_parents(name: str) -> set[str]:
        parts = name.split(".")
        return {".".join(parts[:i]) for i in range(2, len(parts) + 1)} & set(paths)

    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found: set[str] = set()
        for imported in imported_names(path):
            if imported.split(".")[0] == "newsreader":
                found |= with_parents(imported)
        graph[name] = found - {name}
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in graph.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def test_no_module_reaches_a_layer_above_its_own() -> None:
    graph = import_graph()
    assert {"newsreader.store.core", "newsreader.importing.pipeline", "newsreader.ui.main_window"} <= set(graph)
    offenders = {}
    for module in graph:
        rank = layer(module)
        if rank is None:
            continue
        above = sorted(m for m in reachable(graph, module) if (other := layer(m)) is not None and other > rank)
        if above:
            offenders[module] = above
    assert offenders == {}


def test_no_module_is_over_500_lines() -> None:
    sizes = {p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > 500} == {}


def test_no_ui_module_imports_the_main_window() -> None:
    """Controllers, dialogs and undo commands take the operations object, not the window (not even for typing)."""
    offenders = sorted(
        p.name
        for p in (PACKAGE / "ui").rglob("*.py")
        if p.name != "main_window.py" and any(n.startswith("newsreader.ui.main_window") for n in imported_names(p))
    )
    assert offenders == []


def test_the_check_sees_an_import_for_typing_only(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from newsreader.ui.main_window import MainWindow\n"
    )
    assert "newsreader.ui.main_window" in imported_names(module)
