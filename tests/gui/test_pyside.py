"""PySide6's per-import source scan is skipped for modules known not to use ``__feature__``."""

from __future__ import annotations

import importlib
import sys

from newsreader.ui import pyside


def test_our_modules_are_every_module_of_the_package() -> None:
    names = set(pyside.our_modules())
    assert {
        "newsreader",
        "newsreader.__main__",
        "newsreader.ui.main_window",
        "newsreader.store.core",
        "newsreader.importers",
        "newsreader.ui.pyside",
    } <= names
    assert not any("__pycache__" in n or n.endswith(".__init__") for n in names)
    for name in ("newsreader.store.core", "newsreader.timeline.display", "newsreader.ui.models.article_list_model"):
        assert importlib.import_module(name).__name__ == name


def test_the_feature_table_marks_our_modules_and_the_standard_library() -> None:
    table = sys.modules["__feature__"].pyside_feature_dict
    assert table["newsreader.ui.main_window"] == -1 and table["json"] == -1
    assert pyside.skip_source_scan(["newsreader.not_a_module_yet"]) == 1
    assert pyside.skip_source_scan(["newsreader.not_a_module_yet", "json"]) == 0  # already there
    assert table.pop("newsreader.not_a_module_yet") == -1
