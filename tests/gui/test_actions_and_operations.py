"""The action table resolves to real handlers, and library operations say what they changed."""

from __future__ import annotations

import importlib
from operator import attrgetter

from PySide6.QtCore import QCoreApplication

from newsreader.store import Store
from newsreader.ui.actions import ACTIONS


def test_every_action_of_the_table_is_made_and_its_handler_exists(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    for spec in ACTIONS:
        module, _sep, function = spec.handler.rpartition(":")
        handler = (
            getattr(importlib.import_module(f"newsreader.ui.{module}"), function) if module else attrgetter(spec.handler)(window)
        )
        assert callable(handler), spec.name
        assert getattr(window, f"act_{spec.attr}").objectName() == spec.name


def test_an_action_runs_its_handler(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.select_row(0)
    window.act_next.trigger()
    assert window.list_view.currentIndex().row() == 1
    window.act_prev.trigger()
    assert window.list_view.currentIndex().row() == 0


def test_operations_say_which_articles_changed_and_how(qtbot, make_window, sample_store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    window.pools.wait()  # the first article, marked read as it opened,
    QCoreApplication.sendPostedEvents()  # and its articlesChanged delivered
    aid = sample_store.article_ids()[2]
    with qtbot.waitSignal(window.ops.articlesChanged, timeout=5000) as changed:
        window.ops.toggle_bookmark(aid)
    assert changed.args == [[aid], "bookmark"]
    with qtbot.waitSignal(window.ops.articlesChanged, timeout=5000) as changed:
        window.ops.set_read([aid], False)
    assert changed.args == [[aid], "read"]
    with qtbot.waitSignal(window.ops.articlesChanged, timeout=5000) as changed:
        window.ops.save_bookmark(aid, "ملاحظة", ["وسم"])
    assert changed.args == [[aid], "note"]
    assert window.tag_combo.findData("وسم") >= 0  # the list controller listened: the tags reloaded
    with Store.connect(sample_store.path) as store:  # type: ignore[arg-type]
        bookmark = store.bookmark(aid)
    assert bookmark is not None and bookmark.note == "ملاحظة"


def test_a_failed_operation_runs_its_failure_path(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    failures: list[str] = []

    def broken(_store: Store) -> None:
        raise ValueError("no such thing")

    job = window.ops.op(broken).success(lambda _r: failures.append("succeeded")).failure(failures.append).run()
    qtbot.waitUntil(lambda: failures != [], timeout=5000)
    assert failures == ["no such thing"] and job.is_cancelled() is False
