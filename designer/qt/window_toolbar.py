"""The main toolbar (new, open, save | undo, redo | zoom | rotate, align, distribute, order |
print), every action's icon and a tooltip that names its shortcut, and the zoom box."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QToolBar

from designer.qt.icons import icon

if TYPE_CHECKING:
    from designer.qt.canvas.view import LabelView
    from designer.qt.main_window import MainWindow

ACTION_ICONS = {
    "new": "file-outline",
    "open": "folder-open-outline",
    "save": "content-save-outline",
    "save_as": "content-save-edit-outline",
    "print": "printer-outline",
    "account": "account-circle-outline",
    "quit": "exit-to-app",
    "undo": "undo",
    "redo": "redo",
    "cut": "content-cut",
    "copy": "content-copy",
    "paste": "content-paste",
    "delete": "delete-outline",
    "duplicate": "content-duplicate",
    "select_all": "select-all",
    "rotate": "rotate-right",
    "align_left": "align-horizontal-left",
    "align_center": "align-horizontal-center",
    "align_right": "align-horizontal-right",
    "align_top": "align-vertical-top",
    "align_middle": "align-vertical-center",
    "align_bottom": "align-vertical-bottom",
    "distribute_h": "distribute-horizontal-center",
    "distribute_v": "distribute-vertical-center",
    "to_front": "arrange-bring-to-front",
    "to_back": "arrange-send-to-back",
    "zoom_in": "magnify-plus-outline",
    "zoom_out": "magnify-minus-outline",
    "zoom_fit": "fit-to-page-outline",
    "zoom_actual": "numeric-1-box-outline",
    "grid": "grid",
    "snap": "magnet",
    "insert_image": "image-plus",
    "label_properties": "tag-outline",
    "preferences": "cog-outline",
    "lock": "lock-outline",
    "unlock": "lock-open-variant-outline",
    "group": "group",
    "ungroup": "ungroup",
}
"""The icon of each action, by the action's name."""

TOOLBAR = (
    "new", "open", "save", None, "undo", "redo", None, "zoom", None, "rotate", "align_left",
    "align_center", "align_right", "align_top", "align_middle", "align_bottom", "distribute_h",
    "distribute_v", "to_front", "to_back", None, "print",
)  # fmt: skip
"""The main toolbar, left to right (None: a separator, "zoom": the zoom box)."""


def decorate(actions: dict[str, QAction]) -> None:
    """Give each action its icon and a tooltip naming its shortcut: "Save (Ctrl+S)"."""
    for name, action in actions.items():
        icon_name = ACTION_ICONS.get(name)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        describe(action)


def describe(action: QAction) -> None:
    """The action's tooltip: its text without the menu's & and … marks (and a Chinese menu's
    `(&N)`), and its shortcut."""
    text = re.sub(r"\(&[^&)]\)", "", action.text())
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(f"{text} ({key})" if key else text)


class ZoomBox(QComboBox):
    """The zoom, shown and set: fit, 50 % .. 800 %, or a typed percentage."""

    STEPS = (50, 75, 100, 150, 200, 300, 400, 600, 800)

    def __init__(self, view: LabelView) -> None:
        super().__init__()
        self.view = view
        self.setObjectName("zoom_box")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(6)
        self.addItem(self.tr("Fit"), 0)
        for percent in self.STEPS:
            self.addItem(f"{percent} %", percent)
        self.setToolTip(self.tr("Zoom: 100 % is true size (Ctrl+wheel, Ctrl++, Ctrl+-)"))
        self.activated.connect(self._chosen)
        self.lineEdit().returnPressed.connect(self._typed)
        view.zoom_changed.connect(self.show_zoom)
        self.show_zoom(view.zoom)

    def show_zoom(self, zoom: float) -> None:
        """Show the view's zoom (unless the user is typing one)."""
        if not self.lineEdit().hasFocus():
            self.setEditText(f"{zoom * 100:.0f} %")

    def _chosen(self, index: int) -> None:
        percent = self.itemData(index)
        if percent == 0:
            self.view.zoom_fit()
        else:
            self.view.set_zoom(percent / 100)
        self.show_zoom(self.view.zoom)

    def _typed(self) -> None:
        text = self.currentText()
        match = re.search(r"\d+(?:[.,]\d+)?", text)
        if match is None:
            if text.strip().lower() in (self.tr("Fit").lower(), "fit"):
                self.view.zoom_fit()
        else:
            percent = float(match.group().replace(",", "."))
            self.view.set_zoom(max(10.0, min(percent, 6400.0)) / 100)
        self.lineEdit().clearFocus()
        self.show_zoom(self.view.zoom)


class MainToolbar(QObject):
    """The toolbar along the top of the window."""

    def __init__(self, window: MainWindow, actions: dict[str, QAction]) -> None:
        super().__init__(window)
        bar = QToolBar(self.tr("Main toolbar"), window)
        bar.setObjectName("main_toolbar")
        bar.setIconSize(QSize(20, 20))
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar
        self.zoom = ZoomBox(window.view)
        for name in TOOLBAR:
            if name is None:
                bar.addSeparator()
            elif name == "zoom":
                bar.addAction(actions["zoom_out"])
                bar.addWidget(self.zoom)
                bar.addAction(actions["zoom_in"])
                bar.addAction(actions["zoom_fit"])
            else:
                bar.addAction(actions[name])
