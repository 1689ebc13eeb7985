"""The reader's expat handlers: they build the page while the file is parsed.

The hot path (an element inside a label) runs in closures with few lookups, and memoizes
elements by their raw text: labels repeat their boxes, lines, captions and logos, and a repeated
element is one dictionary lookup. Anything unusual goes to the slow path, which says what is
wrong and where.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from designer.labelxml.problems import Instruction, SourceProblem
from designer.model.elements import Label
from designer.model.kinds import ELEMENT_CLASSES, ELEMENT_TAGS, TAGS_BY_NAME
from designer.model.messages import MessageError, message
from designer.model.problems import Severity
from designer.model.quote import excerpt
from designer.model.schema import LABEL, PAGE, Attr, Content, Tag, ValueKind

_ERROR = Severity.ERROR

ATTR_MAPS: dict[str, dict[str, Attr]] = {
    name: {a.name: a for a in tag.attrs} for name, tag in TAGS_BY_NAME.items()
}
QUICK_CONVERTERS = {
    ValueKind.MM: float,
    ValueKind.DOTS: int,
    ValueKind.INT: int,
    ValueKind.WORD: str,
}
"""Quick conversions of attribute text; what they refuse, Attr.parse reads or explains."""
_CONVERTERS: dict[str, dict[str, Callable[[str], object]]] = {
    tag.name: {a.name: QUICK_CONVERTERS[a.kind] for a in tag.attrs} for tag in ELEMENT_TAGS
}
"""The fast path's converters; anything they refuse goes to Attr.parse, which says why."""

Position = tuple[int, int]


@dataclass
class SourcePositions:
    """Where the page, each label and each element start in the file: (line, column)."""

    page: Position = (0, 0)
    labels: list[Position] = field(default_factory=list)  # by label index
    elements: list[list[Position]] = field(default_factory=list)  # by label, then element index

    def of(self, label: int | None, element: int | None = None) -> Position:
        """The position of the page (label None), a label (element None) or an element."""
        try:
            if label is None:
                return self.page
            if element is None:
                return self.labels[label]
            return self.elements[label][element]
        except IndexError:
            return (0, 0)


class Abort(Exception):
    """Stop reading: what follows cannot be understood."""


def stand_in(attr: Attr) -> object:
    """What a missing required attribute is taken to be in a draft: its lower bound when that
    is above zero (a page 1 mm wide), else 0."""
    return attr.lo if attr.lo is not None and attr.lo > 0 else 0


class Shape(dict):
    """Elements of one tag with the same attributes, by their content: labels repeat elements,
    and a data merge repeats their attributes with new content, which `make` turns into an
    element at once (`prefix` holds the converted attributes in field order)."""

    __slots__ = ("cls", "content", "prefix")
    cls: type
    content: Content
    prefix: tuple

    def make(self, content: str) -> object | None:
        """The element with this content (remembered), or None when the tag cannot hold it."""
        kind = self.content
        if kind is Content.TEXT:
            element = _new(self.cls, (*self.prefix, content))
        elif content and not content.isspace():
            if kind is Content.NONE:
                return None
            # optional base64: whitespace inside is line wrapping
            element = _new(self.cls, (*self.prefix, "".join(content.split())))
        else:
            empty = self.prefix if kind is Content.NONE else (*self.prefix, None)
            element = self.get("") or _new(self.cls, empty)
        self[content] = element
        return element


_new = tuple.__new__
_MISSING = object()


@dataclass(frozen=True)
class _Template:
    """How to make an element of one tag from its attribute texts: fields in order, defaults
    (_MISSING where required), converters."""

    cls: type
    index: dict[str, int]
    converters: dict[str, Callable[[str], object]]
    defaults: list[object]


def _template(tag: Tag) -> _Template:
    cls = ELEMENT_CLASSES[tag.name]
    attrs = {a.name: a for a in tag.attrs}
    fields = [f for f in cls._fields if f in attrs]  # the attributes, in field order
    defaults = [_MISSING if attrs[f].required else attrs[f].default for f in fields]
    return _Template(cls, {f: i for i, f in enumerate(fields)}, _CONVERTERS[tag.name], defaults)


_TEMPLATES = {tag.name: _template(tag) for tag in ELEMENT_TAGS}


def make_shape(name: str, pairs: list[tuple[str, str]]) -> Shape | None:
    """The shape of element `name` with attributes `pairs` of (name, text), or None when they
    are anything but plainly right (the full reader then says what is wrong)."""
    template = _TEMPLATES[name]
    given = dict(pairs)
    values = template.defaults.copy()
    index, converters = template.index, template.converters
    try:
        for attr, text in given.items():
            values[index[attr]] = converters[attr](text)
    except KeyError:
        return None
    except ValueError:  # perhaps `100.0` for a whole number, which Attr.parse reads
        amap = ATTR_MAPS[name]
        try:
            for attr, text in given.items():
                values[index[attr]] = amap[attr].parse(text)
        except ValueError:
            return None
    if _MISSING in values or len(given) != len(pairs):
        return None  # a required attribute missing, or one given twice
    shape = Shape()
    shape.cls = template.cls
    shape.content = template.cls.TAG.content
    shape.prefix = tuple(values)
    return shape


class Builder:
    """Builds the page from expat events; `install` sets its handlers on an expat parser."""

    def __init__(self, file: str, parser: object) -> None:
        self.file = file
        self.parser = parser
        self.problems: list[SourceProblem] = []
        self.positions = SourcePositions()
        self.page_attrs: dict[str, object] | None = None
        self.labels: list[Label] = []
        self.elements: list[object] = []
        self.element_positions: list[Position] = []
        self.label_attrs: dict[str, object] | None = None
        self.label_pos: Position = (0, 0)
        self.skip_depth = 0  # inside an element already reported as wrong: ignore its insides
        self.damaged = False  # something was left out or replaced to make the draft
        self.nested: tuple | None = None  # the first element found inside an element
        self.draft_page_attrs: dict[str, object] | None = None
        self.instructions: list[Instruction] = []

    def here(self) -> Position:
        """The parser's current line and (1-based) column."""
        p = self.parser
        return p.CurrentLineNumber, p.CurrentColumnNumber + 1

    def problem(self, pos: Position, message: str) -> None:
        """Record an error at `pos`."""
        self.problems.append(SourceProblem(self.file, pos[0], pos[1], _ERROR, message))

    def install(self) -> None:
        """Set the element and text handlers on the parser (ordered attributes: a flat list)."""
        expat = self.parser
        expat.ordered_attributes = True
        expat.buffer_text = True  # a run of text arrives in one piece
        shapes: dict[tuple, Shape] = {}
        converters = _CONVERTERS
        depth = 0
        current: tuple | None = None
        text: list[str] = []

        def stray(level: int) -> None:  # text that is not an element's content
            data = "".join(text)
            text.clear()
            if not self.skip_depth and level in (1, 2) and data.strip():
                where = "<PAGE>" if level == 1 else "<LABEL>"
                self.problem(
                    self.here(),
                    message(
                        "text {text} stands directly in {where}", text=excerpt(data), where=where
                    ),
                )

        def start(name: str, attrs: list[str]) -> None:
            nonlocal depth, current
            depth += 1
            if text:
                if len(text) == 1 and text[0].isspace():
                    text.clear()  # the usual line break and indentation
                else:
                    stray(depth - 1)
            if depth == 3 and name in converters and not self.skip_depth:  # the hot path
                current = (name, attrs, expat.CurrentLineNumber, expat.CurrentColumnNumber + 1)
                return
            self.start_other(name, attrs, depth, current)

        def end(name: str) -> None:
            nonlocal depth, current
            ending = depth
            depth -= 1
            if ending == 3 and current is not None:
                tag_name, attrs, line, col = current
                current = None
                content = "".join(text)
                text.clear()
                key = (tag_name, *attrs)
                shape = shapes.get(key)
                if shape is None:
                    shape = make_shape(tag_name, list(zip(attrs[::2], attrs[1::2], strict=True)))
                    if shape is not None:
                        shapes[key] = shape
                element = None if shape is None else shape.get(content) or shape.make(content)
                if element is None:  # say what is wrong
                    element = self.build_element(tag_name, attrs, content, (line, col))
                self.elements.append(element)
                self.element_positions.append((line, col))
                return
            if text:
                stray(ending)
            self.end_other(ending)

        expat.StartElementHandler = start
        expat.EndElementHandler = end
        expat.CharacterDataHandler = text.append

    def lenient_attrs(
        self, tag: Tag, flat: list[str], pos: Position
    ) -> tuple[dict[str, object], bool]:
        """The values of an element's attributes as far as they can be read, and whether all
        could: an attribute it does not have is left out, one that cannot be read takes its
        default, a missing required one a stand-in (the draft a window opens; each reported)."""
        amap = ATTR_MAPS[tag.name]
        values: dict[str, object] = {}
        ok = True
        for i in range(0, len(flat), 2):
            name, text = flat[i], flat[i + 1]
            attr = amap.get(name)
            if attr is None:
                known = ", ".join(a.name for a in tag.attrs)
                self.problem(
                    pos,
                    message(
                        "{tag} has no attribute {name!r} (it has {known})",
                        tag=tag.name,
                        name=name,
                        known=known,
                    ),
                )
                ok = False
                continue
            try:
                values[name] = attr.parse(text)
            except MessageError as exc:
                reason = exc.message
                self.problem(
                    pos, message("{tag} {name}: {reason}", tag=tag.name, name=name, reason=reason)
                )
                ok = False
        for attr in tag.attrs:
            if attr.required and attr.name not in values:
                self.problem(
                    pos,
                    message(
                        "{tag} is missing its required attribute {name}",
                        tag=tag.name,
                        name=attr.name,
                    ),
                )
                ok = False
                values[attr.name] = stand_in(attr)
        if not ok:
            self.damaged = True
        return values, ok

    def start_other(
        self, name: str, attrs: list[str], depth: int, inside: tuple | None = None
    ) -> None:
        """The PAGE, a LABEL, or something out of place."""
        if self.skip_depth:
            return
        pos = self.here()
        tag = TAGS_BY_NAME.get(name)
        if depth == 1:
            if tag is not PAGE:
                self.problem(
                    pos,
                    message(
                        "the root element is <{name}>; a label file's root is <PAGE>", name=name
                    ),
                )
                raise Abort
            self.positions.page = pos
            values, ok = self.lenient_attrs(PAGE, attrs, pos)
            self.draft_page_attrs = values
            self.page_attrs = values if ok else None
            return
        if tag is None:
            self.problem(pos, message("unknown tag <{name}>", name=name))
            self.skip_depth = depth
            return
        if depth == 2:
            if tag is not LABEL:
                self.problem(
                    pos,
                    message("<{name}> must be inside a <LABEL>, not directly in <PAGE>", name=name),
                )
                self.skip_depth = depth
                return
            self.label_attrs = self.lenient_attrs(LABEL, attrs, pos)[0]
            self.label_pos = pos
            self.elements = []
            self.element_positions = []
            return
        if depth == 3:
            self.problem(pos, message("<{name}> cannot stand inside a <LABEL>", name=name))
        else:
            self.problem(pos, message("<{name}> cannot stand inside an element", name=name))
        if inside is not None and self.nested is None:  # perhaps `inside` was never closed
            self.nested = (len(self.problems) - 1, inside[0], (inside[2], inside[3]), name, pos)
        self.skip_depth = depth

    def end_other(self, depth: int) -> None:
        """The end of the PAGE, a LABEL, or something skipped."""
        if self.skip_depth:
            if depth == self.skip_depth:
                self.skip_depth = 0
            return
        if depth == 2 and self.label_attrs is not None:
            self.positions.labels.append(self.label_pos)
            self.positions.elements.append(self.element_positions)
            self.labels.append(Label(**self.label_attrs, elements=tuple(self.elements)))

    def build_element(self, name: str, flat: list[str], text: str, pos: Position) -> object:
        """The element as far as it can be read, each problem reported: what it cannot hold is
        left out, an attribute that cannot be read takes its default (see `lenient_attrs`)."""
        tag = TAGS_BY_NAME[name]
        converters = _CONVERTERS[name]
        try:
            values = {flat[i]: converters[flat[i]](flat[i + 1]) for i in range(0, len(flat), 2)}
            if any(a.required and a.name not in values for a in tag.attrs):
                raise KeyError("a required attribute")
        except (KeyError, ValueError):
            values = self.lenient_attrs(tag, flat, pos)[0]
        if tag.content is Content.NONE:
            if text.strip():
                self.problem(
                    pos,
                    message("{tag} takes no content, but has {text}", tag=name, text=excerpt(text)),
                )
                self.damaged = True
        elif tag.content is Content.TEXT:
            values[tag.content_field] = text
        else:  # optional base64: whitespace inside is line wrapping
            packed = "".join(text.split())
            if packed:
                values[tag.content_field] = packed
        return ELEMENT_CLASSES[name](**values)

    def unclosed(self) -> None:
        """The file turned out not well-formed: an element found inside another most likely
        means the other was never closed; say so where it starts, which is where to look."""
        if self.nested is None:
            return
        index, outer, outer_pos, name, pos = self.nested
        self.problems[index] = SourceProblem(
            self.file,
            outer_pos[0],
            outer_pos[1],
            _ERROR,
            message(
                "<{outer}> is not closed: <{name}> on line {line} stands inside it; "
                "close it with </{outer}>",
                outer=outer,
                name=name,
                line=pos[0],
            ),
        )

    def processing_instruction(self, target: str, data: str) -> None:
        """Keep a processing instruction (`<?target data?>`) wherever it stands."""
        line, col = self.here()
        self.instructions.append(Instruction(target, data, line, col))

    def xml_decl(self, version: str, encoding: str | None, standalone: int) -> None:
        """Refuse a declared encoding other than UTF-8."""
        if encoding and encoding.replace("_", "-").lower() not in ("utf-8", "utf8"):
            self.problem(
                self.here(),
                message(
                    "the file declares encoding {encoding!r}; label XML must be UTF-8: "
                    'save it as UTF-8 with encoding="UTF-8"',
                    encoding=encoding,
                ),
            )
