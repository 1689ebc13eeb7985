"""Reader: label XML (a path, bytes or str) -> Page, with every problem at its line and column.

The schema table drives it: tags, attributes, types and content all come from
`designer.model.schema`. A plain file (the usual kind: no entities, comments, CDATA or DTD) is
read by the fast path in `fastpath.py`. Anything else, and any file with a reading problem (a
bad attribute, a stray text, ...), goes through defusedxml's hardened expat parser (a DTD, an
entity declaration or an external reference is refused, never resolved) with the handlers in
`builder.py`, which say what is wrong and where. Both give the same page, the same problems and
the same positions (a test holds them to it).
Accepted beyond strict XML, because the platform's own document contains them: `100.0`-style
numbers, a UTF-8 BOM, CRLF line ends, and the closing tag `</BMP/>`.

Processing instructions (`<?xplabel-merge ...?>`: a data merge's settings) are kept in
`ReadResult.instructions`, never in the page, so nothing that prints the page sends them; a file
with one is read by the full reader. `check` replaces the validator: a data merge template reads
with `designer.merge.check_template`, which leaves the content of elements with placeholders to
be checked record by record.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pyexpat import ExpatError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from designer.labelxml.builder import Abort, Builder, SourcePositions
from designer.labelxml.dialects import receipt_cloud_markup
from designer.labelxml.fastpath import OffsetPositions, read_plain
from designer.labelxml.problems import Instruction, LabelXmlError, SourceProblem
from designer.model.elements import Label, Page
from designer.model.messages import Message, message, term
from designer.model.validate import Problem, Severity, validate

_BOUNDLESS = {"w": 1e9, "l": 1e9}
_BMP_TYPO = re.compile(r"</BMP(\s*)/>")
_ERROR, _WARNING = Severity.ERROR, Severity.WARNING
Check = Callable[[Page], list[Problem]]
"""What checks a page once it is read: `validate`, or a data merge's template check."""
EXPAT = "Expat"
"""The translation context of expat's own words in "not well-formed XML: ..." (such as
"mismatched tag")."""


@dataclass
class ReadResult:
    """What reading a file gave: the page (None when it has errors), every problem found, and
    the draft: the page as far as it could be read (None only when the file is not label XML
    at all: not UTF-8, not well-formed, not a PAGE), which a window opens to let the problems
    be fixed (`damaged`: something of the file had to be left out or replaced to make it).

    `positions.of(label, element)` is where an element starts, `positions.of(label)` a label and
    `positions.of(None)` the page, as (line, column): a window can point from an element back to
    the file.
    """

    file: str
    page: Page | None
    problems: list[SourceProblem] = field(default_factory=list)
    positions: SourcePositions | OffsetPositions = field(default_factory=SourcePositions)
    draft: Page | None = None
    damaged: bool = False
    instructions: list[Instruction] = field(default_factory=list)  # <?target data?>, in order

    @property
    def errors(self) -> list[SourceProblem]:
        """The errors alone."""
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        """True when nothing stops the page from printing."""
        return self.page is not None


def _decode(raw: bytes, file: str) -> str:
    """The text of a UTF-8 file (BOM dropped); LabelXmlError naming the first bad byte."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        text = message(
            "not UTF-8: byte 0x{byte:02X} is not valid here; label XML must be UTF-8 "
            "(save the file as UTF-8)",
            byte=raw[exc.start],
        )
        raise LabelXmlError([SourceProblem(file, line, col, _ERROR, text)]) from None
    return text


def parse(
    source: str | bytes | os.PathLike[str],
    *,
    filename: str | None = None,
    check: Check = validate,
) -> ReadResult:
    """Read label XML and report every problem; never raises for bad content (see `read`).

    `source` is a path (a `pathlib.Path` or other path-like), the file's bytes, or its text.
    `check` finds the problems of the page read (the validator unless told otherwise).
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
        empty = message("the file is empty; a label file holds a <PAGE> element")
        return ReadResult(file, None, [SourceProblem(file, 1, 1, _ERROR, empty)])
    text = _BMP_TYPO.sub(lambda m: f"</BMP{m.group(1)} >", text)
    return _parse_text(text, file, check)


def _parse_text(text: str, file: str, check: Check) -> ReadResult:
    plain = read_plain(text)
    if plain is not None:
        result = ReadResult(file, None, [], plain.positions)
        return _foreign(_validated(result, plain.page_attrs, plain.labels, check), text)
    return read_with_expat(text, file, check)


def _foreign(result: ReadResult, text: str) -> ReadResult:
    """A file with errors in the receipt cloud's markup: one line saying so, not a dozen."""
    if result.page is None and (found := receipt_cloud_markup(text)) is not None:
        line, col, message = found
        result.problems = [SourceProblem(result.file, line, col, _ERROR, message)]
        result.draft = None  # another platform's markup: nothing here to open and fix
    return result


def read_with_expat(text: str, file: str, check: Check = validate) -> ReadResult:
    """The full reader: any label XML, every problem with its line and column."""
    xml = DefusedXMLParser(forbid_dtd=True)
    expat = xml.parser
    builder = Builder(file, expat)
    builder.install()
    expat.XmlDeclHandler = builder.xml_decl
    expat.ProcessingInstructionHandler = builder.processing_instruction
    complete = False
    try:
        expat.Parse(text, True)
        complete = True
    except ExpatError as exc:
        detail = term(str(exc).split(":")[0], EXPAT)
        builder.unclosed()
        builder.problem(
            (exc.lineno, exc.offset + 1), message("not well-formed XML: {detail}", detail=detail)
        )
    except DefusedXmlException as exc:
        builder.problem(
            builder.here(),
            message("{reason}; label XML has no DTD or entities", reason=_defused_reason(exc)),
        )
    except Abort:
        pass
    result = ReadResult(
        file, None, builder.problems, builder.positions, instructions=builder.instructions
    )
    if not complete:
        result.problems.sort(key=lambda p: (p.line, p.col))
        return _foreign(result, text)
    result.damaged = builder.damaged
    return _foreign(
        _validated(result, builder.page_attrs, builder.labels, check, builder.draft_page_attrs),
        text,
    )


def _validated(
    result: ReadResult,
    page_attrs: dict[str, object] | None,
    labels: list[Label],
    check: Check = validate,
    draft_attrs: dict[str, object] | None = None,
) -> ReadResult:
    """`result` with the page and its validation problems, each at its position in the file.

    What could be read is validated even when some of it could not: every problem at once. With
    the PAGE's own attributes broken, the labels are still checked (on a boundless page).
    """
    file = result.file
    page = Page(**(page_attrs or _BOUNDLESS), labels=tuple(labels))
    for problem in check(page):
        if page_attrs is None and problem.label is None:
            continue
        line, col = result.positions.of(problem.label, problem.element)
        result.problems.append(
            SourceProblem(
                file, line, col, problem.severity, problem.message, problem.label, problem.element
            )
        )
    result.problems.sort(key=lambda p: (p.line, p.col))
    if page_attrs is not None:
        result.draft = page
        if not any(p.is_error for p in result.problems):
            result.page = page
    elif draft_attrs is not None:
        result.draft = Page(**draft_attrs, labels=tuple(labels))
    return result


def _defused_reason(exc: DefusedXmlException) -> Message:
    name = type(exc).__name__
    if name == "DTDForbidden":
        return message("a DTD (<!DOCTYPE>) is not allowed")
    if name == "EntitiesForbidden":
        return message("an entity declaration is not allowed")
    return message("an external reference is not allowed")


def read(
    source: str | bytes | os.PathLike[str], *, filename: str | None = None, check: Check = validate
) -> Page:
    """The page in label XML; LabelXmlError with every problem when the file has an error."""
    result = parse(source, filename=filename, check=check)
    if result.page is None:
        raise LabelXmlError(result.problems)
    return result.page
