"""The main window's docks: labels on the left; properties and print preview on the right;
problems, undo history, printers and print history tabbed below. Each can be closed, moved and
brought back from the View menu.

A panel that starts hidden behind another's tab (the element list, the undo history) is made
the first time its dock shows (`PanelOnShow`): a start-up pays nothing for what nobody looks at."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QWidget

if TYPE_CHECKING:
    from designer.qt.main_window import MainWindow

LEFT = Qt.DockWidgetArea.LeftDockWidgetArea
RIGHT = Qt.DockWidgetArea.RightDockWidgetArea
BOTTOM = Qt.DockWidgetArea.BottomDockWidgetArea


class PanelOnShow(QObject):
    """A dock whose panel is made when the dock first shows (its tab chosen, View > Panels, the
    saved layout restored), or when `panel()` is asked for it (a test, a command), whichever
    comes first. A show makes it on the event loop's next turn, never inside the signal: a
    restore of the saved layout shows docks while it rearranges them, and a panel made then
    (with what it adds to the window) would change the layout under it."""

    def __init__(self, dock: QDockWidget, make: Callable[[], QWidget]) -> None:
        super().__init__(dock)
        self.dock = dock
        self._make: Callable[[], QWidget] | None = make
        dock.setWidget(QWidget())  # an empty stand-in holds the dock's place meanwhile
        dock.visibilityChanged.connect(self._visibility_changed)

    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            QTimer.singleShot(0, self, self.panel)

    @property
    def made(self) -> bool:
        """True once the panel is made."""
        return self._make is None

    def panel(self) -> QWidget:
        """The dock's panel (made now if it is not yet)."""
        if self._make is not None:
            make, self._make = self._make, None
            self.dock.visibilityChanged.disconnect(self._visibility_changed)
            stand_in = self.dock.widget()
            self.dock.setWidget(make())
            stand_in.deleteLater()
        return self.dock.widget()


def add_docks(
    window: MainWindow, make_elements: Callable[[], QWidget], make_history: Callable[[], QWidget]
) -> tuple[dict[str, QDockWidget], dict[str, PanelOnShow]]:
    """Put the window's panels in docks: the docks by name, and those whose panels are made on
    first show (the element list by `make_elements`, the undo history by `make_history`)."""
    docks: dict[str, QDockWidget] = {}
    on_show: dict[str, PanelOnShow] = {}

    def dock(
        key: str, title: str, widget: QWidget | Callable[[], QWidget], area: Qt.DockWidgetArea
    ) -> None:
        d = QDockWidget(QCoreApplication.translate("MainWindow", title), window)
        d.setObjectName(f"dock_{key}")
        if isinstance(widget, QWidget):
            d.setWidget(widget)
        else:
            on_show[key] = PanelOnShow(d, widget)
        window.addDockWidget(area, d)
        docks[key] = d

    # the titles are translated in dock(), in the context MainWindow
    dock("labels", QT_TRANSLATE_NOOP("MainWindow", "Labels"), window.labels, LEFT)
    dock("elements", QT_TRANSLATE_NOOP("MainWindow", "Elements"), make_elements, LEFT)
    dock("properties", QT_TRANSLATE_NOOP("MainWindow", "Properties"), window.properties, RIGHT)
    dock("preview", QT_TRANSLATE_NOOP("MainWindow", "Print preview"), window.preview, RIGHT)
    dock("problems", QT_TRANSLATE_NOOP("MainWindow", "Problems"), window.problems, BOTTOM)
    dock("history", QT_TRANSLATE_NOOP("MainWindow", "Undo history"), make_history, BOTTOM)
    dock("printers", QT_TRANSLATE_NOOP("MainWindow", "Printers"), window.printing.printers, BOTTOM)
    dock("orders", QT_TRANSLATE_NOOP("MainWindow", "Print history"), window.printing.orders, BOTTOM)
    window.printing.orders.follow_dock(docks["orders"])  # its rows read when it shows
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
    return docks, on_show
