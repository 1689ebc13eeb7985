"""Canvas items: each element painted as the dots the printer prints, with selection on top.

An item draws its element's own 1-bit image from the shared renderer (cached, redrawn only when
the element changes), scaled with the zoom and never smoothed, so at high zoom the dots stay
sharp squares. A REV item inverts what is painted under it, as the printer does. While dragged,
an item's `pos()` is the offset from where its element stands; the scene turns the offset into
one undoable move on release.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from designer.model.kinds import kind_of
from designer.model.marks import Marks
from designer.model.units import DOTS_PER_MM, snap_mm_to_dot
from designer.qt.i18n.messages import say
from designer.qt.images import ink_image
from designer.render import ERROR_MARK_MM, ElementRenderError, RenderOptions, element_image

SELECTION_COLOR = QColor(0, 120, 215)
ERROR_COLOR = QColor(200, 30, 30)
LOCKED_COLOR = QColor(120, 120, 120)


class ElementItem(QGraphicsItem):
    """One element of the current label."""

    Type = QGraphicsItem.UserType + 1

    def __init__(
        self, index: int, element: object, options: RenderOptions, shown: object = None
    ) -> None:
        super().__init__()
        self.index = index
        self.element = element
        self.shown = element if shown is None else shown  # what is drawn: a record's values
        self.kind = kind_of(element)
        self.locked = False
        self.error: str | None = None  # why it cannot be drawn
        self.problem: str | None = None  # an error validation found: it will not print
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setZValue(index)
        self._pixmap: QPixmap | None = None
        self._scaled: QPixmap | None = None  # the dots at the current zoom
        self._rect = QRectF()  # the dots drawn (the element image), in mm
        self._box = QRectF()  # the element's printed box: selection, handles, resizing
        self._invert = QRectF()  # a REV's exact dots
        self._scale = 4.0  # view pixels per mm, known once painted
        self._load(options)

    def type(self) -> int:
        return self.Type

    def _load(self, options: RenderOptions) -> None:
        try:
            mask, x, y = element_image(self.shown, options)
        except ElementRenderError as exc:
            self.error = say(exc.message)
            x0, y0 = getattr(self.shown, "x", 0), getattr(self.shown, "y", 0)
            self._rect = QRectF(x0, y0, *ERROR_MARK_MM)
            self._box = QRectF(self._rect)
            return
        self._rect = QRectF(
            x / DOTS_PER_MM, y / DOTS_PER_MM, mask.width / DOTS_PER_MM, mask.height / DOTS_PER_MM
        )
        box = self.kind.bounds(self.shown)
        self._box = (
            QRectF(self._rect)
            if box is None
            else QRectF(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0)
        )
        if self.kind.inverts:  # the exact dots it inverts
            ink = mask.getbbox() or (0, 0, 0, 0)
            self._invert = QRectF(
                (x + ink[0]) / DOTS_PER_MM,
                (y + ink[1]) / DOTS_PER_MM,
                (ink[2] - ink[0]) / DOTS_PER_MM,
                (ink[3] - ink[1]) / DOTS_PER_MM,
            )
        else:
            self._pixmap = QPixmap.fromImage(ink_image(mask))

    def apply_marks(self, marks: Marks) -> None:
        """Follow the element's design marks: a locked one does not move; a hidden one is not
        on the canvas (it still prints)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not marks.locked)
        self.setVisible(not marks.hidden)
        self.locked = marks.locked

    def preview(self, element: object, options: RenderOptions, shown: object = None) -> None:
        """Show `element` instead (a resize in progress; drawn as `shown` when given); the
        document is not changed."""
        self.prepareGeometryChange()
        self.element, self.error, self._pixmap, self._scaled = element, None, None, None
        self.shown = element if shown is None else shown
        self._load(options)
        self.update()

    def set_view_scale(self, pixels_per_mm: float) -> None:
        """The view's zoom, which sizes the handles (and so the item's bounds)."""
        self.prepareGeometryChange()
        self._scale = max(1e-3, pixels_per_mm)

    def handle_size(self) -> float:
        """The side of a resize handle in mm: about 8 screen pixels at any zoom."""
        return max(0.4, 8 / self._scale)

    def handles(self) -> dict[str, QPointF]:
        """The resize handles by corner name: tl, tr, bl, br."""
        r = self._box
        return {"tl": r.topLeft(), "tr": r.topRight(), "bl": r.bottomLeft(), "br": r.bottomRight()}

    def handle_at(self, scene_pos: QPointF) -> str | None:
        """The handle under `scene_pos`, when the item is selected and has a size to change."""
        if (
            not self.isSelected()
            or self.error is not None
            or self.kind.resize is None
            or not self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable  # locked
        ):
            return None
        local = scene_pos - self.pos()
        half = self.handle_size() / 2 + 0.1
        near = [
            (abs(local.x() - point.x()) + abs(local.y() - point.y()), name)
            for name, point in self.handles().items()
            if abs(local.x() - point.x()) <= half and abs(local.y() - point.y()) <= half
        ]
        return min(near)[1] if near else None  # the nearest: a thin line's overlap

    def pixmap(self) -> QPixmap | None:
        """The element's dots, one pixel per dot (None for a REV or an element in error)."""
        return self._pixmap

    def dots_rect(self) -> QRectF:
        """Where `pixmap()` goes on the label, in mm."""
        return QRectF(self._rect)

    def content_rect(self) -> QRectF:
        """The element's printed box, in mm on the label (before any drag)."""
        return QRectF(self._box)

    def shape(self) -> QPainterPath:
        """Where a click or a rubber band finds the element: its box, a few screen pixels
        larger so a thin line can be caught; for an outline (a box), only the outline, so what
        lies inside a frame can be clicked and rubber-band selected."""
        reach = 4 / self._scale
        outer = QRectF(self._box).adjusted(-reach, -reach, reach, reach)
        path = QPainterPath()
        path.addRect(outer)
        if self.kind.hollow is not None and self.error is None:
            inset = self.kind.hollow(self.element) + reach
            inner = QRectF(self._box).adjusted(inset, inset, -inset, -inset)
            if inner.width() > 0 and inner.height() > 0:
                path.addRect(inner)  # odd-even fill: the inside is a hole
        return path

    def boundingRect(self) -> QRectF:
        margin = self.handle_size()
        return self._rect.united(self._box).adjusted(-margin, -margin, margin, margin)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        if self.error is not None:
            pen = QPen(ERROR_COLOR, 0, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self._rect)
            painter.drawLine(self._rect.topLeft(), self._rect.bottomRight())
        elif self.kind.inverts:
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
            painter.fillRect(self._invert, QColor(255, 255, 255))
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        elif self._pixmap is not None:
            self._draw_dots(painter)
        if self.problem is not None and self.error is None:  # drawn, but will not print
            painter.setPen(QPen(ERROR_COLOR, 0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._box)
        if self.isSelected():
            color = LOCKED_COLOR if self.locked else SELECTION_COLOR
            painter.setPen(QPen(color, 0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._box)
            if self.locked:  # no handles: it does not move or change size
                return
            handle = self.handle_size()
            painter.setBrush(SELECTION_COLOR)
            for corner in self.handles().values():
                painter.drawRect(
                    QRectF(corner.x() - handle / 2, corner.y() - handle / 2, handle, handle)
                )

    def _draw_dots(self, painter: QPainter) -> None:
        """The element's dots at the view's zoom: scaled once per zoom (nearest, so each dot
        stays a sharp square) and blitted unscaled, which keeps dragging many items fast."""
        transform = painter.worldTransform()
        target = transform.mapRect(self._rect)
        w, h = round(target.width()), round(target.height())
        if transform.isRotating() or w * h > 16_000_000 or w < 1 or h < 1:
            painter.drawPixmap(self._rect, self._pixmap, QRectF(self._pixmap.rect()))
            return
        if self._scaled is None or (self._scaled.width(), self._scaled.height()) != (w, h):
            self._scaled = self._pixmap.scaled(
                w, h, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.FastTransformation
            )
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(round(target.x()), round(target.y()), self._scaled)
        painter.restore()

    def grid_offset(self, offset: QPointF, step: float) -> QPointF:
        """`offset` adjusted so the element's own (x, y) lands on a grid of `step` mm."""
        ax, ay = getattr(self.element, "x", 0.0), getattr(self.element, "y", 0.0)
        return QPointF(
            round((ax + offset.x()) / step) * step - ax,
            round((ay + offset.y()) / step) * step - ay,
        )

    def offset_mm(self) -> tuple[float, float]:
        """How far the item has been dragged, in mm, on whole dots."""
        return snap_mm_to_dot(self.pos().x()), snap_mm_to_dot(self.pos().y())
