"""Dragging a large selection: two pictures instead of hundreds of items.

Painting every item of a busy label on each frame of a drag is too slow in Python. When many
items are selected, the drag shows the rest of the label as one image (rendered once, dot for
dot) and the selection as another that moves; the items themselves are hidden until release,
when the usual single undoable move is made.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from designer.model.units import DOTS_PER_MM
from designer.qt.canvas.dragging import DragSnap
from designer.qt.canvas.items import ElementItem
from designer.qt.images import label_image
from designer.render import render_label

GROUP_THRESHOLD = 24
"""Selections at least this large are dragged as one picture."""


class GroupDrag:
    """One drag of a large selection."""

    def __init__(
        self, scene: QGraphicsScene, leader: ElementItem, start: QPointF, snap: DragSnap
    ) -> None:
        self.scene = scene
        self.leader = leader
        self.start = start
        self.snap = snap
        self.moving = snap.moving
        chosen = {i.index for i in self.moving}
        doc = scene.doc
        shown = [i.index for i in scene.items_by_index if i.isVisible()]  # not hidden by a mark
        rest = doc.label.replace(
            elements=tuple(doc.label.elements[i] for i in shown if i not in chosen)
        )
        try:
            background = QPixmap.fromImage(label_image(render_label(doc.page, rest)))
        except ValueError:  # an element that cannot be drawn: leave the items as they are
            background = None
        self.background = self._layer(background, QPointF(0, 0), -1)
        union = QRectF()
        for item in self.moving:
            union = union.united(item.content_rect().united(item.boundingRect()))
        self.origin = union.topLeft()
        self.picture = self._layer(self._selection_picture(union), self.origin, 1e6)
        self.hidden = [
            i
            for i in scene.items_by_index
            if i.isVisible() and (background is not None or i.index in chosen)
        ]
        for item in self.hidden:
            item.setVisible(False)

    def _layer(self, pixmap: QPixmap | None, pos: QPointF, z: float) -> QGraphicsPixmapItem | None:
        if pixmap is None:
            return None
        layer = QGraphicsPixmapItem(pixmap)
        layer.setTransformationMode(Qt.TransformationMode.FastTransformation)
        layer.setScale(1 / DOTS_PER_MM)
        layer.setPos(pos)
        layer.setZValue(z)
        self.scene.addItem(layer)
        return layer

    def _selection_picture(self, union: QRectF) -> QPixmap:
        width = max(1, round(union.width() * DOTS_PER_MM))
        height = max(1, round(union.height() * DOTS_PER_MM))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        for item in self.moving:
            rect = item.content_rect() if item.kind.inverts else item.dots_rect()
            target = QRectF(
                (rect.x() - union.x()) * DOTS_PER_MM,
                (rect.y() - union.y()) * DOTS_PER_MM,
                rect.width() * DOTS_PER_MM,
                rect.height() * DOTS_PER_MM,
            )
            if item.pixmap() is not None:
                painter.drawPixmap(target.topLeft(), item.pixmap())
            else:  # a REV (or an element in error): show where it is
                painter.fillRect(target, Qt.GlobalColor.darkGray)
        painter.end()
        return QPixmap.fromImage(image)

    def move_to(self, pos: QPointF) -> QPointF:
        """Follow the mouse; returns the drag's offset, snapped as the leader would snap."""
        offset = self.snap.snapped(pos - self.start)
        self.picture.setPos(self.origin + offset)
        self.offset = offset
        return offset

    def finish(self) -> None:
        """Put the items back, each carrying the drag's offset for the scene to commit."""
        offset = getattr(self, "offset", QPointF(0, 0))
        for layer in (self.background, self.picture):
            if layer is not None:
                self.scene.removeItem(layer)
        for item in self.hidden:
            item.setVisible(True)
        for item in self.moving:
            item.setPos(offset)
