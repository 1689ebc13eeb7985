"""Choosing a menu entry as a person does: a click on the menu bar's title, then a click on the
entry in the menu that opens."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow


def plain(text: str) -> str:
    """A menu text without its mnemonic marks and trailing ellipsis."""
    return re.sub(r"&(.)", r"\1", text).rstrip("…").strip()


def choose(qtbot, window: QMainWindow, menu_title: str, entry: str) -> None:
    """Click `menu_title` in the window's menu bar, then `entry` in its menu (names as shown,
    without & marks or a trailing …)."""
    bar = window.menuBar()
    title = next(a for a in bar.actions() if plain(a.text()) == menu_title)
    menu = title.menu()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if plain(a.text()) == entry)
    assert action.isEnabled(), f"{menu_title} > {entry} is disabled"
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())
