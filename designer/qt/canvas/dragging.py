"""One drag of the selection on the canvas: where it may snap and what guides it shows.

Made when a drag starts: the selection's box, and the smart guides of everything else. Each
move then asks `snapped(offset)`: with snapping on, the selection's edges and centre meet a
guide within a few screen pixels, or else its (x, y) lands on the grid; with Shift held, it
moves by whole dots and shows no guide.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsItem

from designer.model.units import DOTS_PER_MM
from designer.qt.canvas.guides import Guides
from designer.qt.canvas.items import ElementItem

if TYPE_CHECKING:
    from designer.qt.canvas.scene import LabelScene

GUIDE_REACH_PIXELS = 6
"""How near (in screen pixels) an edge must come to a guide to snap to it."""


def movable_selection(scene: LabelScene) -> list[ElementItem]:
    """The selected elements that may move (not locked)."""
    movable = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    return [i for i in scene.items_by_index if i.isSelected() and i.flags() & movable]


class DragSnap:
    """The snapping of one drag."""

    def __init__(self, scene: LabelScene, leader: ElementItem) -> None:
        self.scene = scene
        self.leader = leader
        self.moving = moving = movable_selection(scene)  # what the drag moves, taken once
        self.guides_changed = False  # the last `snapped` showed other guides than before
        chosen = set(map(id, moving))
        box = QRectF()
        for item in moving:
            box = box.united(item.content_rect())
        self.box = box  # the selection's printed box where the drag started
        others = (
            i.content_rect()
            for i in scene.items_by_index
            if id(i) not in chosen and i.isVisible() and i.error is None
        )
        self.guides = Guides.around(others, scene.label_rect())

    def snapped(self, offset: QPointF) -> QPointF:
        """`offset` (how far the selection has been dragged, in mm) as it lands."""
        scene = self.scene
        before = self.lines()
        if not scene.snap_to_grid or scene.free_drag:  # Shift: whole dots only
            self.guides.clear()
            self.guides_changed = self.lines() != before
            step = 1 / DOTS_PER_MM
            return QPointF(round(offset.x() / step) * step, round(offset.y() / step) * step)
        grid = self.leader.grid_offset(offset, scene.grid_mm)
        reach = GUIDE_REACH_PIXELS / scene.view_scale
        dx, dy = self.guides.snap(self.box.translated(offset), reach)
        self.guides_changed = self.lines() != before
        return QPointF(
            offset.x() + dx if dx is not None else grid.x(),
            offset.y() + dy if dy is not None else grid.y(),
        )

    def lines(self) -> tuple[list[float], list[float]]:
        """The guides to show now: x positions of upright lines, y positions of level ones."""
        return self.guides.shown_x, self.guides.shown_y
