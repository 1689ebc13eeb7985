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


Units = list[list[int]]
"""Elements that move as one (a group), each unit a list of element indexes."""


def _unit_boxes(elements: tuple, units: Units) -> list[tuple[list[int], Rect]]:
    """Each unit with the box around its members that have a place on the label."""
    out = []
    for unit in units:
        placed = [i for i in unit if kind_of(elements[i]).placed]
        if placed:
            out.append((placed, bounds_of([extent(elements[i]) for i in placed])))
    return out


def _shifted(elements: list, unit: list[int], dx: float, dy: float) -> None:
    for i in unit:
        elements[i] = moved(elements[i], dx, dy)


def align(elements: tuple, chosen: set[int], how: str, label: Rect, units: Units | None = None):
    """Align the chosen elements' boxes (or their units': a group aligns as one) to each other,
    or to the label when only one is chosen."""
    boxes = _unit_boxes(elements, units if units is not None else [[i] for i in sorted(chosen)])
    if not boxes:
        return elements
    target = label if len(boxes) == 1 else bounds_of([r for _, r in boxes])
    out = list(elements)
    for unit, r in boxes:
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
        _shifted(out, unit, dx, dy)
    return tuple(out)


def distribute(elements: tuple, chosen: set[int], horizontal: bool, units: Units | None = None):
    """Space the chosen elements' boxes (or their units') evenly between the outermost two."""
    boxes = _unit_boxes(elements, units if units is not None else [[i] for i in sorted(chosen)])
    if len(boxes) < 3:
        return elements
    start = (lambda r: r.x0) if horizontal else (lambda r: r.y0)
    size = (lambda r: r.x1 - r.x0) if horizontal else (lambda r: r.y1 - r.y0)
    boxes.sort(key=lambda unit_box: start(unit_box[1]))
    first, last = boxes[0][1], boxes[-1][1]
    span = start(last) + size(last) - start(first)
    gap = (span - sum(size(r) for _, r in boxes)) / (len(boxes) - 1)
    out = list(elements)
    position = start(first)
    for unit, r in boxes:
        shift = position - start(r)
        _shifted(out, unit, shift, 0) if horizontal else _shifted(out, unit, 0, shift)
        position += size(r) + gap
    return tuple(out)
