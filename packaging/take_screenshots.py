"""Refresh docs/screenshots/: the main window, a search, the story timeline, settings, dark theme, English UI.

    QT_QPA_PLATFORM=offscreen python packaging/take_screenshots.py [OUTDIR]

Uses a fresh library holding the bundled sample articles (and a throwaway data directory).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp()
    os.environ["NEWSREADER_HOME"] = home
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from newsreader import paths
    from newsreader.app import Session, Translations, make_application
    from newsreader.importers import parse_file
    from newsreader.settings import Settings, open_qsettings
    from newsreader.store import Store
    from newsreader.ui.jobs import Pools
    from newsreader.ui.settings_dialog import SettingsDialog
    from newsreader.ui.theme import apply_theme

    app = make_application()
    store = Store.open(Path(home) / "library.db")
    for f in sorted(paths.resource("samples").glob("*.txt")):
        store.add_articles(parse_file(f))
    ids = store.article_ids()
    store.add_bookmark(ids[1], "للمتابعة", ["نقل"])
    store.add_bookmark(ids[3], "", ["اقتصاد"])

    def settle(ms: int = 600) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    qs = open_qsettings(Path(home) / "settings.ini")
    settings = Settings()
    translations = Translations(app)
    translations.apply("ar")
    session = Session(app, store, settings, qs, Pools(), translations)
    window = session.build_window()
    window.resize(1280, 800)
    window.show()
    window.select_row(0)
    settle()
    window.grab().save(str(out / "main-window.png"))

    window.search_field.setText("جمهورية سهيل")
    settle(1200)
    window.select_row(1)
    window.step_hit(True)
    settle()
    window.grab().save(str(out / "search.png"))

    window.show_story_timeline()
    settle(1200)
    window.story_dialog.grab().save(str(out / "story-timeline.png"))
    window.story_dialog.close()

    dialog = SettingsDialog(window, settings)
    dialog.show()
    settle()
    dialog.grab().save(str(out / "settings.png"))
    dialog.close()

    window.search_field.clear()
    settle(800)
    window.apply_settings(Settings(**{**settings.__dict__, "theme": "dark"}))
    window.select_row(2)
    settle()
    window.grab().save(str(out / "dark.png"))
    window.apply_settings(Settings(**{**settings.__dict__, "theme": "system"}))
    apply_theme("system")

    window.act_lang_en.trigger()
    english = session.window
    english.resize(1280, 800)
    english.show()
    settle()
    english.grab().save(str(out / "english.png"))
    english.close()
    QApplication.processEvents()
    for name in ("main-window", "search", "story-timeline", "settings", "dark", "english"):
        print(out / f"{name}.png")
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
