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


def catalogue(ts: Path = TS) -> dict[str, tuple[str, str | None]]:
    """source → (translation, type); a plural message's forms are joined by newlines."""
    out = {}
    for message in ET.parse(ts).iter("message"):
        tr = message.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")]
        text = "\n".join(forms) if message.get("numerus") == "yes" and all(f.strip() for f in forms) else tr.text
        out[message.findtext("source") or ""] = (text or "", tr.get("type"))
    return out


def plural_messages(ts: Path) -> dict[str, list[str]]:
    return {
        m.findtext("source") or "": [f.text or "" for f in m.iter("numerusform")]
        for m in ET.parse(ts).iter("message")
        if m.get("numerus") == "yes"
    }


def test_counts_have_every_plural_form() -> None:
    """Arabic has six forms (zero, one, two, few, many, other), English two; every %n count has them."""
    counted = {s for s in ui_strings() if "%n" in s}
    assert counted
    for ts, forms in ((TS, 6), (TS.with_name("newsreader_en.ts"), 2)):
        plurals = plural_messages(ts)
        assert set(plurals) == counted, ts.name
        for source, texts in plurals.items():
            assert len(texts) == forms and all(t.strip() for t in texts), source
            assert sum("%n" in t for t in texts) >= forms - 3, source  # the words may replace 0, 1 and 2


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


def test_each_message_is_translated_once() -> None:
    """Two entries for one (context, source, comment) make lrelease drop one of them, whichever it likes."""
    seen: dict[tuple[str, str, str], str] = {}
    twice = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if key in seen:
                twice.append(key)
            seen[key] = message.findtext("translation") or ""
    assert twice == []


def ui_messages() -> set[tuple[str, str]]:
    """(context, source) of every tr() call: Qt looks a translation up in the class that calls
    ``self.tr`` (the class the call is written in, as lupdate reads it), or in translate()'s context."""
    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, context: str) -> None:
        if isinstance(node, ast.ClassDef):
            context = node.name
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where, text = None, None
            if name == "tr" and node.args:  # another object's tr() is looked up in its class, not this one
                receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                mine = isinstance(receiver, ast.Name) and receiver.id == "self"
                where, text = (context if mine else f"{context}: {ast.unparse(node.func)}"), node.args[0]
            elif name == "translate" and len(node.args) > 1 and isinstance(node.args[0], ast.Constant):
                where, text = str(node.args[0].value), node.args[1]
            if where and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((where, text.value))
        for child in ast.iter_child_nodes(node):
            visit(child, context)

    for path in [*(ROOT / "newsreader" / "ui").rglob("*.py"), ROOT / "newsreader" / "app.py"]:
        visit(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_message_is_translated_in_the_context_it_is_looked_up_in() -> None:
    """A source translated in one class is not translated in another: «Keyboard shortcuts» of the
    shortcuts dialog left the welcome page's link of the same words in English."""
    translated = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation") is not None and message.find("translation").get("type") != "unfinished")
    }  # type: ignore[union-attr]
    missing = sorted(m for m in ui_messages() if m not in translated and m[0])
    assert missing == []
