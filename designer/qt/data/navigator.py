"""The record navigator ("< Row 3 of 240 >"): a toolbar shown while data is connected; the
canvas and the preview show the record it stands on. It is made with the window (so that the
window's saved layout puts it back where it was) and follows the data connection once there
is one (`attach`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from designer.qt.data.connection import DataConnection


class RecordNavigator(QToolBar):
    """Previous, where, next: the canvas and the preview show that record's values."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record navigator"))
        self.setObjectName("record_navigator")
        self.connection: DataConnection | None = None
        self.previous = QToolButton()
        self.previous.setText("<")
        self.previous.setObjectName("record_previous")
        self.previous.setToolTip(self.tr("Previous record"))
        self.where = QLabel()
        self.where.setObjectName("record_where")
        self.where.setMinimumWidth(110)
        self.next = QToolButton()
        self.next.setText(">")
        self.next.setObjectName("record_next")
        self.next.setToolTip(self.tr("Next record"))
        self.previous.clicked.connect(lambda: self._step(-1))
        self.next.clicked.connect(lambda: self._step(1))
        self.addWidget(self.previous)
        self.addWidget(self.where)
        self.addWidget(self.next)
        self.show_where()

    def attach(self, connection: DataConnection) -> None:
        """Follow `connection` (the document's data, once it has some)."""
        self.connection = connection
        connection.record_changed.connect(lambda _i: self.show_where())
        connection.data_changed.connect(self.show_where)
        self.show_where()

    def _step(self, by: int) -> None:
        if self.connection is not None:
            self.connection.go(self.connection.index + by)

    def show_where(self) -> None:
        """Say which row is shown; disable what cannot go further."""
        c = self.connection
        record = c.record if c is not None else None
        if c is None or record is None:
            loading = c is not None and c.loading
            self.where.setText(self.tr("Loading data…") if loading else self.tr("No data"))
            self.where.setToolTip(c.error if c is not None else "")
        else:
            self.where.setText(
                self.tr("Row %1 of %2")
                .replace("%1", str(record.row))
                .replace("%2", str(c.table.rows))
            )
            self.where.setToolTip(str(c.path or ""))
        self.previous.setEnabled(record is not None and c.index > 0)
        self.next.setEnabled(record is not None and c.index < len(c.records) - 1)
