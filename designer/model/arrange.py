"""Arranging elements: order, alignment and distribution, as functions from values to values.

Alignment uses each element's printed box (`element_rect`), or for an element whose size the
model cannot know (an uploaded logo) its (x, y): aligning left puts the boxes' left edges
together, whatever the elements' anchors.
"""

from __future__ import annotations

from designer.model.edit import extent, moved
from designer.model.geometry import Rect, bounds_of
from designer.model.kinds import kind_of

ALIGNMENTS = ("left", "center", "right", "top", "middle", "bottom")


def to_front(elements: tuple, chosen: set[int]) -> tuple:
    """The chosen elements moved to the end (drawn last, on top)."""
    return (
        *[e for i, e in enumerate(elements) if i not in chosen],
        *[e for i, e in enumerate(elements) if i in chosen],
    )


def to_back(elements: tuple, chosen: set[int]) -> tuple:
    """The chosen elements moved to the start (drawn first, underneath)."""
    return (
        *[e for i, e in enumerate(elements) if i in chosen],
        *[e for i, e in enumerate(elements) if i not in chosen],
    )


def _boxes(elements: tuple, chosen: set[int]) -> dict[int, Rect]:
    """The boxes of the chosen elements that have a place on the label."""
    return {i: extent(elements[i]) for i in chosen if kind_of(elements[i]).points}


def align(elements: tuple, chosen: set[int], how: str, label: Rect) -> tuple:
    """Align the chosen elements' boxes to each other, or to the label when only one is chosen."""
    rects = _boxes(elements, chosen)
    if not rects:
        return elements
    target = label if len(rects) == 1 else bounds_of(list(rects.values()))
    out = list(elements)
    for i, r in rects.items():
        dx = dy = 0.0
        if how == "left":
            dx = target.x0 - r.x0
        elif how == "right":
            dx = target.x1 - r.x1
        elif how == "center":
            dx = (target.x0 + target.x1) / 2 - (r.x0 + r.x1) / 2
        elif how == "top":
            dy = target.y0 - r.y0
        elif how == "bottom":
            dy = target.y1 - r.y1
        elif how == "middle":
            dy = (target.y0 + target.y1) / 2 - (r.y0 + r.y1) / 2
        out[i] = moved(out[i], dx, dy)
    return tuple(out)


def distribute(elements: tuple, chosen: set[int], horizontal: bool) -> tuple:
    """Space the chosen elements' boxes evenly between the outermost two."""
    rects = _boxes(elements, chosen)
    if len(rects) < 3:
        return elements
    start = (lambda r: r.x0) if horizontal else (lambda r: r.y0)
    size = (lambda r: r.x1 - r.x0) if horizontal else (lambda r: r.y1 - r.y0)
    order = sorted(rects, key=lambda i: start(rects[i]))
    first, last = rects[order[0]], rects[order[-1]]
    span = start(last) + size(last) - start(first)
    gap = (span - sum(size(rects[i]) for i in order)) / (len(order) - 1)
    out = list(elements)
    position = start(first)
    for i in order:
        shift = position - start(rects[i])
        out[i] = moved(out[i], shift, 0) if horizontal else moved(out[i], 0, shift)
        position += size(rects[i]) + gap
    return tuple(out)
