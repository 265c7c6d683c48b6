"""Plain-int values of the few ``Qt`` namespace enums that the window's first paint needs.

PySide6 builds the Python classes of all 94 enums of the ``Qt`` namespace the first time any one
of them is touched (importing ``Qt`` from QtCore is enough): about 30 ms, an eighth of a launch
(measured, docs/performance.md). Nothing the first paint runs touches them. The values it needs are
these ints, passed where Qt takes ints: through the meta-object (:func:`set_property`),
``QTextFormat.setProperty``, ``QPainter.drawText(rect, flags, text)`` and item-data roles. Code that
runs later (dialogs, key handling, exports) imports ``Qt`` where it runs, as usual.
``tests/gui/test_qtvalues.py`` checks every value against its enum.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.LayoutDirection
LEFT_TO_RIGHT = 0
RIGHT_TO_LEFT = 1

# Qt.AlignmentFlag and Qt.TextFlag (QPainter.drawText flags)
ALIGN_LEFT = 0x0001  # also AlignLeading
ALIGN_RIGHT = 0x0002
ALIGN_ABSOLUTE = 0x0010
ALIGN_VCENTER = 0x0080
ALIGN_CENTER = 0x0084  # AlignHCenter | AlignVCenter
TEXT_SINGLE_LINE = 0x0100
TEXT_FORCE_LEFT_TO_RIGHT = 0x20000
TEXT_FORCE_RIGHT_TO_LEFT = 0x40000

# Qt.ContextMenuPolicy, Qt.ToolButtonStyle, Qt.FocusPolicy
ACTIONS_CONTEXT_MENU = 2
TOOL_BUTTON_ICON_ONLY = 0
TOOL_BUTTON_TEXT_BESIDE_ICON = 2
STRONG_FOCUS = 0x1 | 0x2 | 0x8  # TabFocus | ClickFocus | 0x8: not WheelFocus
SCROLL_BAR_ALWAYS_OFF = 1  # Qt.ScrollBarPolicy

# Qt.TextInteractionFlag: TextBrowserInteraction (mouse selection, links by mouse and keyboard)
# plus selecting with the keyboard
BROWSER_AND_KEYBOARD_SELECTION = 0x1 | 0x2 | 0x4 | 0x8

# Qt.ItemDataRole
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
ACCESSIBLE_TEXT_ROLE = 11
USER_ROLE = 0x0100


def set_property(obj: QObject, name: str, value: int) -> None:
    """Set an enum-typed Qt property (``alignment``, ``layoutDirection``…) from its int value."""
    if not obj.setProperty(name, value):
        raise ValueError(f"{type(obj).__name__} has no writable property {name!r}")
