"""The reader's fast path: a plain label file, split at each '<' and read piece by piece.

Most label files are plain: elements with double-quoted attributes, no comments, CDATA sections,
processing instructions or DTD, and in element text no reference but the five XML entities and
character references (so everything the writer makes is plain). `read_plain` recognises exactly
that strict subset of XML, and everything it accepts expat reads the same way (tests compare the
two on generated and on damaged documents). It is much quicker than expat with Python handlers:
a repeated piece of text is one dictionary lookup, a repeated start tag with new text one more.

Anything else, and any problem at all, makes it return None: the full reader (`builder.py` on
defusedxml's expat) then reads the file and says what is wrong and where. `<!` anywhere sends a
file there, so this path never meets a DTD or an entity declaration. Positions are kept as
offsets and turned into lines and columns only when asked for.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice

from designer.labelxml.builder import ATTR_MAPS, QUICK_CONVERTERS, Shape, make_shape
from designer.model.elements import Label
from designer.model.kinds import ELEMENT_TAGS
from designer.model.schema import LABEL, PAGE, Tag
from designer.model.validate import NOT_XML, NOT_XML_CHARS

_TAG = re.compile(
    rf'(?:([A-Z]+)((?:[ \t\n]+[a-z]+="[^"<>&\t\n{NOT_XML_CHARS}]*")*)[ \t\n]*(/?)'
    r"|/([A-Z]+)[ \t\n]*)"
)
"""What follows a '<' up to the next '>': a start tag (1 name, 2 attributes, 3 '/' when empty)
or an end tag (4 name). Names are plain letters; attribute values need no normalising."""
_ATTR = re.compile(r'([a-z]+)="([^"]*)"')
_DECLARATION = re.compile(
    r'<\?xml[ \t\n]+version="1\.0"(?:[ \t\n]+encoding="(?i:utf-?8)")?'
    r'(?:[ \t\n]+standalone="(?:yes|no)")?[ \t\n]*\?>'
)
_TEXT_REFS = re.compile(
    rf"(?:[^&{NOT_XML_CHARS}]|&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)*"
)
_REF = re.compile(r"&(#?)(x?)(\w+);")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_WHITE = " \t\n"
# What a piece is (the first item of its token):
_ELEMENT, _OPEN, _END, _LABEL, _PAGE = range(5)


@dataclass
class OffsetPositions:
    """Where the page, labels and elements start, kept as offsets into the text; `of` gives
    (line, column) as the full reader's `SourcePositions.of` does."""

    text: str
    page: int
    labels: list[int]
    elements: list[list[int]]
    _line_starts: list[int] | None = None

    def of(self, label: int | None, element: int | None = None) -> tuple[int, int]:
        """The position of the page (label None), a label (element None) or an element."""
        try:
            if label is None:
                offset = self.page
            elif element is None:
                offset = self.labels[label]
            else:
                offset = self.elements[label][element]
        except IndexError:
            return (0, 0)
        if self._line_starts is None:
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        offset = self.text.index("<", offset)  # offsets include the white space before a tag
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


@dataclass
class PlainRead:
    """What the fast path read: the page's attributes, its labels and where everything is."""

    page_attrs: dict[str, object]
    labels: list[Label]
    positions: OffsetPositions


def _attrs(tag: Tag, raw: str) -> dict[str, object] | None:
    """The values of a PAGE's or LABEL's attributes, or None when anything is wrong with them."""
    amap = ATTR_MAPS[tag.name]
    pairs = _ATTR.findall(raw)
    try:
        values = {name: QUICK_CONVERTERS[amap[name].kind](text) for name, text in pairs}
    except ValueError:
        try:
            values = {name: amap[name].parse(text) for name, text in pairs}
        except ValueError:
            return None
    except KeyError:
        return None
    if len(values) != len(pairs) or any(a.required and a.name not in values for a in tag.attrs):
        return None
    return values


def _unescape(text: str) -> str | None:
    """`text` with its references replaced, or None when one is not plain (an undeclared
    entity, a character XML cannot carry)."""
    if _TEXT_REFS.fullmatch(text) is None:
        return None
    bad = False

    def value(m: re.Match[str]) -> str:
        nonlocal bad
        number, hexadecimal, name = m.groups()
        if not number:
            return _ENTITIES[name]
        code = int(name, 16 if hexadecimal else 10)
        if code > 0x10FFFF or NOT_XML.match(chr(code)):
            bad = True
            return ""
        return chr(code)

    text = _REF.sub(value, text)
    return None if bad else text


def _token(
    piece: str, shapes: dict[str, dict[str, Shape]], heads: dict[str, tuple[Shape, str]]
) -> tuple | None:
    """What `piece` (the text after a '<') is, or None when it is not plain:
    (_ELEMENT, element, None) a whole element, (_OPEN, element, name) the start of one whose end
    tag comes next, (_END, name) an end tag, (_LABEL | _PAGE, attributes, empty) those.

    `heads` knows start tags already seen: a data merge repeats them with new text."""
    head, closed, text = piece.partition(">")  # between tags, text must be plain white space
    if not closed or NOT_XML.search(text):
        return None
    known = heads.get(head)
    if known is not None:
        shape, name = known
        return _open(shape, name, text)
    m = _TAG.fullmatch(head)
    if m is None:
        return None
    name, raw, empty, end = m.groups()
    if end is not None:
        return None if text.strip(_WHITE) else (_END, end)
    if name == "LABEL" or name == "PAGE":
        attrs = _attrs(LABEL if name == "LABEL" else PAGE, raw)
        if attrs is None or text.strip(_WHITE):
            return None
        return (_LABEL if name == "LABEL" else _PAGE, attrs, bool(empty))
    by_raw = shapes.get(name)
    if by_raw is None:
        return None
    shape = by_raw.get(raw)
    if shape is None:
        shape = make_shape(name, _ATTR.findall(raw))
        if shape is None:
            return None
        by_raw[raw] = shape
    if empty:
        if text.strip(_WHITE):
            return None
        return (_ELEMENT, shape.get("") or shape.make(""), None)
    token = _open(shape, name, text)
    if token is not None:
        heads[head] = (shape, name)
    return token


def _open(shape: Shape, name: str, text: str) -> tuple | None:
    """The token of a start tag with content `text` (references replaced as expat does)."""
    if "&" in text:
        content = _unescape(text)
        if content is None:
            return None
        text = content
    element = shape.get(text) or shape.make(text)
    return None if element is None else (_OPEN, element, name)


def read_plain(text: str) -> PlainRead | None:
    """The page of a plain label file, or None when the file is not plain or has a problem."""
    if "<!" in text or "]]>" in text:
        return None
    if "\r" in text:  # XML reads CR LF and a lone CR as LF
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    start = 0
    if text.startswith("<?"):
        declaration = _DECLARATION.match(text)
        if declaration is None:
            return None
        start = declaration.end()
    pieces = text[start:].split("<")
    if pieces[0].strip(_WHITE) or len(pieces) < 2:
        return None
    return _read_pieces(text, start + len(pieces[0]), pieces)


def _read_pieces(text: str, offset: int, pieces: list[str]) -> PlainRead | None:
    """Read the PAGE from `pieces` (the text split at each '<'; the first is at `offset`)."""
    shapes: dict[str, dict[str, Shape]] = {tag.name: {} for tag in ELEMENT_TAGS}
    memo: dict[str, tuple] = {}
    heads: dict[str, tuple[Shape, str]] = {}
    page = _token(pieces[1], shapes, heads)
    if page is None or page[0] != _PAGE:
        return None
    positions = OffsetPositions(text, offset, [], [])
    labels: list[Label] = []
    label_attrs: dict[str, object] | None = None
    elements: list[object] = []
    offsets: list[int] = []
    opened: str | None = None  # the element whose end tag must come next
    done = page[2]  # <PAGE .../> has no labels
    offset += len(pieces[1]) + 1
    for piece in islice(pieces, 2, None):
        if done:
            return None  # anything after the end of the PAGE
        token = memo.get(piece)
        if token is None:
            token = _token(piece, shapes, heads)
            if token is None:
                return None
            if token[0] <= _END:
                memo[piece] = token
        kind = token[0]
        if opened is not None:
            if kind != _END or token[1] != opened:
                return None
            opened = None
        elif label_attrs is not None:  # inside a LABEL
            if kind == _ELEMENT or kind == _OPEN:
                elements.append(token[1])
                offsets.append(offset)
                opened = token[2]
            elif kind == _END and token[1] == "LABEL":
                labels.append(Label(**label_attrs, elements=tuple(elements)))
                label_attrs = None
            else:
                return None
        elif kind == _LABEL:
            positions.labels.append(offset)
            elements, offsets = [], []
            positions.elements.append(offsets)
            if token[2]:
                labels.append(Label(**token[1]))
            else:
                label_attrs = token[1]
        elif kind == _END and token[1] == "PAGE":
            done = True
        else:
            return None
        offset += len(piece) + 1
    if not done:
        return None
    return PlainRead(page[1], labels, positions)
