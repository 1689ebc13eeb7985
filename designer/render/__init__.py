"""The printer-faithful renderer: labels -> 1-bit images at printer resolution (no Qt).

The canvas, the print preview, `xplabel render` and `printImage` all draw through `render_label`,
so what the user sees is the dots the printer prints.
"""

from designer.render.encode import png_base64, png_bytes
from designer.render.images import Dither
from designer.render.raster import (
    ERROR_MARK_MM,
    ElementRenderError,
    RenderOptions,
    element_image,
    label_size_dots,
    render_label,
    render_marked,
)

__all__ = [
    "ERROR_MARK_MM",
    "Dither",
    "ElementRenderError",
    "RenderOptions",
    "element_image",
    "label_size_dots",
    "png_base64",
    "png_bytes",
    "render_label",
    "render_marked",
]
