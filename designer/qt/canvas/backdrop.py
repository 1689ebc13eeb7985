"""What the canvas paints around the elements: the pasteboard, the white label and its grid
behind them; in front, a veil over what lies outside the label (it does not print), the label's
edge, and the smart guides of a drag."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

PASTEBOARD = QColor(160, 160, 160)
VEIL = QColor(120, 120, 120, 110)
GRID = QColor(190, 200, 220)
EDGE = QColor(60, 60, 60)
GUIDE_COLOR = QColor(230, 0, 160)


def paint_label_and_grid(painter: QPainter, rect: QRectF, label: QRectF, grid_mm: float) -> None:
    """The pasteboard, the label, and a dot at every grid point (none when `grid_mm` is 0, or
    where the points would crowd closer than 6 screen pixels)."""
    painter.fillRect(rect, PASTEBOARD)
    painter.fillRect(label, QColor(255, 255, 255))
    if grid_mm <= 0 or grid_mm * painter.worldTransform().m11() < 6:
        return
    painter.setPen(QPen(GRID, 0))
    visible = rect.intersected(label)
    x = grid_mm * int(visible.left() / grid_mm)
    points = []
    while x <= visible.right():
        y = grid_mm * int(visible.top() / grid_mm)
        while y <= visible.bottom():
            points.append(QPointF(x, y))
            y += grid_mm
        x += grid_mm
    painter.drawPoints(points)


def paint_veil_and_guides(
    painter: QPainter, rect: QRectF, label: QRectF, guides: tuple[list[float], list[float]]
) -> None:
    """The veil outside the label, its edge, and the guides (x of upright lines, y of level)."""
    outside = [
        QRectF(rect.left(), rect.top(), rect.width(), label.top() - rect.top()),
        QRectF(rect.left(), label.bottom(), rect.width(), rect.bottom() - label.bottom()),
        QRectF(rect.left(), label.top(), label.left() - rect.left(), label.height()),
        QRectF(label.right(), label.top(), rect.right() - label.right(), label.height()),
    ]
    for part in outside:
        if part.width() > 0 and part.height() > 0:
            painter.fillRect(part, VEIL)  # what lies outside the label does not print
    painter.setPen(QPen(EDGE, 0))
    pixel = 1 / max(1e-3, painter.worldTransform().m11())
    painter.drawRect(label.adjusted(-pixel, -pixel, 0, 0))  # just outside the label's dots
    xs, ys = guides
    if xs or ys:  # where the dragged selection meets another edge or centre
        painter.setPen(QPen(GUIDE_COLOR, 0))
        for x in xs:
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        for y in ys:
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
