"""Print preview: the current label exactly as it will be sent (mirror and direction applied)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from designer.qt.document import LabelDocument
from designer.qt.images import Debounced, label_image
from designer.render import RenderOptions, render_label


class PreviewPanel(QWidget):
    """The rendered label, as printed, at a chosen zoom (dots stay square)."""

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("preview_image")
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.zoom = QSpinBox()
        self.zoom.setRange(25, 800)
        self.zoom.setSingleStep(25)
        self.zoom.setValue(100)
        self.zoom.setSuffix(" %")
        self.zoom.valueChanged.connect(lambda _v: self.refresh())
        self.note = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zoom")))
        row.addWidget(self.zoom)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(scroll)
        self._pixmap = QPixmap()
        self.schedule = Debounced(self, self.refresh)
        doc.page_changed.connect(self.schedule)
        doc.current_label_changed.connect(self.schedule)
        self.refresh()

    def refresh(self) -> None:
        """Render the current label as printed."""
        page, label = self.doc.page, self.doc.label
        try:
            rendered = render_label(page, label, RenderOptions(as_printed=True))
        except ValueError as exc:
            self.image.setText(self.tr("Cannot be drawn yet: %s") % exc)
            self.note.setText("")
            return
        pixmap = QPixmap.fromImage(label_image(rendered))
        scale = self.zoom.value() / 100
        self._pixmap = pixmap.scaled(
            int(pixmap.width() * scale),
            int(pixmap.height() * scale),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.image.setPixmap(self._pixmap)
        self.note.setText(self.tr("%d x %d dots") % (rendered.width, rendered.height))
