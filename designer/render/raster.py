"""The rasterizer: one Label -> a Pillow mode '1' image at printer resolution, dot for dot.

Elements are drawn in document order and clipped to the label. Printing only ever adds ink,
except REV, which inverts what is already drawn in its rectangle. `as_printed` applies the
label's mirror (m) and direction (d=0 turns it 180 degrees) as the printer does.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops

from designer.model.elements import (
    Barcode,
    Bitmap,
    Box,
    Cutter,
    Label,
    Line,
    Page,
    QRCode,
    Reverse,
    Text,
)
from designer.model.fonts import text_size_dots
from designer.model.geometry import element_rect
from designer.model.symbology import BarcodeDataError
from designer.model.units import DOTS_PER_MM, mm_to_dots
from designer.render.glyphs import text_mask
from designer.render.images import (
    Dither,
    ImageDataError,
    inline_mask,
    logo_placeholder,
    to_one_bit,
)
from designer.render.marks import QRDataError, barcode_mask, qr_mask

_ROTATE = {
    90: Image.Transpose.ROTATE_270,  # Pillow turns counter-clockwise; r turns clockwise
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}


@dataclass(frozen=True)
class RenderOptions:
    """How to draw what the label alone does not say.

    `logo` is the app's copy of the logo last uploaded to the target printer (None: draw a
    marked placeholder, or nothing when `placeholders` is off, as for an image sent to print).
    """

    dpmm: int = DOTS_PER_MM
    as_printed: bool = False
    dither: Dither = Dither.FLOYD_STEINBERG
    logo: Image.Image | None = None
    placeholders: bool = True


class _Canvas:
    """A label-sized ink buffer (mode '1', 255 = ink) and the drawing operations on it."""

    def __init__(
        self, width: int, height: int, dpmm: int, origin: tuple[int, int] = (0, 0)
    ) -> None:
        self.image = Image.new("1", (width, height), 0)
        self.dpmm = dpmm
        self.ox, self.oy = origin  # the label dot at the buffer's top-left corner

    def x(self, mm: float) -> int:
        """The buffer column of the label's x = `mm`."""
        return mm_to_dots(mm, self.dpmm) - self.ox

    def y(self, mm: float) -> int:
        """The buffer row of the label's y = `mm`."""
        return mm_to_dots(mm, self.dpmm) - self.oy

    def fill(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Ink the dots x0..x1-1, y0..y1-1 (clipped to the label)."""
        if x1 > x0 and y1 > y0:
            self.image.paste(255, (x0, y0, x1, y1))

    def stamp(self, mask: Image.Image, x: int, y: int, anchor_dx: int, rotation: int) -> None:
        """Ink `mask` with its (anchor_dx, 0) point at (x, y), turned clockwise about it."""
        if rotation:
            w, h = mask.size
            mask = mask.transpose(_ROTATE[rotation])
            # the turned mask's top-left corner, relative to the anchor it turned about
            ox, oy = {90: (-h, -anchor_dx), 180: (anchor_dx - w, -h), 270: (0, anchor_dx - w)}[
                rotation
            ]
            self.image.paste(255, (x + ox, y + oy), mask)
        else:
            self.image.paste(255, (x - anchor_dx, y), mask)

    def invert(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Invert the dots x0..x1-1, y0..y1-1 (clipped to the label)."""
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(self.image.width, x1), min(self.image.height, y1)
        if x1 > x0 and y1 > y0:
            box = (x0, y0, x1, y1)
            self.image.paste(ImageChops.invert(self.image.crop(box)), box)


def _anchor_dx(anchor: str, width: int) -> int:
    return {"center": width // 2, "right": width}.get(anchor, 0)


def _draw_text(c: _Canvas, el: Text, opts: RenderOptions) -> None:
    if not el.text:
        return
    mask = text_mask(el.text, el.f, el.xw, el.yh)
    width = text_size_dots(el.text, el.f, el.xw, el.yh)[0]
    c.stamp(mask, c.x(el.x), c.y(el.y), _anchor_dx(el.a, width), el.r)


def _draw_barcode(c: _Canvas, el: Barcode, opts: RenderOptions) -> None:
    mask = barcode_mask(el)
    c.stamp(mask, c.x(el.x), c.y(el.y), _anchor_dx(el.a, mask.width), el.r)


def _draw_qr(c: _Canvas, el: QRCode, opts: RenderOptions) -> None:
    c.stamp(qr_mask(el), c.x(el.x), c.y(el.y), 0, 0)


def _draw_box(c: _Canvas, el: Box, opts: RenderOptions) -> None:
    x0, x1 = sorted((c.x(el.x), c.x(el.xe)))
    y0, y1 = sorted((c.y(el.y), c.y(el.ye)))
    t = el.lt
    if 2 * t >= x1 - x0 or 2 * t >= y1 - y0:  # thicker than half the box: a filled block
        c.fill(x0, y0, x1, y1)
        return
    c.fill(x0, y0, x1, y0 + t)
    c.fill(x0, y1 - t, x1, y1)
    c.fill(x0, y0 + t, x0 + t, y1 - t)
    c.fill(x1 - t, y0 + t, x1, y1 - t)


def _span(to_dots: Callable[[float], int], start: float, length: float) -> tuple[int, int]:
    a = to_dots(start)
    b = to_dots(start + length)
    if length > 0 and b == a:
        b = a + 1  # a line thinner than a dot still prints one dot
    return a, b


def _draw_line(c: _Canvas, el: Line, opts: RenderOptions) -> None:
    x0, x1 = _span(c.x, el.x, el.w)
    y0, y1 = _span(c.y, el.y, el.h)
    c.fill(x0, y0, x1, y1)


def _draw_reverse(c: _Canvas, el: Reverse, opts: RenderOptions) -> None:
    x0, x1 = _span(c.x, el.x, el.w)
    y0, y1 = _span(c.y, el.y, el.h)
    c.invert(x0, y0, x1, y1)


def _bitmap_mask(el: Bitmap, opts: RenderOptions) -> Image.Image | None:
    """The dots of a BMP: its inline image, else the printer's logo, else a placeholder (or
    nothing, when placeholders are off)."""
    if el.image is not None:
        return inline_mask(el.image, el.w, opts.dither)
    if opts.logo is not None:
        return to_one_bit(opts.logo, el.w, opts.dither)
    return logo_placeholder(el.w) if opts.placeholders else None


def _draw_bitmap(c: _Canvas, el: Bitmap, opts: RenderOptions) -> None:
    mask = _bitmap_mask(el, opts)
    if mask is not None:
        c.stamp(mask, c.x(el.x), c.y(el.y), 0, 0)


def _draw_nothing(c: _Canvas, el: object, opts: RenderOptions) -> None:
    """CUTTER controls the cutter; it prints no dots."""


_DRAW: dict[type, Callable[[_Canvas, object, RenderOptions], None]] = {
    Text: _draw_text,
    Barcode: _draw_barcode,
    QRCode: _draw_qr,
    Box: _draw_box,
    Line: _draw_line,
    Reverse: _draw_reverse,
    Bitmap: _draw_bitmap,
    Cutter: _draw_nothing,
}


class ElementRenderError(ValueError):
    """An element that cannot be drawn as it stands (barcode data, QR size, image data)."""


def element_image(el: object, options: RenderOptions | None = None) -> tuple[Image.Image, int, int]:
    """One element alone, for a canvas item: its ink as a mode '1' mask (255 = ink) and the label
    dot (x, y) of the mask's top-left corner. A REV gives its whole rectangle (the canvas inverts
    what lies under it). ElementRenderError says why an element cannot be drawn."""
    opts = options or RenderOptions()
    try:
        rect = element_rect(el)
        if rect is None:
            if isinstance(el, (Barcode, QRCode)):  # no size: its data is wrong; say how
                _DRAW[type(el)](_Canvas(1, 1, opts.dpmm), el, opts)
            return _unbounded_element_image(el, opts)
        x0 = math.floor(rect.x0 * opts.dpmm) - 1
        y0 = math.floor(rect.y0 * opts.dpmm) - 1
        x1 = math.ceil(rect.x1 * opts.dpmm) + 1
        y1 = math.ceil(rect.y1 * opts.dpmm) + 1
        canvas = _Canvas(max(1, x1 - x0), max(1, y1 - y0), opts.dpmm, (x0, y0))
        if isinstance(el, Reverse):
            a, b = _span(canvas.x, el.x, el.w)
            c, d = _span(canvas.y, el.y, el.h)
            canvas.fill(a, c, b, d)
        else:
            _DRAW[type(el)](canvas, el, opts)
    except (BarcodeDataError, QRDataError, ImageDataError) as exc:
        raise ElementRenderError(str(exc)) from exc
    return canvas.image, x0, y0


def _unbounded_element_image(el: object, opts: RenderOptions) -> tuple[Image.Image, int, int]:
    """Elements whose size the model does not know: a logo, a cutter."""
    if isinstance(el, Bitmap):
        mask = _bitmap_mask(el, opts) or Image.new("1", (1, 1), 0)
        return mask, mm_to_dots(el.x, opts.dpmm), mm_to_dots(el.y, opts.dpmm)
    return Image.new("1", (1, 1), 0), 0, 0


def label_size_dots(page: Page, dpmm: int = DOTS_PER_MM) -> tuple[int, int]:
    """(width, height) in dots of every label of `page`."""
    return mm_to_dots(page.w, dpmm), mm_to_dots(page.l, dpmm)


def render_label(page: Page, label: Label, options: RenderOptions | None = None) -> Image.Image:
    """`label` as the printer prints it: mode '1', black (0) ink on white (255), w x l dots."""
    opts = options or RenderOptions()
    canvas = _Canvas(*label_size_dots(page, opts.dpmm), opts.dpmm)
    for el in label.elements:
        _DRAW[type(el)](canvas, el, opts)
    image = canvas.image
    if opts.as_printed:
        if label.m == 1:
            image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if label.d == 0:
            image = image.transpose(Image.Transpose.ROTATE_180)
    return ImageChops.invert(image)
