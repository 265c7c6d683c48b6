"""User settings: a typed dataclass saved through QSettings (INI file, path injected)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from newsreader import paths


@dataclass
class Settings:
    """Everything the user can change; defaults are the first-launch values."""

    language: str = "ar"  # "ar" or "en"
    arabic_digits: bool = True  # Arabic-Indic digits in dates
    calendar: str = "gregorian"  # gregorian, hijri, both
    article_font: str = "Noto Naskh Arabic"
    article_font_size: int = 15  # points
    line_spacing: int = 125  # percent (Naskh already has tall lines)
    mark_read_on_open: bool = True
    theme: str = "system"  # system, light, dark
    last_import_dir: str = ""
    follow_links: bool = False  # follow symbolic links out of imported folders
    watched_folders: str = ""  # folders whose new files are imported in the background, one a line

    def watched_folder_list(self) -> list[str]:
        return [line for line in self.watched_folders.splitlines() if line.strip()]

    @classmethod
    def load(cls, qsettings: QSettings) -> Settings:
        values: dict[str, Any] = {}
        defaults = cls()
        for f in fields(cls):
            default = getattr(defaults, f.name)
            raw = qsettings.value(f"settings/{f.name}", default)
            try:
                if isinstance(default, bool):
                    values[f.name] = raw in (True, "true", "1", 1)
                elif isinstance(default, int):
                    values[f.name] = int(str(raw))
                else:
                    values[f.name] = str(raw)
            except (TypeError, ValueError):
                values[f.name] = default
        return cls(**values)

    def save(self, qsettings: QSettings) -> None:
        for f in fields(self):
            qsettings.setValue(f"settings/{f.name}", getattr(self, f.name))
        qsettings.sync()


def open_qsettings(path: Path | None = None) -> QSettings:
    """The settings file (``config_dir()/settings.ini`` unless a path is given)."""
    target = path or paths.config_dir() / "settings.ini"
    target.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(target), QSettings.Format.IniFormat)


def save_window_state(qsettings: QSettings, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
    qsettings.beginGroup("mainwindow")
    qsettings.setValue("geometry", geometry)
    qsettings.setValue("state", state)
    qsettings.setValue("splitter", splitter)
    qsettings.endGroup()
    qsettings.sync()


def window_state(qsettings: QSettings) -> tuple[QByteArray, QByteArray, QByteArray]:
    qsettings.beginGroup("mainwindow")
    try:
        return tuple(  # type: ignore[return-value]
            qsettings.value(key, QByteArray(), QByteArray) for key in ("geometry", "state", "splitter")
        )
    finally:
        qsettings.endGroup()


def save_reading_state(qsettings: QSettings, view: str, article: str, query: str) -> None:
    """The list's view, the article shown and the search typed, for the next launch."""
    qsettings.beginGroup("reading")
    qsettings.setValue("view", view)
    qsettings.setValue("article", article)
    qsettings.setValue("search", query)
    qsettings.endGroup()
    qsettings.sync()


def reading_state(qsettings: QSettings) -> tuple[str, str, str]:
    """(view, article id, search) saved by the last session; empty strings when there are none."""
    qsettings.beginGroup("reading")
    try:
        return tuple(str(qsettings.value(key, "") or "") for key in ("view", "article", "search"))  # type: ignore[return-value]
    finally:
        qsettings.endGroup()
