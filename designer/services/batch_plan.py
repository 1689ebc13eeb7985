"""A batch's plan: a template merged with the chosen rows, every record checked, and the labels
cut, in row order, into orders that each stay well under what the platform stores (see
batch_orders.py).

Copies: `copies` for every row, times the value of a copies column (a whole number from 0, 0
printing nothing) when one is chosen. When the template uses a counter (`{{serial}}`), each
copy is a record of its own (its own serial number: a serial names one item); otherwise a
record's labels carry the copies in the LABEL `c` attribute (one label's XML, printed c times).

The plan is pure: the same template, rows, options, day and counter starts make the same
orders, byte for byte (a resumed batch sends exactly what the first run planned).
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation

from designer.labelxml import Instruction, write
from designer.merge import (
    Binding,
    DataTable,
    MergedRecord,
    Merger,
    Record,
    RecordProblem,
)
from designer.merge.message_lists import listed
from designer.merge.settings import TARGET as MERGE_TARGET
from designer.model import Severity
from designer.model.messages import Message, message
from designer.model.quote import Verbatim
from designer.services.batch_orders import ORDER_BUDGET_BYTES, PlannedOrder, cut_orders

MAX_COPIES = 9999
"""The most copies of one row (the LABEL c attribute's upper bound)."""


class BatchPlanError(Exception):
    """A batch that cannot be planned at all (a copies column the data does not have); a
    `Message` in `args[0]`, so that the window says it in its language."""

    def __init__(self, text: Message) -> None:
        super().__init__(text)


@dataclass(frozen=True)
class BatchOptions:
    """How a batch prints: where, how many of each row, and what the merge takes as given."""

    sn: str
    printer: str = ""  # the printer's name, for the history
    copies: int = 1
    copies_column: str | None = None  # a column whose value is each row's copies
    mode: int = 0  # 0 refuse when the printer is offline, 1 queue until it is back
    expires_in: int | None = None
    date: datetime | None = None  # the day {{date}} means; None: today (not part of identity)
    starts: Mapping[str, int] = field(default_factory=dict)  # counters' starts given outright
    skip_invalid: bool = False


@dataclass(frozen=True)
class BatchSource:
    """What a batch prints from: a bound template, the rows chosen, and what names them."""

    binding: Binding  # the template settled against the data's columns
    records: Sequence[Record]  # the chosen rows, in the order they print
    template_xml: str  # the template as it prints (page and merge settings): its digest
    data_digest: str  # SHA-256 of the data file's bytes
    document: str  # the template's path (or name), for the history
    data_name: str  # the data file, for the history
    counter_key: str  # whose serial numbers these are (the template's id, else its path)

    @property
    def table(self) -> DataTable:
        """The data the rows come from."""
        return self.binding.table


def counter_key(settings_id: str | None, template_path: str | None, template_xml: str) -> str:
    """Whose serial numbers a template prints: its `id` setting, else its file's real path,
    else (a template never saved) its content."""
    if settings_id:
        return f"id:{settings_id}"
    if template_path:
        return f"path:{os.path.realpath(template_path)}"
    return "untitled:" + hashlib.sha256(template_xml.encode("utf-8")).hexdigest()[:16]


def make_source(
    binding: Binding,
    records: Sequence[Record],
    instructions: Sequence[Instruction],
    *,
    template_path: str | None,
    data_path: str | os.PathLike[str],
    document: str | None = None,
    data_digest: str | None = None,
) -> BatchSource:
    """A batch's source from a bound template (the page in `binding`, its file's processing
    `instructions`) and the rows chosen: the template as it prints (page and merge settings)
    and the data file's digest (read again, whole, to hash it unless `data_digest` is given;
    OSError when it cannot be). The counters' key: see `counter_key`."""
    page = binding.template.page
    merge_settings = [i for i in instructions if i.target == MERGE_TARGET]
    template_xml = write(page, merge_settings)
    if data_digest is None:
        digest = hashlib.sha256()
        with open(data_path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        data_digest = digest.hexdigest()
    shown = document or (os.path.abspath(template_path) if template_path else "untitled")
    return BatchSource(
        binding,
        records,
        template_xml,
        data_digest,
        shown,
        os.path.abspath(data_path),
        counter_key(binding.settings.id, template_path, template_xml),
    )


def identity(source: BatchSource, options: BatchOptions) -> str:
    """What makes two batches the same batch (a rerun resumes it): the template's content,
    the data file's bytes, the rows in order, the printer, the copies, and the day and counter
    starts when they are given outright."""
    parts = {
        "template": hashlib.sha256(source.template_xml.encode("utf-8")).hexdigest(),
        "data": source.data_digest,
        "sheet": source.table.sheet,
        "header": source.table.header is not None,
        "rows": [r.row for r in source.records],
        "sn": options.sn,
        "copies": options.copies,
        "copies_column": options.copies_column,
        "mode": options.mode,
        "expires_in": options.expires_in,
        "date": options.date.isoformat() if options.date else None,
        "starts": dict(sorted(options.starts.items())),
        "skip_invalid": options.skip_invalid,
    }
    raw = json.dumps(parts, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


@dataclass
class BatchPlan:
    """Every order of a batch, and what the batch is."""

    orders: list[PlannedOrder]
    now: datetime
    counters: dict[str, tuple[int, int]]  # name -> (first value, step)
    records: int  # records merged (a copy with its own serial is a record)
    rows: int  # rows printed
    labels: int
    problems: list[RecordProblem] = field(default_factory=list)  # warnings; skipped rows' errors
    skipped: list[int] = field(default_factory=list)


@dataclass
class PlanResult:
    """A plan, or the problems that stop it (every row's, listed with its row and column)."""

    plan: BatchPlan | None
    problems: list[RecordProblem]
    skipped: list[int] = field(default_factory=list)

    @property
    def errors(self) -> list[RecordProblem]:
        """The errors alone."""
        return [p for p in self.problems if p.is_error]


def plan_batch(
    source: BatchSource,
    options: BatchOptions,
    counters: Mapping[str, int],
    *,
    now: datetime | None = None,
    budget: int = ORDER_BUDGET_BYTES,
) -> PlanResult:
    """Merge the chosen rows with counters starting at `counters` (each name's first value;
    `options.starts` win), check every record, and cut the labels into orders.
    BatchPlanError when the copies column is not in the data; MergeError when the template
    cannot merge at all."""
    with _no_cycle_collection():
        return _plan(source, options, counters, now=now, budget=budget)


_gc_lock = threading.Lock()
_gc_users = 0


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Planning makes hundreds of thousands of short-lived objects and no reference cycles;
    the cyclic garbage collector would walk them (and the whole heap) again and again, in
    pauses that stop every thread: the window's too (measured: 50-250 ms). It is off while a
    plan is made (refcounting frees everything as usual), as `timeit` does; left alone when
    someone else turned it off."""
    global _gc_users
    with _gc_lock:
        ours = _gc_users > 0 or gc.isenabled()
        if ours:
            _gc_users += 1
            gc.disable()
    try:
        yield
    finally:
        if ours:
            with _gc_lock:
                _gc_users -= 1
                if _gc_users == 0:
                    gc.enable()


def _plan(
    source: BatchSource,
    options: BatchOptions,
    counters: Mapping[str, int],
    *,
    now: datetime | None,
    budget: int,
) -> PlanResult:
    now = options.date or now or datetime.now()
    starts = {**counters, **options.starts}
    merger = Merger(source.binding, now=now, counters=starts)
    copies, problems = _copies(source, options)
    bad = {p.row for p in problems}
    if bad and options.skip_invalid:
        records = [r for r in source.records if r.row not in bad]
    else:
        records = list(source.records)
    repeat = bool(source.binding.counters)
    if repeat:
        expanded = [r for r in records for _ in range(copies.get(r.row, 1))]
    else:
        expanded = [r for r in records if copies.get(r.row, 1) > 0]
    result = merger.run(expanded, skip_invalid=options.skip_invalid)
    problems = _unique(problems + result.problems)
    left_out = (bad | set(result.skipped)) if options.skip_invalid else set()
    skipped = list(dict.fromkeys(r.row for r in source.records if r.row in left_out))
    if any(p.is_error and p.row not in left_out for p in problems):
        return PlanResult(None, problems, skipped)
    merged = result.records
    if not repeat:
        merged = [_with_copies(m, copies.get(m.row, 1)) for m in merged]
    orders, oversized = cut_orders(result.template, merged, budget)
    if oversized:
        return PlanResult(None, problems + oversized, skipped)
    plan = BatchPlan(
        orders,
        now,
        {s.name: (merger.counter_starts[s.name], s.step) for s in source.binding.counters},
        len(merged),
        len({m.row for m in merged}),
        sum(o.labels for o in orders),
        problems,
        skipped,
    )
    return PlanResult(plan, problems, skipped)


def _copies(source: BatchSource, options: BatchOptions) -> tuple[dict[int, int], list]:
    """Each row's copies (rows with the default left out), and the rows whose copies cell
    cannot be read."""
    if options.copies_column is None:
        if options.copies == 1:
            return {}, []
        return {r.row: options.copies for r in source.records}, []
    table = source.table
    header = table.header or ()
    wanted = options.copies_column.strip()
    matches = [i for i, h in enumerate(header) if h == wanted] or [
        i for i, h in enumerate(header) if h.casefold() == wanted.casefold()
    ]
    if not matches and wanted.isdigit() and 1 <= int(wanted) <= table.width:
        matches = [int(wanted) - 1]  # by number, for data without a header row
    if len(matches) != 1:
        titles = [h for h in header if h]
        columns = listed(titles) if titles else message("1 to {last}", last=table.width)
        raise BatchPlanError(
            message(
                "{name}: no column {column!r} for the copies (its columns: {columns})",
                name=Verbatim(table.name),
                column=wanted,
                columns=columns,
            )
        )
    column = matches[0]
    title = message("column {name}", name=table.column_title(column))
    out: dict[int, int] = {}
    problems = []
    for record in source.records:
        text = record.cells[column].strip()
        try:
            value = Decimal(text)
            if value != value.to_integral_value() or not 0 <= value * options.copies <= MAX_COPIES:
                raise InvalidOperation
            out[record.row] = int(value) * options.copies
        except InvalidOperation:
            problem = message(
                "{value!r} is not a number of copies (a whole number from 0; at most {most} with "
                "the copies asked)",
                value=text[:30],
                most=MAX_COPIES,
            )
            problems.append(RecordProblem(record.row, Severity.ERROR, problem, -1, -1, title))
    return out, problems


def _unique(problems: list[RecordProblem]) -> list[RecordProblem]:
    """Each problem once (copies repeat a row's problems)."""
    return list(dict.fromkeys(problems))


def _with_copies(merged: MergedRecord, copies: int) -> MergedRecord:
    if copies == 1:
        return merged
    labels = tuple(label.replace(c=label.c * copies) for label in merged.labels)
    return MergedRecord(merged.record, merged.ordinal, labels, merged.problems)
