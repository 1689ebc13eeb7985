"""Encoding rendered labels for `printImage`: a 1-bit PNG and its bare base64."""

from __future__ import annotations

import base64
import io

from PIL import Image


def png_bytes(image: Image.Image) -> bytes:
    """`image` as a 1-bit PNG (one bit per dot: a 100 x 60 mm label is a few KB)."""
    buffer = io.BytesIO()
    image.convert("1").save(buffer, format="PNG", optimize=False, compress_level=9)
    return buffer.getvalue()


def png_base64(image: Image.Image) -> str:
    """The printImage `content` of `image`: base64 of its PNG, without a data: prefix."""
    return base64.b64encode(png_bytes(image)).decode("ascii")
