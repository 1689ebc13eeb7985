"""A template: a page whose TEXT, BARC and QRC content may hold placeholders.

`compile_template` parses every element's content once (`check.check_template`, the reader's
check for a template, asks it only of a page that has placeholders); `bind` settles
each placeholder against a data table's columns and the merge settings' counters, reporting one
that names no column with its element.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from designer.merge.check import variable_contents
from designer.merge.message_lists import listed, with_and
from designer.merge.placeholders import (
    Pattern,
    PlaceholderError,
    Slot,
    SlotKind,
    parse_pattern,
)
from designer.merge.settings import CounterSpec, MergeSettings
from designer.merge.sources import DataTable
from designer.model import Page, Problem, Severity
from designer.model.messages import Message, message

Where = tuple[int, int]  # (label index, element index) in the template page


@dataclass(frozen=True, slots=True)
class VariableElement:
    """An element whose content holds placeholders (or escapes: `\\{{` is written `{{`)."""

    label: int
    element: int
    value: tuple  # the template's element
    pattern: Pattern

    @property
    def field(self) -> str:
        """The element's content field: text or data."""
        return self.value.TAG.content_field


@dataclass
class Template:
    """A page's variable elements, and the placeholders that cannot be read."""

    page: Page
    variables: dict[Where, VariableElement] = field(default_factory=dict)
    broken: dict[Where, Message] = field(default_factory=dict)  # why a content cannot be read

    def syntax_problems(self) -> list[Problem]:
        """An error for each element whose placeholders cannot be read."""
        out = []
        for (li, ei), reason in self.broken.items():
            el = self.page.labels[li].elements[ei]
            text = message("{tag} {reason}", tag=el.TAG.name, reason=reason)
            out.append(Problem(Severity.ERROR, text, li, ei, el.TAG.content_field))
        return out


def compile_template(page: Page) -> Template:
    """The variable elements of `page`: each content with `{{` parsed into a pattern."""
    template = Template(page)
    for li, ei, el, content in variable_contents(page):
        try:
            pattern = parse_pattern(content)
        except PlaceholderError as exc:
            template.broken[(li, ei)] = exc.message
            continue
        template.variables[(li, ei)] = VariableElement(li, ei, el, pattern)
    return template


@dataclass(frozen=True, slots=True)
class Source:
    """Where a bound slot's value comes from."""

    slot: Slot
    column: int | None = None  # the column's index (a column)
    counter: CounterSpec | None = None  # a counter
    title: str = ""  # how a message names it: 'barcode' (a column's title), 'counter serial',
    # '{{date}}', 'row'


@dataclass
class Binding:
    """A template settled against a table: each slot's source, and what could not be settled."""

    template: Template
    table: DataTable
    settings: MergeSettings
    sources: dict[Where, tuple[str | Source, ...]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # by label and element

    @property
    def ok(self) -> bool:
        """True when every placeholder found its value."""
        return not any(p.is_error for p in self.problems)

    @property
    def counters(self) -> list[CounterSpec]:
        """The counters the template uses."""
        found = {
            s.counter.name: s.counter
            for parts in self.sources.values()
            for s in parts
            if isinstance(s, Source) and s.counter is not None
        }
        return list(found.values())

    def fields(self, where: Where) -> str:
        """How a message names the values in an element: 'column barcode', 'columns a, b'."""
        sources = [s for s in self.sources.get(where, ()) if isinstance(s, Source)]
        columns = list(dict.fromkeys(s.title for s in sources if s.column is not None))
        if len(columns) == 1:
            return message("column {name}", name=columns[0])
        if columns:
            return message("columns {names}", names=listed(columns))
        return listed(list(dict.fromkeys(s.title for s in sources))) or message("content")


def bind(template: Template, table: DataTable, settings: MergeSettings) -> Binding:
    """Settle every placeholder of `template` against `table`'s columns and the counters."""
    binding = Binding(template, table, settings)
    for where, variable in template.variables.items():
        parts: list[str | Source] = []
        for part in variable.pattern:
            if isinstance(part, str):
                parts.append(part)
                continue
            source, problem = _source(part, table, settings)
            if problem is not None:
                severity = Severity.WARNING if source is not None else Severity.ERROR
                text = message(
                    "{tag} {placeholder}: {problem}",
                    tag=variable.value.TAG.name,
                    placeholder=part.text,
                    problem=problem,
                )
                binding.problems.append(Problem(severity, text, *where, variable.field))
            if source is not None:
                parts.append(source)
        binding.sources[where] = tuple(parts)
    return binding


def _source(
    slot: Slot, table: DataTable, settings: MergeSettings
) -> tuple[Source | None, Message | None]:
    """The source of `slot` and a problem (an error when there is no source, else a warning)."""
    kind = slot.kind
    if kind is SlotKind.POSITION:
        if slot.index >= table.width:
            return None, message(
                "the data has {width} columns; there is no column {number}",
                width=table.width,
                number=slot.index + 1,
            )
        return Source(slot, column=slot.index, title=table.column_title(slot.index)), None
    if kind is SlotKind.ROW:
        note = _shadowing(slot, message("the record's number"), table)
        return Source(slot, title=message("row")), note
    if kind is SlotKind.DATE:
        note = _shadowing(slot, message("the day of the merge"), table)
        return Source(slot, title=slot.text), note
    if kind is SlotKind.NAME:
        counter = settings.counter(slot.name)
        if counter is not None:
            if slot.is_date_format:
                return None, message("a counter takes a number format (06, not a date pattern)")
            what = message("counter {name}", name=slot.name)
            return Source(slot, counter=counter, title=what), _shadowing(slot, what, table)
    if table.header is None:
        return None, message(
            "the data has no header row, so no column has a name: number them {first} to {last}",
            first="{{1}}",
            last=f"{{{{{table.width}}}}}",
        )
    index = _column_index(slot.name, table.header)
    if isinstance(index, str):
        return None, index
    return Source(slot, column=index, title=table.column_title(index)), None


def _column_index(name: str, header: tuple[str, ...]) -> int | Message:
    """The index of the column headed `name` (case aside, when only one matches), or why none."""
    name = " ".join(name.split())
    found = [i for i, h in enumerate(header) if h == name]
    if not found:
        folded = name.casefold()
        found = [i for i, h in enumerate(header) if h.casefold() == folded]
    if len(found) == 1:
        return found[0]
    if found:
        return message(
            "columns {numbers} are both headed {name!r}: name one by number, {placeholder}",
            numbers=with_and([str(i + 1) for i in found]),
            name=name,
            placeholder=f"{{{{{found[0] + 1}}}}}",
        )
    titles = [h for h in header if h]
    import difflib  # here: only a misspelt column needs it

    close = difflib.get_close_matches(name, titles, n=1, cutoff=0.6)
    columns = listed(titles[:12] + (["..."] if len(titles) > 12 else []))
    if close:
        return message(
            "the data has no column {name!r} (its columns: {columns}); did you mean {placeholder}?",
            name=name,
            columns=columns,
            placeholder=f"{{{{{close[0]}}}}}",
        )
    return message(
        "the data has no column {name!r} (its columns: {columns})", name=name, columns=columns
    )


def _shadowing(slot: Slot, what: Message, table: DataTable) -> Message | None:
    """A warning when a placeholder that is not a column has a column's header as its name."""
    if table.header is None or slot.name not in table.header:
        return None
    return message(
        "this is {what}, not the column headed {name!r}: write {placeholder} for the column",
        what=what,
        name=slot.name,
        placeholder=f"{{{{[{slot.name}]}}}}",
    )
