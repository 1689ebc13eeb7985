"""The dialog that asks for a printer's serial number and the name to call it by, and stays open
until the cloud has added it: a refusal (an unknown SN, no account signed in, no network) is
shown in the dialog, with what was typed kept, to correct and try again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

Answer = Callable[[str | None], None]
"""Called once the cloud answered: None when the printer was added, else what went wrong."""
Submit = Callable[[str, str, Answer], None]
"""Ask the cloud to add printer (SN, name), then call the answer."""


class AddPrinterDialog(QDialog):
    """Serial number and name of a printer to add; `submit` adds it (in the background)."""

    def __init__(self, submit: Submit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.submit = submit
        self.setWindowTitle(self.tr("Add printer"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.sn = QLineEdit()
        self.sn.setObjectName("sn")
        self.sn.setPlaceholderText(self.tr("on the label under the printer"))
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Kitchen"))
        form.addRow(self.tr("Serial number (SN)"), self.sn)
        form.addRow(self.tr("Name"), self.name)
        self.status = QLabel()
        self.status.setObjectName("add_status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        form.addRow(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Add"))
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for field in (self.sn, self.name):
            field.textChanged.connect(self._complete)
        self._complete()

    def values(self) -> tuple[str, str]:
        """The serial number and the name, as typed (without surrounding spaces)."""
        return self.sn.text().strip(), self.name.text().strip()

    def _complete(self) -> None:
        sn, name = self.values()
        self.ok.setEnabled(bool(sn and name))
        if not (sn and name) and not self.status.text():
            self.status.setText(self.tr("A printer needs its serial number and a name."))

    def _add(self) -> None:
        sn, name = self.values()
        if not (sn and name):
            return
        if self.submit is None:
            self.accept()
            return
        self._busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Adding %s…") % sn)
        self.submit(sn, name, self._answered)

    def _answered(self, problem: str | None) -> None:
        if problem is None:
            self.accept()
            return
        self._busy(False)
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(problem)

    def _busy(self, busy: bool) -> None:
        for widget in (self.sn, self.name, self.ok):
            widget.setEnabled(not busy)
        if not busy:
            self._complete()
