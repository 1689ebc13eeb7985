"""Reader: label XML (a path, bytes or str) -> Page, with every problem at its line and column.

The schema table drives it: tags, attributes, types and content all come from
`designer.model.schema`. Parsing goes through defusedxml's hardened expat parser (a DTD, an entity
declaration or an external reference is refused, never resolved); the element handlers are set on
that expat parser directly, which keeps reading fast and gives every element its position.
Accepted beyond strict XML, because the platform's own document contains them: `100.0`-style
numbers, a UTF-8 BOM, CRLF line ends, and the closing tag `</BMP/>`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pyexpat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from designer.labelxml.problems import LabelXmlError, SourceProblem
from designer.model.elements import ELEMENT_CLASSES, Label, Page
from designer.model.schema import ELEMENT_TAGS, LABEL, PAGE, TAGS_BY_NAME, Attr, Content, Kind, Tag
from designer.model.validate import Severity, validate

_BOUNDLESS = {"w": 1e9, "l": 1e9}
_BMP_TYPO = re.compile(r"</BMP(\s*)/>")
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING


@dataclass
class ReadResult:
    """What reading a file gave: the page (None when it has errors) and every problem found.

    `positions` maps (label index, element index) to (line, column); (label, None) is the label
    itself and (None, None) the page, so a window can point from an element back to the file.
    """

    file: str
    page: Page | None
    problems: list[SourceProblem] = field(default_factory=list)
    positions: dict[tuple[int | None, int | None], tuple[int, int]] = field(default_factory=dict)

    @property
    def errors(self) -> list[SourceProblem]:
        """The errors alone."""
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        """True when nothing stops the page from printing."""
        return self.page is not None


class _Abort(Exception):
    """Stop reading: what follows cannot be understood."""


_ATTR_MAPS: dict[str, dict[str, Attr]] = {
    name: {a.name: a for a in tag.attrs} for name, tag in TAGS_BY_NAME.items()
}
_FAST_CONVERTERS = {Kind.MM: float, Kind.DOTS: int, Kind.INT: int, Kind.WORD: str}
_CONVERTERS: dict[str, dict[str, Callable[[str], object]]] = {
    tag.name: {a.name: _FAST_CONVERTERS[a.kind] for a in tag.attrs} for tag in ELEMENT_TAGS
}
"""The fast path's converters; anything they refuse goes to Attr.parse, which says why."""


class _Builder:
    """Expat handlers that build the page as the file is parsed."""

    def __init__(self, file: str, parser: object) -> None:
        self.file = file
        self.parser = parser
        self.problems: list[SourceProblem] = []
        self.positions: dict[tuple[int | None, int | None], tuple[int, int]] = {}
        self.depth = 0
        self.page_attrs: dict[str, object] | None = None
        self.labels: list[Label] = []
        self.elements: list[object] = []
        self.label_attrs: dict[str, object] | None = None
        self.label_pos = (0, 0)
        self.element_positions: list[tuple[int, int]] = []
        self.element: tuple[str, dict[str, str], tuple[int, int]] | None = None
        self.seen: dict[tuple[str, tuple[tuple[str, str], ...], str], object] = {}
        self.text: list[str] = []
        self.skip_depth = 0  # inside an element already reported as wrong: ignore its insides

    def here(self) -> tuple[int, int]:
        p = self.parser
        return p.CurrentLineNumber, p.CurrentColumnNumber + 1

    def problem(self, pos: tuple[int, int], message: str, severity: Severity = _ERROR) -> None:
        self.problems.append(SourceProblem(self.file, pos[0], pos[1], severity, message))

    def attrs(
        self, tag: Tag, raw: dict[str, str], pos: tuple[int, int]
    ) -> dict[str, object] | None:
        """The values of an element's attributes, reporting each problem; None when any."""
        amap = _ATTR_MAPS[tag.name]
        values: dict[str, object] = {}
        ok = True
        for name, text in raw.items():
            attr = amap.get(name)
            if attr is None:
                known = ", ".join(a.name for a in tag.attrs)
                self.problem(pos, f"{tag.name} has no attribute {name!r} (it has {known})")
                ok = False
                continue
            try:
                values[name] = attr.parse(text)
            except ValueError as exc:
                self.problem(pos, f"{tag.name} {name}: {exc}")
                ok = False
        for attr in tag.attrs:
            if attr.required and attr.name not in values:
                self.problem(pos, f"{tag.name} is missing its required attribute {attr.name}")
                ok = False
        return values if ok else None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 3 and not self.skip_depth and name in _CONVERTERS:  # the hot path
            parser = self.parser
            self.element = (name, attrs, (parser.CurrentLineNumber, parser.CurrentColumnNumber + 1))
            self.text = []
            return
        self.start_other(name, attrs)

    def start_other(self, name: str, attrs: dict[str, str]) -> None:
        if self.skip_depth:
            return
        pos = self.here()
        depth = self.depth
        tag = TAGS_BY_NAME.get(name)
        if depth == 1:
            if tag is not PAGE:
                self.problem(pos, f"the root element is <{name}>; a label file's root is <PAGE>")
                raise _Abort
            self.positions[(None, None)] = pos
            self.page_attrs = self.attrs(PAGE, attrs, pos)
            return
        if tag is None:
            self.problem(pos, f"unknown tag <{name}>")
            self.skip_depth = depth
            return
        if depth == 2:
            if tag is not LABEL:
                self.problem(pos, f"<{name}> must be inside a <LABEL>, not directly in <PAGE>")
                self.skip_depth = depth
                return
            self.label_attrs = self.attrs(LABEL, attrs, pos)
            self.label_pos = pos
            self.elements = []
            self.element_positions = []
            return
        parent = "a <LABEL>" if depth == 3 else "an element"
        self.problem(pos, f"<{name}> cannot stand inside {parent}")
        self.skip_depth = depth

    def end(self, name: str) -> None:
        depth = self.depth
        self.depth -= 1
        if self.skip_depth:
            if depth == self.skip_depth:
                self.skip_depth = 0
            return
        if depth == 3:
            self.end_element()
        elif depth == 2:
            if self.label_attrs is not None:
                li = len(self.labels)
                self.positions[(li, None)] = self.label_pos
                for ei, pos in enumerate(self.element_positions):
                    self.positions[(li, ei)] = pos
                self.labels.append(Label(**self.label_attrs, elements=tuple(self.elements)))

    def end_element(self) -> None:
        name, attrs, pos = self.element
        self.element = None
        text = "".join(self.text)
        key = (name, tuple(attrs.items()), text)
        element = self.seen.get(key)  # labels repeat their boxes, lines, captions, logos
        if element is None:
            element = self.build_element(TAGS_BY_NAME[name], attrs, text, pos)
            if element is None:
                return
            self.seen[key] = element
        self.elements.append(element)
        self.element_positions.append(pos)

    def build_element(self, tag: Tag, attrs: dict[str, str], text: str, pos: tuple[int, int]):
        """The element value, or None after reporting why there is none."""
        converters = _CONVERTERS[tag.name]
        try:
            values = {k: converters[k](v) for k, v in attrs.items()}
        except (KeyError, ValueError):
            values = self.attrs(tag, attrs, pos)
        if tag.content is Content.NONE:
            if text.strip():
                self.problem(pos, f"{tag.name} takes no content, but has {_short(text)}")
                return None
        elif values is None:
            return None
        elif tag.content is Content.TEXT:
            values[tag.content_field] = text
        else:  # optional base64: whitespace inside is line wrapping
            packed = "".join(text.split())
            if packed:
                values[tag.content_field] = packed
        if values is None:
            return None
        try:
            return ELEMENT_CLASSES[tag.name](**values)
        except TypeError:  # a required attribute is missing: say which
            self.attrs(tag, attrs, pos)
            return None

    def data(self, text: str) -> None:
        if self.skip_depth:
            return
        if self.depth == 3 and self.element is not None:
            self.text.append(text)
        elif self.depth in (1, 2) and text.strip():
            where = "<PAGE>" if self.depth == 1 else "<LABEL>"
            self.problem(self.here(), f"text {_short(text)} stands directly in {where}")

    def xml_decl(self, version: str, encoding: str | None, standalone: int) -> None:
        if encoding and encoding.replace("_", "-").lower() not in ("utf-8", "utf8"):
            self.problem(
                self.here(),
                f"the file declares encoding {encoding!r}; label XML must be UTF-8: "
                'save it as UTF-8 with encoding="UTF-8"',
            )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 30 else text[:29] + "…")


def _decode(raw: bytes, file: str) -> str:
    """The text of a UTF-8 file (BOM dropped); LabelXmlError naming the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        message = (
            f"not UTF-8: byte 0x{raw[exc.start]:02X} is not valid here; label XML must be UTF-8 "
            "(save the file as UTF-8)"
        )
        raise LabelXmlError([SourceProblem(file, line, col, _ERROR, message)]) from None
    return text


def parse(source: str | bytes | os.PathLike[str], *, filename: str | None = None) -> ReadResult:
    """Read label XML and report every problem; never raises for bad content (see `read`).

    `source` is a path (a `pathlib.Path` or other path-like), the file's bytes, or its text.
    Raises OSError only when a path cannot be read.
    """
    if isinstance(source, os.PathLike):
        file = filename or os.fspath(source)
        with open(source, "rb") as fh:
            source = fh.read()
    else:
        file = filename or "<string>"
    try:
        text = _decode(source, file) if isinstance(source, bytes) else source
    except LabelXmlError as exc:
        return ReadResult(file, None, exc.problems)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        message = "the file is empty; a label file holds a <PAGE> element"
        return ReadResult(file, None, [SourceProblem(file, 1, 1, _ERROR, message)])
    text = _BMP_TYPO.sub(lambda m: f"</BMP{m.group(1)} >", text)
    return _parse_text(text, file)


def _parse_text(text: str, file: str) -> ReadResult:
    xml = DefusedXMLParser(forbid_dtd=True)
    expat = xml.parser
    expat.ordered_attributes = False
    builder = _Builder(file, expat)
    expat.StartElementHandler = builder.start
    expat.EndElementHandler = builder.end
    expat.CharacterDataHandler = builder.data
    expat.XmlDeclHandler = builder.xml_decl
    complete = False
    try:
        expat.Parse(text, True)
        complete = True
    except ExpatError as exc:
        message = str(exc).split(":")[0]
        builder.problem((exc.lineno, exc.offset + 1), f"not well-formed XML: {message}")
    except DefusedXmlException as exc:
        builder.problem(builder.here(), f"{_defused_reason(exc)}; label XML has no DTD or entities")
    except _Abort:
        pass
    result = ReadResult(file, None, builder.problems, builder.positions)
    if not complete:
        result.problems.sort(key=lambda p: (p.line, p.col))
        return result
    # Validate what could be read even when some of it could not: every problem at once. With
    # the PAGE's own attributes broken, the labels are still checked (on a boundless page).
    page_attrs = builder.page_attrs
    page = Page(**(page_attrs or _BOUNDLESS), labels=tuple(builder.labels))
    for problem in validate(page):
        if page_attrs is None and problem.label is None:
            continue
        line, col = builder.positions.get((problem.label, problem.element), (0, 0))
        result.problems.append(SourceProblem(
            file, line, col, problem.severity, problem.message, problem.label, problem.element
        ))  # fmt: skip
    result.problems.sort(key=lambda p: (p.line, p.col))
    if page_attrs is not None and not any(p.is_error for p in result.problems):
        result.page = page
    return result


def _defused_reason(exc: DefusedXmlException) -> str:
    name = type(exc).__name__
    if name == "DTDForbidden":
        return "a DTD (<!DOCTYPE>) is not allowed"
    if name == "EntitiesForbidden":
        return "an entity declaration is not allowed"
    return "an external reference is not allowed"


def read(source: str | bytes | os.PathLike[str], *, filename: str | None = None) -> Page:
    """The page in label XML; LabelXmlError with every problem when the file has an error."""
    result = parse(source, filename=filename)
    if result.page is None:
        raise LabelXmlError(result.problems)
    return result.page
