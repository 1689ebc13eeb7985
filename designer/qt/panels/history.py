"""The print history: each order's time, document, printer, copies, id and state, followed with
queryOrderState until it has printed (polling stops after a while); survives restarts.

It shows the print journal the command line writes too (a print from a script appears here), in
the journal's states: sending, queued, printed, refused, unknown (with what to check), not
sent, no longer known to the cloud.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.cloud.errors import CloudError, OrderNotFoundError
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe
from designer.qt.icons import icon
from designer.services.history import (
    FAILED,
    GONE,
    NOT_SENT,
    PRINTED,
    QUEUED,
    SENDING,
    UNKNOWN,
    HistoryEntry,
    PrintHistory,
)

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
UNKNOWN_COLOR = QColor(200, 120, 0)
WIDEST_COLUMN = 240
"""Pixels a column other than the state takes at most (a long name is cut, whole in its tip)."""


def state_text(entry: HistoryEntry) -> str:
    """An order's state in the user's words, with what to do when it is unknown."""
    words = {
        SENDING: QT_TRANSLATE_NOOP("HistoryPanel", "sending…"),
        QUEUED: QT_TRANSLATE_NOOP("HistoryPanel", "queued"),
        PRINTED: QT_TRANSLATE_NOOP("HistoryPanel", "printed"),
        FAILED: QT_TRANSLATE_NOOP("HistoryPanel", "refused"),
        NOT_SENT: QT_TRANSLATE_NOOP("HistoryPanel", "not sent"),
        GONE: QT_TRANSLATE_NOOP("HistoryPanel", "no longer known to the cloud"),
        UNKNOWN: QT_TRANSLATE_NOOP("HistoryPanel", "unknown: check the printer and its queue"),
    }
    text = QCoreApplication.translate("HistoryPanel", words.get(entry.state, entry.state))
    return f"{text}: {entry.reason}" if entry.reason and entry.state != UNKNOWN else text


class HistoryPanel(QWidget):
    """The orders sent from this computer."""

    reprint_requested = Signal(object)  # HistoryEntry
    message = Signal(str)

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
        self.shown: list[HistoryEntry] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("HistoryPanel", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the state; the rest fit their text (see fill)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.menu: QMenu | None = None  # the right-click menu shown last
        reprint = QToolButton()
        reprint.setIcon(icon("printer-outline"))
        reprint.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
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
        self.stale = True  # filled when first shown
        self.showing = True  # in front (in a dock: while its tab is the one chosen)

    def follow_dock(self, dock: QDockWidget) -> None:
        """Show the history while `dock` is in front: a dock behind another's tab keeps its
        panel visible (moved out of sight), so the dock says when it comes to the front."""
        self.showing = False
        dock.visibilityChanged.connect(self._in_front)

    def _in_front(self, in_front: bool) -> None:
        self.showing = in_front
        if in_front and self.stale:
            self.fill()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.showing:
            self.fill()

    def fill(self) -> None:
        """Show the history, newest first: now when the panel shows, else when it next shows (a
        history of hundreds of orders behind a tab costs the start-up and each print nothing)."""
        if not (self.showing and self.isVisible()):
            self.stale = True
            return
        self.stale = False
        entries = list(reversed(self.history.entries))
        self.shown = entries
        self.table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            state = state_text(e)
            document = PurePath(e.document).name or e.document  # the whole path: its tooltip
            cells = (e.time.replace("T", " "), document, e.printer, str(e.copies), e.order_id)
            for col, text in enumerate((*cells, state)):
                item = QTableWidgetItem(text)
                tip = e.document if col == 1 else text
                item.setToolTip(e.reason or text if col == 5 else tip)
                if col == 5 and e.state == UNKNOWN:
                    item.setForeground(UNKNOWN_COLOR)
                self.table.setItem(row, col, item)
        for column in range(len(COLUMNS) - 1):  # once per fill, as wide as the widest text
            self.table.resizeColumnToContents(column)  # but never so wide as to hide the state
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST_COLUMN))

    def poll(self) -> None:
        """Ask about orders still queued (for `poll_for` after they were sent); show what
        another program (the command line) printed meanwhile."""
        if self.history.store.changed_elsewhere():
            self.fill()
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
            if isinstance(error, OrderNotFoundError):  # the cloud no longer knows it
                self.history.set_state(order_id, GONE, describe(error))
                self.fill()
            return
        if printed:
            self.history.set_state(order_id, PRINTED)
            self.fill()

    def _current(self) -> HistoryEntry | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def _reprint(self) -> None:
        entry = self._current()
        if entry is not None:
            self.reprint_requested.emit(entry)

    def _copy_order_id(self) -> None:
        entry = self._current()
        if entry is not None and entry.order_id:
            QGuiApplication.clipboard().setText(entry.order_id)
            self.message.emit(self.tr("Order id %s copied") % entry.order_id)

    def show_order_state(self) -> None:
        """Ask the cloud now whether the chosen order has printed, and say it."""
        entry = self._current()
        if entry is None or not entry.order_id:
            return
        order_id = entry.order_id

        def done(printed: bool | None, error: CloudError | None) -> None:
            self._answer(order_id, printed, error)
            if error is not None:
                self.message.emit(describe(error))
            else:
                said = self.tr("printed") if printed else self.tr("not printed yet")
                self.message.emit(self.tr("Order %s: %s") % (order_id, said))

        self.link.run(lambda client: client.query_order_state(order_id), done)

    def _context_menu(self, pos: QPoint) -> QMenu:
        """A right click on an order: print it again, copy its id, ask for its state."""
        row = self.table.rowAt(pos.y())
        if row >= 0:
            self.table.selectRow(row)
        entry = self._current()
        menu = QMenu(self)
        for name, text, slot, usable in (
            (
                "reprint",
                self.tr("Print again"),
                self._reprint,
                entry is not None and bool(entry.xml),
            ),
            (
                "copy_id",
                self.tr("Copy the order id"),
                self._copy_order_id,
                bool(entry and entry.order_id),
            ),
            (
                "state",
                self.tr("Has it printed? Ask now"),
                self.show_order_state,
                bool(entry and entry.order_id),
            ),
        ):
            action = menu.addAction(text)
            action.setObjectName(f"order_{name}")
            action.setEnabled(usable)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def stop(self) -> None:
        """No more polling."""
        self.timer.stop()
