"""`xplabel merge TEMPLATE.xml --data FILE [-o OUT.xml]`: one label per record, plain label XML."""

from __future__ import annotations

import argparse
import sys

from designer.cli.common import CommandError, fail
from designer.cli.merge_common import add_data_options, prepare, report_rows, rows_have, rows_word
from designer.labelxml import write_bytes
from designer.services.files import atomic_write_bytes


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `merge` command."""
    p = sub.add_parser(
        "merge",
        help="fill a template's placeholders from CSV or spreadsheet rows",
        description="Fill TEMPLATE's placeholders ({{name}}, {{3}}, {{serial}}, {{date+7d}}) "
        "from each row of the data and write plain label XML: one LABEL per row and template "
        "label, in row order. Every row is checked first; with any error nothing is written, "
        "each problem is listed with its row, and the exit code is 1.",
    )
    p.add_argument("template", metavar="TEMPLATE.xml", help="the template (label XML)")
    p.add_argument("-o", "--output", metavar="OUT.xml", help="write here (default: stdout)")
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="leave out the rows with errors (listed) and write the others",
    )
    add_data_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Merge the data into the template."""
    try:
        prepared = prepare(args, args.template, sys.stderr)
    except CommandError as exc:
        return fail(str(exc))
    if prepared is None:
        return fail(f"{args.template}: nothing merged: the template has errors (listed above)")
    result = prepared.merger.run(prepared.records, skip_invalid=args.skip_invalid)
    report_rows(result.problems, prepared.table.name, sys.stderr)
    if not result.ok:
        rows = sorted({p.row for p in result.errors})
        hint = "" if args.skip_invalid else "; fix them, or leave them out with --skip-invalid"
        return fail(
            f"{prepared.table.name}: nothing written: {rows_have(rows)} errors (listed above)"
            + hint
        )
    if not result.records:
        return fail(f"{prepared.table.name}: nothing written: every row has errors")
    if result.skipped:
        print(f"note: left out {rows_word(result.skipped)}", file=sys.stderr)
    data = write_bytes(result.page())
    if args.output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        atomic_write_bytes(args.output, data)
    except OSError as exc:
        return fail(f"{args.output}: cannot write: {exc.strerror or exc}")
    return 0
