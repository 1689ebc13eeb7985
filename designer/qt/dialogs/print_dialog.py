"""The print dialog: which printer (with its state), how many, what to do if it is offline,
label XML or images, pass-through; and how many labels that makes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.model import Page
from designer.qt.panels.printers import state_title
from designer.services.fleet import PrinterReport
from designer.services.printers import SavedPrinter
from designer.services.printing import PrintJob


def labels_to_print(page: Page, copies: int) -> int:
    """How many labels an order prints: each label's c when above 1, else the order's copies."""
    return sum(label.c if label.c > 1 else copies for label in page.labels)


class PrintDialog(QDialog):
    """Choose where and how to print the page."""

    def __init__(
        self,
        page: Page,
        printers: list[SavedPrinter],
        reports: dict[str, PrinterReport],
        chosen: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.setWindowTitle(self.tr("Print"))
        form = QFormLayout()
        self.printer = QComboBox()
        for p in printers:
            report = reports.get(p.sn)
            state = (
                state_title(report.status.state) if report and report.status else self.tr("unknown")
            )
            self.printer.addItem(f"{p.name} ({p.sn}): {state}", p.sn)
        if chosen is not None:
            self.printer.setCurrentIndex(max(0, self.printer.findData(chosen)))
        self.copies = QSpinBox()
        self.copies.setRange(1, 999)
        self.refuse = QRadioButton(self.tr("Refuse (print nothing)"))
        self.queue = QRadioButton(self.tr("Queue until it is back"))
        self.refuse.setChecked(True)
        offline = QButtonGroup(self)
        offline.addButton(self.refuse)
        offline.addButton(self.queue)
        self.as_label = QRadioButton(self.tr("Label XML (the printer draws it)"))
        self.as_image = QRadioButton(self.tr("Images (exactly the preview's dots)"))
        self.as_label.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.as_label)
        kind.addButton(self.as_image)
        self.direct = QCheckBox(self.tr("Pass-through (small orders)"))
        self.count = QLabel()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Copies"), self.copies)
        form.addRow(self.tr("If offline"), self.refuse)
        form.addRow("", self.queue)
        form.addRow(self.tr("Send as"), self.as_label)
        form.addRow("", self.as_image)
        form.addRow("", self.direct)
        form.addRow("", self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.copies.valueChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        n = labels_to_print(self.page, self.copies.value())
        self.count.setText(self.tr("%n label(s) will print", "", n))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.printer.count() > 0)
        if self.printer.count() == 0:
            self.count.setText(self.tr("Add a printer first (Printers panel)"))

    def job(self) -> PrintJob:
        """The print job chosen."""
        return PrintJob(
            sn=self.printer.currentData(),
            copies=self.copies.value(),
            mode=1 if self.queue.isChecked() else 0,
            as_image=self.as_image.isChecked(),
            direct=self.direct.isChecked(),
        )
