"""Edits as functions from values to values: moving and resizing elements."""

from __future__ import annotations

from designer.model.elements import Barcode, Bitmap, Box, Cutter, Line, QRCode, Reverse, Text
from designer.model.geometry import Rect
from designer.model.units import DOTS_PER_MM, snap_mm_to_dot


def moved(el: object, dx: float, dy: float) -> object:
    """`el` moved by (dx, dy) mm, landing on whole dots; a box moves both corners."""
    if isinstance(el, Cutter):
        return el
    changes = {"x": snap_mm_to_dot(el.x + dx), "y": snap_mm_to_dot(el.y + dy)}
    if isinstance(el, Box):
        changes["xe"] = snap_mm_to_dot(el.xe + dx)
        changes["ye"] = snap_mm_to_dot(el.ye + dy)
    return el.replace(**changes)


def _clamp(value: float, lo: int, hi: int) -> int:
    return int(max(lo, min(hi, round(value))))


def resized(el: object, old: Rect, new: Rect) -> object:
    """`el` resized so that its printed box `old` becomes (about) `new`, in the element's terms:
    a box's corners, a line's or reverse's size, an image's width in dots, a barcode's module
    width and height, a QR code's module size, a text's magnification steps."""
    if new.x1 - new.x0 <= 0 or new.y1 - new.y0 <= 0:
        return el
    ow, oh = old.x1 - old.x0, old.y1 - old.y0
    nw, nh = new.x1 - new.x0, new.y1 - new.y0
    dot = 1 / DOTS_PER_MM
    if isinstance(el, Box):
        return el.replace(
            x=snap_mm_to_dot(new.x0),
            y=snap_mm_to_dot(new.y0),
            xe=snap_mm_to_dot(new.x1),
            ye=snap_mm_to_dot(new.y1),
        )
    if isinstance(el, (Line, Reverse)):
        return el.replace(
            x=snap_mm_to_dot(new.x0),
            y=snap_mm_to_dot(new.y0),
            w=max(dot, snap_mm_to_dot(nw)),
            h=max(dot, snap_mm_to_dot(nh)),
        )
    if isinstance(el, Bitmap):
        return el.replace(
            x=snap_mm_to_dot(new.x0), y=snap_mm_to_dot(new.y0), w=_clamp(nw * DOTS_PER_MM, 8, 2400)
        )
    sideways = getattr(el, "r", 0) in (90, 270)
    across, along = (nh / oh, nw / ow) if sideways else (nw / ow, nh / oh)
    if isinstance(el, Text):
        return el.replace(xw=_clamp(el.xw * across, 1, 10), yh=_clamp(el.yh * along, 1, 10))
    if isinstance(el, QRCode):
        return el.replace(s=_clamp(el.s * max(nw / ow, nh / oh), 1, 10))
    if isinstance(el, Barcode):
        grow = (along * oh - oh) if not sideways else (along * ow - ow)
        return el.replace(
            n=_clamp(el.n * across, 1, 10), h=_clamp(el.h + grow * DOTS_PER_MM, 8, 2000)
        )
    return el
