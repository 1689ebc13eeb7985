"""BL: a filled bar, a line: horizontal when w > h, vertical when w < h (mm, decimals)."""

from __future__ import annotations

from designer.model.geometry import Rect
from designer.model.kinds.base import (
    ElementKind,
    SpanFields,
    Surface,
    ToolDefault,
    span_attrs,
    span_box_dots,
    span_rect,
    span_resize,
)
from designer.model.node import Node
from designer.model.schema import Tag
from designer.model.units import snap_mm_to_dot

THICKNESS_MM = 0.25
"""A line drawn with the tool: two dots thick."""

# fmt: off
TAG = Tag("BL", "Line", "Line", span_attrs(),
          help="a filled bar: horizontal when w > h, vertical when w < h")
# fmt: on


class Line(Node, SpanFields):
    """A filled bar."""

    __slots__ = ()
    TAG = TAG


def draw(el: Line, s: Surface) -> None:
    """Every dot of the bar; thinner than a dot, still one dot."""
    s.fill(*span_box_dots(el, s))


def spanning(rect: Rect) -> Line:
    """A line along the longer side of a dragged rectangle, two dots thick."""
    x, y = snap_mm_to_dot(rect.x0), snap_mm_to_dot(rect.y0)
    if rect.width >= rect.height:
        return Line(x=x, y=y, w=max(THICKNESS_MM, snap_mm_to_dot(rect.width)), h=THICKNESS_MM)
    return Line(x=x, y=y, w=THICKNESS_MM, h=max(THICKNESS_MM, snap_mm_to_dot(rect.height)))


KIND = ElementKind(
    tag=TAG,
    cls=Line,
    title="Line",
    icon="minus",
    bounds=span_rect,
    draw=draw,
    resize=span_resize,
    summary=lambda el: f"{el.w:g} × {el.h:g} mm",
    tool=ToolDefault("L", Line(x=0, y=0, w=20, h=THICKNESS_MM), span=spanning),
)
