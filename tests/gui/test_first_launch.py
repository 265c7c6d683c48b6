"""The real start-up path: a first launch opens the sample library, and --screenshot writes a PNG."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from newsreader import paths
from newsreader.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_first_launch_imports_the_samples_and_screenshots(tmp_path: Path) -> None:
    db, shot = tmp_path / "library.db", tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSREADER_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-m", "newsreader", "--db", str(db), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    image = QImage(str(shot))
    assert not image.isNull() and image.width() >= 800 and image.height() >= 500
    samples = sorted(paths.resource("samples").glob("*.txt"))
    with Store.connect(db) as store:
        assert store.count() == len(samples) >= 8
        newest = store.article(store.article_ids()[0])
        assert newest.source and newest.published and store.mentions(newest.id)
