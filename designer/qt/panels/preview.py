"""Print preview: the current label exactly as it will be sent (mirror and direction applied),
fitted to the panel or at a chosen zoom. An element that cannot be drawn yet is a crossed frame
and the rest of the label still shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from designer.model import Label
from designer.qt.document import LabelDocument
from designer.qt.images import Debounced, label_image
from designer.render import RenderOptions, render_marked

ZOOMS = (25, 50, 100, 200, 400, 800)
FIT = 0  # the zoom box's value for "fit"


class PreviewPanel(QWidget):
    """The rendered label, as printed, fitted or at a chosen zoom (dots stay square)."""

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setObjectName("preview_image")
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.zoom = QComboBox()
        self.zoom.setObjectName("preview_zoom")
        self.zoom.addItem(self.tr("Fit"), FIT)
        for percent in ZOOMS:
            self.zoom.addItem(f"{percent} %", percent)
        self.zoom.currentIndexChanged.connect(lambda _i: self._show())
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Zoom")))
        row.addWidget(self.zoom)
        row.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.scroll)
        self._rendered = QPixmap()
        self._pixmap = QPixmap()
        self.failures: list[tuple[int, str]] = []
        self.merged: Callable[[int], Label | None] | None = None  # a data record's values
        # shown instead of the placeholders (designer/qt/data), as on the canvas
        self.schedule = Debounced(self, self.refresh)
        doc.page_changed.connect(self.schedule)
        doc.current_label_changed.connect(self.schedule)
        self.refresh()

    def refresh(self) -> None:
        """Render the current label as printed."""
        page, label = self.doc.page, self.doc.label
        if self.merged is not None:
            label = self.merged(self.doc.current_label) or label
        options = RenderOptions(as_printed=True, mark_errors=True)
        rendered, self.failures = render_marked(page, label, options)
        self._rendered = QPixmap.fromImage(label_image(rendered))
        note = self.tr("%d x %d dots") % (rendered.width, rendered.height)
        if self.failures:
            note += " · " + self.tr("Cannot be drawn yet (crossed out): %n", "", len(self.failures))
        self.note.setText(note)
        self._show()

    def _scale(self) -> float:
        percent = self.zoom.currentData()
        if percent != FIT:
            return percent / 100
        area = self.scroll.viewport().size()
        width, height = max(1, self._rendered.width()), max(1, self._rendered.height())
        return max(0.05, min((area.width() - 4) / width, (area.height() - 4) / height))

    def _show(self) -> None:
        scale = self._scale()
        self._pixmap = self._rendered.scaled(
            max(1, int(self._rendered.width() * scale)),
            max(1, int(self._rendered.height() * scale)),
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        self.image.setPixmap(self._pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.zoom.currentData() == FIT:
            self._show()
