"""Writer: Page -> canonical label XML, stable byte for byte.

Canonical means: tags and attributes in the schema's (the spec's) order, an attribute at its
default left out unless the spec requires it, numbers without needless zeros (`100`, `0.25`),
text escaped, two-space indentation, UTF-8, no XML declaration, a newline at the end.
`write(read(write(p))) == write(p)` and `read(write(p)) == p`.
"""

from __future__ import annotations

from collections.abc import Callable

from designer.model.elements import Label, Page
from designer.model.schema import ALL_TAGS, LABEL, PAGE, Content, Kind, Tag

_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTR_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "\r": "&#13;",
        "\n": "&#10;",
        "\t": "&#9;",
    }
)


_NUMBER_TEXT: dict[float, str] = {}


def _number(value: float) -> str:
    """A number without needless zeros: 100.0 -> '100', 0.250 -> '0.25'."""
    text = _NUMBER_TEXT.get(value)
    if text is None:
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
        if len(_NUMBER_TEXT) < 10_000:
            _NUMBER_TEXT[value] = text
    return text


def _word(value: str) -> str:
    return value.translate(_ATTR_ESCAPES)


def _compile_attrs(tag: Tag) -> Callable[[object], str]:
    """A function writing the attributes of a `tag` value, compiled from the schema table."""
    lines = ["def attrs(el):", "    out = ''"]
    for attr in tag.attrs:
        fmt = "_word" if attr.kind is Kind.WORD else "_number"
        ref = f"el.{attr.name}"
        piece = f"out += ' {attr.name}=\"' + {fmt}({ref}) + '\"'"
        if attr.required:
            lines.append(f"    {piece}")
        else:
            lines.append(f"    if {ref} is not None and {ref} != {attr.default!r}:")
            lines.append(f"        {piece}")
    lines.append("    return out")
    namespace: dict[str, object] = {"_word": _word, "_number": _number}
    exec("\n".join(lines), namespace)
    return namespace["attrs"]  # type: ignore[return-value]


_ATTRS = {tag.name: _compile_attrs(tag) for tag in ALL_TAGS}


def _attrs(node: object, tag: Tag) -> str:
    return _ATTRS[tag.name](node)


def _element(el: object) -> str:
    tag: Tag = el.TAG
    attrs = _attrs(el, tag)
    if tag.content is Content.NONE:
        return f"    <{tag.name}{attrs}/>"
    content = getattr(el, tag.content_field)
    if content is None:
        return f"    <{tag.name}{attrs}/>"
    return f"    <{tag.name}{attrs}>{content.translate(_TEXT_ESCAPES)}</{tag.name}>"


def write_label(label: Label, memo: dict[object, str] | None = None) -> list[str]:
    """The lines of one LABEL element, indented as inside a PAGE.

    `memo` maps elements already written to their lines: labels repeat their boxes, captions and
    logos, and an equal element is written once.
    """
    memo = {} if memo is None else memo
    lines = [f"  <LABEL{_attrs(label, LABEL)}>"]
    for el in label.elements:
        line = memo.get(el)
        if line is None:
            line = memo[el] = _element(el)
        lines.append(line)
    lines.append("  </LABEL>")
    return lines


def write(page: Page) -> str:
    """The canonical label XML of `page`."""
    lines = [f"<PAGE{_attrs(page, PAGE)}>"]
    memo: dict[object, str] = {}
    for label in page.labels:
        lines.extend(write_label(label, memo))
    lines.append("</PAGE>")
    return "\n".join(lines) + "\n"


def write_bytes(page: Page) -> bytes:
    """The canonical label XML of `page`, encoded as UTF-8."""
    return write(page).encode("utf-8")
