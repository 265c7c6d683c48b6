"""Time to first painted window with the sample library, against an empty PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs 5] [--json]

Each measurement is a fresh process (imports included): from process start to the first paint
event of the main window with an article shown, and to the first paint of a bare QMainWindow.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMPTY = r"""
import time; t0 = time.perf_counter()
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            print((time.perf_counter() - t0) * 1000); app.quit()
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""

APP = r"""
import time; t0 = time.perf_counter()
import sys
from PySide6.QtCore import QObject, QEvent
from PySide6.QtWidgets import QApplication
from newsreader.app import make_application, Translations
from newsreader.settings import Settings, open_qsettings
from newsreader.store import Store
from newsreader.ui.jobs import Pools
from newsreader.ui.main_window import MainWindow
app = make_application()
qs = open_qsettings()
settings = Settings.load(qs)
Translations(app).apply("ar")
store = Store.open(sys.argv[1])
w = MainWindow(store, settings, Pools(), qs)
w.load_all(); w.select_row(0)
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint and w.current_article() is not None:
            print((time.perf_counter() - t0) * 1000); app.quit()
        return False
f = F(); w.article_view.viewport().installEventFilter(f); w.show(); app.exec()
"""


def measure(code: str, *args: str, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                   NEWSREADER_HOME=tmp, PYTHONPATH=str(ROOT))
        db = Path(tmp) / "library.db"
        subprocess.run([sys.executable, "-m", "newsreader", "import", "--db", str(db), str(ROOT / "resources" / "samples")],
                       env=env, cwd=ROOT, check=True, capture_output=True)
        measure(EMPTY, env=env)  # warm the file cache
        measure(APP, str(db), env=env)
        empty = [measure(EMPTY, env=env) for _ in range(a.runs)]
        app = [measure(APP, str(db), env=env) for _ in range(a.runs)]
    result = {
        "empty_window_ms": round(statistics.median(empty), 1),
        "first_paint_ms": round(statistics.median(app), 1),
    }
    result["ratio"] = round(result["first_paint_ms"] / result["empty_window_ms"], 2)
    if a.json:
        print(json.dumps(result))
    else:
        print(f"{'':28}{'median ms':>10}")
        print(f"{'empty PySide6 window':28}{result['empty_window_ms']:>10}")
        print(f"{'newsreader, sample library':28}{result['first_paint_ms']:>10}")
        print(f"ratio {result['ratio']}x (goal <= 2x), {a.runs} runs each, fresh processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
