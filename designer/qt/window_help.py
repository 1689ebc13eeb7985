"""The Help menu: About (versions and licences) and Keyboard shortcuts (every action's keys).
Each dialog is made when it is first asked for, then shown again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from designer.qt.dialogs.about import AboutDialog
    from designer.qt.dialogs.shortcuts import ShortcutsDialog
    from designer.qt.main_window import MainWindow
    from designer.qt.window_menus import WindowMenus


def add_help_menu(menus: WindowMenus, menu: QMenu) -> HelpMenu:
    """Fill the Help `menu`; the window's help."""
    help_ = HelpMenu(menus.window)
    menus.add(
        menu,
        "shortcuts",
        QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"),
        help_.show_shortcuts,
        QKeySequence("Ctrl+/"),
    )
    menu.addSeparator()
    about = QCoreApplication.translate("HelpMenu", "&About Xpyun Label Designer")
    menus.add(menu, "about", about, help_.show_about)
    menus.window.help_menu = help_
    return help_


class HelpMenu(QObject):
    """What Help's entries open."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.about: AboutDialog | None = None
        self.shortcuts: ShortcutsDialog | None = None

    def show_about(self) -> AboutDialog:
        """Help > About: versions and licences."""
        if self.about is None:
            from designer.qt.dialogs.about import AboutDialog  # on demand: quicker start-up

            self.about = AboutDialog(self.window)
        _show(self.about)
        return self.about

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help > Keyboard shortcuts, listed afresh from the window's actions."""
        from designer.qt.dialogs.shortcuts import ShortcutsDialog  # on demand

        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self.window)
        self.shortcuts.fill()
        _show(self.shortcuts)
        return self.shortcuts


def _show(dialog: QDialog) -> None:
    """Show `dialog` without blocking the window (or bring it to the front)."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
