"""Context menus of the canvas and the labels list: what a right click offers, made of the
window's own actions (so each entry does what its menu entry and shortcut do)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu

from designer.qt.canvas.items import ElementItem

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow

ELEMENT_ENTRIES = (
    "cut", "copy", "paste", "duplicate", "delete", None, "rotate", None, "to_front", "to_back",
    None, "align", None, "lock", "unlock", "group", "ungroup",
)  # fmt: skip
"""A right click on an element (None: a separator; "align": the alignment submenu)."""
EMPTY_ENTRIES = ("paste", "select_all", None, "label_properties")
"""A right click on the label where there is no element."""
ALIGN_ENTRIES = (
    "align_left", "align_center", "align_right", "align_top", "align_middle", "align_bottom",
    None, "distribute_h", "distribute_v",
)  # fmt: skip


class ContextMenus(QObject):
    """The right-click menus of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None  # the one shown last (tests and screenshots find it)
        view = window.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.on_canvas)
        labels = window.labels.list
        labels.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        labels.customContextMenuRequested.connect(self.on_labels)

    def _menu(self, entries: tuple, parent: QMenu | None = None) -> QMenu:
        actions = self.window.menus.actions
        menu = QMenu(parent or self.window)
        for name in entries:
            if name is None:
                menu.addSeparator()
            elif name == "align":
                sub = self._menu(ALIGN_ENTRIES, menu)
                sub.setTitle(self.tr("Align and distribute"))
                menu.addMenu(sub)
            else:
                menu.addAction(actions[name])
        return menu

    def _show(self, menu: QMenu, at: QPoint) -> QMenu:
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(at)
        return menu

    def on_canvas(self, pos: QPoint) -> QMenu:
        """A right click on the canvas at `pos` (viewport pixels): the element's menu (it is
        selected first, unless it already is), or the label's."""
        view, scene = self.window.view, self.window.scene
        item = view.itemAt(pos)
        while item is not None and not isinstance(item, ElementItem):
            item = item.parentItem()
        if isinstance(item, ElementItem):
            if not item.isSelected():
                scene.select_indexes([item.index])
            entries = ELEMENT_ENTRIES
        else:
            scene.select_indexes([])
            entries = EMPTY_ENTRIES
        return self._show(self._menu(entries), view.viewport().mapToGlobal(pos))

    def on_labels(self, pos: QPoint) -> QMenu:
        """A right click on the labels list: manage the label under the mouse."""
        panel = self.window.labels
        row = panel.list.indexAt(pos).row()
        if row >= 0:
            self.window.doc.select_label(row)
        menu = QMenu(self.window)
        for name in ("add", "duplicate", "delete", "up", "down"):
            button = panel.findChild(QObject, name)
            action = menu.addAction(button.icon(), button.text())
            action.setObjectName(f"label_{name}")
            action.triggered.connect(button.click)
        menu.addSeparator()
        menu.addAction(self.window.menus.actions["label_properties"])
        return self._show(menu, panel.list.viewport().mapToGlobal(pos))
