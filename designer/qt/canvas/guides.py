"""Smart guides: while a selection is dragged, its left edge, centre or right edge (top, middle,
bottom) snaps to any other element's, or to the label's edges and centre, when within a few
screen pixels, and a line shows where they meet.

The other elements' edges are gathered once when the drag starts and kept sorted, so each frame
of a drag over a busy label costs a few binary searches.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from PySide6.QtCore import QRectF


class Guides:
    """The edges and centres a drag may snap to."""

    def __init__(self, xs: Iterable[float], ys: Iterable[float]) -> None:
        self.xs = sorted(set(xs))
        self.ys = sorted(set(ys))
        self.shown_x: list[float] = []  # the lines to draw now
        self.shown_y: list[float] = []

    @classmethod
    def around(cls, others: Iterable[QRectF], label: QRectF) -> Guides:
        """The guides of the elements `others` (their printed boxes) and of the label."""
        xs = [label.left(), label.center().x(), label.right()]
        ys = [label.top(), label.center().y(), label.bottom()]
        for r in others:
            xs += [r.left(), r.center().x(), r.right()]
            ys += [r.top(), r.center().y(), r.bottom()]
        return cls(xs, ys)

    @staticmethod
    def _nearest(values: list[float], at: float) -> float | None:
        i = bisect_left(values, at)
        near = [values[j] for j in (i - 1, i) if 0 <= j < len(values)]
        return min(near, key=lambda v: abs(v - at)) if near else None

    def _snap(self, values: list[float], edges: tuple[float, ...], reach: float) -> float | None:
        best: float | None = None
        for edge in edges:
            target = self._nearest(values, edge)
            if target is not None and abs(target - edge) <= reach:
                if best is None or abs(target - edge) < abs(best):
                    best = target - edge
        return best

    def snap(self, box: QRectF, reach: float) -> tuple[float | None, float | None]:
        """How far to shift `box` to meet the nearest guide across and along (None: no guide
        within `reach` mm); the lines it then meets are in `shown_x` and `shown_y`."""
        left, centre, right = box.left(), box.center().x(), box.right()
        top, middle, bottom = box.top(), box.center().y(), box.bottom()
        dx = self._snap(self.xs, (left, centre, right), reach)
        dy = self._snap(self.ys, (top, middle, bottom), reach)
        eps = 1e-6
        self.shown_x = (
            [v for v in (left + dx, centre + dx, right + dx) if self._on(self.xs, v, eps)]
            if dx is not None
            else []
        )
        self.shown_y = (
            [v for v in (top + dy, middle + dy, bottom + dy) if self._on(self.ys, v, eps)]
            if dy is not None
            else []
        )
        return dx, dy

    def _on(self, values: list[float], at: float, eps: float) -> bool:
        near = self._nearest(values, at)
        return near is not None and abs(near - at) <= eps

    def clear(self) -> None:
        """Show no lines."""
        self.shown_x, self.shown_y = [], []
