"""Refresh docs/screenshots/: a gallery of the window's states, in Arabic and English, light and dark.

    QT_QPA_PLATFORM=offscreen python packaging/take_screenshots.py [OUTDIR]

Each picture is named ``<language>-<theme>-<state>-<width>.png``: the reading window at 1440, 1024
and 800 px, a search with its results, the Bookmarks view with a note, the story timeline, Settings,
an import summary, the shortcuts, the search syntax, a note and its tags, the date to correct, the
first launch's welcome and an empty search, in each language; the dark theme's reading window,
search and story timeline. ``main-window.png`` (the README's first picture) is the Arabic reading window.
Uses a fresh library holding the bundled sample articles (and a throwaway data directory).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEIGHT = {1440: 900, 1024: 640, 800: 600}
SEARCH = {"ar": "جمهورية سهيل", "en": "جمهورية سهيل"}


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp()
    os.environ["NEWSREADER_HOME"] = home
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from newsreader import paths
    from newsreader.app import Session, Translations, make_application
    from newsreader.importers import parse_file
    from newsreader.importing.prepare import add_articles
    from newsreader.settings import Settings, open_qsettings
    from newsreader.store import Store
    from newsreader.ui.actions import shortcut_rows
    from newsreader.ui.bookmarks import BookmarkDialog
    from newsreader.ui.help import SearchHelpDialog, ShortcutsDialog
    from newsreader.ui.import_dialog import SummaryDialog
    from newsreader.ui.jobs import Pools
    from newsreader.ui.settings_dialog import SettingsDialog
    from newsreader.ui.theme import apply_theme
    from newsreader.ui.timeline_dialogs import DateDialog

    app = make_application()
    store = Store.open(Path(home) / "library.db")
    for f in sorted(paths.resource("samples").glob("*.txt")):
        add_articles(store, parse_file(f))
    ids = store.article_ids()
    store.add_bookmark(ids[1], "للمتابعة: موعد التشغيل الكامل", ["نقل"])
    store.add_bookmark(ids[3], "", ["اقتصاد"])
    written: list[Path] = []

    def settle(ms: int = 500) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget: QWidget, name: str) -> None:
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    qs = open_qsettings(Path(home) / "settings.ini")
    settings = Settings()
    translations = Translations(app)
    translations.apply("ar")
    session = Session(app, store, settings, qs, Pools(), translations)
    session.build_window()

    def window_at(width: int):  # type: ignore[no-untyped-def]
        window = session.window
        window.resize(width, HEIGHT[width])
        window.show()
        settle(300)
        window.splitter.setSizes([width * 26 // 100, width * 48 // 100, width * 26 // 100])  # the default shares
        settle(100)
        return window

    def search(text: str) -> None:
        window = session.window
        window.search_field.setText(text)
        window.searcher.run_now()
        settle(900)

    for language in ("ar", "en"):
        if language != translations.language:
            (session.window.act_lang_en if language == "en" else session.window.act_lang_ar).trigger()
        for theme in ("light", "dark"):
            window = session.window
            window.apply_settings(replace(settings, theme=theme))
            prefix = f"{language}-{theme}"
            widths = (1440, 1024, 800) if theme == "light" else (1440,)
            for width in widths:  # reading
                window = window_at(width)
                search("")
                window.view_combo.setCurrentIndex(0)
                window.select_row(2)
                settle()
                save(window, f"{prefix}-main-{width}")
            window = window_at(1440 if theme == "light" else 1024)  # a search with its results
            search(SEARCH[language])
            window.select_row(1)
            window.reader.step_hit(True)
            settle()
            save(window, f"{prefix}-search-{window.width()}")
            window = window_at(1440)
            window.show_story_timeline()  # the story timeline of that search, a tab of the timeline pane
            settle(1000)
            window.splitter.setSizes([380, 560, 500])
            settle(200)
            save(window, f"{prefix}-story-timeline-1440")
            window.timeline_tabs.setCurrentIndex(0)
            if theme == "dark":
                search("")
                continue
            search("")  # bookmarks, with a note
            window = window_at(1440)
            window.view_combo.setCurrentIndex(window.view_combo.findData("bookmarks"))
            settle()
            window.select_row(0)
            settle()
            save(window, f"{prefix}-bookmarks-1440")
            window.view_combo.setCurrentIndex(0)
            window = window_at(1440)  # the first launch's welcome, all of it
            window.reader.show_welcome()
            settle()
            save(window, f"{prefix}-welcome-1440")
            window = window_at(1024)  # an empty search: the list and the reader say so
            search("كلمةلاتوجد")
            save(window, f"{prefix}-empty-search-1024")
            search("")
            dialog = SettingsDialog(window, settings)
            dialog.show()
            settle(300)
            save(dialog, f"{prefix}-settings")
            dialog.close()
            failures = [
                (str(Path(home) / "incoming" / "page-17.html"), "not an article page: no title and no text found"),
                (str(Path(home) / "incoming" / "feed.xml"), "not well-formed XML (line 3, column 8)"),
            ]
            message = window.display.num(
                QCoreApplication.translate("ImportController", "Import finished: %1 new, %2 already there, %3 failed")
                .replace("%1", "12")
                .replace("%2", "3")
                .replace("%3", "2")
            )
            summary = SummaryDialog(window, message, failures)
            summary.show()
            settle(300)
            save(summary, f"{prefix}-import-summary")
            summary.close()
            window.select_row(0)
            for name, other in (
                ("shortcuts", ShortcutsDialog(window, shortcut_rows(window))),
                ("search-syntax", SearchHelpDialog(window)),
                (
                    "note-and-tags",
                    BookmarkDialog(window, store.bookmark(ids[1]), window.model.id_at(0) and window.current_article().title),
                ),
                ("correct-date", DateDialog(window, window.current_article().published, window.display)),
            ):
                other.show()
                settle(300)
                save(other, f"{prefix}-{name}")
                other.close()
        session.window.apply_settings(replace(settings, theme="system"))
        apply_theme("system")

    shutil.copy(out / "ar-light-main-1440.png", out / "main-window.png")
    for stale in out.glob("*-story-timeline.png"):  # the story timeline was a dialog before
        stale.unlink()
    session.window.close()
    QApplication.processEvents()
    for path in written:
        print(path)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
