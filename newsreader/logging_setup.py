"""Logging: a file in the data directory, stderr when there is one, Qt messages, faulthandler."""

from __future__ import annotations

import faulthandler
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from newsreader import paths

log = logging.getLogger("newsreader")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
_fault_file = None
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _FirstLine(logging.Formatter):
    """stderr gets each record's first line: tracebacks and details stay in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(record).partition("\n")[0]


def log_path() -> Path:
    return paths.data_dir() / "newsreader.log"


def init(level: int = logging.INFO) -> Path:
    """Configure logging once; returns the log file's path."""
    global _fault_file
    root = logging.getLogger()
    target = log_path()
    if any(getattr(h, "_newsreader", False) for h in root.handlers):
        return target
    fmt = logging.Formatter(FORMAT)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _rotate(target)
        file_handler = logging.FileHandler(target, encoding="utf-8")
        file_handler.setFormatter(fmt)
        file_handler._newsreader = True  # type: ignore[attr-defined]
        root.addHandler(file_handler)
    except OSError:
        pass
    if sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setFormatter(_FirstLine(FORMAT))
        stream.setLevel(logging.WARNING)
        stream._newsreader = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    root.setLevel(level)
    # faulthandler needs a real file: pythonw / windowed bundles have stderr None.
    if sys.__stderr__ is not None:
        faulthandler.enable(sys.__stderr__)
    else:
        try:
            _fault_file = open(target.with_suffix(".crash"), "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
        except OSError:
            pass
    qInstallMessageHandler(_qt_message)
    return target


def _rotate(target: Path, max_bytes: int = 1_000_000, keep: int = 3) -> None:
    """Start a new log when the last one grew large (rotation at start-up only: it spares the
    window the import of logging.handlers)."""
    try:
        if not target.exists() or target.stat().st_size < max_bytes:
            return
        for n in range(keep - 1, 0, -1):
            older = target.with_name(f"{target.name}.{n}")
            if older.exists():
                older.replace(target.with_name(f"{target.name}.{n + 1}"))
        target.replace(target.with_name(f"{target.name}.1"))
    except OSError:
        pass


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.WARNING), message)
