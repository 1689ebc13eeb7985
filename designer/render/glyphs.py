"""Printer-font glyphs: each character drawn from the bundled font, fitted into its cell, 1 bit.

The printer draws TEXT with bitmap fonts whose cells `designer.model.fonts` lists. Each glyph is
rendered once per cell size from Noto Sans SC, thresholded to 1 bit, and cached; magnification
replicates dots (as the printer's xw/yh do), so a 2x text is exactly twice the 1x one.
"""

from __future__ import annotations

from functools import cache, lru_cache

from PIL import Image, ImageDraw, ImageFont

from designer.model.fonts import PRINTER_FONTS, PrinterFont
from designer.paths import CJK_FONT, resource_path

_REFERENCE_IDEOGRAPH = "国"
_DESCENDER = "g"


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path(CJK_FONT)), size)


@cache
def _fit(cell_h: int) -> tuple[ImageFont.FreeTypeFont, int]:
    """The font size whose ideographs and descenders fit `cell_h` dots, and its y offset."""
    size = max(6, cell_h - 1)
    while size > 6:
        font = _font(size)
        top = font.getbbox(_REFERENCE_IDEOGRAPH)[1]
        bottom = max(font.getbbox(_REFERENCE_IDEOGRAPH)[3], font.getbbox(_DESCENDER)[3])
        if bottom - top <= cell_h:
            break
        size -= 1
    font = _font(size)
    top = font.getbbox(_REFERENCE_IDEOGRAPH)[1]
    return font, -top


@lru_cache(maxsize=8192)
def glyph(char: str, cell_w: int, cell_h: int) -> Image.Image:
    """A mode '1' mask of `char` in a cell_w x cell_h cell (255 = ink)."""
    cell = Image.new("L", (cell_w, cell_h), 0)
    if char.isspace() or not char.isprintable():
        return cell.convert("1")
    font, y = _fit(cell_h)
    advance = max(1, round(font.getlength(char)))
    drawn = Image.new("L", (advance, cell_h), 0)
    ImageDraw.Draw(drawn).text((0, y), char, font=font, fill=255)
    if advance > cell_w:  # a wide Latin glyph in a half-width cell: squeeze it in
        drawn = drawn.resize((cell_w, cell_h), Image.Resampling.LANCZOS)
        cell.paste(drawn, (0, 0))
    else:
        cell.paste(drawn, ((cell_w - advance) // 2, 0))
    return cell.point(lambda v: 255 if v >= 112 else 0, "1")


@lru_cache(maxsize=8192)
def scaled_glyph(char: str, font_number: int, xw: int, yh: int) -> Image.Image:
    """The glyph of `char` in printer font `font_number`, magnified xw x yh by dot replication."""
    pf = PRINTER_FONTS[font_number]
    width = pf.char_width(char)
    if not pf.chinese and not char.isascii():
        base = Image.new("1", (width, pf.cell_h), 0)  # an alphanumeric font has no such glyph
    else:
        base = glyph(char, width, pf.cell_h)
    if xw == 1 and yh == 1:
        return base
    return base.resize((width * xw, pf.cell_h * yh), Image.Resampling.NEAREST)


def text_mask(text: str, font_number: int, xw: int = 1, yh: int = 1) -> Image.Image:
    """The whole (possibly multi-line) text as one mode '1' mask, unrotated, left aligned."""
    pf: PrinterFont = PRINTER_FONTS.get(font_number, PRINTER_FONTS[7])
    lines = text.split("\n")
    line_h = pf.cell_h * yh
    width = max(pf.line_width(line) for line in lines) * xw
    mask = Image.new("1", (max(1, width), max(1, line_h * len(lines))), 0)
    for row, line in enumerate(lines):
        x = 0
        for char in line:
            g = scaled_glyph(char, pf.number, xw, yh)
            if not char.isspace():
                mask.paste(255, (x, row * line_h), g)
            x += g.width
    return mask
