"""What the main window is made of, gathered in one module that `main_window` loads lazily.

`xplabel` shows its window as soon as Qt is up and builds these parts into it once that frame
has been painted (`MainWindow(deferred=True)`, `when_first_painted`), so the window appears in
about the time a bare Qt window takes; importing all of this first would delay it 2-3 times over.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMessageBox,
    QToolBar,
    QUndoView,
)

from designer.model.units import DOTS_PER_MM
from designer.qt.canvas.rulers import CanvasArea
from designer.qt.canvas.scene import LabelScene, dropped_xml
from designer.qt.canvas.tools import TOOLS
from designer.qt.canvas.view import LabelView
from designer.qt.cloud_link import CloudLink
from designer.qt.document import LabelDocument
from designer.qt.editing import Editing
from designer.qt.files import FileActions
from designer.qt.panels.labels import LabelsPanel
from designer.qt.panels.preview import PreviewPanel
from designer.qt.panels.problems import ProblemsPanel
from designer.qt.panels.properties import PropertyPanel
from designer.qt.printing_ui import PrintingUI
from designer.qt.session import AutoSaver, RecentFiles
from designer.qt.toolbox import ImageFileError, ToolButton, embedded_image
from designer.services.settings import Settings
from designer.services.store import Store

__all__ = [
    "DOTS_PER_MM",
    "TOOLS",
    "AutoSaver",
    "CanvasArea",
    "CloudLink",
    "Editing",
    "FileActions",
    "ImageFileError",
    "LabelDocument",
    "LabelScene",
    "LabelView",
    "LabelsPanel",
    "PreviewPanel",
    "PrintingUI",
    "ProblemsPanel",
    "PropertyPanel",
    "QAction",
    "QActionGroup",
    "QCoreApplication",
    "QDockWidget",
    "QFileDialog",
    "QKeySequence",
    "QLabel",
    "QMessageBox",
    "QToolBar",
    "QUndoView",
    "Qt",
    "RecentFiles",
    "Settings",
    "Store",
    "ToolButton",
    "dropped_xml",
    "embedded_image",
]
