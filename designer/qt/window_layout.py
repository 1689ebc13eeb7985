"""View > Show all panels and View > Reset layout: every dock and toolbar back on the screen,
or back where the window first put them; and the window's size and arrangement remembered from
one session to the next (in the configuration folder, beside the settings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar

from designer.services.settings import config_dir

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
        """Take the window's arrangement as it is now as the one to reset to (once), then
        bring back the one the user left last time."""
        if self.first is None:
            self.first = self.window.saveState()
            self.restore()

    @staticmethod
    def _store() -> QSettings:
        return QSettings(str(config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def save(self) -> None:
        """Remember the window's size and its docks' and toolbars' arrangement."""
        store = self._store()
        store.setValue("geometry", self.window.saveGeometry())
        store.setValue("state", self.window.saveState())
        store.sync()

    def restore(self) -> bool:
        """The size and arrangement saved last time, when there are any."""
        store = self._store()
        geometry, state = store.value("geometry"), store.value("state")
        if isinstance(geometry, QByteArray) and geometry:
            self.window.restoreGeometry(geometry)
        return isinstance(state, QByteArray) and bool(state) and self.window.restoreState(state)

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
