"""Printing from the window: the printer and history docks, the print dialog, and the flow from
a click to an order that the history follows until it has printed.

Every print goes through the print journal the command line uses (services/sending.py): the
history shows each order's state as it is journaled (sending, queued, printed, refused,
unknown), a print whose outcome is unknown can be retried safely within the platform's window,
and after it only on purpose ("Print anyway").
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QProgressBar

from designer import labelxml
from designer.cloud.errors import CloudError, EarlierOutcomeUnknownError, PrinterOfflineError
from designer.model import Page, validate
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe, headline
from designer.qt.i18n.messages import say
from designer.qt.images import Debounced
from designer.qt.notice import notice
from designer.qt.panels.history import HistoryPanel
from designer.qt.panels.printers import PrinterPanel
from designer.services.history import UNKNOWN, HistoryEntry, PrintHistory
from designer.services.logos import LogoStore
from designer.services.order_states import SENDING
from designer.services.printers import PrinterList
from designer.services.store import Store, StoreError

if TYPE_CHECKING:  # the sending machinery (and OpenSSL's digests) loads on the first print
    from designer.qt.dialogs.logo import LogoDialog
    from designer.qt.dialogs.print_dialog import PrintDialog
    from designer.services.printing import PrintJob
    from designer.services.sending import JobOutcome


HISTORY_REFRESH_MS = 400
"""How long the print history waits to show what the journal says, gathering the writes."""


class PrintingUI(QObject):
    """Everything about printers and printing in one window."""

    journal_changed = Signal()  # a worker wrote the journal: the history shows it

    def __init__(self, window: QMainWindow, link: CloudLink, store: Store | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.link = link
        self.store_problem = ""
        if store is None:
            try:
                store = Store.open_default()
            except StoreError as exc:  # the window still works; nothing is kept this session
                self.store_problem = str(exc)
                store = Store(Path(":memory:"))
        self.store = store
        self.history = PrintHistory(store)
        self.logos = LogoStore(store)
        # how often printers are asked and orders followed: as Preferences say (apply_preferences)
        self.printers = PrinterPanel(link, PrinterList(store))
        self.orders = HistoryPanel(link, self.history)
        self.printers.print_requested.connect(self.open_print_dialog)
        self.printers.logo_requested.connect(self.open_logo_dialog)
        self.printers.message.connect(self.say)
        self.orders.reprint_requested.connect(self.reprint)
        self.orders.message.connect(self.say)
        # the history re-read at most every HISTORY_REFRESH_MS however often the journal is
        # written (twice an order; a batch sends hundreds of orders)
        self.refresh_history = Debounced(self, self.orders.fill, HISTORY_REFRESH_MS)
        self.journal_changed.connect(self.refresh_history)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a job's length is unknown: an indeterminate bar
        self.busy.setMaximumWidth(120)
        self.busy.setObjectName("print_progress")
        self.busy.hide()
        window.statusBar().addPermanentWidget(self.busy)
        self.jobs = 0
        self.question: QMessageBox | None = None  # the last question asked (tests answer it)
        if self.store_problem:
            self.say(self.store_problem)

    def say(self, text: str) -> None:
        """A passing message in the status bar."""
        self.window.statusBar().showMessage(text, 8000)

    def _refuse(self, title: str, text: str) -> None:
        self.window.statusBar().clearMessage()  # no "Sending…" left under the refusal
        notice(self.window, title, text)

    def open_print_dialog(self, sn: str | None = None) -> PrintDialog | None:
        """Ask how to print the current document, then print it in the background."""
        batches = getattr(self.window, "batches", None)  # issue 14: a template with data
        if batches is not None and batches.takes_print(sn):  # prints as a batch (batch_ui.py)
            return None
        doc = self.window.doc
        errors = [p for p in validate(doc.page) if p.is_error]
        if errors:
            self._refuse(
                self.tr("Cannot print"),
                self.tr("The label has errors:\n") + "\n".join(say(p.message) for p in errors[:10]),
            )
            return None
        from designer.qt.dialogs.print_dialog import PrintDialog  # on demand: quicker start-up

        dialog = PrintDialog(doc.page, self.printers, sn, doc.path, self.window)
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

        dialog = LogoDialog(self.link, self.logos, sn, self.window, self.printers.name_of(sn))
        dialog.uploaded.connect(self._logo_uploaded)
        dialog.open()
        return dialog

    def _logo_uploaded(self, sn: str) -> None:
        self.window.scene.set_logo(self.logos.load(sn))
        self.say(self.tr("%s: logo uploaded") % self.printers.name_of(sn))

    def open_account_dialog(self) -> QDialog:
        """Sign in: user, UserKEY to the keyring, connection test, base URL."""
        from designer.qt.dialogs.account import AccountDialog  # keyring and requests, on demand

        dialog = AccountDialog(self.link, self.window)
        dialog.accepted.connect(self.printers.refresh)
        dialog.accepted.connect(lambda: self.window.set_account(dialog.user.text().strip()))
        dialog.open()
        return dialog

    def send(
        self, page: Page, job: PrintJob, name: str, document: str, *, again: bool = False
    ) -> None:
        """Print `page` as `job` on a worker, through the journal; the history shows each
        order as it goes. `again` prints it as a new job whatever became of an earlier run."""
        from designer.services.journal import PrintJournal
        from designer.services.printing import print_document

        printer = self.printers.name_of(job.sn)
        self.say(self.tr("Sending %s to %s…") % (name, printer))
        self.jobs += 1
        self.busy.show()

        def work(client) -> JobOutcome:
            return print_document(
                client,
                PrintJournal(self.store),
                page,
                job,
                document=document,
                printer=printer,
                logos=self.logos,
                again=again,
                progress=self.journal_changed.emit,
            )

        def done(outcome: JobOutcome | None, error: CloudError | None) -> None:
            self.jobs -= 1
            self.busy.setVisible(self.jobs > 0)
            self.orders.fill()
            if error is not None or outcome is None:  # no credentials, typically
                self._refuse(self.tr("Not printed"), describe(error))
                return
            self._tell(
                outcome, printer, lambda again: self.send(page, job, name, document, again=again)
            )
            self.orders.poll()

        self.link.run(work, done)

    def _tell(self, outcome: JobOutcome, printer: str, resend: Callable[[bool], None]) -> None:
        """Say what became of a job: sent, already taken earlier, refused, or unknown."""
        from designer.services.sending import EARLIER, FOUND

        failed = outcome.failed
        if failed is None:
            earlier = sum(1 for s in outcome.sent if s.note in (EARLIER, FOUND))
            text = self.tr("Orders sent to %s: %d") % (printer, len(outcome.sent) - earlier)
            if earlier:
                text += self.tr("; %d already accepted earlier, not printed again") % earlier
            self.say(text)
            return
        if failed.state != UNKNOWN:
            if isinstance(failed.error, PrinterOfflineError):  # in the dialog's own words
                text = (
                    self.tr(
                        "%s is offline, so nothing was printed. Check its power and network, or "
                        "print again choosing “Queue until it is back”: it then prints when the "
                        "printer returns."
                    )
                    % printer
                )
            else:
                text = describe(failed.error)
            self._refuse(self.tr("Not printed"), text)
            return
        if isinstance(failed.error, EarlierOutcomeUnknownError):
            self._ask(
                self.tr("Outcome unknown"),
                self.tr(
                    "%s\n\nCheck the printer and its queue first: printing it anyway may "
                    "print it twice."
                )
                % headline(failed.error),
                self.tr("Print anyway"),
                lambda: resend(True),
            )
        else:
            self._ask(
                self.tr("Outcome unknown"),
                self.tr(
                    "%s\n\nTrying again within 5 minutes is safe: the cloud recognises the "
                    "order and never prints it twice."
                )
                % headline(failed.error),
                self.tr("Try again"),
                lambda: resend(False),
            )

    def _ask(self, title: str, text: str, action: str, then: Callable[[], None]) -> QMessageBox:
        """A non-blocking question with one action button and Close."""
        self.window.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Close, self.window
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        button = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(then)
        self.question = box
        box.open()
        return box

    def reprint(self, entry: HistoryEntry) -> None:
        """Send what a history entry printed again, to the same printer and in the same way: as
        a new job when it was printed; as the same job (safe resend, or a clear refusal) when
        its outcome is unknown."""
        printed = self.history.job_print(entry.job)
        result = labelxml.parse(printed.xml) if printed.xml else None
        if result is None or result.page is None:
            self._refuse(
                self.tr("Cannot reprint"),
                self.tr("The history keeps no printable copy of %s.") % entry.document,
            )
            return
        from designer.services.printing import PrintJob

        try:
            options = json.loads(printed.options)
            job = PrintJob(entry.sn, **options)
        except (ValueError, TypeError):  # an imported entry: the copies are all it knows
            job = PrintJob(entry.sn, entry.copies)
        again = entry.state not in (UNKNOWN, SENDING)
        self.send(result.page, job, Path(entry.document).name, entry.document, again=again)

    def stop(self) -> None:
        """Stop polling and let running requests end (the window is closing)."""
        self.refresh_history.cancel()
        self.printers.stop()
        self.orders.stop()
        self.link.stop()
