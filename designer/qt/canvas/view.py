"""The view: zoom (Ctrl+wheel, in/out, fit, 100 % = true size on this screen), nudging with the
arrow keys (one dot, Shift: 1 mm), rubber-band selection, and the cursor position in mm and dots.

Zoom to fit holds while the view is resized (the window laid out, resized, a dock moved) until
another zoom is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from designer.model.units import DOTS_PER_MM
from designer.qt.canvas.scene import LabelScene

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0)
MM_PER_INCH = 25.4


class LabelView(QGraphicsView):
    """Shows a LabelScene at a zoom where 1.0 is true size."""

    zoom_changed = Signal(float)
    cursor_moved = Signal(float, float)

    def __init__(self, scene: LabelScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.label_scene = scene
        self.zoom = 1.0
        self.fitting = False  # zoomed to fit: fit again when resized
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.set_zoom(1.0)

    def pixels_per_mm(self) -> float:
        """Screen pixels per millimetre at 100 %: true size, from the screen's physical DPI."""
        screen = self.screen()
        dpi = screen.physicalDotsPerInchX() if screen is not None else 96.0
        if not 30 <= dpi <= 1000:  # a virtual screen may report nonsense
            dpi = self.logicalDpiX() or 96.0
        return dpi / MM_PER_INCH

    def set_zoom(self, zoom: float, *, fitting: bool = False) -> None:
        """Show the label at `zoom` x true size."""
        self.fitting = fitting
        self.zoom = max(ZOOM_STEPS[0] / 4, min(zoom, 64.0))
        scale = self.zoom * self.pixels_per_mm()
        self.resetTransform()
        self.scale(scale, scale)
        self.label_scene.set_view_scale(scale)
        self.zoom_changed.emit(self.zoom)

    def zoom_in(self) -> None:
        """The next zoom step up."""
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 1e-6), self.zoom * 1.5))

    def zoom_out(self) -> None:
        """The next zoom step down."""
        lower = [z for z in ZOOM_STEPS if z < self.zoom - 1e-6]
        self.set_zoom(lower[-1] if lower else self.zoom / 1.5)

    def zoom_fit(self) -> None:
        """Fit the label (with a little margin) in the view."""
        label = self.label_scene.label_rect().adjusted(-3, -3, 3, 3)
        view = self.viewport().size()
        if label.width() <= 0 or view.width() <= 0 or view.height() <= 0:
            self.fitting = True  # fit once there is room
            return
        scale = min(view.width() / label.width(), view.height() / label.height())
        self.set_zoom(scale / self.pixels_per_mm(), fitting=True)
        self.centerOn(self.label_scene.label_rect().center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self.zoom_fit()

    def zoom_actual(self) -> None:
        """100 %: the label at its true size."""
        self.set_zoom(1.0)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            at = event.position().toPoint()
            held = self.mapToScene(at)  # the point under the pointer stays under it
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            centre = self.mapToScene(self.viewport().rect().center())
            self.centerOn(centre + held - self.mapToScene(at))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if event.key() == Qt.Key.Key_Escape and self.label_scene.disarm():
            event.accept()
            return
        if event.key() in steps and self.label_scene.selected_indexes():
            size = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1 / DOTS_PER_MM
            dx, dy = steps[event.key()]
            self.label_scene.nudge(dx * size, dy * size)
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(QPoint(int(event.position().x()), int(event.position().y())))
        self.cursor_moved.emit(pos.x(), pos.y())
        # Shift held: a drag moves by whole dots, without grid or guides
        self.label_scene.free_drag = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mouseMoveEvent(event)
