"""The labels of the page, with thumbnails: switch, add, duplicate, delete and reorder them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from designer.model import Label
from designer.qt.document import LabelDocument
from designer.qt.icons import icon
from designer.qt.images import Debounced, label_image
from designer.render import RenderOptions, render_label

THUMB = QSize(96, 64)


class LabelsPanel(QWidget):
    """A list of the page's labels with thumbnails and the buttons to manage them."""

    def __init__(self, doc: LabelDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.list = QListWidget()
        self.list.setIconSize(THUMB)
        self.list.setViewMode(QListView.ViewMode.IconMode)  # the thumbnail over its name
        self.list.setFlow(QListView.Flow.TopToBottom)
        self.list.setWrapping(False)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._row_changed)
        buttons = QHBoxLayout()
        for name, icon_name, text, slot in (
            ("add", "plus", self.tr("Add a label"), self.add_label),
            (
                "duplicate",
                "content-duplicate",
                self.tr("Duplicate the label"),
                self.duplicate_label,
            ),
            ("delete", "delete-outline", self.tr("Delete the label"), self.delete_label),
            ("up", "arrow-up", self.tr("Move the label up"), lambda: self.move_label(-1)),
            ("down", "arrow-down", self.tr("Move the label down"), lambda: self.move_label(1)),
        ):
            button = QToolButton()
            button.setIcon(icon(icon_name))
            button.setText(text)
            button.setToolTip(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._thumbs: dict[tuple[float, float, Label], QIcon] = {}
        self.schedule = Debounced(self, self.refresh)
        doc.page_changed.connect(self.schedule)
        doc.current_label_changed.connect(self.schedule)
        self.refresh()

    def _thumb(self, label: Label) -> QIcon:
        page = self.doc.page
        key = (page.w, page.l, label)
        icon = self._thumbs.get(key)
        if icon is None:
            # an element that cannot be drawn yet is a crossed frame; the rest shows
            image = label_image(render_label(page, label, RenderOptions(mark_errors=True)))
            pixmap = QPixmap.fromImage(image).scaled(
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            icon = self._thumbs[key] = QIcon(pixmap)
        return icon

    def refresh(self) -> None:
        """Show the labels as the document has them."""
        self.list.blockSignals(True)
        self.list.clear()
        for label in self.doc.page.labels:
            text = self.tr("Label %s") % label.id
            if label.c > 1:
                text += f" ×{label.c}"
            self.list.addItem(QListWidgetItem(self._thumb(label), text))
        self.list.setCurrentRow(self.doc.current_label)
        self.list.blockSignals(False)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.doc.select_label(row)

    def _next_id(self) -> int:
        return max((label.id for label in self.doc.page.labels), default=0) + 1

    def _set_labels(self, labels: list[Label], current: int, text: str) -> None:
        self.doc.set_page(self.doc.page.replace(labels=tuple(labels)), text, label=current)

    def add_label(self) -> None:
        """A new empty label after the current one."""
        labels = list(self.doc.page.labels)
        at = self.doc.current_label + 1
        labels.insert(at, Label(id=self._next_id()))
        self._set_labels(labels, at, self.tr("Add label"))

    def duplicate_label(self) -> None:
        """A copy of the current label (with a new id) after it."""
        labels = list(self.doc.page.labels)
        at = self.doc.current_label + 1
        labels.insert(at, self.doc.label.replace(id=self._next_id()))
        self._set_labels(labels, at, self.tr("Duplicate label"))

    def delete_label(self) -> None:
        """Delete the current label (a page keeps at least one)."""
        labels = list(self.doc.page.labels)
        if len(labels) <= 1:
            return
        at = self.doc.current_label
        del labels[at]
        self._set_labels(labels, min(at, len(labels) - 1), self.tr("Delete label"))

    def move_label(self, step: int) -> None:
        """Move the current label up (-1) or down (+1)."""
        labels = list(self.doc.page.labels)
        at = self.doc.current_label
        to = at + step
        if not 0 <= to < len(labels):
            return
        labels[at], labels[to] = labels[to], labels[at]
        self._set_labels(labels, to, self.tr("Move label"))
