"""The printer panel: every printer the user added, with its live state, firmware, queue depth
and when it was last heard of, refreshed in the background (never on the GUI thread), slower
while the cloud fails; and the actions on a printer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.cloud.errors import CloudError, TransportError
from designer.cloud.models import PrinterState
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe
from designer.qt.icons import icon
from designer.services import fleet
from designer.services.printers import ADDED, PrinterList, SavedPrinter, add_printer

if TYPE_CHECKING:
    from designer.qt.dialogs.add_printer import AddPrinterDialog

REFRESH_MS = 10_000
MAX_BACKOFF_MS = 120_000
STATE_COLORS = {
    PrinterState.ONLINE: QColor(30, 140, 60),
    PrinterState.OFFLINE: QColor(120, 120, 120),
    PrinterState.ABNORMAL: QColor(200, 120, 0),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("PrinterPanel", "Name"),
    QT_TRANSLATE_NOOP("PrinterPanel", "SN"),
    QT_TRANSLATE_NOOP("PrinterPanel", "State"),
    QT_TRANSLATE_NOOP("PrinterPanel", "Firmware"),
    QT_TRANSLATE_NOOP("PrinterPanel", "Queue"),
    QT_TRANSLATE_NOOP("PrinterPanel", "Updated"),
)


def state_title(state: PrinterState) -> str:
    """A printer state in the user's words."""
    words = {
        PrinterState.ONLINE: QT_TRANSLATE_NOOP("PrinterPanel", "online"),
        PrinterState.OFFLINE: QT_TRANSLATE_NOOP("PrinterPanel", "offline"),
        PrinterState.ABNORMAL: QT_TRANSLATE_NOOP("PrinterPanel", "abnormal (out of paper?)"),
    }
    return QCoreApplication.translate("PrinterPanel", words[state])


def _dot(color: QColor) -> QIcon:
    """A round state lamp in `color`."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(color)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class PrinterPanel(QWidget):
    """The user's printers, live."""

    print_requested = Signal(str)  # sn
    logo_requested = Signal(str)  # sn
    message = Signal(str)
    reports_changed = Signal()  # new states arrived (the print dialog shows them live)

    def __init__(
        self,
        link: CloudLink,
        printers: PrinterList,
        parent: QWidget | None = None,
        interval_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self.link = link
        self.printers = printers
        self.reports: dict[str, fleet.PrinterReport] = {}
        self.updated: dict[str, str] = {}
        self.interval_ms = interval_ms
        self.failures = 0
        self.in_flight = False
        self.again = False  # asked again while a round was in flight
        self.add_dialog: AddPrinterDialog | None = None  # the Add… dialog opened last
        self.printed_info: Callable[[str], str] | None = None  # the demo: what a printer printed
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("PrinterPanel", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self._fit_columns()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.menu: QMenu | None = None  # the right-click menu shown last
        buttons = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, icon_name, text, slot in (
            ("add", "plus", self.tr("Add…"), self.add_printer),
            ("remove", "delete-outline", self.tr("Remove"), self.remove_printer),
            ("clear", "tray-remove", self.tr("Clear queue"), self.clear_queue),
            ("print", "printer-outline", self.tr("Print here…"), self._print_here),
            ("logo", "image-edit-outline", self.tr("Logo…"), self._logo),
            ("voice", "account-voice", self.tr("Voice…"), self._voice),
            ("refresh", "refresh", self.tr("Refresh"), self.refresh),
        ):
            button = QToolButton()
            button.setText(text)
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)
        self.timer.start(interval_ms)
        self.fill()

    def _fit_columns(self) -> None:
        """Each column as wide as its title and the widest it shows, in this language (worked
        out once from the font: sizing to contents on every refresh costs seconds for 200
        printers); the name takes the rest."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        widest = (
            "",
            "XPY123456789ABC",
            max(
                [*(state_title(s) for s in PrinterState), self.tr("unknown (cloud unreachable)")],
                key=metrics.horizontalAdvance,
            ),
            "02.02.077.002",
            "9999",
            "00:00:00",
        )
        for column, sample in enumerate(widest):
            lamp = 20 if column == 2 else 0
            width = metrics.horizontalAdvance(sample) + lamp + 16
            header.resizeSection(column, max(header.sectionSizeHint(column), width))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    # --- showing -----------------------------------------------------------------------------

    def fill(self) -> None:
        """One row per saved printer, with what is known of it."""
        saved = self.printers.load()
        self.table.setRowCount(len(saved))
        for row, printer in enumerate(saved):
            report = self.reports.get(printer.sn)
            state, color, firmware, queue, tip = self._describe(report)
            cells = (
                printer.name,
                printer.sn,
                state,
                firmware,
                queue,
                self.updated.get(printer.sn, ""),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, printer.sn)
                if col == 2:
                    item.setForeground(QBrush(color))
                    item.setIcon(_dot(color))
                if self.printed_info is not None:
                    tip = "\n".join(t for t in (tip, self.printed_info(printer.sn)) if t)
                item.setToolTip(tip)
                self.table.setItem(row, col, item)

    def _describe(self, report: fleet.PrinterReport | None) -> tuple[str, QColor, str, str, str]:
        if report is None:
            return self.tr("…"), QColor(120, 120, 120), "", "", ""
        if report.status is None:
            error = report.error
            if isinstance(error, TransportError):
                return (
                    self.tr("unknown (cloud unreachable)"),
                    QColor(180, 30, 30),
                    "",
                    "",
                    describe(error),
                )
            return self.tr("unknown"), QColor(180, 30, 30), "", "", describe(error)
        state = report.status.state
        return (
            state_title(state),
            STATE_COLORS[state],
            report.status.version,
            str(report.queue),
            "",
        )

    def selected_sn(self) -> str | None:
        """The serial number of the selected row."""
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # --- refreshing --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Ask for every printer's state and queue in the background (once more right after
        the round in flight, when one is: what is asked for now must be answered from now)."""
        saved = self.printers.load()
        if self.in_flight:
            self.again = True
            return
        if not saved:
            return
        self.again = False
        self.in_flight = True
        self.link.run(
            lambda client: fleet.reports(client, saved, max_in_flight=fleet.MAX_IN_FLIGHT),
            self._reports_ready,
        )

    def _reports_ready(
        self, reports: list[fleet.PrinterReport] | None, error: CloudError | None
    ) -> None:
        self.in_flight = False
        if self.again:
            QTimer.singleShot(0, self, self.refresh)
        now = datetime.now().strftime("%H:%M:%S")
        if error is not None:  # no credentials, typically
            reports = [fleet.PrinterReport(p.sn, p.name, error=error) for p in self.printers.load()]
        failed = all(r.error is not None for r in reports)
        for r in reports:
            self.reports[r.sn] = r
            if r.error is None:
                self.updated[r.sn] = now
        self.failures = self.failures + 1 if failed else 0
        # while the cloud fails, ask less and less often (up to 2 minutes); back to normal after
        self.timer.setInterval(min(MAX_BACKOFF_MS, self.interval_ms * 2**self.failures))
        self.fill()
        self.reports_changed.emit()

    def stop(self) -> None:
        """No more refreshes."""
        self.timer.stop()

    # --- actions -----------------------------------------------------------------------------

    def add_printer(
        self, sn: str | None = None, name: str | None = None
    ) -> AddPrinterDialog | None:
        """verifyPrinter in the background; the printer joins the list when the cloud agrees.
        Without `sn`, a dialog asks for it and stays open until the cloud answered."""
        if sn is None:
            from designer.qt.dialogs.add_printer import AddPrinterDialog  # on demand

            dialog = AddPrinterDialog(self._verify, self)
            self.add_dialog = dialog
            dialog.open()
            return dialog
        if not sn or not name:
            self.message.emit(self.tr("A printer needs a serial number and a name."))
            return None
        self._verify(sn, name, None)
        return None

    def _verify(self, sn: str, name: str, answered: Callable[[str | None], None] | None) -> None:
        def done(result: str | None, error: CloudError | None) -> None:
            if error is not None:
                problem = describe(error)
                self.message.emit(problem)
                if answered is not None:
                    answered(problem)
                return
            if result == ADDED:
                self.message.emit(self.tr("%s (%s) added") % (name, sn))
            else:
                self.message.emit(self.tr("%s (%s) was already yours; kept") % (name, sn))
            self.fill()
            self.refresh()
            if answered is not None:
                answered(None)

        self.link.run(lambda client: add_printer(client, self.printers, sn, name), done)

    def name_of(self, sn: str) -> str:
        """What the user called printer `sn` (its SN when it is not in the list)."""
        saved = self.printers.get(sn)
        return saved.name if saved is not None else sn

    def remove_printer(self) -> None:
        """Forget the selected printer on this computer."""
        sn = self.selected_sn()
        if not sn:
            return
        name = self.name_of(sn)
        if self.printers.remove(sn):
            self.reports.pop(sn, None)
            self.fill()
            self.message.emit(self.tr("%s removed from this computer's list") % name)

    def clear_queue(self, confirm: bool = True) -> None:
        """Delete every order waiting on the selected printer, after asking."""
        sn = self.selected_sn()
        if not sn:
            return
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("Clear queue"),
                self.tr("Delete every order waiting on %s?") % self.name_of(sn),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self.clear_queue_of(sn)

    def clear_queue_of(self, sn: str, then: Callable[[str], None] | None = None) -> None:
        """Delete every order waiting on printer `sn` (no question); say what came of it, and
        tell `then` too."""
        name = self.name_of(sn)

        def done(_result: object, error: CloudError | None) -> None:
            text = describe(error) if error else self.tr("%s: queue cleared") % name
            self.message.emit(text)
            if then is not None:
                then(text)

        self.link.run(lambda client: client.del_printer_queue(sn), done)

    def _logo(self) -> None:
        sn = self.selected_sn()
        if sn:
            self.logo_requested.emit(sn)

    def _voice(self) -> None:
        sn = self.selected_sn()
        if not sn:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Voice reply"), self.tr("What %s should say:") % self.name_of(sn)
        )
        if ok and text.strip():
            self.send_voice(sn, text.strip())

    def send_voice(self, sn: str, text: str) -> None:
        """Have printer `sn` speak `text` (in the background)."""
        name = self.name_of(sn)
        self.link.run(
            lambda client: client.send_voice(sn, text),
            lambda _r, error: self.message.emit(
                describe(error) if error else self.tr("%s: voice reply sent") % name
            ),
        )

    def show_status(self, sn: str | None = None) -> None:
        """Ask for one printer's state and queue now, and say them."""
        sn = sn or self.selected_sn()
        if not sn:
            return
        printer = self.printers.get(sn)
        if printer is None:
            return

        def done(report: fleet.PrinterReport | None, error: CloudError | None) -> None:
            if error is not None or report is None:
                self.message.emit(describe(error))
                return
            self.reports[sn] = report
            self.fill()
            self.reports_changed.emit()
            if report.status is None:
                self.message.emit(f"{printer.name}: {report.error}")
                return
            self.message.emit(
                self.tr("%s: %s, firmware %s, orders waiting: %n", "", report.queue or 0)
                % (printer.name, state_title(report.status.state), report.status.version)
            )

        self.link.run(lambda client: fleet.report(client, printer), done)

    def _context_menu(self, pos: QPoint) -> QMenu:
        """A right click on a printer: everything that can be done with it."""
        row = self.table.rowAt(pos.y())
        if row >= 0:
            self.table.selectRow(row)
        menu = QMenu(self)
        chosen = self.selected_sn() is not None
        for name, text, slot in (
            ("print", self.tr("Print here…"), self._print_here),
            ("status", self.tr("Status and queue now"), self.show_status),
            ("clear", self.tr("Clear queue…"), self.clear_queue),
            ("voice", self.tr("Voice reply…"), self._voice),
            ("logo", self.tr("Logo…"), self._logo),
            ("remove", self.tr("Remove from this computer"), self.remove_printer),
            (None, None, None),
            ("add", self.tr("Add a printer…"), self.add_printer),
            ("refresh", self.tr("Refresh all"), self.refresh),
        ):
            if name is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.setObjectName(f"printer_{name}")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            action.setEnabled(chosen or name in ("add", "refresh"))
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))
        return menu

    def _print_here(self) -> None:
        sn = self.selected_sn()
        if sn:
            self.print_requested.emit(sn)

    def saved(self) -> list[SavedPrinter]:
        """The saved printers."""
        return self.printers.load()
