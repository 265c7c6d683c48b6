"""Shared fixtures: offscreen Qt, an isolated data directory, real library files in tmp_path."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("NEWSREADER_DB", None)

from newsreader.domain import ParsedArticle  # noqa: E402
from newsreader.store import Store  # noqa: E402


@pytest.fixture(autouse=True)
def data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data/config directory: nothing touches ~/.local."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NEWSREADER_HOME", str(home))
    monkeypatch.delenv("NEWSREADER_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "library.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


def article(title: str, body: str, **kw: str) -> ParsedArticle:
    return ParsedArticle(title=title, body=body, **kw)  # type: ignore[arg-type]


@pytest.fixture
def sample_articles() -> list[ParsedArticle]:
    """A few short articles the project wrote itself (fictional)."""
    return [
        article(
            "افتتاح جسر النخيل في مدينة الواحة",
            "افتتحت بلدية الواحة أمس جسر النخيل الجديد بعد عامين من العمل.\n\n"
            "وقال رئيس البلدية إن الجسر سيخدم 40 ألف سائق يومياً.",
            url="https://example.org/a1",
            published="2024-03-14",
            source="صحيفة الواحة",
        ),
        article(
            "NovaGrid تطلق منصة Solar Hub في الرياض",
            "أعلنت شركة NovaGrid الناشئة عن منصتها الجديدة.\n\nوتتوقع الشركة 3 ملايين مستخدم.",
            url="https://example.org/a2",
            published="2023-09-01",
            source="مجلة المستقبل",
        ),
        article(
            "Local fair opens in the old town",
            "The fair opened on Monday.\n\nIt runs for two weeks.",
            url="https://example.org/a3",
            published="2022-05-02",
            source="Oasis Times",
        ),
    ]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use a QApplication get the ``gui`` marker (``-m 'not gui'`` is the fast loop)."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures or "qtmodeltester" in fixtures:
            item.add_marker(pytest.mark.gui)
