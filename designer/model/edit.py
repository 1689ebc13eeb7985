"""Edits as functions from values to values: moving, resizing, turning and placing elements.

Each asks the element's kind (`designer.model.kinds`) what it means for that kind: which fields a
move shifts, how a new box becomes new attribute values, where the element prints.
"""

from __future__ import annotations

from typing import Any

from designer.model.geometry import Rect
from designer.model.kinds import ElementKind, element_rect, kind_of
from designer.model.units import snap_mm_to_dot


def moved(el: Any, dx: float, dy: float) -> Any:
    """`el` moved by (dx, dy) mm, landing on whole dots (a box moves both corners)."""
    kind = kind_of(el)
    if not kind.placed:
        return el
    changes = {}
    for xf, yf in kind.points:
        changes[xf] = snap_mm_to_dot(getattr(el, xf) + dx)
        changes[yf] = snap_mm_to_dot(getattr(el, yf) + dy)
    return el.replace(**changes)


def resized(el: Any, old: Rect, new: Rect) -> Any:
    """`el` resized so that its printed box `old` becomes (about) `new`, in the element's terms:
    a box's corners, a line's or reverse's size, an image's width in dots, a barcode's module
    width and height, a QR code's module size, a text's magnification steps."""
    resize = kind_of(el).resize
    if resize is None or new.width <= 0 or new.height <= 0 or old.width <= 0 or old.height <= 0:
        return el
    return resize(el, old, new)


def rotated(el: Any, degrees: int = 90) -> Any:
    """`el` turned clockwise by `degrees` about the centre of its printed box (not about its
    anchor, which would swing it over its neighbours); unchanged when its kind does not turn."""
    kind = kind_of(el)
    if not kind.rotates:
        return el
    before = element_rect(el)
    turned = el.replace(r=(el.r + degrees) % 360)
    after = element_rect(turned)
    if before is None or after is None:
        return turned
    (bx, by), (ax, ay) = before.center, after.center
    return moved(turned, bx - ax, by - ay)


def extent(el: Any) -> Rect:
    """Where the element prints; when that is unknown, the box its kind takes it to have (a
    logo's stand-in), else a point at its (x, y)."""
    rect = element_rect(el)
    if rect is not None:
        return rect
    nominal = kind_of(el).nominal_bounds
    if nominal is not None:
        return nominal(el)
    x, y = getattr(el, "x", 0.0), getattr(el, "y", 0.0)
    return Rect(x, y, x, y)


def centred(el: Any, x: float, y: float, within: Rect | None = None) -> Any:
    """`el` moved so that its printed box is centred on (x, y), then, when `within` is given,
    pushed inside it as far as it fits (a new element placed near a label's edge)."""
    box = extent(el)
    cx, cy = box.center
    dx, dy = x - cx, y - cy
    if within is not None:
        dx = _fit(box.x0 + dx, box.x1 + dx, within.x0, within.x1) + dx
        dy = _fit(box.y0 + dy, box.y1 + dy, within.y0, within.y1) + dy
    return moved(el, dx, dy)


def _fit(lo: float, hi: float, start: float, end: float) -> float:
    """How far to shift [lo, hi] to lie within [start, end] (its start first when too long)."""
    if hi - lo >= end - start or lo < start:
        return start - lo
    if hi > end:
        return end - hi
    return 0.0


def new_element(kind: ElementKind, x: float, y: float, label: Rect, content: str = "") -> Any:
    """A new element of `kind` as its tool places it: centred on (x, y) and inside the label,
    with `content` (the tool's default, translated) when given."""
    tool = kind.tool
    if tool is None:
        raise ValueError(f"{kind.tag.name} has no tool")
    el = tool.sample
    if content and kind.tag.content_field:
        el = el.replace(**{kind.tag.content_field: content})
    return centred(el, x, y, label) if kind.placed else el


def spanned(kind: ElementKind, rect: Rect) -> Any | None:
    """The element a drag over `rect` draws, for kinds drawn by dragging; else None."""
    tool = kind.tool
    if tool is None or tool.span is None:
        return None
    return tool.span(rect)
