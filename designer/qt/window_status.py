"""The main window's status bar: the account in use, the cursor in mm and dots, and the zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from designer.model.units import DOTS_PER_MM
from designer.services.settings import Settings

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow


class StatusBar(QObject):
    """The permanent parts of the window's status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.statusBar()
        window.account_label = QLabel()
        window.account_label.setObjectName("account")
        self.cursor_label = QLabel()
        self.zoom_label = QLabel()
        bar.addPermanentWidget(window.account_label)
        bar.addPermanentWidget(self.cursor_label)
        bar.addPermanentWidget(self.zoom_label)
        window.set_account(Settings.load().user or None)
        window.view.cursor_moved.connect(self._show_cursor)
        window.view.zoom_changed.connect(self._show_zoom)
        self._show_zoom(window.view.zoom)

    def _show_cursor(self, x: float, y: float) -> None:
        page = self.window.doc.page
        if not (0 <= x <= page.w and 0 <= y <= page.l):
            self.cursor_label.setText(self.tr("outside the label"))
            return
        self.cursor_label.setText(
            self.tr("x %.2f mm (%d dots), y %.2f mm (%d dots)")
            % (x, round(x * DOTS_PER_MM), y, round(y * DOTS_PER_MM))
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")
