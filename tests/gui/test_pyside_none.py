"""PySide6 6.12 on Python 3.11 costs None a reference per call of a method that returns nothing;
painting the list and the timeline makes many such calls. The window must survive it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newsreader.store import Store

ROOT = Path(__file__).resolve().parents[2]
REPAINT = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from newsreader.app import Translations, make_application
from newsreader.settings import Settings
from newsreader.store import Store
from newsreader.ui.jobs import Pools
from newsreader.ui.main_window import MainWindow
app = make_application()
Translations(app).apply("ar")
window = MainWindow(Store.open(Path(sys.argv[1])), Settings(), Pools())
window.load_all()
window.resize(1200, 800)
window.show()
app.processEvents()
start = sys.getrefcount(None)
for _ in range(int(sys.argv[2])):  # far more None references than there are, without the guard
    window.list_view.viewport().grab()
    window.timeline.tree.viewport().grab()
print("survived", start)
"""


def test_repainting_for_a_long_time_does_not_abort_the_interpreter(sample_store: Store, tmp_path: Path) -> None:
    path = str(sample_store.path)
    sample_store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEWSREADER_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", REPAINT, path, "400"], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0 and "survived" in run.stdout, run.stderr[-1500:]
    start = int(run.stdout.split()[-1])
    assert sys.version_info >= (3, 12) or start < 400 * 300  # (the repaints would have used them all up)
