"""The rasterizer: one Label -> a Pillow mode '1' image at printer resolution, dot for dot.

Elements are drawn in document order and clipped to the label. Each element's kind says what to
draw (`ElementKind.draw`, against the `Surface` protocol); this module is that surface: it makes
the pictures (glyphs, bars, QR modules, images) and puts the dots down. Printing only ever adds
ink, except REV, which inverts what is already drawn in its rectangle. `as_printed` applies the
label's mirror (m) and direction (d=0 turns it 180 degrees) as the printer does.
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw

from designer.model.edit import extent
from designer.model.elements import Label, Page
from designer.model.kinds import KIND_BY_CLASS
from designer.model.messages import MessageError
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
DRAWING_ERRORS = (BarcodeDataError, QRDataError, ImageDataError)
"""What drawing an element whose data is wrong raises."""
ERROR_MARK_MM = (12.0, 6.0)
"""The size (mm) of the crossed frame that stands for an element that cannot be drawn, in the
rendered label and on the canvas alike."""


@dataclass(frozen=True)
class RenderOptions:
    """How to draw what the label alone does not say.

    `logo` is the app's copy of the logo last uploaded to the target printer (None: draw a
    marked placeholder, or nothing when `placeholders` is off, as for an image sent to print).
    With `mark_errors`, an element that cannot be drawn (wrong barcode data, say) is shown as a
    crossed frame and the rest of the label is drawn; without it, drawing stops with the error.
    """

    dpmm: int = DOTS_PER_MM
    as_printed: bool = False
    dither: Dither = Dither.FLOYD_STEINBERG
    logo: Image.Image | None = None
    placeholders: bool = True
    mark_errors: bool = False


class ElementRenderError(MessageError):
    """An element that cannot be drawn as it stands (barcode data, QR size, image data)."""


class _Pictures:
    """The pictures a kind stamps, which only the renderer can make."""

    def __init__(self, opts: RenderOptions) -> None:
        self.opts = opts

    def text_mask(self, text: str, font: int, xw: int, yh: int) -> Image.Image:
        return text_mask(text, font, xw, yh)

    def barcode_mask(self, el: object) -> Image.Image:
        return barcode_mask(el)

    def qr_mask(self, data: str, level: str, module: int) -> Image.Image:
        return qr_mask(data, level, module)

    def image_mask(self, image: str | None, width: int | None) -> Image.Image | None:
        """An inline image, else the printer's logo, else a marked placeholder (or nothing,
        when placeholders are off)."""
        opts = self.opts
        if image is not None:
            return inline_mask(image, width, opts.dither)
        if opts.logo is not None:
            return to_one_bit(opts.logo, width, opts.dither)
        return logo_placeholder(width) if opts.placeholders else None


def _stamp_box(mask: Image.Image, x: int, y: int, anchor_dx: int, rotation: int) -> tuple:
    """Where `mask` lands when stamped: (left, top, width, height) in dots."""
    w, h = mask.size
    if rotation == 90:
        return x - h, y - anchor_dx, h, w
    if rotation == 180:
        return x + anchor_dx - w, y - h, w, h
    if rotation == 270:
        return x, y + anchor_dx - w, h, w
    return x - anchor_dx, y, w, h


class _Canvas(_Pictures):
    """A label-sized ink buffer (mode '1', 255 = ink) and the drawing operations on it."""

    def __init__(
        self, width: int, height: int, opts: RenderOptions, origin: tuple[int, int] = (0, 0)
    ) -> None:
        super().__init__(opts)
        self.image = Image.new("1", (width, height), 0)
        self.dpmm = opts.dpmm
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
        left, top = _stamp_box(mask, x, y, anchor_dx, rotation)[:2]
        if rotation:
            mask = mask.transpose(_ROTATE[rotation])
        self.image.paste(255, (left, top), mask)

    def invert(self, x0: int, y0: int, x1: int, y1: int) -> None:
        """Invert the dots x0..x1-1, y0..y1-1 (clipped to the label)."""
        x0, y0 = max(0, x0), max(0, y0)
        x1, y1 = min(self.image.width, x1), min(self.image.height, y1)
        if x1 > x0 and y1 > y0:
            box = (x0, y0, x1, y1)
            self.image.paste(ImageChops.invert(self.image.crop(box)), box)

    def mark_error(self, el: object) -> None:
        """A crossed frame where an element that cannot be drawn stands."""
        box = extent(el)
        x0, y0 = self.x(box.x0), self.y(box.y0)
        x1 = max(self.x(box.x1), x0 + round(ERROR_MARK_MM[0] * self.dpmm))
        y1 = max(self.y(box.y1), y0 + round(ERROR_MARK_MM[1] * self.dpmm))
        draw = ImageDraw.Draw(self.image)
        draw.rectangle((x0, y0, x1 - 1, y1 - 1), outline=255, width=2)
        draw.line((x0, y0, x1 - 1, y1 - 1), fill=255, width=2)
        draw.line((x0, y1 - 1, x1 - 1, y0), fill=255, width=2)


class _Recorder(_Pictures):
    """A surface that remembers what a kind draws, in label dots, and how far it reaches; it
    then draws it again on a canvas just large enough (`replay`)."""

    def __init__(self, opts: RenderOptions) -> None:
        super().__init__(opts)
        self.dpmm = opts.dpmm
        self.ops: list[tuple] = []
        self.boxes: list[tuple[int, int, int, int]] = []

    def x(self, mm: float) -> int:
        return mm_to_dots(mm, self.dpmm)

    def y(self, mm: float) -> int:
        return mm_to_dots(mm, self.dpmm)

    def fill(self, x0: int, y0: int, x1: int, y1: int) -> None:
        if x1 > x0 and y1 > y0:
            self.ops.append(("fill", x0, y0, x1, y1))
            self.boxes.append((x0, y0, x1, y1))

    def invert(self, x0: int, y0: int, x1: int, y1: int) -> None:
        if x1 > x0 and y1 > y0:
            self.ops.append(("invert", x0, y0, x1, y1))
            self.boxes.append((x0, y0, x1, y1))

    def stamp(self, mask: Image.Image, x: int, y: int, anchor_dx: int, rotation: int) -> None:
        left, top, w, h = _stamp_box(mask, x, y, anchor_dx, rotation)
        self.ops.append(("stamp", mask, x, y, anchor_dx, rotation))
        self.boxes.append((left, top, left + w, top + h))

    def extent(self) -> tuple[int, int, int, int] | None:
        """The dots the drawing reaches: (x0, y0, x1, y1), or None when it drew nothing."""
        if not self.boxes:
            return None
        return (
            min(b[0] for b in self.boxes),
            min(b[1] for b in self.boxes),
            max(b[2] for b in self.boxes),
            max(b[3] for b in self.boxes),
        )

    def replay(self, canvas: _Canvas, inverting_fills: bool) -> None:
        """Draw everything again on `canvas` (whose origin says where it lies on the label);
        with `inverting_fills`, an inversion is drawn as the ink of its whole rectangle."""
        ox, oy = canvas.ox, canvas.oy
        for op in self.ops:
            if op[0] == "stamp":
                _, mask, x, y, anchor_dx, rotation = op
                canvas.stamp(mask, x - ox, y - oy, anchor_dx, rotation)
            else:
                name, x0, y0, x1, y1 = op
                draw = canvas.fill if name == "fill" or inverting_fills else canvas.invert
                draw(x0 - ox, y0 - oy, x1 - ox, y1 - oy)


def element_image(el: object, options: RenderOptions | None = None) -> tuple[Image.Image, int, int]:
    """One element alone, for a canvas item: its ink as a mode '1' mask (255 = ink) and the label
    dot (x, y) of the mask's top-left corner. A REV gives its whole rectangle (the canvas inverts
    what lies under it). ElementRenderError says why an element cannot be drawn."""
    opts = options or RenderOptions()
    recorder = _Recorder(opts)
    try:
        KIND_BY_CLASS[type(el)].draw(el, recorder)
    except DRAWING_ERRORS as exc:
        raise ElementRenderError(exc.message) from exc
    reach = recorder.extent()
    if reach is None:  # it draws nothing (a cutter, empty text): a dot where it stands
        box = extent(el)
        return (
            Image.new("1", (1, 1), 0),
            mm_to_dots(box.x0, opts.dpmm),
            mm_to_dots(box.y0, opts.dpmm),
        )
    x0, y0, x1, y1 = reach
    canvas = _Canvas(x1 - x0, y1 - y0, opts, (x0, y0))
    recorder.replay(canvas, inverting_fills=True)
    return canvas.image, x0, y0


def label_size_dots(page: Page, dpmm: int = DOTS_PER_MM) -> tuple[int, int]:
    """(width, height) in dots of every label of `page`."""
    return mm_to_dots(page.w, dpmm), mm_to_dots(page.l, dpmm)


def render_label(page: Page, label: Label, options: RenderOptions | None = None) -> Image.Image:
    """`label` as the printer prints it: mode '1', black (0) ink on white (255), w x l dots."""
    return render_marked(page, label, options)[0]


def render_marked(
    page: Page, label: Label, options: RenderOptions | None = None
) -> tuple[Image.Image, list[tuple[int, str]]]:
    """`label` as `render_label` draws it, and what could not be drawn: (element index, why),
    when the options ask for errors to be marked rather than raised."""
    opts = options or RenderOptions()
    canvas = _Canvas(*label_size_dots(page, opts.dpmm), opts)
    kinds = KIND_BY_CLASS
    failures: list[tuple[int, str]] = []
    for index, el in enumerate(label.elements):
        try:
            kinds[type(el)].draw(el, canvas)
        except DRAWING_ERRORS as exc:
            if not opts.mark_errors:
                raise
            canvas.mark_error(el)
            failures.append((index, exc.message))
    image = canvas.image
    if opts.as_printed:
        if label.m == 1:
            image = image.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if label.d == 0:
            image = image.transpose(Image.Transpose.ROTATE_180)
    return ImageChops.invert(image), failures
