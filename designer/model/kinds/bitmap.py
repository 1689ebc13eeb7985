"""BMP: the logo uploaded to the printer (no content), or an inline base64 PNG/JPG/BMP image,
with its top-left corner at (x, y) and `w` dots wide."""

from __future__ import annotations

import base64
import binascii
import io
from typing import Any, NamedTuple

from designer.model.geometry import Rect
from designer.model.kinds.base import ElementKind, Surface, ToolDefault
from designer.model.messages import Message, message, term
from designer.model.node import Node
from designer.model.problems import Problem, error
from designer.model.schema import Attr, Content, Tag, ValueKind, x_attr, y_attr
from designer.model.units import DOTS_PER_MM, snap_mm_to_dot

DEFAULT_LOGO_WIDTH_DOTS = 200
"""Width of an uploaded logo whose BMP has no `w`: uploadLogo's default imageSize."""
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"BM")

# fmt: off
TAG = Tag("BMP", "Bitmap", "Logo", (
    x_attr(),
    y_attr(),
    Attr("w", ValueKind.DOTS, "Width", lo=1, hi=2400,
         help="width in dots; unset, the uploaded logo's own width"),
), Content.OPTIONAL_BASE64, "image",
   help="the logo uploaded for the printer, or an inline base64 PNG/JPG/BMP image")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    w: int | None = None
    image: str | None = None


class Bitmap(Node, _Fields):
    """The printer's logo, or an inline image."""

    __slots__ = ()
    TAG = TAG


def size_dots(el: Bitmap) -> tuple[int, int] | None:
    """(width, height) in dots of an inline image as printed, or None when it cannot be known
    (the uploaded logo: only the printer has it; an image that cannot be read)."""
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


def bounds(el: Bitmap) -> Rect | None:
    """An inline image's box; None for the logo (its height is the printer's to know)."""
    size = size_dots(el)
    if size is None:
        return None
    return Rect(el.x, el.y, el.x + size[0] / DOTS_PER_MM, el.y + size[1] / DOTS_PER_MM)


def placeholder_size_dots(width: int | None) -> tuple[int, int]:
    """(width, height) of the marked stand-in drawn for a logo the app has no copy of."""
    w = width or DEFAULT_LOGO_WIDTH_DOTS
    return w, max(8, w // 2)


def nominal_bounds(el: Bitmap) -> Rect:
    """The box a logo is taken to have for placing and aligning: its stand-in's."""
    w, h = placeholder_size_dots(el.w)
    return Rect(el.x, el.y, el.x + w / DOTS_PER_MM, el.y + h / DOTS_PER_MM)


def draw(el: Bitmap, s: Surface) -> None:
    """The image's dots, or the logo's (or its marked stand-in, or nothing)."""
    mask = s.image_mask(el.image, el.w)
    if mask is not None:
        s.stamp(mask, s.x(el.x), s.y(el.y), 0, 0)


def resize(el: Bitmap, old: Rect, new: Rect) -> Bitmap:
    """Its top-left corner to the new box's and its width to the new box's, in dots."""
    return el.replace(
        x=snap_mm_to_dot(new.x0),
        y=snap_mm_to_dot(new.y0),
        w=TAG.attr("w").clamp(new.width * DOTS_PER_MM),
    )


def image_problem(data: str) -> Message | None:
    """Why an inline BMP's base64 content is not a printable image, or None."""
    if data.startswith("data:"):
        return message("image must be bare base64, without a 'data:image/...;base64,' prefix")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return message("image is not valid base64")
    if not raw.startswith(_IMAGE_MAGIC):
        return message("image is not a PNG, JPEG or BMP")
    return None


def check(page: Any, el: Bitmap, out: list[Problem]) -> None:
    """Inline content that is not a bare base64 PNG, JPEG or BMP."""
    if el.image is not None:
        reason = image_problem(el.image)
        if reason is not None:
            out.append(error(message("BMP {reason}", reason=reason), "image"))


def title_for(el: Bitmap) -> str:
    """A logo, or an image carried in the label."""
    return "Logo" if el.image is None else term("Image", "Kinds")


def summary(el: Bitmap) -> str:
    """How wide it prints."""
    return "" if el.w is None else message("{w} dots", w=el.w)


KIND = ElementKind(
    tag=TAG,
    cls=Bitmap,
    title="Logo",
    icon="image-outline",
    bounds=bounds,
    draw=draw,
    resize=resize,
    check=check,
    summary=summary,
    title_for=title_for,
    nominal_bounds=nominal_bounds,
    tool=ToolDefault("G", Bitmap(x=0, y=0, w=160)),
)
