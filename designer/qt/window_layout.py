"""View > Show all panels and View > Reset layout: every dock and toolbar back on the screen,
or back where the window first put them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow
    from designer.qt.window_menus import WindowMenus


def add_layout_actions(menus: WindowMenus, menu: QMenu) -> WindowLayout:
    """Put View > Show all panels and Reset layout in `menu`; the window's layout keeper."""
    layout = WindowLayout(menus.window)
    menu.addSeparator()
    show_all = QCoreApplication.translate("WindowLayout", "Show all &panels")
    reset = QCoreApplication.translate("WindowLayout", "&Reset layout")
    menus.add(menu, "show_all_panels", show_all, layout.show_all)
    menus.add(menu, "reset_layout", reset, layout.reset)
    menus.window.layout_keeper = layout
    return layout


class WindowLayout(QObject):
    """Keeps the window's first arrangement of docks and toolbars, to go back to it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.first: QByteArray | None = None
        # Once the window is built (its toolbars and docks all there): what `reset` returns to.
        QTimer.singleShot(0, self, self.remember)

    def remember(self) -> None:
        """Take the window's arrangement as it is now as the one to reset to (once)."""
        if self.first is None:
            self.first = self.window.saveState()

    def panels(self) -> list[QDockWidget | QToolBar]:
        """The window's docks and toolbars."""
        window = self.window
        docks = [d for d in window.findChildren(QDockWidget) if d.parent() is window]
        bars = [t for t in window.findChildren(QToolBar) if t.parent() is window]
        return [*docks, *bars]

    def show_all(self) -> None:
        """Show every dock and toolbar (the toolbox too) that was closed."""
        for panel in self.panels():
            panel.show()

    def reset(self) -> None:
        """Every dock and toolbar where the window first put them, shown, none floating."""
        self.remember()
        for panel in self.panels():
            if isinstance(panel, QDockWidget):
                panel.setFloating(False)
        self.window.restoreState(self.first)
        self.show_all()
