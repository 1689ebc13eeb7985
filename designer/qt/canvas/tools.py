"""The toolbox's tools: one for each element kind that has one, in the kinds' order, with the
kind's title (translated) and key; and the element a tool makes where the user clicks or drags."""

from __future__ import annotations

from designer.model.edit import new_element, spanned
from designer.model.geometry import Rect
from designer.model.kinds import KIND_BY_TAG, KINDS, ElementKind, kind_of
from designer.qt.i18n.messages import kind_word, say

TOOL_KINDS: tuple[ElementKind, ...] = tuple(k for k in KINDS if k.tool is not None and k.placed)
"""The kinds the toolbox offers (a kind with no place on the label, the cutter, is in the
Insert menu only)."""


def kind_title(kind: ElementKind, element: object = None) -> str:
    """What a person calls the kind (or this element of it), in the interface's language."""
    return kind_word(kind.title if element is None else kind.title_of(element))


def tool_element(tag: str, x: float, y: float, label: Rect) -> object:
    """A new element of kind `tag` centred on (x, y) mm and inside the label, as its tool
    places it, with its default content in the interface's language."""
    kind = KIND_BY_TAG[tag]
    content = kind.tool.content if kind.tool is not None else ""
    return new_element(kind, x, y, label, kind_word(content))


def drawn_element(tag: str, rect: Rect) -> object | None:
    """The element a drag over `rect` draws with tool `tag`, or None for tools that place."""
    return spanned(KIND_BY_TAG[tag], rect)


def element_words(element: object) -> str:
    """An element in a few words a person knows it by: `Barcode Code 128 'SKU-1'`."""
    kind = kind_of(element)
    detail = say(kind.summary(element))
    title = kind_title(kind, element)
    return f"{title} {detail}" if detail else title
