"""What `merge`, `render --data`, `check --data` and `print --data` share: the data options,
reading the template and its data, and reporting each problem at its line or row."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from designer.cli.common import CommandError, read_label_bytes
from designer.merge import (
    DataSourceError,
    DataTable,
    MergeError,
    Merger,
    Record,
    RecordProblem,
    TemplateFile,
    bind,
    grouped,
    load_template,
    parse_rows,
    read_table,
    row_ranges,
    select_rows,
)

_START = re.compile(r"([^\W\d][\w-]*)=(-?\d{1,15})")


def add_data_options(p: argparse.ArgumentParser) -> None:
    """The options that choose the data, its rows and the merge's date and counters."""
    g = p.add_argument_group("variable data (see the README's Variable data section)")
    g.add_argument(
        "--data",
        metavar="FILE",
        help="CSV, TSV, .xlsx, .xls or .ods whose rows fill the template's placeholders "
        "(default: the file its <?xplabel-merge data=...?> names)",
    )
    g.add_argument("--sheet", metavar="NAME", help="a spreadsheet's sheet, by name or number")
    g.add_argument(
        "--header",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the first row names the columns (default: yes, or the template's header setting)",
    )
    g.add_argument(
        "--rows", type=_rows, metavar="ROWS", help="only these rows, e.g. 1-10,15 (from 1)"
    )
    g.add_argument(
        "--date",
        type=_date,
        metavar="DAY",
        help="the day {{date}} means, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default: now)",
    )
    g.add_argument(
        "--start",
        type=_start,
        action="append",
        default=[],
        metavar="NAME=N",
        help="a counter's first value (default: its start setting); repeat for several",
    )


def wants_merge(args: argparse.Namespace) -> bool:
    """True when a data option is given: the file is a template to merge."""
    return any(
        getattr(args, name, None) is not None for name in ("data", "sheet", "rows", "header")
    ) or bool(getattr(args, "start", None))


def _rows(text: str) -> list[tuple[int, int]]:
    try:
        return parse_rows(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _date(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a day (YYYY-MM-DD)") from None


def _start(text: str) -> tuple[str, int]:
    m = _START.fullmatch(text.strip())
    if m is None:
        raise argparse.ArgumentTypeError(f"{text!r}: write a counter's NAME=N, e.g. serial=101")
    return m.group(1), int(m.group(2))


@dataclass
class Prepared:
    """A template read, its data read and bound, the records chosen, a merger ready."""

    template: TemplateFile
    table: DataTable
    records: list[Record]
    merger: Merger


def prepare(
    args: argparse.Namespace, name: str, out: TextIO, template: TemplateFile | None = None
) -> Prepared | None:
    """Read template `name` (unless it was: `template`) and its data as `args` say, print every
    problem on `out`; None when an error stops the merge. CommandError when a file cannot be
    read at all."""
    if name == "-":
        raise CommandError(name, "a template to merge must be a file, not stdin")
    if template is None:
        template = load_template(read_label_bytes(name), name=name)
    for problem in template.problems:
        print(problem, file=out)
    if not template.ok:
        return None
    data = args.data or template.data_path()
    if data is None:
        raise CommandError(name, "no data to merge: give --data FILE (or <?xplabel-merge data=?>)")
    settings = template.settings
    header = settings.header if args.header is None else args.header
    sheet = args.sheet or settings.sheet
    try:
        table = read_table(data, sheet=sheet, header=header)
        records = select_rows(table, args.rows)
    except DataSourceError as exc:
        raise CommandError(str(data), str(exc).removeprefix(f"{data}: ")) from None
    if not records:
        raise CommandError(table.name, "has no rows of data to merge")
    binding = bind(template.template, table, settings)
    try:
        merger = Merger(binding, now=args.date, counters=dict(args.start))
    except MergeError as exc:
        for problem in template.located(binding.problems or exc.problems):
            print(problem, file=out)
        return None
    for problem in template.located(binding.problems):  # warnings alone
        print(problem, file=out)
    return Prepared(template, table, records, merger)


def report_rows(problems: Sequence[RecordProblem], data: str, out: TextIO) -> None:
    """Print record problems as `DATA: row 57, column barcode: error: message`; the same
    message on many rows is one line (`rows 1-40, 52, ...`)."""
    for severity, text in grouped(problems):
        where, _, message = text.partition(": ")
        print(f"{data}: {where}: {severity.value}: {message}", file=out)


def rows_word(rows: list[int]) -> str:
    """ "row 5", or "rows 1-3,7" (rows numbered from 1)."""
    return f"row {rows[0]}" if len(rows) == 1 else f"rows {row_ranges(rows)}"


def rows_have(rows: list[int]) -> str:
    """ "row 5 has", or "4 rows (1-3,7) have"."""
    return f"row {rows[0]} has" if len(rows) == 1 else f"{len(rows)} rows ({row_ranges(rows)}) have"
