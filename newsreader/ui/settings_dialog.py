"""Edit → Settings: language, digits, calendar, article font, spacing, reading and theme.

Whether an import follows symbolic links out of a folder is not a reader's setting: it is the
command line's ``import --follow-links`` (the window keeps the saved value, off by default)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QSpinBox,
    QStyle,
    QWidget,
)

from newsreader.settings import Settings
from newsreader.ui.dialogs import button_box, with_icon
from newsreader.ui.formatting import locale_for


class SettingsDialog(QDialog):
    """Shows a copy of the settings; :meth:`result_settings` returns the edited copy."""

    def __init__(self, parent: QWidget | None, settings: Settings) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setLocale(locale_for(settings.language, settings.arabic_digits))  # spin boxes: the chosen digits
        self._settings = settings

        def combo(name: str, items: list[tuple[str, str]], current: str) -> QComboBox:
            box = QComboBox()
            box.setObjectName(name)
            for value, label in items:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            return box

        self.language = combo("language", [("ar", "العربية"), ("en", "English")], settings.language)
        self.digits = combo(
            "digits",
            [("arabic", self.tr("Arabic-Indic (١٢٣)")), ("latin", self.tr("Latin (123)"))],
            "arabic" if settings.arabic_digits else "latin",
        )
        self.calendar = combo(
            "calendar",
            [("gregorian", self.tr("Gregorian")), ("hijri", self.tr("Hijri (Umm al-Qura)")), ("both", self.tr("Both"))],
            settings.calendar,
        )
        self.font_box = QFontComboBox()
        self.font_box.setObjectName("articleFont")
        self.font_box.setCurrentFont(QFont(settings.article_font))
        self.size_box = QSpinBox()
        self.size_box.setObjectName("fontSize")
        self.size_box.setRange(9, 40)
        self.size_box.setSuffix(self.tr(" pt"))
        self.size_box.setValue(settings.article_font_size)
        self.spacing = QSpinBox()
        self.spacing.setObjectName("lineSpacing")
        self.spacing.setRange(100, 250)
        self.spacing.setSingleStep(10)
        self.spacing.setSuffix(" %")
        self.spacing.setValue(settings.line_spacing)
        self.mark_read = QCheckBox(self.tr("Mark articles as read when they are opened"))
        self.mark_read.setObjectName("markRead")
        self.mark_read.setChecked(settings.mark_read_on_open)
        self.watched = QListWidget()
        self.watched.setObjectName("watchedFolders")
        self.watched.setAccessibleName(self.tr("Watched folders"))
        self.watched.setToolTip(
            self.tr("New files in these folders are imported in the background, also those added while the program was closed")
        )
        self.watched.addItems(settings.watched_folder_list())
        self.watched.setMaximumHeight(90)
        add = with_icon(QPushButton(self.tr("Add folder…")), QStyle.StandardPixmap.SP_DirOpenIcon)
        add.setObjectName("addWatchedFolder")
        add.clicked.connect(self._add_watched)
        remove = with_icon(QPushButton(self.tr("Remove")), QStyle.StandardPixmap.SP_TrashIcon)
        remove.setObjectName("removeWatchedFolder")
        remove.clicked.connect(lambda: [self.watched.takeItem(self.watched.row(i)) for i in self.watched.selectedItems()])
        watched_buttons = QHBoxLayout()
        watched_buttons.addWidget(add)
        watched_buttons.addWidget(remove)
        watched_buttons.addStretch(1)
        for box in (self.language, self.digits):  # the spin boxes show the digits being chosen
            box.currentIndexChanged.connect(
                lambda _i: self.setLocale(locale_for(str(self.language.currentData()), self.digits.currentData() == "arabic"))
            )
        self.theme = combo(
            "theme",
            [("system", self.tr("Follow the system")), ("light", self.tr("Light")), ("dark", self.tr("Dark"))],
            settings.theme,
        )
        buttons = button_box(QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("Interface language:"), self.language),
            (self.tr("Digits:"), self.digits),
            (self.tr("Calendar shown:"), self.calendar),
            (self.tr("Article font:"), self.font_box),
            (self.tr("Text size:"), self.size_box),
            (self.tr("Line spacing:"), self.spacing),
            (self.tr("Theme:"), self.theme),
        ):
            widget.setAccessibleName(label.rstrip(":"))
            form.addRow(label, widget)
        form.addRow(self.mark_read)
        form.addRow(self.tr("Watched folders:"), self.watched)
        form.addRow("", watched_buttons)
        form.addRow(buttons)

    def result_settings(self) -> Settings:
        return replace(
            self._settings,
            language=str(self.language.currentData()),
            arabic_digits=self.digits.currentData() == "arabic",
            calendar=str(self.calendar.currentData()),
            article_font=self.font_box.currentFont().family(),
            article_font_size=self.size_box.value(),
            line_spacing=self.spacing.value(),
            mark_read_on_open=self.mark_read.isChecked(),
            theme=str(self.theme.currentData()),
            watched_folders="\n".join(self.watched.item(i).text() for i in range(self.watched.count())),
        )

    def _add_watched(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Watch a folder"))
        if folder and not self.watched.findItems(folder, Qt.MatchFlag.MatchExactly):
            self.watched.addItem(folder)
