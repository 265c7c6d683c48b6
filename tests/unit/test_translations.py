"""The Arabic catalogue is complete: every string the GUI passes to tr() has a translation."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "newsreader_ar.ts"


def ui_strings() -> set[str]:
    found: set[str] = set()
    for path in [*(ROOT / "newsreader" / "ui").rglob("*.py"), ROOT / "newsreader" / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            # self.tr("…") and QCoreApplication.translate("context", "…")
            text = None
            if name == "tr" and node.args:
                text = node.args[0]
            elif name == "translate" and len(node.args) > 1:
                text = node.args[1]
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add(text.value)
    return found


def catalogue() -> dict[str, tuple[str, str | None]]:
    out = {}
    for message in ET.parse(TS).iter("message"):
        tr = message.find("translation")
        assert tr is not None
        out[message.findtext("source") or ""] = (tr.text or "", tr.get("type"))
    return out


def test_every_tr_string_is_in_the_catalogue_and_translated() -> None:
    strings = ui_strings()
    assert len(strings) > 100
    cat = catalogue()
    missing = sorted(s for s in strings if s not in cat)
    assert missing == [], "run pyside6-lupdate"
    unfinished = sorted(s for s, (text, kind) in cat.items() if kind == "unfinished" or not text.strip())
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    for source, (text, _kind) in catalogue().items():
        for n in range(1, 6):
            assert (f"%{n}" in source) == (f"%{n}" in text), source
