from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsreader import paths
from newsreader.importers import parse_file
from newsreader.importing.prepare import add_articles
from newsreader.settings import Settings, open_qsettings
from newsreader.store import Store
from newsreader.ui.jobs import Pools


@pytest.fixture(autouse=True)
def none_kept_alive() -> Iterator[None]:
    """PySide6 6.12 on Python 3.11 costs ``None`` a reference per call of a Qt method that returns
    nothing (newsreader.ui.pyside.keep_none_alive). The window tops it up as it paints; a test run
    builds hundreds of windows, most never painted, and made the interpreter abort at exit
    («none_dealloc») once the suite grew: topped up before each test."""
    from newsreader.ui.pyside import keep_none_alive

    keep_none_alive(low=1 << 20)
    yield


@pytest.fixture
def sample_store(db_path: Path) -> Iterator[Store]:
    """A library holding the bundled sample articles."""
    store = Store.open(db_path)
    for f in sorted(paths.resource("samples").glob("*.txt")):
        add_articles(store, parse_file(f))
    yield store
    store.close()


@pytest.fixture
def make_window(qtbot, sample_store: Store, data_home: Path):  # type: ignore[no-untyped-def]
    """Build a MainWindow over the sample library (several may be built in one test)."""
    from newsreader.app import Translations
    from newsreader.ui.main_window import MainWindow

    made = []

    def make(store: Store | None = None, language: str = "ar") -> MainWindow:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        Translations(app).apply(language)
        qs = open_qsettings(data_home / "settings.ini")
        settings = Settings.load(qs)
        settings.language = language
        window = MainWindow(store or sample_store, settings, Pools(), qs)
        qtbot.addWidget(window)
        window.load_all()
        made.append(window)
        return window

    yield make
    for w in made:
        w.pools.wait()
