"""The dialog that asks for a printer's serial number and the name to call it by."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget


class AddPrinterDialog(QDialog):
    """Serial number and name of a printer to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add printer"))
        self.setMinimumWidth(380)
        form = QFormLayout(self)
        self.sn = QLineEdit()
        self.name = QLineEdit()
        form.addRow(self.tr("Serial number (SN)"), self.sn)
        form.addRow(self.tr("Name"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
