"""The core never imports Qt; the GUI never touches SQL directly."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "newsreader"
QT_ALLOWED = {"app.py", "logging_setup.py", "settings.py"}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
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
    offenders = [str(p) for p in core_modules() if any(m.split(".")[0] == "PySide6" for m in imports(p))]
    assert offenders == []


def test_ui_never_imports_sqlite() -> None:
    ui = [p for p in PACKAGE.rglob("*.py") if "ui" in p.relative_to(PACKAGE).parts]
    assert ui
    offenders = [str(p) for p in ui if any(m.split(".")[0] in ("sqlite3", "sqlite_utils") for m in imports(p))]
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
    # store/core.py still holds prepare() (the analysis of an import), which moves to newsreader/importing/
    assert offenders <= {"store/core.py"}


def test_the_timeline_imports_nothing_above_it() -> None:
    """The timeline is a pure library under the store: it imports neither the store, the import pipeline,
    the commands nor the GUI (the store and the pipeline call it, not the other way round)."""
    timeline = list((PACKAGE / "timeline").rglob("*.py"))
    assert len(timeline) > 20
    above = ("newsreader.store", "newsreader.importing", "newsreader.commands", "newsreader.ui", "newsreader.app")
    offenders = [f"{p}: {m}" for p in timeline for m in imports(p) if any(m == a or m.startswith(a + ".") for a in above)]
    assert offenders == []


def test_the_timeline_modules_stay_small() -> None:
    """One family a module: none of the timeline's modules grows past 500 lines."""
    sizes = {
        p.relative_to(PACKAGE).as_posix(): len(p.read_text(encoding="utf-8").splitlines())
        for p in (PACKAGE / "timeline").rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 500} == {}
