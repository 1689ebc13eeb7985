"""The label document: Page -> Labels -> elements, as immutable values built from the schema table.

Every class here is generated from `designer.model.schema`, so a field exists exactly when the
schema lists the attribute, with the schema's default (required attributes first, then the rest,
then the content: `Text(x, y, xw=1, yh=1, f=7, a="left", r=0, text="")`). Edits make new values
(`el.replace(x=3)`).
Lengths are millimetres except where the schema says dots. The values are named tuples (fast to
build: a 10,000-element file is read in milliseconds) whose equality includes the type.
"""

from __future__ import annotations

import collections
from typing import Any, ClassVar

from designer.model import schema
from designer.model.schema import Content, Tag


class _Node(tuple):
    """What every generated class shares: equality and hashing that include the type."""

    __slots__ = ()
    TAG: ClassVar[Tag]

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = tuple.__hash__  # equal values of two types may share a hash; __eq__ tells them apart

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        return self._replace(**changes)

    def attrs(self) -> dict[str, Any]:
        """The element's attribute values by XML name, in schema order."""
        return {a.name: getattr(self, a.name) for a in self.TAG.attrs}


def _make(tag: Tag, children: str | None = None) -> type:
    """A named-tuple value class for `tag`: required attributes first, then the optional ones
    with the schema's defaults, then the content (or the children tuple)."""
    required = [a.name for a in tag.attrs if a.required]
    optional = [a for a in tag.attrs if not a.required]
    names = required + [a.name for a in optional]
    defaults: list[Any] = [a.default for a in optional]
    if tag.content is Content.TEXT:
        names.append(tag.content_field)
        defaults.append("")
    elif tag.content is Content.OPTIONAL_BASE64:
        names.append(tag.content_field)
        defaults.append(None)
    if children:
        names.append(children)
        defaults.append(())
    base = collections.namedtuple(tag.class_name, names, defaults=defaults, module=__name__)
    return type(tag.class_name, (_Node, base), {"__slots__": (), "TAG": tag, "__doc__": tag.help})


Text = _make(schema.TEXT)
Barcode = _make(schema.BARC)
QRCode = _make(schema.QRC)
Box = _make(schema.SQ)
Line = _make(schema.BL)
Cutter = _make(schema.CUTTER)
Bitmap = _make(schema.BMP)
Reverse = _make(schema.REV)
Element = Text | Barcode | QRCode | Box | Line | Cutter | Bitmap | Reverse
Label = _make(schema.LABEL, "elements")
Page = _make(schema.PAGE, "labels")

ELEMENT_CLASSES: dict[str, type] = {
    cls.TAG.name: cls for cls in (Text, Barcode, QRCode, Box, Line, Cutter, Bitmap, Reverse)
}
"""The element class of each element tag name."""
