"""`xplabel check FILE...`: every problem of each file, one line each; exit 1 on any error."""

from __future__ import annotations

import argparse
import sys

from designer.cli.common import CommandError, read_source, report


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `check` command."""
    p = sub.add_parser(
        "check",
        help="report every problem of label XML files",
        description="Read label XML files and print every problem as FILE:LINE:COL: error|warning: "
        "message. Exit 1 when any file has an error (warnings alone exit 0).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="label XML file; - reads stdin")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check every file; 1 when any has an error."""
    failed = False
    for name in args.files:
        try:
            result = read_source(name)
        except CommandError as exc:
            print(f"{exc.file}: error: {exc.message}", file=sys.stdout)
            failed = True
            continue
        report(result, sys.stdout)
        failed = failed or result.page is None
    return 1 if failed else 0
