"""The window's Data menu, records dock and record navigator, and what ties them to the canvas,
the preview and the Problems panel.

The connection is made when the document's template names data, or when the Data menu needs
it: a label without data loads none of the merge machinery. The record navigator, a toolbar
shown while data is connected, is made with the window (its saved place restored with the
layout) and follows the connection once it is made.

Data > Connect data… picks a file (then its sheet and header row, with its first rows shown)
and writes it into the template's settings; Disconnect data drops it. Previous and Next record
step through the rows (the navigator's < and > too); Insert field puts `{{column}}` at the
cursor of the text field being edited. The canvas and the print preview draw the record shown
(the document keeps its placeholders), and the Problems panel lists what the data adds: a
placeholder that names no column, and the record's own problems.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
)

from designer.merge.check import SETTINGS_TARGET
from designer.qt.data.fields import insert_field, placeholder
from designer.qt.data.navigator import RecordNavigator
from designer.qt.notice import notice
from designer.qt.window_docks import PanelOnShow

if TYPE_CHECKING:
    from designer.qt.data.connect_dialog import ConnectDataDialog
    from designer.qt.data.connection import DataConnection
    from designer.qt.data.records import RecordTable
    from designer.qt.main_window import MainWindow
    from designer.qt.window_menus import WindowMenus


class DataUI(QObject):
    """Variable data in one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._connection: DataConnection | None = None
        self.navigator = RecordNavigator(window)  # hidden until data is connected
        self.navigator.hide()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.navigator)
        self.dock = QDockWidget(self.tr("Record table"), window)
        self.dock.setObjectName("dock_records")
        self.records_on_show = PanelOnShow(self.dock, self._make_records)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        if "problems" in window.docks:
            window.tabifyDockWidget(window.docks["problems"], self.dock)
            window.docks["problems"].raise_()
        window.docks["records"] = self.dock
        self.dialog: ConnectDataDialog | None = None
        window.doc.replaced.connect(self._document_replaced)
        self._document_replaced()  # the document the window starts with

    @property
    def connection(self) -> DataConnection:
        """The document's connected data (made now if it is not yet)."""
        return self._connection or self._make_connection()

    @property
    def made(self) -> DataConnection | None:
        """The connection if it has been made (None: the document has had no data)."""
        return self._connection

    def _make_connection(self) -> DataConnection:
        """The connection, and its ties to the record navigator, the canvas, the preview and the
        Problems panel."""
        from designer.qt.data.connection import DataConnection

        window = self.window
        c = self._connection = DataConnection(window.doc, self)
        self.navigator.attach(c)
        window.scene.merged = c.merged
        window.preview.merged = c.merged
        window.problems.extra.append(c.problems)
        c.record_changed.connect(lambda _i: self.show_record())
        c.chosen_changed.connect(self.show_record)
        c.data_changed.connect(self._data_changed)
        self._data_changed()
        return c

    def _document_replaced(self) -> None:
        """Another document (opened, new, recovered): when its template names data, connect it."""
        if self._connection is None and any(
            i.target == SETTINGS_TARGET for i in self.window.doc.instructions
        ):
            self._make_connection()  # it reads the data the settings name

    @property
    def records(self) -> RecordTable:
        """The record table (made when its dock first shows, or now)."""
        return self.records_on_show.panel()

    def _make_records(self) -> RecordTable:
        from designer.qt.data.records import RecordTable

        return RecordTable(self.connection)

    # --- the menu --------------------------------------------------------------------------

    def add_menu(self, menus: WindowMenus) -> QMenu:
        """The Data menu, before Help."""
        bar = self.window.menuBar()
        menu = QMenu(self.tr("&Data"), bar)
        menu.setObjectName("menu_data")
        help_menu = next(
            (a for a in bar.actions() if a.menu() and a.menu().objectName() == "menu_help"), None
        )
        bar.insertMenu(help_menu, menu) if help_menu is not None else bar.addMenu(menu)
        menus.add(menu, "connect_data", self.tr("&Connect data…"), self.connect_data)
        menus.add(
            menu, "disconnect_data", self.tr("&Disconnect data"),
            lambda: self.connection.disconnect_file(),
        )  # fmt: skip
        menu.addSeparator()
        menus.add(
            menu, "previous_record", self.tr("&Previous record"), lambda: self._step(-1),
            "Alt+PgUp",
        )  # fmt: skip
        menus.add(menu, "next_record", self.tr("&Next record"), lambda: self._step(1), "Alt+PgDown")
        self.fields_menu = menu.addMenu(self.tr("Insert &field"))
        self.fields_menu.setObjectName("menu_insert_field")
        self.fields_menu.aboutToShow.connect(self._fill_fields)
        menu.addSeparator()
        menu.addAction(self.dock.toggleViewAction())
        menu.addAction(self.navigator.toggleViewAction())
        self.menu = menu
        self._enable()
        return menu

    def _step(self, by: int) -> None:
        c = self.connection
        c.go(c.index + by)

    def _fill_fields(self) -> None:
        """Insert field: the columns, counters, row and date, into the text being edited."""
        self.fields_menu.clear()
        target = self._editing()
        for name in self._connection.field_names() if self._connection is not None else []:
            action: QAction = self.fields_menu.addAction(placeholder(name))
            action.setEnabled(target is not None)
            action.triggered.connect(lambda _=False, n=name, t=target: insert_field(t, n))
        if not self.fields_menu.actions():
            self.fields_menu.addAction(self.tr("(connect data first)")).setEnabled(False)

    def _editing(self) -> QLineEdit | QPlainTextEdit | None:
        """The content field being edited (properties, or the in-place editor), if any."""
        widget = QApplication.focusWidget()
        if isinstance(widget, (QLineEdit, QPlainTextEdit)) and widget.objectName() in (
            "content",
            "inplace_editor",
        ):
            return widget
        return None

    # --- connecting ------------------------------------------------------------------------

    def connect_data(self) -> ConnectDataDialog | None:
        """Pick a data file, then its sheet and header row with its first rows shown; OK writes
        it into the template's settings (undoable; saved with the template)."""
        doc = self.window.doc
        folder = str(doc.path.parent) if doc.path is not None else ""
        from designer.qt.data.connect_dialog import ConnectDataDialog, ask_data_file  # on demand

        path = ask_data_file(self.window, folder)
        if path is None:
            return None
        settings = self.connection.settings
        dialog = ConnectDataDialog(path, self.window, sheet=settings.sheet, header=settings.header)
        self.dialog = dialog

        def accepted() -> None:
            if dialog.table is None:
                return
            self.connection.connect_file(
                dialog.path, dialog.table, dialog.digest, dialog.chosen_sheet,
                dialog.header.isChecked(),
            )  # fmt: skip
            self.dock.show()
            self.dock.raise_()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    # --- following the data ----------------------------------------------------------------

    def show_record(self) -> None:
        """The canvas, preview and problems follow the record shown."""
        w = self.window
        w.scene.sync()
        w.preview.schedule()
        w.problems.schedule()

    def refresh_counters(self) -> None:
        """Show the serial numbers the ticked rows would print with now (the store's next
        values: a batch just printed moves them on)."""
        c = self._connection
        if c is None or c.table is None:
            return
        from designer.services.batches import Batches
        from designer.services.store import StoreError

        display = c.display()
        specs = display.counters if display is not None else []
        try:
            c.set_starts(Batches(self.window.printing.store).starts(self.counter_key(), specs))
        except StoreError:  # the store cannot be read: counters shown from their start
            c.set_starts({})
        self.show_record()

    def _data_changed(self) -> None:
        c = self.connection
        self.refresh_counters()
        if c.error:
            self.window.statusBar().showMessage(c.error, 8000)
            notice(self.window, self.tr("Cannot read the data"), c.error)
        self._enable()
        if c.table is None:  # refresh_counters showed the record otherwise
            self.show_record()

    def counter_key(self) -> str:
        """Whose serial numbers the template prints (services.batch_plan.counter_key)."""
        from designer.labelxml import write
        from designer.services.batch_plan import counter_key

        doc = self.window.doc
        path = str(doc.path) if doc.path is not None else None
        merge = [i for i in doc.instructions if i.target == SETTINGS_TARGET]
        xml = "" if path or self.connection.settings.id else write(doc.page, merge)
        return counter_key(self.connection.settings.id, path, xml)

    def _enable(self) -> None:
        c = self._connection
        connected = c is not None and c.settings.data is not None
        actions = self.window.menus.actions if hasattr(self.window, "menus") else {}
        for name in ("disconnect_data", "previous_record", "next_record"):
            if name in actions:
                actions[name].setEnabled(connected)
        self.navigator.setVisible(connected)
