"""Placing a new element with an armed tool: a click places the tool's element centred on the
click (inside the label); a drag with a tool that draws (box, line, reverse) draws it over the
dragged rectangle, shown as it will print while the mouse moves."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsScene

from designer.model.geometry import Rect
from designer.qt.canvas.items import ElementItem
from designer.qt.canvas.tools import drawn_element, tool_element
from designer.render import RenderOptions

DRAG_PIXELS = 4
"""A press that moves less than this many screen pixels is a click."""


class Placing:
    """One press of an armed tool, until the release says what it made."""

    def __init__(
        self, scene: QGraphicsScene, tag: str, start: QPointF, options: RenderOptions
    ) -> None:
        self.scene = scene
        self.tag = tag
        self.start = start
        self.options = options
        self.preview: ElementItem | None = None

    def _rect(self, pos: QPointF) -> Rect:
        x0, x1 = sorted((self.start.x(), pos.x()))
        y0, y1 = sorted((self.start.y(), pos.y()))
        return Rect(x0, y0, x1, y1)

    def _dragged(self, pos: QPointF, pixels_per_mm: float) -> bool:
        return (pos - self.start).manhattanLength() * pixels_per_mm >= DRAG_PIXELS

    def move(self, pos: QPointF, pixels_per_mm: float) -> None:
        """Show what a release here would draw (tools that draw by dragging)."""
        if not self._dragged(pos, pixels_per_mm):
            return
        element = drawn_element(self.tag, self._rect(pos))
        if element is None:
            return
        if self.preview is None:
            self.preview = ElementItem(-1, element, self.options)
            self.preview.setZValue(1e9)
            self.preview.setOpacity(0.6)
            self.scene.addItem(self.preview)
        else:
            self.preview.preview(element, self.options)

    def finish(self, pos: QPointF, pixels_per_mm: float, label: Rect) -> object:
        """The element this press made: drawn over the dragged rectangle, or placed at the
        press."""
        if self.preview is not None:
            self.scene.removeItem(self.preview)
            self.preview = None
        if self._dragged(pos, pixels_per_mm):
            element = drawn_element(self.tag, self._rect(pos))
            if element is not None:
                return element
        return tool_element(self.tag, self.start.x(), self.start.y(), label)

    def cancel(self) -> None:
        """Drop the press (Escape): nothing is made."""
        if self.preview is not None:
            self.scene.removeItem(self.preview)
            self.preview = None
