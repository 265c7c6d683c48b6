"""What a launch loads before its first paint: the heavy parts wait until they are used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from newsreader.store import Store

# Run the real launch (``newsreader --db LIB``); once the window's first paint pass is over,
# print the modules and Qt classes loaded so far, and quit.
PROBE = r"""
import gc, json, sys
from newsreader.__main__ import main
from newsreader.ui.main_window import MainWindow
from PySide6 import QtCore, QtGui, QtWidgets
_show = MainWindow.show
def show(w):
    seen = {}
    def report():
        built = [n for m in (QtCore, QtGui, QtWidgets) for n in m.__dict__ if n.startswith("Q")]
        seen.update(modules=sorted(sys.modules), classes=built, article=w.current_article() is not None,
                    gc_at_paint=gc.isenabled())
        QtCore.QTimer.singleShot(300, later)
    def later():  # the window's own after-first-paint work has run by now
        seen.update(gc_later=gc.isenabled(), frozen=gc.get_freeze_count())
        print(json.dumps(seen))
        QtWidgets.QApplication.quit()
    class Watch(QtCore.QObject):
        def eventFilter(self, o, e):
            if e.type() == QtCore.QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                QtCore.QTimer.singleShot(0, report)
            return False
    w._watch = Watch(); w.installEventFilter(w._watch); _show(w)
MainWindow.show = show
main(["--db", sys.argv[1]])
"""


def test_first_paint_loads_none_of_the_heavy_parts(sample_store: Store, tmp_path: Path) -> None:
    path = str(sample_store.path)
    sample_store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSREADER_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", PROBE, path], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["article"]  # the newest article is on screen
    modules = set(seen["modules"])
    assert {"newsreader.ui.main_window", "newsreader.store.core"} <= modules  # the probe saw the launch
    heavy = {
        "multiprocessing",
        "csv",
        "sqlite_utils",
        "hijridate",  # import workers, exports, writes, Hijri labels
        "hashlib",  # OpenSSL: ids and hashes are made by imports
        "PySide6.QtNetwork",
        "PySide6.QtPrintSupport",  # the single-instance server (after the paint), printing
        "newsreader.search.analyzer",
        "newsreader.search.query",
        "newsreader.importing",
        "newsreader.timeline.extractor",
        "newsreader.store.backup",
        "newsreader.ui.timeline_dialogs",
        "newsreader.ui.settings_dialog",
    }
    assert heavy & modules == set()
    # PySide6 builds a class (and all its enums) on first use; these wait for their dialog or style,
    # and the Qt namespace (94 enums) for the first key press or dialog (newsreader.ui.qtvalues)
    # and the shortcuts (QKeySequence) until the window has painted
    assert {"Qt", "QStyle", "QMessageBox", "QFileDialog", "QDateEdit", "QPrinter", "QKeySequence", "QUrl"} & set(
        seen["classes"]
    ) == set()
    assert {"QMainWindow", "QListView", "QTextBrowser"} <= set(seen["classes"])
    # no cyclic garbage collection while starting; back on after the paint, start-up objects frozen
    assert (seen["gc_at_paint"], seen["gc_later"]) == (False, True)
    assert seen["frozen"] > 10_000
