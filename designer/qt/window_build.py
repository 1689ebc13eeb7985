"""Filling a main window: the document, canvas and panels, then the docks, menus and status bar
(each from a module of its own), and the signals between them. Imported by `MainWindow.build`
only, once the window's frame is on the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from designer.qt.batch_ui import BatchUI
from designer.qt.canvas.rulers import CanvasArea
from designer.qt.canvas.scene import LabelScene
from designer.qt.canvas.view import LabelView
from designer.qt.cloud_link import CloudLink
from designer.qt.data.data_ui import DataUI
from designer.qt.document import LabelDocument
from designer.qt.editing import Editing
from designer.qt.files import FileActions
from designer.qt.panels.labels import LabelsPanel
from designer.qt.panels.preview import PreviewPanel
from designer.qt.panels.problems import ProblemsPanel
from designer.qt.panels.properties import PropertyPanel
from designer.qt.printing_ui import PrintingUI
from designer.qt.session import AutoSaver, RecentFiles
from designer.qt.window_context import ContextMenus
from designer.qt.window_docks import add_docks
from designer.qt.window_menus import WindowMenus
from designer.qt.window_preferences import apply_preferences
from designer.qt.window_status import StatusBar
from designer.qt.window_toolbar import MainToolbar
from designer.services.settings import Settings
from designer.services.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QUndoView

    from designer.qt.main_window import MainWindow
    from designer.qt.panels.elements import ElementList


def build(
    window: MainWindow, doc: LabelDocument | None, link: CloudLink | None, store: Store | None
) -> None:
    """Make everything the window shows, for `doc` (a new document when None)."""
    settings = Settings.load()
    window.doc = doc or LabelDocument(parent=window)
    window.scene = LabelScene(window.doc, window)
    window.view = LabelView(window.scene, window)
    window.canvas_area = CanvasArea(window.view)
    window.setCentralWidget(window.canvas_area)
    window.files = FileActions(window.doc, window)
    window.editing = Editing(window.doc, window.scene)
    window.properties = PropertyPanel(window.doc)
    window.labels = LabelsPanel(window.doc)
    window.preview = PreviewPanel(window.doc)
    window.problems = ProblemsPanel(window.doc)
    window.printing = PrintingUI(window, link or CloudLink(parent=window), store)
    window.docks, window.panels_on_show = add_docks(
        window, lambda: make_elements(window), lambda: make_undo_history(window)
    )
    window.data = DataUI(window)  # issue 14: Data menu, records dock, navigator (qt/data)
    window.batches = BatchUI(window)  # issue 14: printing with data, resuming batches
    window.menus = WindowMenus(window)
    window.data.add_menu(window.menus)
    window.toolbar = MainToolbar(window, window.menus.actions)
    window.context_menus = ContextMenus(window)
    window.status_widgets = StatusBar(window, settings.user)
    window.autosaver = AutoSaver(window.doc)
    window.recent = RecentFiles()
    _wire(window)
    apply_preferences(window, settings)


def make_elements(window: MainWindow) -> ElementList:
    """The element list, tied to the canvas's selection and the editing commands (made when its
    dock first shows)."""
    from designer.qt.panels.elements import ElementList

    elements, editing = ElementList(window.doc), window.editing
    elements.show_selection(window.scene.selected_indexes())
    elements.chosen.connect(window.scene.select_indexes)
    window.scene.selection_indexes_changed.connect(elements.show_selection)
    elements.hide_requested.connect(lambda index, on: editing.set_hidden([index], on))
    elements.lock_requested.connect(lambda index, on: editing.set_locked(on, [index]))
    elements.reorder_requested.connect(editing.reorder)
    return elements


def make_undo_history(window: MainWindow) -> QUndoView:
    """The undo history: every step, click one to go back to it (made when its dock first
    shows)."""
    from PySide6.QtWidgets import QUndoView

    return QUndoView(window.doc.undo_stack)


def _wire(window: MainWindow) -> None:
    doc = window.doc
    doc.path_changed.connect(lambda: doc.path is not None and window.recent.add(doc.path))
    window.setAcceptDrops(True)
    window.scene.file_dropped.connect(window.menus.open_dropped)
    window.scene.selection_indexes_changed.connect(window.properties.show_selection)
    window.problems.element_chosen.connect(window.select_element)
    window.problems.problems_changed.connect(window.scene.mark_problems)
    doc.current_label_changed.connect(
        lambda _i: window.scene.mark_problems(window.problems.problems)
    )
    window.scene.mark_problems(window.problems.problems)
    doc.replaced.connect(window.view.zoom_fit)  # a new or opened label: all of it in view
    doc.undo_stack.cleanChanged.connect(window.update_title)
    doc.path_changed.connect(window.update_title)
    window.update_title()
