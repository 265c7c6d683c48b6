"""The plain-int Qt values of the first paint are the values of the enums they stand for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar

from newsreader.ui import qtvalues as v


def test_every_value_is_its_enum() -> None:
    align, text, role = Qt.AlignmentFlag, Qt.TextFlag, Qt.ItemDataRole
    interaction = Qt.TextInteractionFlag
    expected = {
        "LEFT_TO_RIGHT": Qt.LayoutDirection.LeftToRight,
        "RIGHT_TO_LEFT": Qt.LayoutDirection.RightToLeft,
        "ALIGN_LEFT": align.AlignLeft,
        "ALIGN_RIGHT": align.AlignRight,
        "ALIGN_ABSOLUTE": align.AlignAbsolute,
        "ALIGN_VCENTER": align.AlignVCenter,
        "ALIGN_CENTER": align.AlignCenter,
        "TEXT_SINGLE_LINE": text.TextSingleLine,
        "TEXT_FORCE_LEFT_TO_RIGHT": text.TextForceLeftToRight,
        "TEXT_FORCE_RIGHT_TO_LEFT": text.TextForceRightToLeft,
        "ACTIONS_CONTEXT_MENU": Qt.ContextMenuPolicy.ActionsContextMenu,
        "TOOL_BUTTON_TEXT_BESIDE_ICON": Qt.ToolButtonStyle.ToolButtonTextBesideIcon,
        "TOOL_BUTTON_ICON_ONLY": Qt.ToolButtonStyle.ToolButtonIconOnly,
        "STRONG_FOCUS": Qt.FocusPolicy.StrongFocus,
        "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
        "BROWSER_AND_KEYBOARD_SELECTION": interaction.TextBrowserInteraction | interaction.TextSelectableByKeyboard,
        "DISPLAY_ROLE": role.DisplayRole,
        "TOOLTIP_ROLE": role.ToolTipRole,
        "FONT_ROLE": role.FontRole,
        "ACCESSIBLE_TEXT_ROLE": role.AccessibleTextRole,
        "USER_ROLE": role.UserRole,
    }
    names = {n for n in dir(v) if n.isupper()}
    assert names == set(expected)  # a new value needs its enum here
    for name, enum in expected.items():
        assert getattr(v, name) == enum.value, name
    assert align.AlignLeading.value == v.ALIGN_LEFT  # what the article view's paragraphs use


def test_set_property_sets_an_enum_property_and_refuses_an_unknown_one(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    v.set_property(label, "alignment", v.ALIGN_CENTER)
    assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    toolbar = QToolBar()
    qtbot.addWidget(toolbar)
    v.set_property(toolbar, "toolButtonStyle", v.TOOL_BUTTON_TEXT_BESIDE_ICON)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    with pytest.raises(ValueError, match="alignmnet"):
        v.set_property(label, "alignmnet", v.ALIGN_CENTER)
