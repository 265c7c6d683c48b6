"""What the main window keeps between sessions, and how it fits its width.

:class:`WindowState` restores the window's geometry and toolbars from QSettings at once and its splitter
when the window is first shown (at its real size), and saves them with where the reading left off. Below
:data:`ICONS_ONLY_BELOW` the toolbar shows icons only; below :data:`FOLD_TIMELINE_BELOW` the timeline pane
folds away behind the toolbar's «Timeline» toggle, so that the list and the text keep readable widths
(1024×640 and 800×600 stay readable)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject

from newsreader.ui.qtvalues import TOOL_BUTTON_ICON_ONLY, TOOL_BUTTON_TEXT_BESIDE_ICON, set_property

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QAction, QResizeEvent
    from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar, QWidget

    from newsreader.settings import Settings

ICONS_ONLY_BELOW = 1200
FOLD_TIMELINE_BELOW = 980


class WindowState(QObject):
    """Watches ``window``'s show and resize events (an event filter); ``right_pane`` is the pane the
    ``timeline_toggle`` action shows or hides."""

    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        toolbar: QToolBar,
        timeline_toggle: QAction,
        right_pane: Callable[[], QWidget],
        qsettings: Any,
    ) -> None:
        super().__init__(window)
        self.window, self.splitter, self.toolbar, self.qsettings = window, splitter, toolbar, qsettings
        self.timeline_toggle, self.right_pane = timeline_toggle, right_pane
        self._saved_splitter: QByteArray | None = None
        self._timeline_folded = self._icons_only = False
        window.installEventFilter(self)

    def restore(self) -> None:
        """The last session's geometry and toolbars (its splitter once the window is shown)."""
        if self.qsettings is None:
            return
        from newsreader.settings import window_state

        geometry, state, self._saved_splitter = window_state(self.qsettings)
        if not geometry.isEmpty():
            self.window.restoreGeometry(geometry)
        if not state.isEmpty():
            self.window.restoreState(state)

    def save(self, settings: Settings, view: str, article: str, query: str) -> None:
        """The window's geometry, toolbars and splitter, the settings, and where the reading left off."""
        if self.qsettings is None:
            return
        from newsreader.settings import save_reading_state, save_window_state

        window = self.window
        save_window_state(self.qsettings, window.saveGeometry(), window.saveState(), self.splitter.saveState())
        save_reading_state(self.qsettings, view, article, query)
        settings.save(self.qsettings)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Show:
                self._shown()
            elif event.type() == QEvent.Type.Resize:
                self._fit(event)  # type: ignore[arg-type]
        return False

    def _shown(self) -> None:
        saved, self._saved_splitter = self._saved_splitter, None
        if saved is not None and not saved.isEmpty():
            self.splitter.restoreState(saved)
            self.right_pane().setVisible(self.timeline_toggle.isChecked())  # restoreState shows every pane

    def _fit(self, event: QResizeEvent) -> None:
        width = event.size().width()
        icons_only = width < ICONS_ONLY_BELOW
        if icons_only != self._icons_only:
            self._icons_only = icons_only
            set_property(self.toolbar, "toolButtonStyle", TOOL_BUTTON_ICON_ONLY if icons_only else TOOL_BUTTON_TEXT_BESIDE_ICON)
        folded = width < FOLD_TIMELINE_BELOW
        if folded != self._timeline_folded:
            self._timeline_folded = folded
            self.timeline_toggle.setChecked(not folded)
            self.right_pane().setVisible(not folded)
