"""The record table: every row of the connected data with a box to tick the rows a batch prints,
and the copies-per-row column. Made when its dock first shows (window_docks.PanelOnShow)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.qt.data.connection import DataConnection

Index = QModelIndex | QPersistentModelIndex


class RecordModel(QAbstractTableModel):
    """The data's records as a table: a tick box, the row number, the cells."""

    def __init__(self, connection: DataConnection) -> None:
        super().__init__()
        self.connection = connection
        connection.data_changed.connect(self._reset)
        connection.chosen_changed.connect(self._ticks)

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def _ticks(self) -> None:
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(rows - 1, 0), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.connection.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        table = self.connection.table
        return 0 if parent.isValid() or table is None else table.width + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        table = self.connection.table
        if section == 0:
            return self.tr("Row")
        return table.column_title(section - 1) if table is not None else None

    def data(self, index: Index, role: int = 0) -> Any:
        record = self.connection.records[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(record.row)
            if role == Qt.ItemDataRole.CheckStateRole:
                ticked = record.row in self.connection.chosen
                return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return record.cells[index.column() - 1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        row = self.connection.records[index.row()].row
        chosen = set(self.connection.chosen)
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            chosen.add(row)
        else:
            chosen.discard(row)
        self.connection.choose(chosen)
        return True


class RecordTable(QWidget):
    """Every record, ticked to print; click one to show it; the copies-per-row column."""

    def __init__(self, connection: DataConnection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.model = RecordModel(connection)
        self.view = QTableView()
        self.view.setObjectName("record_table")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.clicked.connect(lambda index: connection.go(index.row()))
        self.all = QToolButton()
        self.all.setText(self.tr("All"))
        self.all.setObjectName("tick_all")
        self.all.clicked.connect(lambda: connection.choose({r.row for r in connection.records}))
        self.none = QToolButton()
        self.none.setText(self.tr("None"))
        self.none.setObjectName("tick_none")
        self.none.clicked.connect(lambda: connection.choose(set()))
        self.copies = QComboBox()
        self.copies.setObjectName("copies_column")
        self.copies.setToolTip(
            self.tr("A column whose value is how many labels each row prints (0: none)")
        )
        self.copies.activated.connect(self._copies_chosen)
        self.summary = QLabel()
        self.summary.setObjectName("records_summary")
        top = QHBoxLayout()
        top.addWidget(self.all)
        top.addWidget(self.none)
        top.addWidget(QLabel(self.tr("Copies per row")))
        top.addWidget(self.copies)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        connection.data_changed.connect(self._fill_copies)
        connection.data_changed.connect(self._summarize)
        connection.chosen_changed.connect(self._summarize)
        connection.record_changed.connect(self._follow)
        self._fill_copies()
        self._summarize()
        self._follow(connection.index)  # made late (its dock first shown): the record shown

    def _fill_copies(self) -> None:
        table = self.connection.table
        self.copies.clear()
        self.copies.addItem(self.tr("(one each)"), None)
        for i in range(table.width if table is not None else 0):
            self.copies.addItem(table.column_title(i), table.column_title(i))
        chosen = self.copies.findData(self.connection.copies_column)
        self.copies.setCurrentIndex(max(0, chosen))

    def _copies_chosen(self, _index: int) -> None:
        self.connection.set_copies_column(self.copies.currentData())

    def _summarize(self) -> None:
        c = self.connection
        if c.table is None:
            self.summary.setText(c.error or self.tr("No data connected (Data > Connect data…)"))
            return
        self.summary.setText(
            self.tr("%1 of %2 rows ticked")
            .replace("%1", str(len(c.chosen)))
            .replace("%2", str(len(c.records)))
        )

    def _follow(self, index: int) -> None:
        if 0 <= index < self.model.rowCount():
            self.view.selectRow(index)
            self.view.scrollTo(self.model.index(index, 0))
