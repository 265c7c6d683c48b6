"""An unexpected exception shows a dialog with the details and the log path, and is logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parents[2]


def test_excepthook_shows_details_and_log_path(qapp, tmp_path: Path, monkeypatch, caplog) -> None:
    from newsreader import app

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = tmp_path / "newsreader.log"
    app.install_excepthook(log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        kind, exc, tb = sys.exc_info()
    with caplog.at_level(logging.CRITICAL):
        sys.excepthook(kind, exc, tb)  # type: ignore[arg-type]
    assert "boom in a slot" in caplog.text and "Traceback" in caplog.text
    [box] = shown
    assert str(log_file) in box.text()
    assert "RuntimeError: boom in a slot" in box.detailedText()


# A bug planted in a real process: before the event loop (building the window) or inside it (a slot).
PLANTS = {
    "before the event loop": "import newsreader.app as a\n"
    "def boom(self): raise RuntimeError('planted bug')\n"
    "a.Session.build_window = boom\n",
    "in a slot": "import newsreader.app as a\n"
    "from PySide6.QtCore import QTimer\n"
    "def boom(): raise RuntimeError('planted bug')\n"
    "a.schedule_screenshot = lambda window, target: QTimer.singleShot(0, boom)\n",
}


@pytest.mark.parametrize("where", PLANTS)
def test_an_unattended_run_ends_on_an_unexpected_error_instead_of_waiting(tmp_path: Path, where: str) -> None:
    """``--screenshot`` has nobody to close the error message: one line on stderr, the traceback in
    the log, exit status 1, and no wait."""
    home = tmp_path / "home"
    code = PLANTS[where] + "import sys\nfrom newsreader.__main__ import main\nsys.exit(main(sys.argv[1:]))\n"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSREADER_HOME=str(home), PYTHONPATH=str(ROOT))
    db, shot = tmp_path / "library.db", tmp_path / "shot.png"
    run = subprocess.run(
        [sys.executable, "-c", code, "--db", str(db), "--screenshot", str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 1, run.stderr[-2000:]
    [line] = [x for x in run.stderr.splitlines() if x.startswith("newsreader:")]
    assert "unexpected error (RuntimeError)" in line and "Traceback" not in run.stderr
    logged = "\n".join(p.read_text(encoding="utf-8") for p in home.rglob("*.log"))
    assert "RuntimeError: planted bug" in logged
