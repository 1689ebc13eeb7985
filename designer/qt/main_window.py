"""The main window: canvas in the middle, toolbox, labels, properties, preview and problems in
docks, menus and a toolbar with the standard shortcuts, and a status bar with the cursor in mm
and dots and the zoom.

The window can show before it is built (`MainWindow(deferred=True)`, then `build()`): its parts
come from `window_parts`, which is loaded lazily, so `xplabel` puts a window on the screen in
about the time a bare Qt window takes and fills it as soon as that frame has been painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from designer.lazy import lazy_module

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent

    from designer.qt import window_parts as parts
else:
    parts = lazy_module("designer.qt.window_parts")

APP_TITLE = "Xpyun Label Designer"
BUILD_AT_THE_LATEST_MS = 1000
"""A deferred window builds itself by then even if it was never painted (hidden, minimised)."""


class _Starting(QWidget):
    """What a deferred window shows until it is built (its empty background); says when it has
    been painted once. It touches no Qt enum: PySide makes a namespace's enums on first use, and
    the Qt namespace's hundred or so cost half a bare window's start-up time again."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: Callable[[], None] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted is not None:
            painted, self.painted = self.painted, None
            QTimer.singleShot(0, painted)  # after this frame reaches the screen


class MainWindow(QMainWindow):
    """One document's window."""

    def __init__(
        self,
        doc: parts.LabelDocument | None = None,
        parent: QWidget | None = None,
        link: parts.CloudLink | None = None,
        store: parts.Store | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        """A window for `doc` (a new document by default). With `deferred` it is an empty frame
        until `build()`: it can show at once, and `xplabel` builds it right after."""
        super().__init__(parent)
        self.built = False
        self._given = (doc, link, store)
        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 800)
        if deferred:
            self.setCentralWidget(_Starting())
        else:
            self.build()

    def when_first_painted(self, then: Callable[[], None]) -> None:
        """Call `then` once, as soon as this deferred window has been painted (so that it is
        on the screen before `then` builds it), or after BUILD_AT_THE_LATEST_MS if it never is;
        not at all if it was closed meanwhile."""
        done = False

        def finish() -> None:
            nonlocal done
            if not done and self.isVisible():
                done = True
                then()

        starting = self.centralWidget()
        if isinstance(starting, _Starting):
            starting.painted = finish
        QTimer.singleShot(BUILD_AT_THE_LATEST_MS, finish)

    def build(self) -> None:
        """Make the canvas, docks, menus and status bar (once)."""
        if self.built:
            return
        doc, link, store = self._given
        del self._given
        self.doc = doc or parts.LabelDocument(parent=self)
        self.scene = parts.LabelScene(self.doc, self)
        self.view = parts.LabelView(self.scene, self)
        self.canvas_area = parts.CanvasArea(self.view)
        self.setCentralWidget(self.canvas_area)
        self.files = parts.FileActions(self.doc, self)
        self.editing = parts.Editing(self.doc, self.scene)
        self.properties = parts.PropertyPanel(self.doc)
        self.labels = parts.LabelsPanel(self.doc)
        self.preview = parts.PreviewPanel(self.doc)
        self.problems = parts.ProblemsPanel(self.doc)
        self.history = parts.QUndoView(self.doc.undo_stack)
        self.docks: dict[str, parts.QDockWidget] = {}
        self.printing = parts.PrintingUI(self, link or parts.CloudLink(parent=self), store)
        self._build_docks()
        self._build_actions()
        self._build_status_bar()
        self.autosaver = parts.AutoSaver(self.doc)
        self.recent = parts.RecentFiles()
        self.doc.path_changed.connect(self._remember_path)
        self.setAcceptDrops(True)
        self.scene.file_dropped.connect(self._open_dropped)
        self.scene.selection_indexes_changed.connect(self.properties.show_selection)
        self.problems.element_chosen.connect(self.select_element)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.doc.path_changed.connect(self._update_title)
        self._update_title()
        self.built = True

    # --- building ----------------------------------------------------------------------------

    def _dock(self, key: str, title: str, widget: QWidget, area: parts.Qt.DockWidgetArea) -> None:
        dock = parts.QDockWidget(title, self)
        dock.setObjectName(f"dock_{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _build_docks(self) -> None:
        left, right = (
            parts.Qt.DockWidgetArea.LeftDockWidgetArea,
            parts.Qt.DockWidgetArea.RightDockWidgetArea,
        )
        bottom = parts.Qt.DockWidgetArea.BottomDockWidgetArea
        self._dock("labels", self.tr("Labels"), self.labels, left)
        self._dock("properties", self.tr("Properties"), self.properties, right)
        self._dock("preview", self.tr("Print preview"), self.preview, right)
        self._dock("problems", self.tr("Problems"), self.problems, bottom)
        self._dock("history", self.tr("Undo history"), self.history, bottom)
        self._dock("printers", self.tr("Printers"), self.printing.printers, bottom)
        self._dock("orders", self.tr("Print history"), self.printing.orders, bottom)
        self.tabifyDockWidget(self.docks["problems"], self.docks["printers"])
        self.tabifyDockWidget(self.docks["printers"], self.docks["orders"])
        self.tabifyDockWidget(self.docks["problems"], self.docks["history"])
        self.docks["problems"].raise_()
        self.resizeDocks(
            [self.docks["labels"], self.docks["properties"]],
            [190, 360],
            parts.Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.docks["problems"]], [110], parts.Qt.Orientation.Vertical)

    def _action(
        self, menu, text: str, slot, shortcut: object = None, name: str = ""
    ) -> parts.QAction:
        action = parts.QAction(text, self)
        if shortcut is not None:
            action.setShortcut(parts.QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name or text)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        keys = parts.QKeySequence.StandardKey
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New…"), self.files.new, keys.New, "new")
        self._action(
            file,
            self.tr("&Open…"),
            lambda: self.files.open(),
            keys.Open,
            "open",
        )
        self._action(file, self.tr("&Save"), self.files.save, keys.Save, "save")
        self._action(
            file,
            self.tr("Save &As…"),
            self.files.save_as,
            keys.SaveAs,
            "save_as",
        )
        self._action(
            file,
            self.tr("&Print…"),
            lambda: self.printing.open_print_dialog(),
            keys.Print,
            "print",
        )
        self._action(
            file, self.tr("&Account…"), lambda: self.printing.open_account_dialog(), None, "account"
        )
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, keys.Quit, "quit")

        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.doc.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(keys.Undo)
        redo = self.doc.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(keys.Redo)
        edit.addActions([undo, redo])
        edit.addSeparator()
        e = self.editing
        self._action(edit, self.tr("Cu&t"), e.cut, keys.Cut, "cut")
        self._action(edit, self.tr("&Copy"), e.copy, keys.Copy, "copy")
        self._action(edit, self.tr("&Paste"), e.paste, keys.Paste, "paste")
        self._action(edit, self.tr("&Delete"), e.delete, keys.Delete, "delete")
        self._action(edit, self.tr("D&uplicate"), e.duplicate, "Ctrl+D", "duplicate")
        self._action(
            edit,
            self.tr("Select &All"),
            e.select_all,
            keys.SelectAll,
            "select_all",
        )

        arrange = bar.addMenu(self.tr("&Arrange"))
        self._action(arrange, self.tr("&Rotate 90°"), e.rotate, "Ctrl+R", "rotate")
        arrange.addSeparator()
        for how, title, key in (
            ("left", self.tr("Align left"), "Ctrl+Shift+Left"),
            ("center", self.tr("Align centre"), "Ctrl+Shift+H"),
            ("right", self.tr("Align right"), "Ctrl+Shift+Right"),
            ("top", self.tr("Align top"), "Ctrl+Shift+Up"),
            ("middle", self.tr("Align middle"), "Ctrl+Shift+M"),
            ("bottom", self.tr("Align bottom"), "Ctrl+Shift+Down"),
        ):
            self._action(arrange, title, lambda _=False, h=how: e.align(h), key, f"align_{how}")
        arrange.addSeparator()
        self._action(
            arrange,
            self.tr("Distribute horizontally"),
            lambda: e.distribute(True),
            None,
            "distribute_h",
        )
        self._action(
            arrange,
            self.tr("Distribute vertically"),
            lambda: e.distribute(False),
            None,
            "distribute_v",
        )
        arrange.addSeparator()
        self._action(arrange, self.tr("Bring to front"), e.to_front, "Ctrl+Shift+]", "to_front")
        self._action(arrange, self.tr("Send to back"), e.to_back, "Ctrl+Shift+[", "to_back")

        view = bar.addMenu(self.tr("&View"))
        self._action(
            view,
            self.tr("Zoom &in"),
            self.view.zoom_in,
            keys.ZoomIn,
            "zoom_in",
        )
        self._action(
            view,
            self.tr("Zoom &out"),
            self.view.zoom_out,
            keys.ZoomOut,
            "zoom_out",
        )
        self._action(view, self.tr("Zoom to &fit"), self.view.zoom_fit, "Ctrl+9", "zoom_fit")
        self._action(
            view, self.tr("&Actual size (100 %)"), self.view.zoom_actual, "Ctrl+0", "zoom_actual"
        )
        grid = self._action(view, self.tr("Show &grid"), self._toggle_grid, None, "grid")
        grid.setCheckable(True)
        grid.setChecked(True)
        snap = self._action(view, self.tr("&Snap to grid"), self._toggle_snap, None, "snap")
        snap.setCheckable(True)
        snap.setChecked(True)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())

        insert = bar.addMenu(self.tr("&Insert"))
        toolbar = parts.QToolBar(self.tr("Tools"), self)
        toolbar.setObjectName("toolbox")
        self.addToolBar(parts.Qt.ToolBarArea.LeftToolBarArea, toolbar)
        self.tool_group = parts.QActionGroup(self)
        self.tool_group.setExclusionPolicy(parts.QActionGroup.ExclusionPolicy.ExclusiveOptional)
        self.tool_actions: dict[str, parts.QAction] = {}
        for tool in parts.TOOLS:
            action = parts.QAction(parts.QCoreApplication.translate("Tools", tool.title), self)
            action.setCheckable(True)
            action.setShortcut(parts.QKeySequence(tool.shortcut))
            action.setObjectName(f"tool_{tool.tag}")
            action.toggled.connect(lambda on, tag=tool.tag: self._choose_tool(tag if on else None))
            self.tool_group.addAction(action)
            insert.addAction(action)
            toolbar.addWidget(parts.ToolButton(action, tool.tag))
            self.tool_actions[tool.tag] = action
        self.scene.tool_finished.connect(self._tool_done)
        insert.addSeparator()
        self._action(
            insert, self.tr("&Image from file…"), self.insert_image_file, None, "insert_image"
        )

    def _build_status_bar(self) -> None:
        self.cursor_label = parts.QLabel()
        self.zoom_label = parts.QLabel()
        self.account_label = parts.QLabel()
        self.account_label.setObjectName("account")
        self.statusBar().addPermanentWidget(self.account_label)
        self.set_account(parts.Settings.load().user or None)
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.cursor_moved.connect(self._show_cursor)
        self.view.zoom_changed.connect(lambda z: self.zoom_label.setText(f"{z * 100:.0f} %"))
        self.zoom_label.setText(f"{self.view.zoom * 100:.0f} %")

    # --- behaviour ---------------------------------------------------------------------------

    def set_account(self, name: str | None) -> None:
        """Show the account in use in the status bar."""
        self.account_label.setText(
            self.tr("Account: %s") % name if name else self.tr("Not signed in (File > Account…)")
        )

    def _choose_tool(self, tag: str | None) -> None:
        self.scene.tool = tag
        if tag is not None:
            self.statusBar().showMessage(self.tr("Click on the label to place it"), 4000)

    def _tool_done(self) -> None:
        checked = self.tool_group.checkedAction()
        if checked is not None:
            checked.setChecked(False)

    def _toggle_grid(self, on: bool) -> None:
        self.scene.show_grid = on
        self.scene.update()

    def _toggle_snap(self, on: bool) -> None:
        self.scene.snap_to_grid = on

    def _show_cursor(self, x: float, y: float) -> None:
        self.cursor_label.setText(
            self.tr("x %.2f mm (%d dots), y %.2f mm (%d dots)")
            % (x, round(x * parts.DOTS_PER_MM), y, round(y * parts.DOTS_PER_MM))
        )

    def select_element(self, label: int, element: int) -> None:
        """Show label `label` and select its element `element` (-1: none)."""
        self.doc.select_label(label)
        self.scene.select_indexes([] if element < 0 else [element])

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.doc.name}[*] - {APP_TITLE}")
        self.setWindowModified(not self.doc.undo_stack.isClean())

    def open_file(self, path: Path) -> bool:
        """Open `path` in this window (no question: used at start)."""
        return self.files.load(path)

    def insert_image_file(self, path: Path | None = None) -> bool:
        """Embed an image file in the label, converted to 1 bit, 25 mm wide."""
        if path is None:
            name, _ = parts.QFileDialog.getOpenFileName(
                self, self.tr("Insert image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            element = parts.embedded_image(path, 2, 2)
        except parts.ImageFileError as exc:
            parts.QMessageBox.warning(self, self.tr("Cannot insert the image"), str(exc))
            return False
        elements = (*self.doc.label.elements, element)
        self.doc.set_elements(elements, self.tr("Insert image"))
        self.scene.select_indexes([len(elements) - 1])
        return True

    def _remember_path(self) -> None:
        if self.doc.path is not None:
            self.recent.add(self.doc.path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for path in paths:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_dropped(self, path: str) -> None:
        self.files.open(Path(path))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.built and parts.dropped_xml(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = parts.dropped_xml(event.mimeData()) if self.built else None
        if path:
            event.acceptProposedAction()
            self.files.open(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.built:  # closed before it was built: nothing to keep
            event.accept()
        elif self.files.ask_to_keep_changes():
            self.autosaver.stop()
            self.printing.stop()
            event.accept()
        else:
            event.ignore()
