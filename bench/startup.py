"""Time to first painted window with the sample library, against an empty PySide6 window.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--runs 21] [--json]

Each measurement is a fresh process (imports included): from process start until the window's
first paint pass is over (with an article shown, for newsreader), for the main window and for a bare
QMainWindow alike. Both watch their top-level window the same way: an event filter sees its first
Paint event and a zero timer fires once that paint pass (the window and all its children) is done.

Two things this harness does so that it measures what a user's launch costs, not the harness:

* the package's bytecode is compiled first (``compileall``): an installed wheel, a distribution
  package and the bundle all ship it, and so does a source checkout after its first launch, unless
  ``PYTHONDONTWRITEBYTECODE`` is set (it is in some sandboxes, where every launch would otherwise
  compile all our modules again: about 30 % of the start-up, measured);
* the event filter sits on the top-level window, never on a child's viewport: PySide6 builds the
  Python classes of all of QtWidgets (about 20 ms) the first time an event filter is handed a
  viewport, which no launch of the app does.
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

#: Shared by both programs: ``watch(w, ready)`` reports, once, when the first paint pass of the
#: window ``w`` with ``ready()`` true is over, and quits.
WATCH = r"""
def watch(w, ready):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    def done():
        print((time.perf_counter() - t0) * 1000, flush=True); app.quit()
    class F(QObject):
        def eventFilter(self, o, e):
            if e.type() == QEvent.Type.Paint and ready() and not getattr(self, "seen", False):
                self.seen = True
                QTimer.singleShot(0, done)  # runs when this paint pass (window and children) is over
            return False
    w._bench_filter = F(); w.installEventFilter(w._bench_filter)
"""

EMPTY = (
    r"""
import time; t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
"""
    + WATCH
    + r"""
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800)
watch(w, lambda: True); w.show(); app.exec()
"""
)

#: The real launch, ``newsreader --db LIBRARY`` (``newsreader.__main__.main``: argument parsing,
#: logging, the single-instance check, theme, backups, the window), watched from its ``show()``.
#: Nothing of PySide6 is imported before the app imports it, and the imports here run with the
#: garbage collector off, as ``main()`` has it while the window starts.
APP = (
    r"""
import time; t0 = time.perf_counter()
import gc, sys
gc.disable()
"""
    + WATCH
    + r"""
from newsreader.__main__ import main
from newsreader.ui.main_window import MainWindow
_show = MainWindow.show
def show(w):
    watch(w, lambda: w.current_article() is not None); _show(w)
MainWindow.show = show
main(["--db", sys.argv[1]])
"""
)


def compile_bytecode() -> None:
    """What an install does: our modules' bytecode on disk (see the module docstring)."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "newsreader")], check=True)


def measure(code: str, *args: str, env: dict[str, str]) -> float:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=True
    )
    return float(out.stdout.strip().splitlines()[-1])


def measure_both(db: Path, runs: int, env: dict[str, str]) -> tuple[list[float], list[float]]:
    """``runs`` fresh processes of each, alternating (a change in the machine's load between the two
    series would otherwise show up as a change of the ratio), after one warm-up run of each."""
    measure(EMPTY, env=env)  # warm the file cache
    measure(APP, str(db), env=env)
    empty: list[float] = []
    app: list[float] = []
    for _ in range(runs):
        empty.append(measure(EMPTY, env=env))
        app.append(measure(APP, str(db), env=env))
    return empty, app


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=21, help="fresh processes of each (fewer give unstable medians here)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    compile_bytecode()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), NEWSREADER_HOME=tmp, PYTHONPATH=str(ROOT)
        )
        db = Path(tmp) / "library.db"
        subprocess.run(
            [sys.executable, "-m", "newsreader", "import", "--db", str(db), str(ROOT / "resources" / "samples")],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        empty, app = measure_both(db, a.runs, env)
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
        print(f"ratio {result['ratio']}x (goal <= 2x), {a.runs} runs each, alternating, fresh processes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
