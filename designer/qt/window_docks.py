"""The main window's docks: labels on the left; properties and print preview on the right;
problems, undo history, printers and print history tabbed below. Each can be closed, moved and
brought back from the View menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


def add_docks(window: MainWindow) -> dict[str, QDockWidget]:
    """Put the window's panels in docks; the docks by name."""
    docks: dict[str, QDockWidget] = {}

    def dock(key: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> None:
        d = QDockWidget(QCoreApplication.translate("MainWindow", title), window)
        d.setObjectName(f"dock_{key}")
        d.setWidget(widget)
        window.addDockWidget(area, d)
        docks[key] = d

    # the titles are translated in dock(), in the context MainWindow
    dock("labels", QT_TRANSLATE_NOOP("MainWindow", "Labels"), window.labels, LEFT)
    dock("elements", QT_TRANSLATE_NOOP("MainWindow", "Elements"), window.elements, LEFT)
    dock("properties", QT_TRANSLATE_NOOP("MainWindow", "Properties"), window.properties, RIGHT)
    dock("preview", QT_TRANSLATE_NOOP("MainWindow", "Print preview"), window.preview, RIGHT)
    dock("problems", QT_TRANSLATE_NOOP("MainWindow", "Problems"), window.problems, BOTTOM)
    dock("history", QT_TRANSLATE_NOOP("MainWindow", "Undo history"), window.history, BOTTOM)
    dock("printers", QT_TRANSLATE_NOOP("MainWindow", "Printers"), window.printing.printers, BOTTOM)
    dock("orders", QT_TRANSLATE_NOOP("MainWindow", "Print history"), window.printing.orders, BOTTOM)
    window.tabifyDockWidget(docks["labels"], docks["elements"])
    docks["labels"].raise_()
    window.tabifyDockWidget(docks["problems"], docks["printers"])
    window.tabifyDockWidget(docks["printers"], docks["orders"])
    window.tabifyDockWidget(docks["problems"], docks["history"])
    docks["problems"].raise_()
    # the side docks run the window's full height; the bottom docks sit under the canvas only
    window.setCorner(Qt.Corner.BottomLeftCorner, LEFT)
    window.setCorner(Qt.Corner.BottomRightCorner, RIGHT)

    def sizes() -> None:
        window.resizeDocks(
            [docks["labels"], docks["properties"]], [170, 340], Qt.Orientation.Horizontal
        )
        window.resizeDocks(
            [docks["properties"], docks["preview"], docks["problems"]],
            [470, 220, 200],
            Qt.Orientation.Vertical,
        )

    sizes()
    QTimer.singleShot(0, window, sizes)  # again once laid out: a window built before it shows
    return docks
