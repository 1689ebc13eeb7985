"""File > Print with data connected: the batch before it is sent. Which printer, copies (and the
copies-per-row column), what to do when the printer is offline; the total (rows x copies =
labels, in so many orders); and every row's problems, with the choice to fix them (the window
shows the first), skip those rows, or cancel. Every row is merged and checked on a worker as
the options change, so the dialog never waits; a batch of the same rows that did not finish
is found and resumed instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.merge import grouped
from designer.model import Problem
from designer.qt.background import run_in_background
from designer.qt.cloud_words import describe
from designer.qt.i18n.messages import say, severity_word
from designer.services.batch_plan import BatchOptions, PlanResult
from designer.services.batches import BatchInfo

Planner = Callable[[BatchOptions], tuple[BatchInfo | None, PlanResult | None, str]]
"""Plans a batch for the options (on a worker): an open batch to resume, or a plan; and the
problem that stops planning at all ('' when none)."""


REPLAN_AFTER_MS = 200
"""How long the options must rest before the batch is planned again."""


class BatchDialog(QDialog):
    """The batch to print: options, total, problems."""

    fix_requested = Signal(int)  # the row to show

    def __init__(
        self,
        printers: list[tuple[str, str]],  # (sn, "name (sn): state")
        columns: list[str],
        copies_column: str | None,
        rows: int,
        planner: Planner,
        parent: QWidget | None = None,
        chosen: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print with data"))
        self.setObjectName("batch_dialog")
        self.planner = planner
        self.rows = rows
        self.result: PlanResult | None = None
        self.resume: BatchInfo | None = None
        self.generation = 0
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        for sn, text in printers:
            self.printer.addItem(text, sn)
        if chosen is not None:
            self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 999)
        self.copies_column = QComboBox()
        self.copies_column.setObjectName("copies_column")
        self.copies_column.addItem(self.tr("(none: every row the same)"), None)
        for name in columns:
            self.copies_column.addItem(name, name)
        self.copies_column.setCurrentIndex(max(0, self.copies_column.findData(copies_column)))
        self.refuse = QRadioButton(self.tr("Refuse (print nothing)"))
        self.queue = QRadioButton(self.tr("Queue until it is back"))
        self.refuse.setChecked(True)
        offline = QButtonGroup(self)
        offline.addButton(self.refuse)
        offline.addButton(self.queue)
        self.total = QLabel()
        self.total.setObjectName("batch_total")
        self.total.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("batch_problems")
        self.skip = QCheckBox(self.tr("Skip the rows with errors"))
        self.skip.setObjectName("skip_invalid")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.print_button = self.buttons.addButton(
            self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("print_batch")
        self.fix = QPushButton(self.tr("Fix…"))
        self.fix.setObjectName("fix_rows")
        self.fix.setToolTip(self.tr("Close this and show the first row with an error"))
        self.buttons.addButton(self.fix, QDialogButtonBox.ButtonRole.ActionRole)
        self.fix.clicked.connect(self._fix)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Copies of each row"), self.copies)
        form.addRow(self.tr("Copies per row from"), self.copies_column)
        form.addRow(self.tr("If offline"), self.refuse)
        form.addRow("", self.queue)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        for signal in (
            self.printer.currentIndexChanged,
            self.copies.valueChanged,
            self.copies_column.currentIndexChanged,
        ):
            signal.connect(lambda *_: self.replan_soon())
        self.skip.toggled.connect(lambda _on: self.replan_soon())
        self.queue.toggled.connect(lambda _on: self.replan_soon())
        # a choice being changed (copies stepped up ten times) plans once it rests
        self.replan_timer = QTimer(self)
        self.replan_timer.setSingleShot(True)
        self.replan_timer.setInterval(REPLAN_AFTER_MS)
        self.replan_timer.timeout.connect(self.replan)
        self.replan()

    def options(self) -> BatchOptions:
        """The options chosen."""
        sn = self.printer.currentData() or ""
        name = self.printer.currentText().split(" (")[0]
        return BatchOptions(
            sn=sn,
            printer=name,
            copies=self.copies.value(),
            copies_column=self.copies_column.currentData(),
            mode=1 if self.queue.isChecked() else 0,
            skip_invalid=self.skip.isChecked(),
        )

    def replan_soon(self) -> None:
        """The options changed: nothing planned for the old ones may print; plan again once
        they stop changing."""
        self.generation += 1  # what is being planned now is for options gone
        self.result, self.resume = None, None
        self.print_button.setEnabled(False)
        self.fix.setEnabled(False)
        self.replan_timer.start()

    def replan(self) -> None:
        """Merge and check every row again for the options now chosen (on a worker)."""
        self.generation += 1
        generation = self.generation
        self.result, self.resume = None, None
        self.print_button.setEnabled(False)
        self.fix.setEnabled(False)
        if self.printer.count() == 0:
            self.total.setText(self.tr("Add a printer first (Printers panel)"))
            return
        self.total.setText(self.tr("Checking the rows (%d)…") % self.rows)
        options = self.options()

        def done(planned, error) -> None:
            if generation == self.generation:
                self._show(planned, error)

        run_in_background(self, lambda: self.planner(options), done)

    def _show(self, planned, error: Exception | None) -> None:
        self.problems.clear()
        if error is not None:
            self.total.setText(self.tr("Cannot print: %s") % describe(error))
            return
        resume, result, stop = planned
        if stop:
            self.total.setText(stop)
            return
        if resume is not None:
            self.resume = resume
            self.total.setText(
                self.tr(
                    "This batch did not finish (%s): Print resumes it; orders the cloud "
                    "accepted are not sent again."
                )
                % resume.when
            )
            self.print_button.setEnabled(True)
            return
        self.result = result
        for severity, text in grouped(result.problems):
            self.problems.addItem(f"{severity_word(Problem(severity, text))}: {say(text)}")
        plan = result.plan
        errors = sorted({p.row for p in result.errors})
        self.fix.setEnabled(bool(errors))
        if plan is None:
            self.total.setText(
                self.tr("Rows with errors: %d. Fix them, or skip those rows") % len(errors)
            )
            return
        copies = self.copies.value()
        each = self.tr("1 copy") if copies == 1 else self.tr("%d copies") % copies
        text = self.tr("%d rows × %s = %d labels (orders: %d)") % (
            plan.rows,
            each,
            plan.labels,
            len(plan.orders),
        )
        if self.copies_column.currentData():
            text = self.tr("%d rows (copies from column %s) = %d labels (orders: %d)") % (
                plan.rows,
                self.copies_column.currentData(),
                plan.labels,
                len(plan.orders),
            )
        if result.skipped:
            text += " · " + self.tr("rows skipped: %d") % len(result.skipped)
        self.total.setText(text)
        self.print_button.setEnabled(plan.labels > 0)

    def _fix(self) -> None:
        if self.result is not None and self.result.errors:
            self.fix_requested.emit(self.result.errors[0].row)
        self.reject()
