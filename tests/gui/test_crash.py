"""An unexpected exception shows a dialog with the details and the log path, and is logged."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox


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
