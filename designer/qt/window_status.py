"""The main window's status bar: the account in use, the cursor in mm and dots, and the zoom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from designer.model.edit import extent
from designer.model.geometry import bounds_of
from designer.model.kinds import kind_of
from designer.model.units import DOTS_PER_MM

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow


class StatusBar(QObject):
    """The permanent parts of the window's status bar."""

    def __init__(self, window: MainWindow, user: str = "") -> None:
        super().__init__(window)
        self.window = window
        bar = window.statusBar()
        window.account_label = QLabel()
        window.account_label.setObjectName("account")
        self.cursor_label = QLabel()
        self.zoom_label = QLabel()
        self.size_label = QLabel()
        self.size_label.setObjectName("label_size")
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selection_geometry")
        bar.addPermanentWidget(self.selection_label)
        bar.addPermanentWidget(self.size_label)
        bar.addPermanentWidget(window.account_label)
        bar.addPermanentWidget(self.cursor_label)
        bar.addPermanentWidget(self.zoom_label)
        window.doc.page_changed.connect(self._show_sizes)
        window.doc.current_label_changed.connect(self._show_sizes)
        window.scene.selection_indexes_changed.connect(self._show_sizes)
        self._show_sizes()
        window.set_account(user or None)
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

    def _show_sizes(self, *_args: object) -> None:
        """The label's size, and where the selection is and how large, in mm."""
        page = self.window.doc.page
        self.size_label.setText(self.tr("Label %s × %s mm") % (_mm(page.w), _mm(page.l)))
        elements = self.window.doc.label.elements
        chosen = [elements[i] for i in self.window.scene.selected_indexes() if i < len(elements)]
        boxes = [extent(el) for el in chosen if kind_of(el).placed]
        if not boxes:
            self.selection_label.setText("")
            return
        box = bounds_of(boxes)
        self.selection_label.setText(
            self.tr("Selection x %s y %s mm, %s × %s mm")
            % (_mm(box.x0), _mm(box.y0), _mm(box.width), _mm(box.height))
        )

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")


def _mm(value: float) -> str:
    """A length in mm as a person reads it: at most two decimals, no needless zeros."""
    return f"{value:.2f}".rstrip("0").rstrip(".")
