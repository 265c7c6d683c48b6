"""Build the QApplication (names, direction, translations, fonts, error handling) and run the window."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from newsreader.ui import pyside  # noqa: F401  (first: PySide6 without its per-import source scan)

# isort: split
from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from newsreader import __version__, logging_setup, paths
from newsreader.errors import LibraryCorrupt, NewsReaderError
from newsreader.settings import Settings, open_qsettings
from newsreader.store import Store
from newsreader.ui.jobs import Pools
from newsreader.ui.qtvalues import LEFT_TO_RIGHT, RIGHT_TO_LEFT, set_property

if TYPE_CHECKING:
    from newsreader.ui.main_window import MainWindow

log = logging.getLogger(__name__)
UI_FAMILIES = ["Noto Naskh Arabic", "Noto Sans"]


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsreader", description="Open the newsreader window.")
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    parser.add_argument("--db", metavar="PATH", help="library file")
    parser.add_argument("--lang", choices=["ar", "en"], help="interface language (default: the saved setting, Arabic)")
    parser.add_argument("--screenshot", metavar="PNG", help="save a picture of the window once an article shows, then exit")
    parser.add_argument("files", nargs="*", metavar="FILE", help="article files or folders to import")
    return parser


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families loaded."""
    families: list[str] = []
    for font in sorted(paths.resource("fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_font(size: float | None = None) -> QFont:
    """The application font; every other font of the window starts from it. Unhinted: the bundled
    Noto fonts carry no hinting instructions, so FreeType would run its auto-hinter over every glyph
    (half of FreeType's work at start-up, measured), which also nudges Arabic dots and harakat."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if size:
        font.setPointSizeF(size)
    return font


def compiled_translation(language: str) -> Path | None:
    """newsreader_<lang>.qm: built by packaging/build_translations.py (run by the build and CI)."""
    qm = paths.resource("i18n", f"newsreader_{language}.qm")
    if qm.exists():
        return qm
    ts = qm.with_suffix(".ts")
    if not ts.exists():
        return None
    # A source checkout where the build step has not run yet: compile into the cache.
    import subprocess

    import PySide6

    cache = paths.data_dir() / "i18n"
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / qm.name
    if not target.exists() or target.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(PySide6.__file__).parent / "lrelease"
        try:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target)], check=True, timeout=60)
        except (OSError, subprocess.SubprocessError):
            log.warning("could not compile %s", ts)
            return None
    return target


class Translations:
    """The installed translators (Qt's own, then ours) for the current language."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    @property
    def translators(self) -> list[QTranslator]:
        """Kept on the application object, so every Translations of one app replaces the same set."""
        installed: list[QTranslator] | None = getattr(self.app, "_newsreader_translators", None)
        if installed is None:
            installed = []
            self.app._newsreader_translators = installed  # type: ignore[attr-defined]
        return installed

    @property
    def language(self) -> str | None:
        """The language applied last (to this application), None before the first."""
        return getattr(self.app, "_newsreader_language", None)

    def apply(self, language: str) -> None:
        """Qt's own strings (standard buttons, file dialogs: ``qtbase_<lang>``), then ours; our
        English catalogue holds only the plural forms of counts («1 article», «2 articles»)."""
        for t in self.translators:
            self.app.removeTranslator(t)
        self.translators.clear()
        if language == "ar":
            QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
            qt_tr = QTranslator(self.app)
            if qt_tr.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self.app.installTranslator(qt_tr)
                self.translators.append(qt_tr)
            set_property(self.app, "layoutDirection", RIGHT_TO_LEFT)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
            set_property(self.app, "layoutDirection", LEFT_TO_RIGHT)
        qm = compiled_translation(language)
        ours = QTranslator(self.app)
        if qm is not None and ours.load(str(qm)):
            self.app.installTranslator(ours)
            self.translators.append(ours)
        self.app._newsreader_language = language  # type: ignore[attr-defined]


def make_application(argv: Sequence[str] = ()) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "newsreader", *argv])
    assert isinstance(app, QApplication)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("News Reader")
    app.setOrganizationName(paths.APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(paths.APP_ID)
    load_fonts()
    app.setFont(ui_font(11))
    app.setWindowIcon(QIcon(str(paths.resource("icons", f"{paths.APP_ID}.svg"))))
    return app


def install_excepthook(log_file: Path, *, unattended: bool = False) -> None:
    """An unexpected exception is logged with its traceback and shown as a message with the log's
    path; ``unattended`` (``--screenshot``: nobody is there to close a message), one line on stderr
    and the application ends with exit status 1 instead of waiting."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, exc, tb))
        log.critical("unexpected error\n%s", text)
        if unattended:
            if sys.stderr is not None:  # a windowed bundle has none
                sys.stderr.write(f"newsreader: unexpected error ({kind.__name__}); details in {log_file}\n")
            QApplication.exit(1)  # in the event loop: it ends; before it, the exception ends the program
            return
        if QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "News Reader",
                QApplication.translate(
                    "app", "An unexpected error happened. Your library is safe.\nDetails were written to %1"
                ).replace("%1", str(log_file)),
            )
            box.setDetailedText(text)
            box.exec()

    sys.excepthook = hook


def open_library(db_path: Path) -> Store | None:
    """Open the library; a damaged one offers its latest backup. None: the user gave up."""
    try:
        return Store.open(db_path)
    except LibraryCorrupt as exc:
        from newsreader.store import backup
        from newsreader.ui.backups import ask_restore

        chosen = ask_restore(None, exc, db_path)
        if chosen is None:
            return None
        db_path.replace(db_path.with_name(db_path.name + ".damaged"))
        backup.restore(chosen.path, db_path)
        return open_library(db_path)
    except NewsReaderError as exc:
        from PySide6.QtWidgets import QMessageBox

        from newsreader.ui.messages import describe

        QMessageBox.critical(None, "News Reader", describe(exc))
        return None


def samples_dir() -> Path:
    return paths.resource("samples")


def run_gui(argv: Sequence[str]) -> int:
    args = gui_parser().parse_args(list(argv))
    log_file = logging_setup.init()
    app = make_application()
    qsettings = open_qsettings()
    settings = Settings.load(qsettings)
    if args.lang:
        settings.language = args.lang
    translations = Translations(app)
    translations.apply(settings.language)
    install_excepthook(log_file, unattended=bool(args.screenshot))

    db_path = paths.default_db_path(args.db)
    from newsreader.ui.single_instance import InstanceServer, hand_off
    from newsreader.ui.theme import apply_theme

    if not args.screenshot and hand_off(db_path, args.files):
        log.info("handed %d file(s) to the window that has %s open", len(args.files), db_path)
        return 0
    apply_theme(settings.theme)
    store = open_library(db_path)
    if store is None:
        return 1

    pools = Pools()
    session = Session(app, store, settings, qsettings, pools, translations)
    window = session.build_window()
    if store.read_only:
        window.statusBar().showMessage(
            QApplication.translate("app", "This library is read-only: you can read and search, but changes cannot be saved.")
        )
    first_launch = not store.read_only and store.is_empty()
    if first_launch:  # open the bundled sample library, and greet (not an import report)
        window.greet_first_launch(samples_dir())
    elif window.model.rowCount():
        window.select_row(0)
        window.restore_reading_state()
    if args.files:
        window.import_paths([Path(f) for f in args.files])
    if args.screenshot:
        schedule_screenshot(window, Path(args.screenshot))
    servers: list[InstanceServer] = []
    quitting = threading.Event()  # stops a daily backup still running: the next launch makes it

    def after_first_paint() -> None:
        """What a launch needs but the first picture does not: later launches find this window
        from now on, and the library gets its daily backup. The garbage collector (off while
        starting, see ``__main__``) comes back, with the start-up's objects set aside for good:
        later collections, and the pauses they make, stay short."""
        gc.freeze()
        gc.enable()
        from newsreader.store import backup

        servers.append(InstanceServer(db_path, session.open_files, app))
        if not store.read_only and backup.due(db_path):
            session.window.ops.write(lambda s: daily_backup(s, quitting.is_set), background=True)

    window.after_first_paint(after_first_paint)
    window.show()
    code = app.exec()
    quitting.set()
    for server in servers:
        server.close()
    pools.wait()
    store.close()
    return code


class Session:
    """One running application: the store, settings and the current main window.

    Switching the UI language builds a new window in the new direction and carries the
    state over (geometry, splitter, search text, view, the article shown).
    """

    def __init__(
        self, app: QApplication, store: Store, settings: Settings, qsettings: QSettings, pools: Pools, translations: Translations
    ) -> None:
        self.app = app
        self.store = store
        self.settings = settings
        self.qsettings = qsettings
        self.pools = pools
        self.translations = translations
        self.window: MainWindow

    def build_window(self) -> MainWindow:
        from newsreader.ui.main_window import MainWindow

        window = MainWindow(self.store, self.settings, self.pools, self.qsettings, launching=True)
        window.languageChangeRequested.connect(self.switch_language)
        window.restoreRequested.connect(self.restore_backup)
        window.load_all()
        self.window = window
        return window

    def restore_backup(self, saved: Path) -> None:
        """Replace the library with a backup: close every connection, copy, reopen, rebuild the window."""
        old = self.window
        path = self.store.path
        assert path is not None
        old.save_state()
        old.hide()
        old.model.set_ids([])  # nothing may read the old connection once it is closed
        self.pools.wait()
        try:
            self.store.backup("before-restore")
            damaged = False
        except LibraryCorrupt:  # no backup of a damaged library: the file itself is kept beside
            damaged = True
        self.store.close()
        from newsreader.store import backup

        if damaged:
            path.replace(path.with_name(path.name + ".damaged"))
        backup.restore(saved, path)
        self.store = Store.open(path)
        window = self.build_window()
        window.show()
        old.deleteLater()
        window.statusBar().showMessage(
            QApplication.translate("app", "Library restored from the backup of %1").replace("%1", saved.name), 8000
        )

    def open_files(self, files: list[str]) -> None:
        """Files handed over by a second launch: import them and bring the window forward."""
        if files:
            self.window.import_paths([Path(f) for f in files])
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def switch_language(self, language: str) -> None:
        """Apply ``language`` to everything at once (the View menu, Settings): a new window, built
        in the new language and direction, takes the old one's place and state."""
        old = self.window
        if language == self.translations.language:
            return
        article = old.current_article()
        query, view = old.search_field.text(), old.view_combo.currentIndex()
        old.save_state()
        self.settings.language = language
        self.settings.save(self.qsettings)
        self.translations.apply(language)
        window = self.build_window()
        window.view_combo.setCurrentIndex(view)
        window.search_field.setText(query)
        if article is not None and not window.select_article(article.id):
            window.show_article(article.id)
        window.show()
        old.hide()
        old.deleteLater()


def daily_backup(store: Store, cancelled: Callable[[], bool]) -> Path | None:
    """The once-a-day backup, on the writer thread; None if quitting cancelled it."""
    from newsreader.store.backup import BackupCancelled

    try:
        return store.backup("daily", cancelled=cancelled)
    except BackupCancelled:
        log.info("daily backup cancelled: the application quit")
        return None


def schedule_screenshot(window: MainWindow, target: Path) -> None:
    """Save a PNG of the window once an article is shown (or after 20 s), then quit."""
    done = {"taken": False}

    def grab() -> None:
        if done["taken"]:
            return
        done["taken"] = True
        target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(target), "PNG")
        window.close()
        QApplication.quit()

    window.articleShown.connect(lambda _aid: QTimer.singleShot(400, grab))
    window.importFinished.connect(lambda _p: QTimer.singleShot(400, grab))  # a first launch: the welcome
    if window.current_article() is not None:
        QTimer.singleShot(600, grab)
    QTimer.singleShot(20000, grab)
