"""The label XML schema: every tag and attribute of the platform's label XML, in one table.

The reader, the writer, the validator and the property panel all read this table; nothing else
lists attributes, defaults, ranges or allowed words. Order matters: tags and attributes are listed
in the order the platform's document gives them, which is the order the writer emits them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from designer.model.quote import quoted


class Kind(StrEnum):
    """How an attribute's text is read and what its value means."""

    MM = "mm"  # a length in millimetres, decimals allowed (float)
    DOTS = "dots"  # a length in printer dots (int)
    INT = "int"  # a whole number: ids, counts, magnifications, codes (int)
    WORD = "word"  # one word from a fixed list (str)


class Content(StrEnum):
    """What may stand between an element's start and end tags."""

    NONE = "none"  # an empty element: <SQ .../>
    TEXT = "text"  # character data that is the element's payload
    OPTIONAL_BASE64 = "optional-base64"  # BMP: nothing (the uploaded logo) or a base64 image


@dataclass(frozen=True, slots=True)
class Attr:
    """One attribute of one tag."""

    name: str
    kind: Kind
    title: str
    default: float | int | str | None = None
    required: bool = False
    lo: float | None = None
    hi: float | None = None
    choices: tuple[int | str, ...] = ()
    out_of_range_is_warning: bool = False
    help: str = ""
    choice_titles: tuple[str, ...] = ()  # what each choice means, for the property panel

    @property
    def unit(self) -> str:
        """The unit shown next to the value: mm, dots, or nothing."""
        return {Kind.MM: "mm", Kind.DOTS: "dots"}.get(self.kind, "")

    def parse(self, text: str) -> float | int | str:
        """The value of the attribute's text, or ValueError saying why it is not one."""
        if self.kind is Kind.WORD:
            return text
        try:
            number = float(text)
        except ValueError:
            raise ValueError(f"{quoted(text)} is not a number") from None
        if not math.isfinite(number):
            raise ValueError(f"{quoted(text)} is not a finite number")
        if self.kind is Kind.MM:
            return number
        if not number.is_integer():
            raise ValueError(f"{quoted(text)} is not a whole number")
        return int(number)

    def check_expression(self, ref: str) -> str:
        """A Python expression, true when the value at `ref` is allowed (for compiled checks)."""
        if self.choices:
            test = f"{ref} in {self.choices!r}"
        elif self.kind is Kind.MM:
            test = f"{self.lo!r} <= {ref} <= {self.hi!r}"
        else:  # whole numbers must be ints: 2.5 dots is not a dot count
            test = f"type({ref}) is int and {self.lo!r} <= {ref} <= {self.hi!r}"
        if not self.required and self.default is None:
            test = f"({ref} is None or {test})"
        return test

    def problem_with(self, value: object) -> str | None:
        """Why `value` is not allowed for this attribute, or None when it is."""
        if self.kind is not Kind.WORD and (
            isinstance(value, bool) or not isinstance(value, (int, float))
        ):
            return f"{self.name}={quoted(value)} is not a number"
        if self.kind in (Kind.DOTS, Kind.INT) and not float(value).is_integer():
            return f"{self.name}={format_value(value)} is not a whole number"
        if self.choices:
            if value not in self.choices:
                allowed = ", ".join(str(c) for c in self.choices)
                shown = quoted(format_value(value), bare=True)
                return f"{self.name}={shown} is not one of {allowed}"
            return None
        if not (self.lo <= value <= self.hi):  # also refuses NaN and infinities
            unit = f" {self.unit}" if self.unit else ""
            return (
                f"{self.name}={format_value(value)} is out of range "
                f"{format_value(self.lo)}..{format_value(self.hi)}{unit}"
            )
        return None


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag: its attributes in order, what it may contain, and the model's name for it."""

    name: str
    class_name: str
    title: str
    attrs: tuple[Attr, ...]
    content: Content = Content.NONE
    content_field: str | None = None
    help: str = ""

    def attr(self, name: str) -> Attr:
        """The attribute called `name`; KeyError when the tag has none."""
        for attr in self.attrs:
            if attr.name == name:
                return attr
        raise KeyError(f"{self.name} has no attribute {name!r}")


def format_value(value: object) -> str:
    """A value as the label XML writes it: numbers without needless zeros."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


ALIGNMENTS = ("left", "center", "right")
ROTATIONS = (0, 90, 180, 270)
BARCODE_TYPES = (
    "code128",
    "code93",
    "barb",
    "bara",
    "itfb",
    "itfa",
    "code39b",
    "code39a",
    "jan8b",
    "jan8a",
    "jan13b",
    "jan13a",
    "upceb",
    "upcea",
    "upcab",
    "upca",
)


def _x() -> Attr:
    return Attr("x", Kind.MM, "X", required=True, lo=-1000, hi=1000, help="across the label")


def _y() -> Attr:
    return Attr("y", Kind.MM, "Y", required=True, lo=-1000, hi=10000, help="along the label")


# The table, one attribute a line: it reads better than the formatter's layout.
# fmt: off
PAGE = Tag("PAGE", "Page", "Page", (
    Attr("w", Kind.MM, "Width", required=True, lo=1, hi=300, help="label width"),
    Attr("l", Kind.MM, "Length", required=True, lo=1, hi=10000, help="label length"),
    Attr("ld", Kind.MM, "Gap", default=2, lo=0, hi=100,
         help="gap between labels; 0 on continuous paper (receipts)"),
    Attr("pt", Kind.INT, "Paper type", default=0, choices=(0, 1, 2, 3),
         help="0 follow the gap, 1 gap, 2 continuous, 3 black mark",
         choice_titles=("follow the gap", "gap", "continuous", "black mark")),
    Attr("lod", Kind.INT, "Feed offset", default=0, choices=(0, 1),
         help="0 minimum, 1 maximum (the label length)", choice_titles=("minimum", "maximum")),
), help="one whole order")

LABEL = Tag("LABEL", "Label", "Label", (
    Attr("id", Kind.INT, "Id", required=True, lo=0, hi=2147483647,
         help="unique; orders the labels"),
    Attr("c", Kind.INT, "Copies", default=1, lo=1, hi=9999,
         help="copies of this label; above 1 it overrides the order's copies"),
    Attr("d", Kind.INT, "Direction", default=1, choices=(0, 1),
         help="0 near the paper exit (turned 180 degrees), 1 away",
         choice_titles=("near the exit (turned)", "away from the exit")),
    Attr("m", Kind.INT, "Mirror", default=0, choices=(0, 1), help="1 prints mirrored",
         choice_titles=("normal", "mirrored")),
    Attr("os", Kind.MM, "Paper offset", default=0, lo=-25.4, hi=25.4, out_of_range_is_warning=True,
         help="out of range, the printer uses 0"),
), help="one printed label")

TEXT = Tag("TEXT", "Text", "Text", (
    _x(),
    _y(),
    Attr("xw", Kind.INT, "Width ×", default=1, lo=1, hi=10, help="horizontal magnification"),
    Attr("yh", Kind.INT, "Height ×", default=1, lo=1, hi=10, help="vertical magnification"),
    Attr("f", Kind.INT, "Font", default=7, lo=1, hi=8,
         help="1..6 alphanumeric, 7 Chinese (default), 8 small Chinese"),
    Attr("a", Kind.WORD, "Anchor", default="left", choices=ALIGNMENTS,
         help="the text is anchored at x; centre on the label with x = width / 2"),
    Attr("r", Kind.INT, "Rotation", default=0, choices=ROTATIONS,
         help="degrees clockwise about (x, y)"),
), Content.TEXT, "text", help="a line (or lines) of text in a printer font")

BARC = Tag("BARC", "Barcode", "Barcode", (
    _x(),
    _y(),
    Attr("ct", Kind.WORD, "Symbology", default="code128", choices=BARCODE_TYPES),
    Attr("n", Kind.DOTS, "Module", default=2, lo=1, hi=10, help="narrow bar width"),
    Attr("w", Kind.INT, "Wide ratio", default=2, lo=1, hi=10,
         help="wide bars are n × w dots (Code 39, ITF, Codabar)"),
    Attr("h", Kind.DOTS, "Height", default=50, lo=1, hi=2000),
    Attr("s", Kind.INT, "Human text", default=2, choices=(0, 1, 2, 3),
         help="0 none, 1 left, 2 centre, 3 right",
         choice_titles=("none", "left", "centre", "right")),
    Attr("a", Kind.WORD, "Anchor", default="center", choices=ALIGNMENTS,
         help="the barcode is anchored at x; centre on the label with x = width / 2"),
    Attr("r", Kind.INT, "Rotation", default=0, choices=ROTATIONS,
         help="degrees clockwise about (x, y)"),
), Content.TEXT, "data", help="a one-dimensional barcode")

QRC = Tag("QRC", "QRCode", "QR code", (
    _x(),
    _y(),
    Attr("s", Kind.INT, "Module", default=2, lo=1, hi=10, help="module size in dots"),
    Attr("e", Kind.WORD, "Error correction", default="L", choices=("L", "M", "Q", "H")),
), Content.TEXT, "data", help="a QR code")

SQ = Tag("SQ", "Box", "Box", (
    _x(),
    _y(),
    Attr("xe", Kind.MM, "X end", required=True, lo=-1000, hi=1000),
    Attr("ye", Kind.MM, "Y end", required=True, lo=-1000, hi=10000),
    Attr("lt", Kind.DOTS, "Line thickness", default=2, lo=1, hi=400),
), help="a rectangle outline from (x, y) to (xe, ye)")

BL = Tag("BL", "Line", "Line", (
    _x(),
    _y(),
    Attr("w", Kind.MM, "Width", required=True, lo=0, hi=1000),
    Attr("h", Kind.MM, "Height", required=True, lo=0, hi=10000),
), help="a filled bar: horizontal when w > h, vertical when w < h")

CUTTER = Tag("CUTTER", "Cutter", "Cutter", (
    Attr("p", Kind.INT, "Cut every", default=-1, lo=-1, hi=9999,
         help="cut every p labels; -1 never"),
    Attr("ct", Kind.WORD, "Cut", default="ON", choices=("OFF", "BARCH", "ON"),
         help="OFF, BARCH once after the batch, ON after every label"),
), help="cutter control, for printers with a cutter")

BMP = Tag("BMP", "Bitmap", "Image", (
    _x(),
    _y(),
    Attr("w", Kind.DOTS, "Width", lo=1, hi=2400,
         help="width in dots; unset, the uploaded logo's own width"),
), Content.OPTIONAL_BASE64, "image",
   help="the logo uploaded for the printer, or an inline base64 PNG/JPG/BMP image")

REV = Tag("REV", "Reverse", "Reverse", (
    _x(),
    _y(),
    Attr("w", Kind.MM, "Width", required=True, lo=0, hi=1000),
    Attr("h", Kind.MM, "Height", required=True, lo=0, hi=10000),
), help="inverts every dot already drawn in the rectangle (white on black)")
# fmt: on

ELEMENT_TAGS: tuple[Tag, ...] = (TEXT, BARC, QRC, SQ, BL, CUTTER, BMP, REV)
ALL_TAGS: tuple[Tag, ...] = (PAGE, LABEL, *ELEMENT_TAGS)
TAGS_BY_NAME: dict[str, Tag] = {tag.name: tag for tag in ALL_TAGS}
