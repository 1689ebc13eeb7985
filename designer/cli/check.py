"""`xplabel check FILE...`: every problem of each file, one line each; exit 1 on any error.

With `--data`, each FILE is a template: its own problems, then each row's once merged
(`DATA: row 57, column barcode: error: ...`).
"""

from __future__ import annotations

import argparse
import sys

from designer.cli.common import CommandError, read_source, report
from designer.cli.merge_common import add_data_options, prepare, report_rows, wants_merge


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    p = sub.add_parser(
        "check",
        help="report every problem of label XML files",
        description="Read label XML files and print every problem as FILE:LINE:COL: error|warning: "
        "message. Exit 1 when any file has an error (warnings alone exit 0).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="label XML file; - reads stdin")
    add_data_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every file; 1 when any has an error."""
    failed = False
    merging = wants_merge(args)
    for name in args.files:
        if merging:
            failed = not _check_merged(args, name) or failed
            continue
        try:
            result = read_source(name)
        except CommandError as exc:
            print(f"{exc.file}: error: {exc.message}", file=sys.stdout)
            failed = True
            continue
        report(result, sys.stdout)
        failed = failed or result.page is None
    return 1 if failed else 0


def _check_merged(args: argparse.Namespace, name: str) -> bool:
    """Check template `name` and every chosen row of its data; False on any error."""
    try:
        prepared = prepare(args, name, sys.stdout)
    except CommandError as exc:
        print(f"{exc.file}: error: {exc.message}", file=sys.stdout)
        return False
    if prepared is None:
        return False
    problems = prepared.merger.run(prepared.records).problems
    report_rows(problems, prepared.table.name, sys.stdout)
    return not any(p.is_error for p in problems)
