"""Help > About and Help > Keyboard shortcuts, File > Close, View > Show all panels and Reset
layout, used through the menu bar and the keyboard as a person does (yes/no questions answered by
stand-ins: a modal question cannot be clicked offscreen without one)."""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QPointF, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QToolBar

from designer import __version__
from designer.paths import resource_path
from designer.qt.dialogs.about import AboutDialog
from designer.qt.dialogs.shortcuts import plain_title
from designer.services import about
from tests.qt_menus import choose

pytestmark = pytest.mark.qt
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def shown_about(qtbot, window) -> AboutDialog:
    choose(qtbot, window, "Help", "About Xpyun Label Designer")
    dialog = window.help_menu.about
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    return dialog


def click_row(qtbot, widget, row: int) -> None:
    """Click a list's row where it is drawn."""
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), LEFT, pos=rect.center())


def test_about_shows_the_versions_and_the_font_licence(window, qtbot) -> None:
    dialog = shown_about(qtbot, window)

    def shown(key: str) -> str:
        return dialog.findChild(QLabel, f"version_{key}").text()

    assert __version__ in dialog.findChild(QLabel, "title").text()
    assert shown("program") == __version__
    assert shown("qt") == qVersion()
    assert shown("pyside6") == PySide6.__version__
    assert shown("python").startswith(platform.python_version())
    rows = [dialog.licence_list.item(i).text() for i in range(dialog.licence_list.count())]
    assert rows[0] == "Xpyun Label Designer: MIT License"
    assert rows[1] == "Noto Sans SC (the bundled font): SIL Open Font License 1.1"
    pillow = importlib.metadata.metadata("pillow")["Name"]  # as the installed metadata spells it
    assert any(row.startswith(f"{pillow} ") for row in rows)
    click_row(qtbot, dialog.licence_list, 1)
    ofl = resource_path("fonts/OFL.txt").read_text("utf-8")
    assert dialog.licence_text.toPlainText() == ofl
    assert "SIL OPEN FONT LICENSE Version 1.1" in dialog.licence_text.toPlainText()
    qtbot.mouseClick(dialog.findChild(QPushButton, "copy_versions"), LEFT)
    copied = QGuiApplication.clipboard().text()
    assert f"Version: {__version__}" in copied and f"Qt: {qVersion()}" in copied
    dialog.close()


def test_the_program_licence_shows_its_text_or_names_it(qtbot, tmp_path: Path, monkeypatch):
    licence = tmp_path / "LICENSE"
    licence.write_text("MIT License\n\nCopyright (c) the authors\n", "utf-8")
    monkeypatch.setattr(about, "_checkout_licence", lambda: licence)
    with_text = AboutDialog()
    qtbot.addWidget(with_text)
    assert with_text.licence_text.toPlainText() == licence.read_text("utf-8")
    monkeypatch.setattr(about, "_checkout_licence", lambda: None)
    monkeypatch.setattr(about, "_installed_licence", lambda: None)
    without = AboutDialog()
    qtbot.addWidget(without)
    assert without.licence_text.toPlainText() == (
        "Xpyun Label Designer is released under the MIT License. The licence's text is not "
        "part of this installation."
    )


def test_keyboard_shortcuts_lists_every_action_key_and_searches(window, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(window, Qt.Key.Key_Slash, CTRL)  # Help > Keyboard shortcuts' key
    dialog = window.help_menu.shortcuts
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible())
    listed = dialog.visible_shortcuts()
    assert ("Arrange", "Rotate 90°", "Ctrl+R") in listed
    assert ("File", "Close", "Ctrl+W") in listed
    assert ("Toolbox", "Text", "T") in listed and ("Toolbox", "QR code", "Q") in listed
    assert ("Canvas", "Move the selection by 1 mm", "Shift+Arrow keys") in listed
    pairs = {(name, keys) for _, name, keys in listed}
    for action in [*window.menus.actions.values(), *window.tool_actions.values()]:
        if not action.shortcut().isEmpty():
            keys = ", ".join(k.toString() for k in action.shortcuts())  # all of them
            assert (plain_title(action.text()), keys) in pairs, action.objectName()

    qtbot.keyClicks(dialog.search, "ctrl+r")
    assert dialog.visible_shortcuts() == [("Arrange", "Rotate 90°", "Ctrl+R")]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ROTATE")
    assert dialog.visible_shortcuts() == [("Arrange", "Rotate 90°", "Ctrl+R")]
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such thing")
    assert dialog.visible_shortcuts() == [] and dialog.nothing.isVisible()
    dialog.search.clear()
    assert not dialog.nothing.isVisible()
    dialog.close()

    # the list is made from the actions each time it opens: a new action shows up
    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    window.menus.add(help_menu, "jump", "&Jump", lambda: None, "Ctrl+Alt+J")
    choose(qtbot, window, "Help", "Keyboard shortcuts")
    qtbot.waitUntil(dialog.isVisible)
    assert ("Help", "Jump", "Ctrl+Alt+J") in dialog.visible_shortcuts()
    dialog.close()


def test_file_close_puts_a_saved_label_away_and_keeps_the_window(window, qtbot) -> None:
    window.scene.add_element("SQ", QPointF(15, 10))
    window.doc.undo_stack.setClean()
    choose(qtbot, window, "File", "Close")
    assert window.isVisible() and window.doc.label.elements == ()
    assert window.doc.name == "Untitled"


def test_file_close_asks_about_unsaved_changes(window, qtbot, tmp_path: Path, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.doc.mark_saved(tmp_path / "shop.xml")
    window.scene.add_element("SQ", QPointF(15, 10))
    assert window.isWindowModified()
    choose(qtbot, window, "File", "Close")
    assert asked == ["shop.xml has unsaved changes. Save them?"]
    assert window.isVisible()  # Cancel: nothing closed, nothing lost
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)  # File > Close's key
    qtbot.waitUntil(lambda: window.doc.path is None)
    assert len(asked) == 2
    assert "<SQ " in (tmp_path / "shop.xml").read_text("utf-8")  # Save: saved, then put away
    assert window.isVisible() and window.doc.label.elements == ()  # the window stays


def test_quit_closes_every_window(window, qtbot) -> None:
    from designer.qt.main_window import MainWindow

    other = MainWindow()
    other.show()
    qtbot.waitExposed(other)
    choose(qtbot, window, "File", "Quit")
    qtbot.waitUntil(lambda: not window.isVisible() and not other.isVisible())
    other.deleteLater()


def test_show_all_panels_and_reset_layout(window, qtbot) -> None:
    docks = window.docks
    toolbox = window.findChild(QToolBar, "toolbox")
    first_areas = {name: window.dockWidgetArea(dock) for name, dock in docks.items()}
    docks["labels"].close()
    docks["printers"].close()
    toolbox.close()
    choose(qtbot, window, "View", "Show all panels")
    assert all(dock.isVisible() for dock in docks.values()) and toolbox.isVisible()

    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, docks["properties"])
    docks["preview"].setFloating(True)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbox)
    docks["problems"].close()
    assert window.dockWidgetArea(docks["properties"]) != first_areas["properties"]
    choose(qtbot, window, "View", "Reset layout")
    assert {name: window.dockWidgetArea(d) for name, d in docks.items()} == first_areas
    assert not docks["preview"].isFloating()
    assert all(dock.isVisible() for dock in docks.values())
    assert window.toolBarArea(toolbox) == Qt.ToolBarArea.LeftToolBarArea
