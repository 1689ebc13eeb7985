"""The label document: Page -> Labels -> elements, as immutable values built on the schema table.

A value's fields are its schema row's attributes (required ones first, then the rest, then the
content or the children: `Text(x, y, xw=1, yh=1, f=7, a="left", r=0, text="")`); edits make new
values (`el.replace(x=3)`). Lengths are millimetres except where the schema says dots. The values
are named tuples (fast to build: a 10,000-element file is read in milliseconds) whose equality
includes the type. The element classes live with their kinds (`designer.model.kinds`); this
module gathers them with the two containers.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from designer.model.kinds import ELEMENT_CLASSES
from designer.model.kinds.barcode import Barcode
from designer.model.kinds.bitmap import Bitmap
from designer.model.kinds.box import Box
from designer.model.kinds.cutter import Cutter
from designer.model.kinds.line import Line
from designer.model.kinds.qrcode import QRCode
from designer.model.kinds.reverse import Reverse
from designer.model.kinds.text import Text
from designer.model.node import Node
from designer.model.schema import LABEL, PAGE

Element = Text | Barcode | QRCode | Box | Line | Cutter | Bitmap | Reverse


class _LabelFields(NamedTuple):
    id: int
    c: int = 1
    d: int = 1
    m: int = 0
    os: float = 0
    elements: tuple[Any, ...] = ()


class Label(Node, _LabelFields):
    """One printed label: its attributes and its elements in drawing order."""

    __slots__ = ()
    TAG = LABEL


class _PageFields(NamedTuple):
    w: float
    l: float  # noqa: E741 - the platform's name for the length
    ld: float = 2
    pt: int = 0
    lod: int = 0
    labels: tuple[Label, ...] = ()


class Page(Node, _PageFields):
    """One whole order: the paper and its labels."""

    __slots__ = ()
    TAG = PAGE


__all__ = [
    "ELEMENT_CLASSES",
    "Barcode",
    "Bitmap",
    "Box",
    "Cutter",
    "Element",
    "Label",
    "Line",
    "Page",
    "QRCode",
    "Reverse",
    "Text",
]
