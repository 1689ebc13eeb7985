"""Where each element lands on its label: bounding boxes in millimetres, as the printer draws them.

Text uses the printer-font cell table, barcodes their real bar pattern, QR codes their version's
size. Rotation turns an element clockwise about its (x, y), as the printer does.
"""

from __future__ import annotations

import base64
import binascii
import io
from typing import NamedTuple

from designer.model.elements import Barcode, Bitmap, Box, Line, QRCode, Reverse, Text
from designer.model.fonts import HUMAN_READABLE_FONT, HUMAN_READABLE_GAP_DOTS, text_size_dots
from designer.model.qrcapacity import qr_size_dots
from designer.model.symbology import BarcodeDataError
from designer.model.symbology import width_dots as barcode_width_dots
from designer.model.units import DOTS_PER_MM

DEFAULT_LOGO_WIDTH_DOTS = 200
"""Width of an uploaded logo whose BMP has no `w`: uploadLogo's default imageSize."""


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


_new = tuple.__new__  # Rect(...) through NamedTuple's Python __new__ is slow in hot loops


def rotated_rect(x: float, y: float, rel: Rect, rotation: int) -> Rect:
    """`rel` (relative to (x, y), unrotated) turned clockwise by `rotation` degrees about (x, y)."""
    corners = ((rel.x0, rel.y0), (rel.x1, rel.y1))
    turned = [rotate_point(dx, dy, rotation) for dx, dy in corners]
    xs = [p[0] for p in turned]
    ys = [p[1] for p in turned]
    return Rect(x + min(xs), y + min(ys), x + max(xs), y + max(ys))


def rotate_point(dx: float, dy: float, rotation: int) -> tuple[float, float]:
    """(dx, dy) turned clockwise by 0/90/180/270 degrees, with y pointing down."""
    if rotation == 90:
        return -dy, dx
    if rotation == 180:
        return -dx, -dy
    if rotation == 270:
        return dy, -dx
    return dx, dy


def barcode_size_dots(el: Barcode) -> tuple[int, int]:
    """(width, height) in dots of a barcode, unrotated, with its human-readable line."""
    width = barcode_width_dots(el.ct, el.data, el.n, el.w)
    height = el.h
    if el.s:
        height += HUMAN_READABLE_GAP_DOTS + HUMAN_READABLE_FONT.cell_h
    return width, height


def bitmap_size_dots(el: Bitmap) -> tuple[int, int] | None:
    """(width, height) in dots of an inline image as printed, or None when it cannot be known."""
    if el.image is None:
        return None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(base64.b64decode(el.image, validate=True))) as img:
            iw, ih = img.size
    except (binascii.Error, ValueError, OSError):
        return None
    width = el.w if el.w is not None else iw
    return width, max(1, round(ih * width / iw))


def _box_rect(el: Box) -> Rect:
    x, y, xe, ye = el.x, el.y, el.xe, el.ye
    if x <= xe and y <= ye:
        return _new(Rect, (x, y, xe, ye))
    return _new(Rect, (min(x, xe), min(y, ye), max(x, xe), max(y, ye)))


def _span_rect(el: Line | Reverse) -> Rect:
    x, y = el.x, el.y
    return _new(Rect, (x, y, x + el.w, y + el.h))


def _text_rect(el: Text) -> Rect:
    return _anchored(el.x, el.y, text_size_dots(el.text, el.f, el.xw, el.yh), el.a, el.r)


def _barcode_rect(el: Barcode) -> Rect | None:
    try:
        size = barcode_size_dots(el)
    except BarcodeDataError:
        return None
    return _anchored(el.x, el.y, size, el.a, el.r)


def _qr_rect(el: QRCode) -> Rect | None:
    side = qr_size_dots(el.data, el.e, el.s) if el.e in ("L", "M", "Q", "H") else None
    if side is None:
        return None
    x, y, side_mm = el.x, el.y, side / DOTS_PER_MM
    return _new(Rect, (x, y, x + side_mm, y + side_mm))


def _bitmap_rect(el: Bitmap) -> Rect | None:
    size = bitmap_size_dots(el)
    if size is None:
        return None
    return Rect(el.x, el.y, el.x + size[0] / DOTS_PER_MM, el.y + size[1] / DOTS_PER_MM)


_RECT_OF = {
    Box: _box_rect,
    Line: _span_rect,
    Reverse: _span_rect,
    Text: _text_rect,
    Barcode: _barcode_rect,
    QRCode: _qr_rect,
    Bitmap: _bitmap_rect,
}


def element_rect(el: object) -> Rect | None:
    """The box an element prints in (mm); None when it prints nothing or its size is unknown."""
    rect_of = _RECT_OF.get(type(el))
    return None if rect_of is None else rect_of(el)


def _anchored(x: float, y: float, size: tuple[int, int], anchor: str, rotation: int) -> Rect:
    w_mm, h_mm = size[0] / DOTS_PER_MM, size[1] / DOTS_PER_MM
    x0 = -w_mm / 2 if anchor == "center" else -w_mm if anchor == "right" else 0.0
    if not rotation:
        return _new(Rect, (x + x0, y, x + x0 + w_mm, y + h_mm))
    return rotated_rect(x, y, Rect(x0, 0.0, x0 + w_mm, h_mm), rotation)
