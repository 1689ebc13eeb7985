"""The logo upload dialog: pick a PNG/JPG/BMP, see exactly how it will print (1 bit at the
chosen width), optionally print a proof on a chosen paper; format and 500 KB are checked before
anything is sent, and the dialog says how many of today's 5 uploads remain for the printer."""

from __future__ import annotations

import base64
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from designer.cloud.errors import CloudError
from designer.qt.cloud_link import CloudLink
from designer.qt.cloud_words import describe
from designer.qt.i18n.messages import say
from designer.qt.images import label_image
from designer.render import Dither
from designer.render.images import to_one_bit
from designer.services.logos import UPLOADS_PER_DAY, LogoStore, logo_problem


class LogoDialog(QDialog):
    """Upload a printer's logo."""

    uploaded = Signal(str)  # sn

    def __init__(
        self,
        link: CloudLink,
        logos: LogoStore,
        sn: str,
        parent: QWidget | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self.link, self.logos, self.sn = link, logos, sn
        self.data: bytes | None = None
        self.setWindowTitle(self.tr("Upload logo to %s") % (name or sn))
        self.setMinimumWidth(420)
        self.file_label = QLabel(self.tr("No image chosen"))
        choose = QPushButton(self.tr("Choose image…"))
        choose.clicked.connect(lambda: self.choose())
        self.size = QSpinBox()
        self.size.setRange(8, 800)
        self.size.setValue(200)
        self.size.setSuffix(" " + self.tr("dots"))
        self.size.valueChanged.connect(self._preview)
        self.preview = QLabel()
        self.preview.setObjectName("logo_preview")
        self.proof = QCheckBox(self.tr("Print a proof"))
        self.paper = QComboBox()
        for value, text in (
            (1, self.tr("gap label")),
            (2, self.tr("continuous")),
            (3, self.tr("black mark")),
        ):
            self.paper.addItem(text, value)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Upload"))
        self.buttons.accepted.connect(self.upload)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(choose, self.file_label)
        form.addRow(self.tr("Width"), self.size)
        form.addRow(self.tr("Prints as"), self.preview)
        form.addRow(self.proof, self.paper)
        form.addRow(self.status)
        form.addRow(self.buttons)
        self._check()

    def remaining(self) -> int:
        """Uploads left today for this printer (counted on this computer)."""
        return max(0, UPLOADS_PER_DAY - self.logos.uploads_today(self.sn))

    def choose(self, path: Path | None = None) -> bool:
        """Take the image at `path` (or ask for one)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Logo image"), "", self.tr("Images (*.png *.jpg *.jpeg *.bmp)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            self.data = path.read_bytes()
        except OSError as exc:
            self.data = None
            self.status.setText(str(exc))
            return False
        self.file_label.setText(path.name)
        self._preview()
        return self._check()

    def _preview(self) -> None:
        if self.data is None or logo_problem(self.data) is not None:
            self.preview.clear()
            return
        import io

        with Image.open(io.BytesIO(self.data)) as image:
            mask = to_one_bit(image, self.size.value(), Dither.FLOYD_STEINBERG)
        self.preview.setPixmap(QPixmap.fromImage(label_image(ImageChops.invert(mask))))

    def _check(self) -> bool:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        left = self.remaining()
        problem = logo_problem(self.data) if self.data is not None else None
        if problem:
            self.status.setText(say(problem))
        elif left == 0:
            self.status.setText(self.tr("No uploads left today for this printer (5 a day)."))
        else:
            self.status.setText(self.tr("%d of today's 5 uploads left for this printer.") % left)
        ok = self.data is not None and problem is None and left > 0
        ok_button.setEnabled(ok)
        return ok

    def upload(self) -> None:
        """Send the logo in the background; keep a copy so <BMP/> shows it."""
        if not self._check():
            return
        data, sn = self.data, self.sn
        content = base64.b64encode(data).decode("ascii")
        proof = self.proof.isChecked()
        paper = self.paper.currentData()
        self.status.setText(self.tr("Uploading…"))
        self.buttons.setEnabled(False)

        def done(order: str | None, error: CloudError | None) -> None:
            self.buttons.setEnabled(True)
            if error is not None:
                self.status.setText(describe(error))
                return
            self.logos.save(sn, data)
            self.logos.count_upload(sn)
            self.uploaded.emit(sn)
            self.accept()

        size = self.size.value()  # read here: the worker thread must not touch widgets
        self.link.run(
            lambda c: c.upload_logo(
                sn,
                content,
                image_size=size,
                print_logo=proof,
                paper_type=paper if proof else None,
            ),
            done,
        )
