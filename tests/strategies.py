"""Hypothesis strategies for valid label documents, built from the schema table."""

from __future__ import annotations

import base64
import io

from hypothesis import strategies as st
from PIL import Image

from designer.model import Label, Page
from designer.model.kinds import ELEMENT_CLASSES
from designer.model.schema import LABEL, PAGE, Attr, Content, Tag, ValueKind

_XML_TEXT = st.text(
    st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff", min_codepoint=9
    ).filter(lambda c: c >= " " or c in "\t\n\r"),
    max_size=30,
)


def _tiny_png() -> str:
    """A 1 x 1 black PNG, base64 encoded."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1), 0).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


_TINY_PNG = _tiny_png()

BARCODE_DATA = {
    "code128": st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=20),
    "code93": st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=20),
    "bara": st.text("0123456789-$:/.+", min_size=1, max_size=12),
    "itfa": st.integers(1, 8).flatmap(
        lambda n: st.text("0123456789", min_size=2 * n, max_size=2 * n)
    ),
    "code39a": st.text("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -.$/+%", min_size=1, max_size=12),
    "jan8a": st.text("0123456789", min_size=7, max_size=7),
    "jan13a": st.text("0123456789", min_size=12, max_size=12),
    "upcea": st.text("0123456789", min_size=6, max_size=6),
    "upca": st.text("0123456789", min_size=11, max_size=11),
}


def valid_value(attr: Attr) -> object:
    """One valid value of an attribute: its default, else its first choice or lower bound."""
    if attr.default is not None or attr.may_be_none:
        return attr.default
    return attr.choices[0] if attr.choices else attr.lo


def attr_values(attr: Attr) -> st.SearchStrategy:
    """Valid values of one attribute."""
    if attr.choices:
        return st.sampled_from(attr.choices)
    if attr.kind is ValueKind.MM:
        return st.floats(attr.lo, attr.hi, allow_nan=False, allow_infinity=False)
    return st.integers(int(attr.lo), int(attr.hi))


def _node(tag: Tag, **fixed: object) -> st.SearchStrategy:
    fields = {a.name: attr_values(a) for a in tag.attrs if a.name not in fixed}
    optional = {a.name for a in tag.attrs if not a.required}
    return st.fixed_dictionaries(
        {k: v for k, v in fields.items() if k not in optional},
        optional={k: v for k, v in fields.items() if k in optional},
    ).map(lambda d: {**d, **fixed})


@st.composite
def elements(draw: st.DrawFn) -> object:
    """One valid element of any kind."""
    name = draw(st.sampled_from(sorted(ELEMENT_CLASSES)))
    cls = ELEMENT_CLASSES[name]
    tag: Tag = cls.TAG
    values = draw(_node(tag))
    if name == "BARC":
        kind = draw(st.sampled_from(sorted(BARCODE_DATA)))
        values["ct"] = kind
        values["data"] = draw(BARCODE_DATA[kind])
    elif name == "QRC":
        values["data"] = draw(_XML_TEXT.filter(bool))
    elif tag.content is Content.TEXT:
        values[tag.content_field] = draw(_XML_TEXT)
    elif tag.content is Content.OPTIONAL_BASE64:
        values[tag.content_field] = draw(st.sampled_from([None, _TINY_PNG]))
    return cls(**values)


@st.composite
def pages(draw: st.DrawFn) -> Page:
    """A valid page: unique label ids, valid elements (warnings allowed)."""
    ids = draw(st.lists(st.integers(0, 10_000), unique=True, max_size=4))
    labels = []
    for label_id in ids:
        values = draw(_node(LABEL, id=label_id))
        values["elements"] = tuple(draw(st.lists(elements(), max_size=6)))
        labels.append(Label(**values))
    return Page(**draw(_node(PAGE)), labels=tuple(labels))
