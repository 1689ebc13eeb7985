"""Printing from the window: the printer and history docks, the print dialog, and the flow from
a click to an order that the history follows until it has printed."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QProgressBar

from designer.cloud.errors import CloudError
from designer.labelxml import parse, write
from designer.model import Page, validate
from designer.qt.cloud_link import CloudLink
from designer.qt.i18n.messages import say
from designer.qt.panels.history import HistoryPanel
from designer.qt.panels.printers import PrinterPanel
from designer.services.history import FAILED, PrintHistory
from designer.services.logos import LogoStore
from designer.services.printers import PrinterList
from designer.services.printing import PrintJob, print_document
from designer.services.settings import Settings

if TYPE_CHECKING:
    from designer.qt.dialogs.logo import LogoDialog
    from designer.qt.dialogs.print_dialog import PrintDialog


class PrintingUI(QObject):
    """Everything about printers and printing in one window."""

    def __init__(
        self,
        window: QMainWindow,
        link: CloudLink,
        printers: PrinterList,
        history: PrintHistory,
        logos: LogoStore | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.link = link
        self.history = history
        self.logos = logos or LogoStore()
        settings = Settings.load()
        self.printers = PrinterPanel(
            link, printers, interval_ms=max(2, settings.printer_refresh_seconds) * 1000
        )
        self.orders = HistoryPanel(
            link, history, poll_for=timedelta(minutes=settings.history_poll_minutes)
        )
        self.printers.print_requested.connect(self.open_print_dialog)
        self.printers.logo_requested.connect(self.open_logo_dialog)
        self.printers.message.connect(self.say)
        self.orders.reprint_requested.connect(self.reprint)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a job's length is unknown: an indeterminate bar
        self.busy.setMaximumWidth(120)
        self.busy.setObjectName("print_progress")
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        self.jobs = 0

    def say(self, text: str) -> None:
        """A passing message in the status bar."""
        self.window.statusBar().showMessage(text, 8000)

    def _refuse(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()  # never blocks: the window stays responsive

    def open_print_dialog(self, sn: str | None = None) -> PrintDialog | None:
        """Ask how to print the current document, then print it in the background."""
        doc = self.window.doc
        errors = [p for p in validate(doc.page) if p.is_error]
        if errors:
            self._refuse(
                self.tr("Cannot print"),
                self.tr("The label has errors:\n") + "\n".join(say(p.message) for p in errors[:10]),
            )
            return None
        from designer.qt.dialogs.print_dialog import PrintDialog  # on demand: quicker start-up

        dialog = PrintDialog(
            doc.page, self.printers.saved(), self.printers.reports, sn, self.window
        )
        dialog.accepted.connect(
            lambda: self.send(
                doc.page, dialog.job(), doc.name, str(doc.path) if doc.path else doc.name
            )
        )
        dialog.open()
        return dialog

    def open_logo_dialog(self, sn: str) -> LogoDialog:
        """Upload a logo to printer `sn`; the canvas then shows it where labels say <BMP/>."""
        from designer.qt.dialogs.logo import LogoDialog  # on demand: quicker start-up

        dialog = LogoDialog(self.link, self.logos, sn, self.window)
        dialog.uploaded.connect(self._logo_uploaded)
        dialog.open()
        return dialog

    def _logo_uploaded(self, sn: str) -> None:
        self.window.scene.set_logo(self.logos.load(sn))
        self.say(self.tr("%s: logo uploaded") % sn)

    def open_account_dialog(self) -> QDialog:
        """Sign in: user, UserKEY to the keyring, connection test, base URL."""
        from designer.qt.dialogs.account import AccountDialog  # keyring and requests, on demand

        dialog = AccountDialog(self.link, self.window)
        dialog.accepted.connect(self.printers.refresh)
        dialog.accepted.connect(lambda: self.window.set_account(dialog.user.text().strip()))
        dialog.open()
        return dialog

    def send(self, page: Page, job: PrintJob, name: str, document: str) -> None:
        """Print `page` as `job` on a worker; the orders go to the history."""
        printer = next((p.name for p in self.printers.saved() if p.sn == job.sn), job.sn)
        self.say(self.tr("Sending %s to %s…") % (name, printer))
        self.jobs += 1
        self.busy.show()
        xml = write(page)  # kept with the order: any order can be printed again

        def done(results, error: CloudError | None) -> None:
            self.jobs -= 1
            self.busy.setVisible(self.jobs > 0)
            if error is not None:
                self.history.add(document, job.sn, printer, job.copies, "", FAILED, str(error), xml)
                self.orders.fill()
                self._refuse(self.tr("Not printed"), str(error))
                return
            for result in results:
                entry = self.history.add(
                    document, job.sn, printer, job.copies, result.order_id or "", xml=xml
                )
                self.orders.add(entry)
            self.say(self.tr("%d order(s) sent to %s") % (len(results), printer))

        self.link.run(lambda client: print_document(client, page, job, self.logos), done)

    def reprint(self, entry) -> None:
        """Send what a history entry printed again, to the same printer."""
        result = parse(entry.xml) if entry.xml else None
        if result is None or result.page is None:
            self._refuse(
                self.tr("Cannot reprint"),
                self.tr("The history keeps no printable copy of %s.") % entry.document,
            )
            return
        self.send(
            result.page, PrintJob(entry.sn, entry.copies), Path(entry.document).name, entry.document
        )

    def stop(self) -> None:
        """Stop polling and let running requests end (the window is closing)."""
        self.printers.stop()
        self.orders.stop()
        self.link.stop()
