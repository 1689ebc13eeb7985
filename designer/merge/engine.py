"""The merge: template page + record -> plain labels, and each record's problems.

A `Merger` compiles a bound template once into one Python function (generated, like the
validator's and the writer's attribute code) that turns a record's cells into its labels: the
elements without placeholders are the template's own values, shared by every record (so the
validator and the writer, which remember elements by identity, pay for them once), and each
variable element is its attributes plus a joined string. Dates are worked out once per merge;
counters come from the record's place in the batch. So merging 10,000 rows costs little more
than writing their XML.

Records are merged in the order given; the labels of the record at place n (from 0) get ids
n * L + 1 .. n * L + L for a template of L labels. `check` validates merged records with the
model's validator and names each problem's row and column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from designer.merge.dates import date_from_text, format_date, shifted
from designer.merge.message_lists import in_turn
from designer.merge.placeholders import SlotKind, format_number
from designer.merge.record_problems import RecordProblem
from designer.merge.sources import Record
from designer.merge.template import Binding, Source, Where
from designer.model import Label, Page, Problem, Severity, validate
from designer.model.messages import Message, message
from designer.model.quote import Verbatim, excerpt

_new = tuple.__new__
_SHORTENED = re.compile(r"[+-]?\d(?:\.\d+)?[Ee]\+\d+")


@dataclass(frozen=True, slots=True)
class MergedRecord:
    """A record merged: its labels in template order, and the values that could not be written
    as their placeholders ask (those elements keep the template's content: print no record
    with problems)."""

    record: Record
    ordinal: int  # its place in the batch, from 0: counters and label ids follow it
    labels: tuple[Label, ...]
    problems: tuple[RecordProblem, ...] = ()

    @property
    def row(self) -> int:
        """The record's row number."""
        return self.record.row


class MergeError(Exception):
    """A template that cannot merge with this data: each problem names its element."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(in_turn([p.message for p in problems]))
        self.problems = problems


class _ValueProblem(Exception):
    """A cell that cannot be written as its placeholder asks: a number or a date that is not
    one. Raised on every such cell, said (`said`) only where it is reported."""

    def __init__(self, source: Source, value: str, *, date: bool) -> None:
        super().__init__(value)
        self.source, self.value, self.date = source, value, date

    def said(self) -> Message:
        """What is wrong with the cell."""
        value, placeholder = excerpt(self.value), self.source.slot.text
        if self.date:
            return message(
                "{value} is not a date (such as 2026-11-29), for {placeholder}",
                value=value,
                placeholder=placeholder,
            )
        return message(
            "{value} is not a number, for {placeholder}", value=value, placeholder=placeholder
        )


@dataclass
class MergeResult:
    """A merge of many records: the records kept, every problem found, the rows skipped."""

    template: Page
    records: list[MergedRecord]
    problems: list[RecordProblem] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # rows left out because of their errors

    @property
    def errors(self) -> list[RecordProblem]:
        """The errors alone."""
        return [p for p in self.problems if p.is_error]

    @property
    def ok(self) -> bool:
        """True when every record kept can print as meant."""
        kept = {r.row for r in self.records}
        return not any(p.is_error and p.row in kept for p in self.problems)

    def page(self) -> Page:
        """The plain page: the template's page with the records' labels, in row order."""
        labels = [label for record in self.records for label in record.labels]
        return self.template.replace(labels=tuple(labels))


class Merger:
    """Merges records into a bound template.

    `now` is the moment `{{date}}` means (default: now); `counters` the value each counter
    starts at in this batch, by name (default: its `start`); the caller advances and keeps them
    (`counters_after`). MergeError when a placeholder has no value (the binding's errors) or a
    date leaves the calendar: nothing ever prints blank.
    """

    def __init__(
        self,
        binding: Binding,
        *,
        now: datetime | None = None,
        counters: Mapping[str, int] | None = None,
    ) -> None:
        self.binding = binding
        self.template = binding.template.page
        self.now = now or datetime.now()
        specs = binding.counters
        starts = dict(counters or {})
        self.counter_starts = {s.name: starts.get(s.name, s.start) for s in specs}
        if not binding.ok:
            raise MergeError([p for p in binding.problems if p.is_error])
        self._date_problems: list[Problem] = []
        self._fields = {where: binding.fields(where) for where in binding.sources}
        self._compile()
        if self._date_problems:
            raise MergeError(self._date_problems)

    def counters_after(self, count: int) -> dict[str, int]:
        """Each counter's next value once the first `count` records of this batch are done."""
        specs = {s.name: s for s in self.binding.counters}
        return {
            name: specs[name].after(first, count) for name, first in self.counter_starts.items()
        }

    # ---- merging -------------------------------------------------------------------------

    def merge(self, records: Iterable[Record], *, first: int = 0) -> Iterator[MergedRecord]:
        """Each record merged, in order; the first at place `first` in the batch."""
        fill = self._fill
        for n, record in enumerate(records, first):
            try:
                labels = fill(record.cells, record.row, n)
            except _ValueProblem:
                yield self._merge_slowly(record, n)
                continue
            yield MergedRecord(record, n, labels)

    def merge_one(self, record: Record, ordinal: int = 0) -> MergedRecord:
        """One record merged at place `ordinal` (a window's record navigator)."""
        return next(self.merge([record], first=ordinal))

    def _merge_slowly(self, record: Record, n: int) -> MergedRecord:
        """A record with a value that cannot be written as asked: each such element keeps the
        template's content (placeholders and all) and the record its problems."""
        problems = []
        labels = []
        for li, label in enumerate(self.template.labels):
            elements = []
            for ei, el in enumerate(label.elements):
                content = self._contents.get((li, ei))
                if content is not None:
                    try:
                        el = _new(type(el), (*el[:-1], content(record.cells, record.row, n)))
                    except _ValueProblem:
                        for source, formatter, title in self._formatters[(li, ei)]:
                            try:
                                formatter(record.cells[source.column])
                            except _ValueProblem as exc:
                                problem = RecordProblem(
                                    record.row, Severity.ERROR, exc.said(), li, ei, title
                                )
                                problems.append(problem)
                elements.append(el)
            labels.append(
                label.replace(id=n * len(self.template.labels) + li + 1, elements=tuple(elements))
            )
        return MergedRecord(record, n, tuple(labels), tuple(problems))

    # ---- checking ------------------------------------------------------------------------

    def check(self, merged: Sequence[MergedRecord]) -> list[RecordProblem]:
        """Every problem of `merged` records: values that could not be written, and what the
        validator finds in each record's variable elements (a problem of the template's own
        elements or attributes is the template's, reported once when it is read)."""
        return [p for _, p in self._check(merged)]

    def _check(self, merged: Sequence[MergedRecord]) -> list[tuple[int, RecordProblem]]:
        """`check`, each problem with the index in `merged` of its record. A record's problems
        are its own: the same whatever records are checked with it."""
        labels: list[Label] = []
        owners: list[tuple[int, int]] = []  # label index -> (record index, template label)
        out: list[tuple[int, RecordProblem]] = []
        failed = set()  # (record, label, element) whose value could not be written
        for i, record in enumerate(merged):
            out.extend((i, p) for p in record.problems)
            failed.update((i, p.label, p.element) for p in record.problems)
            for j, label in enumerate(record.labels):
                labels.append(label)
                owners.append((i, j))
        variables = self.binding.template.variables
        for problem in validate(self.template.replace(labels=tuple(labels))):
            if problem.label is None or problem.element is None:
                continue
            i, j = owners[problem.label]
            where = (j, problem.element)
            variable = variables.get(where)
            if variable is None or problem.attr not in (None, variable.field):
                continue
            if failed and (i, *where) in failed:
                continue
            text = self._with_hint(problem.message, merged[i].record, where)
            out.append(
                (
                    i,
                    RecordProblem(
                        merged[i].row, problem.severity, text, *where, self._fields[where]
                    ),
                )
            )
        out.sort(key=lambda item: (item[0], item[1].label, item[1].element))
        return out

    def _with_hint(self, problem: str, record: Record, where: Where) -> str:
        """`problem`, with a hint when a cell of the element holds a number a spreadsheet
        shortened."""
        for source in self.binding.sources.get(where, ()):
            if isinstance(source, Source) and source.column is not None:
                value = record.cells[source.column].strip()
                if _SHORTENED.fullmatch(value):
                    return message(
                        "{problem} (the cell holds {value}: the spreadsheet shortened the number "
                        "when it saved this file; format the column as text and save it again)",
                        problem=problem,
                        value=value,
                    )
        return problem

    def run(self, records: Sequence[Record], *, skip_invalid: bool = False) -> MergeResult:
        """Merge and check every record; with `skip_invalid`, the records with errors are left
        out (and those after the first left out merged again, so counters and ids run on
        unbroken; those before it keep their place, so their labels and problems stand)."""
        merged = list(self.merge(records))
        checked = self._check(merged)
        problems = [p for _, p in checked]
        result = MergeResult(self.template, merged, problems)
        bad = {p.row for p in problems if p.is_error}
        if skip_invalid and bad:
            cut = next(i for i, r in enumerate(records) if r.row in bad)
            again = list(self.merge([r for r in records[cut:] if r.row not in bad], first=cut))
            result.records = merged[:cut] + again
            order = {r.row: i for i, r in enumerate(records)}
            result.problems = sorted(
                [p for i, p in checked if i < cut]
                + [p for p in problems if p.row in bad]
                + self.check(again),
                key=lambda p: order[p.row],
            )
            result.skipped = [r.row for r in records if r.row in bad]
        return result

    # ---- compiling -----------------------------------------------------------------------

    def _compile(self) -> None:
        """Generate `_fill(cells, row, n) -> labels` and one content function per element."""
        names: dict[str, object] = {"new": _new, "Label": Label, "str": str}
        self._contents = {}
        self._formatters: dict[Where, list] = {}  # (source, formatter, title) of each formatted
        label_count = len(self.template.labels)
        label_code = []
        for li, label in enumerate(self.template.labels):
            names[f"A{li}"] = tuple(label[1:-1])
            elements = []
            for ei, el in enumerate(label.elements):
                where = (li, ei)
                parts = self.binding.sources.get(where)
                if parts is None:
                    names[f"E{li}_{ei}"] = el
                    elements.append(f"E{li}_{ei}")
                    continue
                expr = self._content_code(parts, where, names)
                names[f"C{li}_{ei}"], names[f"P{li}_{ei}"] = type(el), tuple(el[:-1])
                elements.append(f"new(C{li}_{ei}, P{li}_{ei} + ({expr},))")
                self._contents[where] = eval(f"lambda c, r, n: {expr}", names)
            inner = ", ".join(elements) + ("," if len(elements) == 1 else "")
            label_code.append(f"new(Label, (b + {li + 1}, *A{li}, ({inner})))")
        body = ", ".join(label_code) + ("," if len(label_code) == 1 else "")
        code = f"def fill(c, r, n):\n    b = n * {label_count}\n    return ({body})\n"
        exec(code, names)
        self._fill = names["fill"]

    def _content_code(self, parts: tuple, where: Where, names: dict[str, object]) -> str:
        pieces = []
        for k, part in enumerate(parts):
            key = f"{where[0]}_{where[1]}_{k}"
            if isinstance(part, str):
                pieces.append(repr(part))
            elif part.column is not None:
                if part.slot.fmt is None:
                    pieces.append(f"c[{part.column}]")
                else:
                    names[f"F{key}"] = formatter = _column_formatter(part)
                    self._formatters.setdefault(where, []).append((part, formatter, _title(part)))
                    pieces.append(f"F{key}(c[{part.column}])")
            elif part.counter is not None:
                spec, start = part.counter, self.counter_starts[part.counter.name]
                fmt = part.slot.fmt or (f"0{spec.width}d" if spec.width else "d")
                names[f"S{key}"] = lambda n, start=start, value=spec.value, fmt=fmt: format(
                    value(start, n), fmt
                )
                pieces.append(f"S{key}(n)")
            elif part.slot.kind is SlotKind.ROW:
                names[f"R{key}"] = part.slot.fmt or ""
                pieces.append(f"format(r, R{key})")
            else:  # a date: the same for every record
                pieces.append(repr(self._date_text(part, where)))
        names["format"] = format
        return " + ".join(pieces) or "''"

    def _date_text(self, source: Source, where: Where) -> str:
        slot = source.slot
        try:
            return format_date(shifted(self.now, slot.offsets), slot.fmt)
        except ValueError as exc:
            el = self.template.labels[where[0]].elements[where[1]]
            reason = exc.args[0] if exc.args else ""
            text = message(
                "{tag} {placeholder}: {problem}",
                tag=el.TAG.name,
                placeholder=slot.text,
                problem=reason if isinstance(reason, Message) else Verbatim(exc),
            )
            self._date_problems.append(Problem(Severity.ERROR, text, *where, el.TAG.content_field))
            return slot.text


def _title(source: Source) -> str:
    if source.column is not None:
        return message("column {name}", name=source.title)
    return source.title


def _column_formatter(source: Source):
    """A function writing a cell as the placeholder's format asks, or raising _ValueProblem."""
    slot = source.slot
    fmt = slot.fmt
    if slot.is_date_format:

        def as_date(text: str) -> str:
            when = date_from_text(text)
            if when is None:
                raise _ValueProblem(source, text, date=True)
            return format_date(when, fmt)

        return as_date

    def as_number(text: str) -> str:
        try:
            value = Decimal(text.strip())
            if not value.is_finite():
                raise InvalidOperation
            return format_number(value, fmt)
        except (InvalidOperation, ValueError):
            raise _ValueProblem(source, text, date=False) from None

    return as_number
