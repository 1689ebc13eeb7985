"""The record navigator ("< Row 3 of 240 >"): a toolbar shown while data is connected; the
canvas and the preview show the record it stands on."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QWidget

from designer.qt.data.connection import DataConnection


class RecordNavigator(QToolBar):
    """Previous, where, next: the canvas and the preview show that record's values."""

    def __init__(self, connection: DataConnection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record navigator"))
        self.setObjectName("record_navigator")
        self.connection = connection
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
        self.previous.clicked.connect(lambda: connection.go(connection.index - 1))
        self.next.clicked.connect(lambda: connection.go(connection.index + 1))
        self.addWidget(self.previous)
        self.addWidget(self.where)
        self.addWidget(self.next)
        connection.record_changed.connect(lambda _i: self.show_where())
        connection.data_changed.connect(self.show_where)
        self.show_where()

    def show_where(self) -> None:
        """Say which row is shown; disable what cannot go further."""
        c = self.connection
        record = c.record
        if record is None:
            self.where.setText(self.tr("Loading data…") if c.loading else self.tr("No data"))
            self.where.setToolTip(c.error)
        else:
            self.where.setText(
                self.tr("Row %1 of %2")
                .replace("%1", str(record.row))
                .replace("%2", str(c.table.rows))
            )
            self.where.setToolTip(str(c.path or ""))
        self.previous.setEnabled(record is not None and c.index > 0)
        self.next.setEnabled(record is not None and c.index < len(c.records) - 1)
