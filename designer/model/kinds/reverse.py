"""REV: inverts (white on black) every dot already drawn in the rectangle x, y, w, h (mm)."""

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

# fmt: off
TAG = Tag("REV", "Reverse", "Reverse", span_attrs(),
          help="inverts every dot already drawn in the rectangle (white on black)")
# fmt: on


class Reverse(Node, SpanFields):
    """A rectangle that inverts what is drawn under it."""

    __slots__ = ()
    TAG = TAG


def draw(el: Reverse, s: Surface) -> None:
    """Invert the rectangle's dots."""
    s.invert(*span_box_dots(el, s))


def spanning(rect: Rect) -> Reverse:
    """A reverse over a dragged rectangle, on whole dots."""
    x, y = snap_mm_to_dot(rect.x0), snap_mm_to_dot(rect.y0)
    return Reverse(x=x, y=y, w=snap_mm_to_dot(rect.width), h=snap_mm_to_dot(rect.height))


KIND = ElementKind(
    tag=TAG,
    cls=Reverse,
    title="Reverse",
    icon="invert-colors",
    bounds=span_rect,
    draw=draw,
    resize=span_resize,
    summary=lambda el: f"{el.w:g} × {el.h:g} mm",
    tool=ToolDefault("V", Reverse(x=0, y=0, w=20, h=5), span=spanning),
    inverts=True,
)
