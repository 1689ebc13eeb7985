"""SQ: a rectangle outline from (x, y) to (xe, ye), `lt` dots thick."""

from __future__ import annotations

from typing import NamedTuple

from designer.model.geometry import Rect, new_rect
from designer.model.kinds.base import ElementKind, Surface, ToolDefault
from designer.model.node import Node
from designer.model.schema import Attr, Tag, ValueKind, x_attr, y_attr
from designer.model.units import DOTS_PER_MM, snap_mm_to_dot

# fmt: off
TAG = Tag("SQ", "Box", "Box", (
    x_attr(),
    y_attr(),
    Attr("xe", ValueKind.MM, "X end", required=True, lo=-1000, hi=1000),
    Attr("ye", ValueKind.MM, "Y end", required=True, lo=-1000, hi=10000),
    Attr("lt", ValueKind.DOTS, "Line thickness", default=2, lo=1, hi=400),
), help="a rectangle outline from (x, y) to (xe, ye)")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    xe: float
    ye: float
    lt: int = 2


class Box(Node, _Fields):
    """A rectangle outline."""

    __slots__ = ()
    TAG = TAG


def bounds(el: Box) -> Rect:
    """From corner to corner, whichever way round they are given."""
    x, y, xe, ye = el.x, el.y, el.xe, el.ye
    if x <= xe and y <= ye:
        return new_rect(Rect, (x, y, xe, ye))
    return new_rect(Rect, (min(x, xe), min(y, ye), max(x, xe), max(y, ye)))


def draw(el: Box, s: Surface) -> None:
    """Four sides `lt` dots thick inside the box; thicker than half the box, a filled block."""
    x0, x1 = sorted((s.x(el.x), s.x(el.xe)))
    y0, y1 = sorted((s.y(el.y), s.y(el.ye)))
    t = el.lt
    if 2 * t >= x1 - x0 or 2 * t >= y1 - y0:
        s.fill(x0, y0, x1, y1)
        return
    s.fill(x0, y0, x1, y0 + t)
    s.fill(x0, y1 - t, x1, y1)
    s.fill(x0, y0 + t, x0 + t, y1 - t)
    s.fill(x1 - t, y0 + t, x1, y1 - t)


def spanning(rect: Rect, el: Box | None = None) -> Box:
    """A box (this one, or a new one) with its corners at the rectangle's, on whole dots."""
    corners = {
        "x": snap_mm_to_dot(rect.x0),
        "y": snap_mm_to_dot(rect.y0),
        "xe": snap_mm_to_dot(rect.x1),
        "ye": snap_mm_to_dot(rect.y1),
    }
    return Box(**corners) if el is None else el.replace(**corners)


KIND = ElementKind(
    tag=TAG,
    cls=Box,
    title="Box",
    icon="rectangle-outline",
    bounds=bounds,
    draw=draw,
    points=(("x", "y"), ("xe", "ye")),
    resize=lambda el, old, new: spanning(new, el),
    summary=lambda el: f"{abs(el.xe - el.x):g} × {abs(el.ye - el.y):g} mm",
    tool=ToolDefault("R", Box(x=0, y=0, xe=20, ye=10), span=spanning),
    hollow=lambda el: el.lt / DOTS_PER_MM,
)
