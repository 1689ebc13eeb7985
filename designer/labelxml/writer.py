"""Writer: Page -> canonical label XML, stable byte for byte.

Canonical means: tags and attributes in the schema's (the spec's) order, an attribute at its
default left out unless the spec requires it, numbers without needless zeros (`100`, `0.25`),
text escaped, two-space indentation, UTF-8, no XML declaration, a newline at the end.
`write(read(write(p))) == write(p)` and `read(write(p)) == p`.

Processing instructions (a data merge's settings) are written only when given, each on a line of
its own before the `<PAGE>`: what is sent to a printer is `write(page)`, which has none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from designer.labelxml.problems import Instruction
from designer.model.elements import Label, Page
from designer.model.kinds import ALL_TAGS, ELEMENT_CLASSES
from designer.model.schema import LABEL, PAGE, Content, Tag, ValueKind
from designer.model.validate import NOT_XML as _NOT_XML

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


_WORD_TEXT: dict[str, str] = {}


def _word(value: str) -> str:
    text = value.translate(_ATTR_ESCAPES)
    if len(_WORD_TEXT) < 10_000:
        _WORD_TEXT[value] = text
    return text


def _escape_text(text: str) -> str:
    """Element content escaped; most content needs nothing, which is quick to tell."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        return text.translate(_TEXT_ESCAPES)
    return text


def _compile_attrs(tag: Tag) -> Callable[[object], str]:
    """A function writing the attributes of a `tag` value, compiled from the schema table."""
    lines = ["def attrs(el):", "    out = ''"]
    for attr in tag.attrs:
        known, fmt = ("WT", "_word") if attr.kind is ValueKind.WORD else ("NT", "_number")
        ref = f"el.{attr.name}"
        piece = f"out += ' {attr.name}=\"' + ({known}.get({ref}) or {fmt}({ref})) + '\"'"
        if attr.required:
            lines.append(f"    {piece}")
        else:
            lines.append(f"    if {ref} is not None and {ref} != {attr.default!r}:")
            lines.append(f"        {piece}")
    lines.append("    return out")
    namespace: dict[str, object] = {
        "_word": _word,
        "_number": _number,
        "WT": _WORD_TEXT,
        "NT": _NUMBER_TEXT,
    }
    exec("\n".join(lines), namespace)
    return namespace["attrs"]  # type: ignore[return-value]


_ATTRS = {tag.name: _compile_attrs(tag) for tag in ALL_TAGS}


def _attrs(node: object, tag: Tag) -> str:
    return _ATTRS[tag.name](node)


class _Memo:
    """What a write already made: the line of each element (by identity, then by value: labels
    repeat their boxes, captions and logos) and the start tag of each element with content (a
    data merge repeats those with new content)."""

    __slots__ = ("lines", "starts")

    def __init__(self) -> None:
        self.lines: dict[object, str] = {}
        self.starts: dict[type, dict[tuple, str]] = {
            cls: {} for cls in ELEMENT_CLASSES.values() if cls.TAG.content is not Content.NONE
        }

    def line(self, el: tuple) -> str:
        """The line of element `el`."""
        line = self.lines.get(el)
        if line is not None:
            return line
        tag: Tag = el.TAG
        starts = self.starts.get(type(el))
        if starts is None:
            line = f"    <{tag.name}{_attrs(el, tag)}/>"
        else:
            attrs = el[:-1]
            start = starts.get(attrs)
            if start is None:
                start = starts[attrs] = f"    <{tag.name}{_attrs(el, tag)}"
            content = el[-1]
            if content is None:
                line = start + "/>"
            else:
                line = f"{start}>{_escape_text(content)}</{tag.name}>"
        self.lines[el] = line
        return line


def write_label(label: Label, memo: _Memo | None = None) -> list[str]:
    """The lines of one LABEL element, indented as inside a PAGE (`memo`: see _Memo)."""
    memo = _Memo() if memo is None else memo
    known = memo.lines
    lines = [f"  <LABEL{_attrs(label, LABEL)}>"]
    for el in label.elements:
        line = known.get(id(el))
        if line is None:
            line = known[id(el)] = memo.line(el)
        lines.append(line)
    lines.append("  </LABEL>")
    return lines


def labels_lines(labels: Iterable[Label]) -> Iterator[list[str]]:
    """Each label's lines (`write_label`) in turn, remembering what was already written as
    `write` does: for a caller that measures labels one at a time (a batch cut into orders
    under the platform's size limit). Keep the labels alive until done: elements are
    remembered by identity."""
    memo = _Memo()
    for label in labels:
        yield write_label(label, memo)


def write_instruction(instruction: Instruction) -> str:
    """`<?target data?>`; ValueError when it cannot be written as one (a bad target, or `?>` or
    a character XML cannot carry in its data)."""
    target, data = instruction.target, instruction.data
    if (
        not _PI_TARGET.fullmatch(target)
        or target.lower() == "xml"
        or "?>" in data
        or _NOT_XML.search(data)
    ):
        raise ValueError(f"cannot write {str(instruction)!r} as a processing instruction")
    return str(instruction)


_PI_TARGET = re.compile(r"[A-Za-z_][\w.-]*")


def write(page: Page, instructions: Iterable[Instruction] = ()) -> str:
    """The canonical label XML of `page`, after the processing `instructions` given."""
    lines = [write_instruction(i) for i in instructions]
    lines.append(f"<PAGE{_attrs(page, PAGE)}>")
    memo = _Memo()  # ids stay valid: the page keeps every element alive meanwhile
    for label in page.labels:
        lines.extend(write_label(label, memo))
    lines.append("</PAGE>")
    return "\n".join(lines) + "\n"


def write_bytes(page: Page, instructions: Iterable[Instruction] = ()) -> bytes:
    """The canonical label XML of `page` (after `instructions`), encoded as UTF-8."""
    return write(page, instructions).encode("utf-8")
