"""A batch on its way: labels sent, orders accepted and orders printed, as bars; Cancel stops
sending (and says what was already sent, with a button to clear the printer's queue); a batch
stopped by the network or an unknown outcome can be resumed from here."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from designer.services.batch_send import BatchProgress


class BatchProgressDialog(QDialog):
    """One batch's progress (not modal: the window stays usable)."""

    cancel_requested = Signal()
    resume_requested = Signal()
    clear_queue_requested = Signal()
    discard_requested = Signal()

    def __init__(self, title: str, labels: int, orders: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printing %s") % title)
        self.setObjectName("batch_progress")
        self.setModal(False)
        self.sent = self._bar("labels_sent", labels)
        self.accepted = self._bar("orders_accepted", orders)
        self.printed = self._bar("orders_printed", orders)
        self.status = QLabel(self.tr("Sending…"))
        self.status.setObjectName("batch_status")
        self.status.setWordWrap(True)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancel_batch")
        self.cancel.clicked.connect(self._cancel)
        self.resume = QPushButton(self.tr("Resume"))
        self.resume.setObjectName("resume_batch")
        self.resume.hide()
        self.resume.clicked.connect(self.resume_requested)
        self.clear = QPushButton(self.tr("Clear the printer's queue"))
        self.clear.setObjectName("clear_queue")
        self.clear.setToolTip(
            self.tr(
                "Deletes every order still waiting on this printer: this batch's, and any other "
                "print's that has not come out yet"
            )
        )
        self.clear.hide()
        self.clear.clicked.connect(lambda: self.clear.setEnabled(False))  # once is enough
        self.clear.clicked.connect(self.clear_queue_requested)
        self.discard = QPushButton(self.tr("Discard the batch"))
        self.discard.setObjectName("discard_batch")
        self.discard.hide()
        self.discard.clicked.connect(self.discard_requested)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("close_progress")
        self.close_button.clicked.connect(self.close)
        form = QFormLayout()
        form.addRow(self.tr("Labels sent"), self.sent)
        form.addRow(self.tr("Orders accepted"), self.accepted)
        form.addRow(self.tr("Orders printed"), self.printed)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.resume, self.discard, self.clear, self.cancel, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(460, 200)

    def _bar(self, name: str, maximum: int) -> QProgressBar:
        bar = QProgressBar()
        bar.setObjectName(name)
        bar.setRange(0, max(1, maximum))
        bar.setFormat("%v / %m")
        return bar

    def show_progress(self, state: BatchProgress) -> None:
        """Where the batch is."""
        self.sent.setValue(state.labels_sent)
        self.accepted.setValue(state.orders_accepted)
        self.printed.setValue(max(self.printed.value(), state.orders_printed))

    def show_printed(self, orders: int) -> None:
        """How many of its orders the printer has printed."""
        self.printed.setValue(max(self.printed.value(), orders))

    def _cancel(self) -> None:
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Stopping after the order on its way…"))
        self.cancel_requested.emit()

    def sending(self) -> None:
        """Sending (again)."""
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.resume.hide()
        self.discard.hide()
        self.clear.hide()
        self.status.setText(self.tr("Sending…"))

    def finished(
        self,
        text: str,
        *,
        resumable: bool = False,
        cancelled: bool = False,
        stuck: bool = False,
    ) -> None:
        """The batch stopped: why, and what can be done (resume it; or, `stuck` on an order
        whose outcome can no longer be told, discard it)."""
        self.status.setText(text)
        self.cancel.hide()
        self.resume.setVisible(resumable and not stuck)
        self.discard.setVisible(stuck)
        self.clear.setVisible(cancelled or resumable or stuck)
