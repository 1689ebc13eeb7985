"""The element kinds, one module each, and the registry everything else asks.

`KINDS` lists them in the platform document's order; `kind_of(el)` is an element's record (its
schema row, bounds, drawing, moving and resizing, content rule, tool default and names: see
`base.ElementKind`). Adding a kind is adding a module here and a line to `KINDS`.
"""

from __future__ import annotations

from typing import Any

from designer.model.geometry import Rect
from designer.model.kinds import barcode, bitmap, box, cutter, line, qrcode, reverse, text
from designer.model.kinds.base import ElementKind, Surface, ToolDefault
from designer.model.schema import LABEL, PAGE, Tag

KINDS: tuple[ElementKind, ...] = (
    text.KIND,
    barcode.KIND,
    qrcode.KIND,
    box.KIND,
    line.KIND,
    cutter.KIND,
    bitmap.KIND,
    reverse.KIND,
)
KIND_BY_TAG: dict[str, ElementKind] = {k.tag.name: k for k in KINDS}
KIND_BY_CLASS: dict[type, ElementKind] = {k.cls: k for k in KINDS}

ELEMENT_TAGS: tuple[Tag, ...] = tuple(k.tag for k in KINDS)
"""The schema rows of the element tags, in the platform document's order."""
ALL_TAGS: tuple[Tag, ...] = (PAGE, LABEL, *ELEMENT_TAGS)
"""The whole schema table: PAGE, LABEL and every element tag."""
TAGS_BY_NAME: dict[str, Tag] = {tag.name: tag for tag in ALL_TAGS}
ELEMENT_CLASSES: dict[str, type] = {k.tag.name: k.cls for k in KINDS}
"""The element class of each element tag name."""


def kind_of(el: Any) -> ElementKind:
    """The kind of element `el`."""
    return KIND_BY_CLASS[type(el)]


def element_rect(el: Any) -> Rect | None:
    """The box an element prints in (mm); None when it prints nothing or its size is unknown."""
    return KIND_BY_CLASS[type(el)].bounds(el)


__all__ = [
    "ALL_TAGS",
    "ELEMENT_CLASSES",
    "ELEMENT_TAGS",
    "KINDS",
    "KIND_BY_CLASS",
    "KIND_BY_TAG",
    "TAGS_BY_NAME",
    "ElementKind",
    "Surface",
    "ToolDefault",
    "element_rect",
    "kind_of",
]
