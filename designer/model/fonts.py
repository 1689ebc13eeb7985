"""The printer's built-in fonts: the cell each glyph occupies, in dots. The one table of them.

From the spec README (TSPL built-ins; users lay f=7 out on a 3 mm grid). A calibration print may
correct these numbers; change them here and the canvas, renderer, validator and the TEXT's `f`
attribute (its allowed values and their titles) all follow.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PrinterFont:
    """One printer font: its glyph cell in dots and whether it holds Chinese glyphs."""

    number: int
    cell_w: int  # dots; for the Chinese fonts, the full-width (CJK) cell
    cell_h: int
    chinese: bool
    title: str  # what it is, for a person choosing it

    def char_width(self, char: str) -> int:
        """Width in dots of one glyph: ASCII is half width in the Chinese fonts."""
        if self.chinese and ord(char) < 0x80:
            return self.cell_w // 2
        return self.cell_w

    def line_width(self, line: str) -> int:
        """Width in dots of one line of text at magnification 1."""
        if not self.chinese:
            return self.cell_w * len(line)
        if line.isascii():
            return len(line) * (self.cell_w // 2)
        half = len(line.encode("ascii", "ignore"))
        return (len(line) - half) * self.cell_w + half * (self.cell_w // 2)


PRINTER_FONTS: dict[int, PrinterFont] = {
    f.number: f
    for f in (
        PrinterFont(1, 8, 12, False, "8 × 12 dots, letters and digits"),
        PrinterFont(2, 12, 20, False, "12 × 20 dots, letters and digits"),
        PrinterFont(3, 16, 24, False, "16 × 24 dots, letters and digits"),
        PrinterFont(4, 24, 32, False, "24 × 32 dots, letters and digits"),
        PrinterFont(5, 32, 48, False, "32 × 48 dots, letters and digits"),
        PrinterFont(6, 14, 19, False, "14 × 19 dots, letters and digits"),
        PrinterFont(7, 24, 24, True, "24 × 24 dots, Chinese (default)"),
        PrinterFont(8, 16, 16, True, "16 × 16 dots, small Chinese"),
    )
}

DEFAULT_FONT = 7
"""The font a TEXT without `f` prints in."""
HUMAN_READABLE_FONT = PRINTER_FONTS[8]
"""The font of the text line under a barcode (ASCII cells of 8 × 16 dots)."""
HUMAN_READABLE_GAP_DOTS = 2
"""Dots between a barcode's bars and its human-readable line."""


def text_size_dots(text: str, font: int, xw: int = 1, yh: int = 1) -> tuple[int, int]:
    """(width, height) in dots of a TEXT's content, unrotated: lines stack one cell apart."""
    pf = PRINTER_FONTS.get(font, PRINTER_FONTS[DEFAULT_FONT])
    if "\n" not in text:
        return pf.line_width(text) * xw, pf.cell_h * yh
    lines = text.split("\n")
    return max(pf.line_width(line) for line in lines) * xw, pf.cell_h * yh * len(lines)
