"""Images on a label: inline base64 BMP content and the printer's uploaded logo, as 1-bit masks."""

from __future__ import annotations

import base64
import binascii
import io
from enum import StrEnum
from functools import lru_cache

from PIL import Image, ImageDraw, ImageOps

from designer.model.kinds.bitmap import placeholder_size_dots
from designer.model.messages import MessageError, message
from designer.model.quote import Verbatim
from designer.render.glyphs import text_mask


class Dither(StrEnum):
    """How a grey image becomes printer dots."""

    FLOYD_STEINBERG = "dither"  # photos: error diffusion keeps the greys
    THRESHOLD = "threshold"  # line art: every dot darker than middle grey prints


class ImageDataError(MessageError):
    """An inline image that cannot be decoded."""


def decode_image(data: str) -> Image.Image:
    """The image in bare base64 PNG/JPEG/BMP data; ImageDataError saying why not."""
    try:
        raw = base64.b64decode(data, validate=True)
        image = Image.open(io.BytesIO(raw))
        image.load()
    except (binascii.Error, ValueError, OSError) as exc:
        raise ImageDataError(
            message("the image cannot be read: {reason}", reason=Verbatim(exc))
        ) from exc
    return image


def to_one_bit(image: Image.Image, width: int | None, dither: Dither) -> Image.Image:
    """`image` scaled to `width` dots (its own width when None) as a mask (255 = ink).

    Transparent parts print nothing: the image is laid on white first.
    """
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    grey = image.convert("L")
    if width is not None and width != grey.width:
        height = max(1, round(grey.height * width / grey.width))
        grey = grey.resize((width, height), Image.Resampling.LANCZOS)
    if dither is Dither.THRESHOLD:
        return grey.point(lambda v: 255 if v < 128 else 0, "1")
    return ImageOps.invert(grey).convert("1", dither=Image.Dither.FLOYDSTEINBERG)


@lru_cache(maxsize=64)
def inline_mask(data: str, width: int | None, dither: Dither) -> Image.Image:
    """The mask of an inline BMP's base64 image at `width` dots."""
    return to_one_bit(decode_image(data), width, dither)


def logo_placeholder(width: int | None) -> Image.Image:
    """A clearly marked stand-in for an uploaded logo the app has no copy of: a frame, a cross and
    the word LOGO, `width` dots wide (imageSize's default when None) and half as tall."""
    w, h = placeholder_size_dots(width)
    mask = Image.new("1", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.rectangle((0, 0, w - 1, h - 1), outline=255, width=2)
    draw.line((0, 0, w - 1, h - 1), fill=255)
    draw.line((0, h - 1, w - 1, 0), fill=255)
    word = text_mask("LOGO", 3)
    if word.width + 8 < w and word.height + 8 < h:
        x, y = (w - word.width) // 2, (h - word.height) // 2
        draw.rectangle((x - 3, y - 3, x + word.width + 2, y + word.height + 2), fill=0)
        mask.paste(255, (x, y), word)
    return mask
