"""The main window's menus and toolbox: every action, its shortcut, and what it does.

Actions are kept by name (`WindowMenus.actions`), so toolbars, context menus and the keyboard
shortcuts list all use the same ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QToolBar

from designer.model.kinds import KINDS
from designer.qt.canvas.tools import TOOL_KINDS, kind_title
from designer.qt.editing import ALIGNMENTS, align_title
from designer.qt.icons import icon
from designer.qt.toolbox import ImageFileError, ToolButton, embedded_image
from designer.qt.window_export import add_export_actions
from designer.qt.window_help import add_help_menu
from designer.qt.window_layout import add_layout_actions
from designer.qt.window_preferences import open_preferences
from designer.qt.window_toolbar import decorate, describe

if TYPE_CHECKING:
    from collections.abc import Callable

    from designer.qt.main_window import MainWindow

KEYS = QKeySequence.StandardKey
NEEDS: dict[str, int] = {  # how many selected elements an action needs to do anything
    **dict.fromkeys(("cut", "copy", "delete", "duplicate", "rotate"), 1),
    **dict.fromkeys(("to_front", "to_back"), 1),
    **{f"align_{how}": 1 for how, _title, _key in ALIGNMENTS},
    **dict.fromkeys(("distribute_h", "distribute_v"), 3),
    "group": 2,
}  # lock, unlock and ungroup follow the marks of what is selected (see `selection_changed`)


class WindowMenus(QObject):
    """The menu bar and the toolbox of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        self._file(bar.addMenu(self.tr("&File")))
        self._edit(bar.addMenu(self.tr("&Edit")))
        self._arrange(bar.addMenu(self.tr("&Arrange")))
        self._view(bar.addMenu(self.tr("&View")))
        self._insert(bar.addMenu(self.tr("&Insert")))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu_help")  # found by name, whatever the language
        add_help_menu(self, help_menu)
        decorate(self.actions)
        window.scene.selection_indexes_changed.connect(self.selection_changed)
        window.doc.page_changed.connect(
            lambda: self.selection_changed(window.scene.selected_indexes())
        )
        self.selection_changed(window.scene.selected_indexes())

    def selection_changed(self, indexes: list[int]) -> None:
        """Enable what the selection allows: nothing to cut with nothing selected, no unlock
        with nothing locked."""
        for name, least in NEEDS.items():
            action = self.actions.get(name)
            if action is not None:
                action.setEnabled(len(indexes) >= least)
        marks = self.window.doc.label_marks()
        chosen = [marks[i] for i in indexes if i < len(marks)]
        self.actions["lock"].setEnabled(any(not m.locked for m in chosen))
        self.actions["unlock"].setEnabled(any(m.locked for m in chosen))
        self.actions["ungroup"].setEnabled(any(m.group for m in chosen))

    def add(
        self,
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcut: object = None,
    ) -> QAction:
        """An action called `name`, in `menu` and on the window (so its shortcut works
        everywhere), running `slot` (which is given no arguments)."""
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        action.setObjectName(name)
        menu.addAction(action)
        self.window.addAction(action)
        self.actions[name] = action
        return action

    # --- menus ---------------------------------------------------------------------------------

    def _file(self, menu: QMenu) -> None:
        w = self.window
        self.add(menu, "new", self.tr("&New…"), w.files.new, KEYS.New)
        self.add(menu, "open", self.tr("&Open…"), w.files.open, KEYS.Open)
        self.add(menu, "save", self.tr("&Save"), w.files.save, KEYS.Save)
        self.add(menu, "save_as", self.tr("Save &As…"), w.files.save_as, KEYS.SaveAs)
        add_export_actions(self, menu)
        self.add(menu, "print", self.tr("&Print…"), w.printing.open_print_dialog, KEYS.Print)
        self.add(menu, "account", self.tr("&Account…"), w.printing.open_account_dialog)
        self.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        w.recent_menu = self.recent_menu
        menu.addSeparator()
        self.add(menu, "close", self.tr("&Close"), w.files.close, "Ctrl+W")
        self.add(menu, "quit", self.tr("&Quit"), QApplication.closeAllWindows, KEYS.Quit)

    def _edit(self, menu: QMenu) -> None:
        w, e = self.window, self.window.editing
        undo = w.doc.undo_stack.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcut(KEYS.Undo)
        redo = w.doc.undo_stack.createRedoAction(w, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(KEYS.Redo)  # and Ctrl+Y, as on Windows, everywhere
        redo.setShortcuts(redo_keys + [k for k in [QKeySequence("Ctrl+Y")] if k not in redo_keys])
        undo.setObjectName("undo")
        redo.setObjectName("redo")
        menu.addActions([undo, redo])
        self.actions.update(undo=undo, redo=redo)
        menu.addSeparator()
        self.add(menu, "cut", self.tr("Cu&t"), e.cut, KEYS.Cut)
        self.add(menu, "copy", self.tr("&Copy"), e.copy, KEYS.Copy)
        self.add(menu, "paste", self.tr("&Paste"), e.paste, KEYS.Paste)
        self.add(menu, "delete", self.tr("&Delete"), e.delete, KEYS.Delete)
        self.add(menu, "duplicate", self.tr("D&uplicate"), e.duplicate, "Ctrl+D")
        self.add(menu, "select_all", self.tr("Select &All"), e.select_all, KEYS.SelectAll)
        menu.addSeparator()
        self.add(menu, "label_properties", self.tr("Label &Properties"), self.label_properties)
        self.add(
            menu,
            "preferences",
            self.tr("Pr&eferences…"),
            lambda: open_preferences(self.window),
            KEYS.Preferences,
        )

    def _arrange(self, menu: QMenu) -> None:
        e = self.window.editing
        self.add(menu, "rotate", self.tr("&Rotate 90°"), e.rotate, "Ctrl+R")
        menu.addSeparator()
        for how, _title, key in ALIGNMENTS:
            self.add(menu, f"align_{how}", align_title(how), lambda h=how: e.align(h), key)
        menu.addSeparator()
        self.add(
            menu, "distribute_h", self.tr("Distribute horizontally"), lambda: e.distribute(True)
        )
        self.add(
            menu, "distribute_v", self.tr("Distribute vertically"), lambda: e.distribute(False)
        )
        menu.addSeparator()
        self.add(menu, "to_front", self.tr("Bring to front"), e.to_front, "Ctrl+Shift+]")
        self.add(menu, "to_back", self.tr("Send to back"), e.to_back, "Ctrl+Shift+[")
        menu.addSeparator()
        self.add(menu, "lock", self.tr("&Lock"), lambda: e.set_locked(True), "Ctrl+L")
        self.add(menu, "unlock", self.tr("U&nlock"), lambda: e.set_locked(False), "Ctrl+Shift+L")
        self.add(menu, "group", self.tr("&Group"), e.group, "Ctrl+G")
        self.add(menu, "ungroup", self.tr("Ung&roup"), e.ungroup, "Ctrl+Shift+G")

    def _view(self, menu: QMenu) -> None:
        w = self.window
        view = w.view
        self.add(menu, "zoom_in", self.tr("Zoom &in"), view.zoom_in, KEYS.ZoomIn)
        self.add(menu, "zoom_out", self.tr("Zoom &out"), view.zoom_out, KEYS.ZoomOut)
        self.add(menu, "zoom_fit", self.tr("Zoom to &fit"), view.zoom_fit, "Ctrl+9")
        self.add(menu, "zoom_actual", self.tr("&Actual size (100 %)"), view.zoom_actual, "Ctrl+0")
        grid = self.add(menu, "grid", self.tr("Show &grid"), lambda: None)
        grid.setCheckable(True)
        grid.setChecked(w.scene.show_grid)
        grid.toggled.connect(self._show_grid)
        snap = self.add(menu, "snap", self.tr("&Snap to grid"), lambda: None)
        snap.setCheckable(True)
        snap.setChecked(w.scene.snap_to_grid)
        snap.toggled.connect(self._snap)
        menu.addSeparator()
        for dock in w.docks.values():
            menu.addAction(dock.toggleViewAction())
        add_layout_actions(self, menu)

    def _insert(self, menu: QMenu) -> None:
        w = self.window
        toolbar = QToolBar(self.tr("Tools"), w)
        toolbar.setObjectName("toolbox")
        w.addToolBar(Qt.ToolBarArea.LeftToolBarArea, toolbar)
        self.tool_group = QActionGroup(w)
        self.tool_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        w.tool_group = self.tool_group
        w.tool_actions = self.tool_actions = {}
        for kind in TOOL_KINDS:
            tag = kind.tag.name
            action = QAction(icon(kind.icon), kind_title(kind), w)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(kind.tool.shortcut))
            action.setObjectName(f"tool_{tag}")
            describe(action)
            action.toggled.connect(lambda on, tag=tag: self.choose_tool(tag if on else None))
            self.tool_group.addAction(action)
            menu.addAction(action)
            toolbar.addWidget(ToolButton(action, tag))
            self.tool_actions[tag] = action
        w.scene.tool_finished.connect(self._tool_done)
        menu.addSeparator()
        for kind in KINDS:  # kinds with no place on the label go in at once
            if kind.tool is not None and not kind.placed:
                action = self.add(
                    menu,
                    f"insert_{kind.tag.name}",
                    kind_title(kind),
                    lambda k=kind: w.scene.insert(k.tool.sample),
                )
                action.setIcon(icon(kind.icon))
        self.add(menu, "insert_image", self.tr("&Image from file…"), self.insert_image_file)

    # --- what the actions do ---------------------------------------------------------------

    def label_properties(self) -> None:
        """Show the label's and the page's properties (nothing selected)."""
        self.window.scene.select_indexes([])
        dock = self.window.docks["properties"]
        dock.show()
        dock.raise_()

    def choose_tool(self, tag: str | None) -> None:
        """Arm the tool of kind `tag` (None: put it down)."""
        self.window.scene.tool = tag
        if tag is not None:
            self.window.statusBar().showMessage(self.tr("Click on the label to place it"), 4000)

    def _tool_done(self) -> None:
        checked = self.tool_group.checkedAction()
        if checked is not None:
            checked.setChecked(False)
        self.window.statusBar().clearMessage()

    def _show_grid(self, on: bool) -> None:
        self.window.scene.show_grid = on
        self.window.scene.update()

    def _snap(self, on: bool) -> None:
        self.window.scene.snap_to_grid = on

    def insert_image_file(self, path: Path | None = None) -> bool:
        """Embed an image file in the label, converted to 1 bit (asking for the file when
        `path` is None)."""
        w = self.window
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                w, self.tr("Insert image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            element = embedded_image(path, 2, 2)
        except ImageFileError as exc:
            QMessageBox.warning(w, self.tr("Cannot insert the image"), str(exc))
            return False
        w.scene.insert(element)
        return True

    def fill_recent(self) -> None:
        """List the recent files in File > Open Recent."""
        self.recent_menu.clear()
        paths = self.window.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.window.files.open(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def open_dropped(self, path: str) -> None:
        """A label file dropped on the canvas: open it."""
        self.window.files.open(Path(path))
