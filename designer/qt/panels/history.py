"""The print history: each order's time, document, printer, copies, id and state, followed with
queryOrderState until it has printed (polling stops after a while); survives restarts."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.cloud.errors import CloudError
from designer.qt.cloud_link import CloudLink
from designer.services.history import FAILED, PRINTED, QUEUED, HistoryEntry, PrintHistory

POLL_MS = 2_000
POLL_FOR = timedelta(minutes=10)
COLUMNS = (
    QT_TRANSLATE_NOOP("HistoryPanel", "Time"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Document"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Printer"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Copies"),
    QT_TRANSLATE_NOOP("HistoryPanel", "Order"),
    QT_TRANSLATE_NOOP("HistoryPanel", "State"),
)

STATES = {
    QUEUED: QT_TRANSLATE_NOOP("HistoryPanel", "queued"),
    PRINTED: QT_TRANSLATE_NOOP("HistoryPanel", "printed"),
    FAILED: QT_TRANSLATE_NOOP("HistoryPanel", "failed"),
}
"""An order's state in a person's words (translated)."""


class HistoryPanel(QWidget):
    """The orders sent from this computer."""

    reprint_requested = Signal(object)  # HistoryEntry

    def __init__(
        self,
        link: CloudLink,
        history: PrintHistory,
        parent: QWidget | None = None,
        poll_ms: int = POLL_MS,
        poll_for: timedelta = POLL_FOR,
    ) -> None:
        super().__init__(parent)
        self.poll_for = poll_for
        self.link = link
        self.history = history
        self.asking: set[str] = set()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HistoryPanel", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        reprint = QToolButton()
        reprint.setText(self.tr("Reprint"))
        reprint.setObjectName("reprint")
        reprint.clicked.connect(self._reprint)
        row = QHBoxLayout()
        row.addWidget(reprint)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(poll_ms)
        self.fill()

    def fill(self) -> None:
        """Show the history, newest first."""
        entries = list(reversed(self.history.entries))
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            state = QCoreApplication.translate("HistoryPanel", STATES.get(e.state, e.state))
            if e.reason:
                state = f"{state}: {e.reason}"
            for col, text in enumerate(
                (e.time.replace("T", " "), e.document, e.printer, str(e.copies), e.order_id, state)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)

    def add(self, entry: HistoryEntry) -> None:
        """A new order to show (already recorded in the history)."""
        self.fill()
        self.poll()

    def poll(self) -> None:
        """Ask about orders still queued (for `poll_for` after they were sent)."""
        limit = datetime.now() - self.poll_for
        for entry in self.history.waiting():
            if entry.order_id in self.asking or datetime.fromisoformat(entry.time) < limit:
                continue
            self.asking.add(entry.order_id)
            order_id = entry.order_id
            self.link.run(
                lambda client, o=order_id: client.query_order_state(o),
                lambda printed, error, o=order_id: self._answer(o, printed, error),
            )

    def _answer(self, order_id: str, printed: bool | None, error: CloudError | None) -> None:
        self.asking.discard(order_id)
        if error is not None:
            if getattr(error, "code", None) == 1005:  # the cloud no longer knows it
                self.history.set_state(order_id, FAILED, str(error))
                self.fill()
            return
        if printed:
            self.history.set_state(order_id, PRINTED)
            self.fill()

    def _reprint(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.reprint_requested.emit(list(reversed(self.history.entries))[row])

    def stop(self) -> None:
        """No more polling."""
        self.timer.stop()
