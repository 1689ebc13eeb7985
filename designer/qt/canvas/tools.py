"""The toolbox's elements: what each tool adds where the user clicks or drops it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from designer.model import Barcode, Bitmap, Box, Line, QRCode, Reverse, Text
from designer.model.units import snap_mm_to_dot


@dataclass(frozen=True)
class Tool:
    """One tool: its tag, its name in the toolbox, and a maker of a new element at (x, y)."""

    tag: str
    title: str
    shortcut: str


def _t(text: str) -> str:
    return QCoreApplication.translate("Tools", text)


TOOLS: tuple[Tool, ...] = (
    Tool("TEXT", "Text", "T"),
    Tool("BARC", "Barcode", "B"),
    Tool("QRC", "QR code", "Q"),
    Tool("SQ", "Box", "R"),
    Tool("BL", "Line", "L"),
    Tool("BMP", "Logo", "G"),
    Tool("REV", "Reverse", "V"),
)


def new_element(tag: str, x: float, y: float) -> object:
    """A new element of kind `tag` with its top-left at (x, y) mm, snapped to a dot."""
    x, y = snap_mm_to_dot(x), snap_mm_to_dot(y)
    if tag == "TEXT":
        return Text(x=x, y=y, text=_t("Text 文本"))
    if tag == "BARC":
        return Barcode(x=x, y=y, a="left", h=64, data="12345678")
    if tag == "QRC":
        return QRCode(x=x, y=y, s=3, data="https://www.xpyun.net")
    if tag == "SQ":
        return Box(x=x, y=y, xe=snap_mm_to_dot(x + 20), ye=snap_mm_to_dot(y + 10))
    if tag == "BL":
        return Line(x=x, y=y, w=20, h=0.25)
    if tag == "BMP":
        return Bitmap(x=x, y=y, w=160)
    if tag == "REV":
        return Reverse(x=x, y=y, w=20, h=5)
    raise ValueError(f"no tool for {tag}")
