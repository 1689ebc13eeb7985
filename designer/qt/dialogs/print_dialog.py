"""The print dialog: which printer (by its name, with its state kept live), how many, what to do
if it is offline (with a warning when it is, and the choice preselected as Preferences say),
label XML or images, pass-through; how many labels that makes; and the same print as a command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from designer.cloud.models import PrinterState
from designer.model import Page
from designer.qt.panels.printers import state_title
from designer.services.printing import PrintJob, print_command
from designer.services.settings import Settings

if TYPE_CHECKING:
    from pathlib import Path

    from designer.qt.panels.printers import PrinterPanel

WARNING_STYLE = "color: #b35c00"


def labels_to_print(page: Page, copies: int) -> int:
    """How many labels an order prints: each label's c when above 1, else the order's copies."""
    return sum(label.c if label.c > 1 else copies for label in page.labels)


class PrintDialog(QDialog):
    """Choose where and how to print the page."""

    def __init__(
        self,
        page: Page,
        printers: PrinterPanel,
        chosen: str | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.page = page
        self.panel = printers
        self.path = path
        self.setObjectName("print_dialog")
        self.setWindowTitle(self.tr("Print"))
        self.setMinimumWidth(460)
        settings = Settings.load()
        form = QFormLayout()
        self.printer = QComboBox()
        self.printer.setObjectName("printer")
        saved = printers.saved()
        self.names = {p.sn: p.name for p in saved}  # read once, not on every update
        for p in saved:
            self.printer.addItem(p.name, p.sn)
        # with no printer, why not: no account, or none added (asked once: the keyring)
        self.signed_in = bool(saved) or printers.link.signed_in()
        wanted = chosen or settings.default_printer
        if wanted:
            self.printer.setCurrentIndex(max(0, self.printer.findData(wanted)))
        self.state = QLabel()
        self.state.setObjectName("printer_state")
        self.state.setWordWrap(True)
        # room for a two-line warning kept, so that one showing up neither is cut nor moves
        # the buttons from under the pointer
        self.state.setMinimumHeight(self.state.fontMetrics().lineSpacing() * 2 + 2)
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 999)
        self.refuse = QRadioButton(self.tr("Refuse (print nothing)"))
        self.refuse.setObjectName("refuse")
        self.queue = QRadioButton(self.tr("Queue until it is back"))
        self.queue.setObjectName("queue")
        (self.queue if settings.queue_when_offline else self.refuse).setChecked(True)
        offline = QButtonGroup(self)
        offline.addButton(self.refuse)
        offline.addButton(self.queue)
        self.as_label = QRadioButton(self.tr("Label XML (the printer draws it)"))
        self.as_image = QRadioButton(self.tr("Images (exactly the preview's dots)"))
        self.as_image.setObjectName("as_image")
        self.as_label.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.as_label)
        kind.addButton(self.as_image)
        self.direct = QCheckBox(self.tr("Pass-through (small orders)"))
        self.count = QLabel()
        self.count.setObjectName("count")
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow("", self.state)
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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Print"))
        self.copy_command = QPushButton(self.tr("Copy as command"))
        self.copy_command.setObjectName("copy_command")
        self.buttons.addButton(self.copy_command, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_command.clicked.connect(self._copy_command)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for changed in (self.copies.valueChanged, self.printer.currentIndexChanged):
            changed.connect(self._update)
        self.queue.toggled.connect(self._update)
        printers.reports_changed.connect(self._update)  # states as they come, not a snapshot
        printers.refresh()
        self._update()

    def _state(self) -> PrinterState | None:
        report = self.panel.reports.get(self.printer.currentData())
        return report.status.state if report is not None and report.status else None

    def _update(self, *_args: object) -> None:
        """Follow the printer's live state, the copies and the choices."""
        for index in range(self.printer.count()):
            report = self.panel.reports.get(self.printer.itemData(index))
            sn = self.printer.itemData(index)
            known = report is not None and report.status is not None
            state = state_title(report.status.state) if known else self.tr("state unknown")
            self.printer.setItemText(index, f"{self.names.get(sn, sn)} — {state}")
            self.printer.setItemData(index, f"SN {sn}", Qt.ItemDataRole.ToolTipRole)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if self.printer.count() == 0:
            ok.setEnabled(False)
            self.copy_command.setEnabled(False)
            if self.signed_in:
                self.count.setText(self.tr("Add a printer first (Printers panel)"))
            else:
                self.count.setText(
                    self.tr("Sign in first (File > Account…), then add a printer (Printers panel)")
                )
            self.state.setText("")
            return
        ok.setEnabled(True)
        n = labels_to_print(self.page, self.copies.value())
        self.count.setText(self.tr("Labels to print: %n", "", n))
        name = self.names.get(self.printer.currentData(), "")
        state = self._state()
        if state is PrinterState.OFFLINE:
            if self.queue.isChecked():
                text = self.tr("%s is offline: the order waits until it is back.") % name
            else:
                text = (
                    self.tr(
                        "%s is offline: the order will be refused. Choose “Queue until it is "
                        "back” to print when it returns."
                    )
                    % name
                )
            self.state.setStyleSheet(WARNING_STYLE)
        elif state is PrinterState.ABNORMAL:
            text = self.tr("%s needs attention (out of paper?): it prints once it is fixed.") % name
            self.state.setStyleSheet(WARNING_STYLE)
        elif state is PrinterState.ONLINE:
            text = self.tr("%s is online: it prints at once.") % name
            self.state.setStyleSheet("")
        else:
            text = self.tr("%s: its state is not known yet.") % name
            self.state.setStyleSheet("")
        self.state.setText(text)
        self.copy_command.setEnabled(self.path is not None)
        self.copy_command.setToolTip(
            self.tr("The same print as an xplabel command, on the clipboard")
            if self.path is not None
            else self.tr("Save the label first: the command prints the saved file")
        )

    def job(self) -> PrintJob:
        """The print job chosen."""
        return PrintJob(
            sn=self.printer.currentData(),
            copies=self.copies.value(),
            mode=1 if self.queue.isChecked() else 0,
            as_image=self.as_image.isChecked(),
            direct=self.direct.isChecked(),
        )

    def command(self) -> str:
        """The `xplabel print` command that prints the saved file the same way."""
        return print_command(str(self.path), self.job())

    def _copy_command(self) -> None:
        if self.path is not None:
            QGuiApplication.clipboard().setText(self.command())
            self.copy_command.setText(self.tr("Copied"))
