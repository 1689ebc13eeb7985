"""Plain geometry in millimetres: rectangles, and turning about a point as the printer turns.

Rotation turns an element clockwise about its (x, y), with y pointing down the label. Where an
element lands (its printed box) is its kind's business: `designer.model.kinds.element_rect`.
"""

from __future__ import annotations

from typing import NamedTuple

from designer.model.units import DOTS_PER_MM


class Rect(NamedTuple):
    """An axis-aligned rectangle in millimetres, x0 <= x1 and y0 <= y1."""

    x0: float
    y0: float
    x1: float
    y1: float

    def inside(self, other: Rect) -> bool:
        """Wholly within `other` (edges may touch)."""
        eps = 1e-9
        return (
            self.x0 >= other.x0 - eps
            and self.y0 >= other.y0 - eps
            and self.x1 <= other.x1 + eps
            and self.y1 <= other.y1 + eps
        )

    def overlaps(self, other: Rect) -> bool:
        """Shares some area with `other`."""
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    @property
    def width(self) -> float:
        """x1 - x0."""
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        """y1 - y0."""
        return self.y1 - self.y0

    @property
    def center(self) -> tuple[float, float]:
        """The middle point."""
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2


new_rect = tuple.__new__
"""`new_rect(Rect, (x0, y0, x1, y1))`: Rect(...) through NamedTuple's Python __new__ is slow in
hot loops."""


def rotate_point(dx: float, dy: float, rotation: int) -> tuple[float, float]:
    """(dx, dy) turned clockwise by 0/90/180/270 degrees, with y pointing down."""
    if rotation == 90:
        return -dy, dx
    if rotation == 180:
        return -dx, -dy
    if rotation == 270:
        return dy, -dx
    return dx, dy


def rotated_rect(x: float, y: float, rel: Rect, rotation: int) -> Rect:
    """`rel` (relative to (x, y), unrotated) turned clockwise by `rotation` degrees about (x, y)."""
    corners = ((rel.x0, rel.y0), (rel.x1, rel.y1))
    turned = [rotate_point(dx, dy, rotation) for dx, dy in corners]
    xs = [p[0] for p in turned]
    ys = [p[1] for p in turned]
    return Rect(x + min(xs), y + min(ys), x + max(xs), y + max(ys))


def anchored_rect(x: float, y: float, size: tuple[int, int], anchor: str, rotation: int) -> Rect:
    """The box of something `size` dots large, anchored at (x, y) (left, center or right of its
    top edge) and turned clockwise about it."""
    w_mm, h_mm = size[0] / DOTS_PER_MM, size[1] / DOTS_PER_MM
    x0 = -w_mm / 2 if anchor == "center" else -w_mm if anchor == "right" else 0.0
    if not rotation:
        return new_rect(Rect, (x + x0, y, x + x0 + w_mm, y + h_mm))
    return rotated_rect(x, y, Rect(x0, 0.0, x0 + w_mm, h_mm), rotation)


def bounds_of(rects: list[Rect]) -> Rect:
    """The smallest rectangle holding all of `rects` (at least one)."""
    return Rect(
        min(r.x0 for r in rects),
        min(r.y0 for r in rects),
        max(r.x1 for r in rects),
        max(r.y1 for r in rects),
    )
