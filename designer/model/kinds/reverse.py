"""REV: inverts (white on black) every dot already drawn in the rectangle x, y, w, h (mm)."""

from __future__ import annotations

from typing import NamedTuple

from designer.model.geometry import Rect
from designer.model.kinds.base import (
    ElementKind,
    Surface,
    ToolDefault,
    span_dots,
    span_rect,
    span_resize,
)
from designer.model.node import Node
from designer.model.schema import Attr, Tag, ValueKind, x_attr, y_attr
from designer.model.units import snap_mm_to_dot

# fmt: off
TAG = Tag("REV", "Reverse", "Reverse", (
    x_attr(),
    y_attr(),
    Attr("w", ValueKind.MM, "Width", required=True, lo=0, hi=1000),
    Attr("h", ValueKind.MM, "Height", required=True, lo=0, hi=10000),
), help="inverts every dot already drawn in the rectangle (white on black)")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    w: float
    h: float


class Reverse(Node, _Fields):
    """A rectangle that inverts what is drawn under it."""

    __slots__ = ()
    TAG = TAG


def draw(el: Reverse, s: Surface) -> None:
    """Invert the rectangle's dots."""
    x0, x1 = span_dots(s.x, el.x, el.w)
    y0, y1 = span_dots(s.y, el.y, el.h)
    s.invert(x0, y0, x1, y1)


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
