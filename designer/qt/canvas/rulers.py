"""Rulers in millimetres along the top and left of the canvas, following zoom and scroll."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QWidget

from designer.qt.canvas.view import LabelView

RULER = 22  # pixels


class Ruler(QWidget):
    """One ruler; `horizontal` runs along the top."""

    def __init__(self, view: LabelView, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.horizontal = horizontal
        self.cursor_mm: float | None = None
        if horizontal:
            self.setFixedHeight(RULER)
        else:
            self.setFixedWidth(RULER)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.zoom_changed.connect(lambda _z: self.update())
        view.cursor_moved.connect(self._cursor)

    def _cursor(self, x: float, y: float) -> None:
        self.cursor_mm = x if self.horizontal else y
        self.update()

    def _to_pixel(self, mm: float) -> float:
        point = self.view.viewport().mapToGlobal(self.view.mapFromScene(QPointF(mm, mm)))
        local = self.mapFromGlobal(point)
        return local.x() if self.horizontal else local.y()

    def _step(self) -> tuple[float, float]:
        """The minor tick and the labelled tick in mm, spaced for the zoom."""
        pixels_per_mm = abs(self._to_pixel(1) - self._to_pixel(0)) or 1
        for minor, major in ((1, 10), (2, 10), (5, 50), (10, 50), (20, 100), (50, 500)):
            if minor * pixels_per_mm >= 5:
                return minor, major
        return 100, 1000

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(240, 240, 240))
        painter.setPen(QPen(QColor(90, 90, 90), 0))
        length = self.width() if self.horizontal else self.height()
        start_mm = self._mm_at(0)
        end_mm = self._mm_at(length)
        minor, major = self._step()
        font = painter.font()
        font.setPointSizeF(7)
        painter.setFont(font)
        tick = int(start_mm // minor) * minor
        while tick <= end_mm:
            p = self._to_pixel(tick)
            size = RULER * (0.6 if tick % major == 0 else 0.3 if tick % (minor * 5) else 0.45)
            if self.horizontal:
                painter.drawLine(QPointF(p, RULER), QPointF(p, RULER - size))
                if tick % major == 0:
                    painter.drawText(QRectF(p + 2, 0, 60, RULER / 2), f"{tick:g}")
            else:
                painter.drawLine(QPointF(RULER, p), QPointF(RULER - size, p))
                if tick % major == 0:
                    painter.drawText(QRectF(1, p + 1, RULER, RULER / 2), f"{tick:g}")
            tick += minor
        if self.cursor_mm is not None:
            painter.setPen(QPen(QColor(0, 120, 215), 0))
            p = self._to_pixel(self.cursor_mm)
            if self.horizontal:
                painter.drawLine(QPointF(p, 0), QPointF(p, RULER))
            else:
                painter.drawLine(QPointF(0, p), QPointF(RULER, p))
        painter.end()

    def _mm_at(self, pixel: float) -> float:
        a, b = self._to_pixel(0), self._to_pixel(100)
        return (pixel - a) * 100 / (b - a) if b != a else 0.0


class CanvasArea(QWidget):
    """The view framed by its rulers."""

    def __init__(self, view: LabelView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top = Ruler(view, True)
        self.left = Ruler(view, False)
        corner = QWidget()
        corner.setFixedSize(RULER, RULER)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(corner, 0, 0)
        layout.addWidget(self.top, 0, 1)
        layout.addWidget(self.left, 1, 0)
        layout.addWidget(view, 1, 1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
