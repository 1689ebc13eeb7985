"""Batch printing in the window: File > Print with data connected, the batch's progress, Cancel,
and resuming a batch that a crash, a closed window or the network interrupted.

The batch is the command line's (services/batch_*.py): planned and checked on a worker, written
to the store with its orders and the serial numbers it holds, then sent on the CloudLink's pool
through the print journal. The GUI thread only shows what the workers report: progress arrives
as queued signals, the print history is refreshed at most a few times a second, and the printed
count is asked for once a second (queryOrderState, on the pool) until every order printed.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from designer.cloud.errors import EarlierOutcomeUnknownError
from designer.qt.background import run_in_background
from designer.qt.cloud_words import describe
from designer.qt.i18n.messages import say
from designer.qt.notice import notice

if TYPE_CHECKING:
    from designer.cloud.errors import CloudError
    from designer.qt.data.batch_dialog import BatchDialog
    from designer.qt.data.batch_progress import BatchProgressDialog
    from designer.qt.main_window import MainWindow
    from designer.services.batch_plan import BatchOptions, PlanResult
    from designer.services.batch_send import BatchOutcome, BatchProgress
    from designer.services.batches import Batches, BatchInfo

PRINTED_POLL_MS = 1000


class BatchUI(QObject):
    """Batches printed from one window."""

    progressed = Signal(object)  # BatchProgress, from the worker
    journaled = Signal()  # a journal write, from the worker

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._batches: Batches | None = None  # made when first needed: a quicker start-up
        self.dialog: BatchDialog | None = None
        self.progress: BatchProgressDialog | None = None
        self.question: QMessageBox | None = None
        self.running: str | None = None  # the batch being sent
        self.cancel = threading.Event()
        self.journaled.connect(window.printing.journal_changed)  # the history follows it
        self.progressed.connect(self._progressed)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(PRINTED_POLL_MS)
        self.poll_timer.timeout.connect(self._poll)
        self.polling: str | None = None
        self.asking = False

    # --- File > Print ----------------------------------------------------------------------

    @property
    def batches(self) -> Batches:
        """The store's batches (the batch services are loaded on first use)."""
        if self._batches is None:
            from designer.services.batches import Batches

            self._batches = Batches(self.window.printing.store)
        return self._batches

    def takes_print(self, sn: str | None = None) -> bool:
        """File > Print: True when the document prints as a batch (its data is connected; the
        batch dialog opens) or cannot print without data (placeholders: it says so)."""
        data = getattr(self.window, "data", None)
        connection = data.made if data is not None else None
        if connection is not None and connection.connected:
            self.open_dialog(sn)
            return True
        if connection is not None and connection.loading:
            self._say(self.tr("Not yet"), self.tr("The data is still being read; try again."))
            return True
        from designer.merge.template import compile_template

        if compile_template(self.window.doc.page).variables:
            self._say(
                self.tr("Cannot print"),
                self.tr(
                    "The label holds placeholders such as {{name}}: connect the data that fills "
                    "them first (Data > Connect data…)."
                ),
            )
            return True
        return False

    def open_dialog(self, sn: str | None = None) -> BatchDialog:
        """The batch dialog for the ticked rows of the connected data."""
        connection = self.window.data.connection
        printing = self.window.printing
        printers = []
        for p in printing.printers.saved():
            report = printing.printers.reports.get(p.sn)
            from designer.qt.panels.printers import state_title

            state = state_title(report.status.state) if report and report.status else "?"
            printers.append((p.sn, f"{p.name} ({p.sn}): {state}"))
        table = connection.table
        columns = [table.column_title(i) for i in range(table.width)]
        from designer.qt.data.batch_dialog import BatchDialog  # on demand: quicker start-up

        dialog = BatchDialog(
            printers,
            columns,
            connection.copies_column,
            len(connection.chosen),
            self._planner(),
            self.window,
            sn,
        )
        dialog.accepted.connect(lambda: self._print(dialog))
        dialog.fix_requested.connect(self._show_row)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _planner(self):
        """A function planning the batch of the rows ticked now, for any options (it runs on
        a worker); the template, data and rows are taken now, on the GUI thread."""
        from designer.merge import MergeError, bind, compile_template
        from designer.services.batch_plan import BatchPlanError, make_source
        from designer.services.batches import find_or_plan

        window, connection = self.window, self.window.data.connection
        doc = window.doc
        records = connection.chosen_records()
        binding = bind(compile_template(doc.page), connection.table, connection.settings)
        template_path = str(doc.path) if doc.path is not None else None
        self._source = source = make_source(
            binding,
            records,
            tuple(doc.instructions),
            template_path=template_path,
            data_path=connection.path,
            document=template_path or doc.name,
            data_digest=connection.digest,
        )
        batches = self.batches

        def plan(options: BatchOptions):
            if not records:
                return None, None, self.tr("No row is ticked (Record table).")
            if not binding.ok:
                first = next(p for p in binding.problems if p.is_error)
                return None, None, self.tr("The template cannot merge: %s") % say(first.message)
            try:
                found, result = find_or_plan(batches, source, options)
            except (BatchPlanError, MergeError) as exc:
                return None, None, describe(exc)
            return found, result, ""

        return plan

    def _print(self, dialog: BatchDialog) -> None:
        if dialog.resume is not None:
            self.send(dialog.resume.id)
            return
        result: PlanResult | None = dialog.result
        if result is None or result.plan is None:
            return
        source, options, plan = self._source, dialog.options(), result.plan
        from designer.services.batches import commit_plan

        def done(info: BatchInfo | None, error: Exception | None) -> None:
            if error is not None or info is None:
                self._say(self.tr("Not printed"), describe(error))
                return
            self.send(info.id)

        run_in_background(self, lambda: commit_plan(self.batches, source, options, plan), done)

    def _show_row(self, row: int) -> None:
        connection = self.window.data.connection
        index = next((i for i, r in enumerate(connection.records) if r.row == row), None)
        if index is not None:
            connection.go(index)
            self.window.docks["problems"].raise_()

    # --- sending ---------------------------------------------------------------------------

    def send(self, batch: str) -> BatchProgressDialog | None:
        """Send (or resume) a batch in the background, its progress shown."""
        info = self.batches.get(batch)
        if info is None or self.running is not None:
            return None
        if self.progress is None or self.progress.property("batch") != batch:
            from pathlib import Path

            from designer.qt.data.batch_progress import BatchProgressDialog  # on demand

            self.progress = BatchProgressDialog(
                Path(info.document).name, info.labels, info.orders, self.window
            )
            self.progress.setProperty("batch", batch)
            self.progress.cancel_requested.connect(self.cancel.set)
            self.progress.resume_requested.connect(lambda: self.send(batch))
            self.progress.clear_queue_requested.connect(lambda: self._clear_queue(info.sn))
            self.progress.discard_requested.connect(lambda: self._discard_stuck(batch))
        self.progress.sending()
        self.progress.show()
        self.cancel.clear()
        self.running = batch
        self.window.printing.say(self.tr("Printing batch to %s…") % info.printer)

        from designer.services.batch_send import send_batch

        def work(client) -> BatchOutcome:
            return send_batch(
                client,
                self.batches,
                batch,
                cancelled=self.cancel.is_set,
                progress=self.progressed.emit,
                journaled=self.journaled.emit,
            )

        self.window.printing.link.run(work, lambda out, err: self._sent(batch, out, err))
        self._start_polling(batch)
        return self.progress

    def _progressed(self, state: BatchProgress) -> None:
        if self.progress is not None:
            self.progress.show_progress(state)

    def _sent(self, batch: str, outcome: BatchOutcome | None, error: CloudError | None) -> None:
        self.running = None
        self.window.printing.journal_changed.emit()
        data = getattr(self.window, "data", None)
        if data is not None:
            data.refresh_counters()  # the canvas shows the serials the next batch prints
        progress = self.progress
        if progress is None:
            return
        if error is not None or outcome is None:
            progress.finished(
                self.tr("Not sent: %s\nResume when it is fixed: what the cloud accepted is "
                        "not sent again.") % describe(error),
                resumable=True,
            )  # fmt: skip
            return
        state = outcome.progress
        progress.show_progress(state)
        sent = self.tr("%d of %d labels were sent (%d of %d orders accepted)") % (
            state.labels_sent,
            state.labels,
            state.orders_accepted,
            state.orders,
        )
        if outcome.complete:
            progress.finished(self.tr("Every label was sent: %s.") % sent)
        elif outcome.cancelled:
            row = outcome.last_row_sent(self.batches.orders(batch, content=False))
            upto = self.tr(", up to row %d") % row if row is not None else ""
            progress.finished(
                self.tr("Cancelled: %s%s. The printer may still print what it has; clear its "
                        "queue to stop that.") % (sent, upto),
                cancelled=True,
            )  # fmt: skip
        elif outcome.failed is not None and isinstance(
            outcome.failed.error, EarlierOutcomeUnknownError
        ):
            progress.finished(
                self.tr("Stopped: %s\n%s.\nThis batch cannot go on by itself: check the "
                        "printer, discard the batch, and print the rows still missing.")
                % (describe(outcome.failed.error), sent),
                stuck=True,
            )  # fmt: skip
        else:
            failed = outcome.failed
            progress.finished(
                self.tr("Stopped: %s\n%s.\nResume sends the rest; what the cloud accepted is "
                        "not sent again.") % (describe(failed.error if failed else None), sent),
                resumable=True,
            )  # fmt: skip

    def _start_polling(self, batch: str) -> None:
        self.polling = batch
        self.poll_timer.start()

    def _poll(self) -> None:
        batch = self.polling
        if batch is None or self.asking:
            return
        self.asking = True

        def done(state: BatchProgress | None, error: object) -> None:
            self.asking = False
            if state is None or self.polling != batch:
                return
            if self.progress is not None and self.progress.property("batch") == batch:
                self.progress.show_printed(state.orders_printed)
            if state.orders_printed >= state.orders or (
                self.running is None and self.progress is not None and not self.progress.isVisible()
            ):
                self.poll_timer.stop()
                self.polling = None
                self.window.printing.journal_changed.emit()

        from designer.services.batch_send import poll_printed

        self.window.printing.link.run(lambda c: poll_printed(c, self.batches, batch), done)

    def _clear_queue(self, sn: str) -> None:
        def said(text: str) -> None:  # the status bar has it too
            if self.progress is not None:
                self.progress.status.setText(self.progress.status.text() + "\n" + text)

        self.window.printing.printers.clear_queue_of(sn, said)

    # --- after a crash or a restart ---------------------------------------------------------

    def offer_unfinished(self) -> QMessageBox | None:
        """Offer to resume (or discard) a batch a crash, a closed window or the network
        interrupted; one question at a time, never blocking."""
        try:
            waiting = self.batches.unfinished()
        except Exception:  # the store cannot be read: PrintingUI says so
            return None
        if not waiting:
            return None
        info = waiting[0]
        from pathlib import Path

        from designer.services.batch_send import progress_of

        done = progress_of(self.batches, info, self.batches.orders(info.id, content=False))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Resume the unfinished batch?"),
            self.tr(
                "A batch of %s (data %s) to %s did not finish (%s): %d of %d labels were sent. "
                "Resume it? What the cloud accepted is not sent again."
            )
            % (
                Path(info.document).name,
                Path(info.data).name,
                info.printer,
                info.when,
                done.labels_sent,
                info.labels,
            ),
            QMessageBox.StandardButton.NoButton,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        resume = box.addButton(self.tr("Resume"), QMessageBox.ButtonRole.AcceptRole)
        resume.setObjectName("resume_unfinished")
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discard_unfinished")
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        resume.clicked.connect(lambda: self.send(info.id))
        discard.clicked.connect(lambda: self._discard(info))
        self.question = box
        box.open()
        return box

    def _discard_stuck(self, batch: str) -> None:
        info = self.batches.get(batch)
        if info is not None and info.state == "open" and self.running is None:
            self.batches.cancel(info)
            if self.progress is not None:
                self.progress.discard.hide()
                self.progress.status.setText(self.tr("The batch was discarded."))

    def _discard(self, info: BatchInfo) -> None:
        self.batches.cancel(info)
        self.window.printing.say(self.tr("The unfinished batch was discarded"))
        QTimer.singleShot(0, self, self.offer_unfinished)

    def _say(self, title: str, text: str) -> None:
        self.question = notice(self.window, title, text)
