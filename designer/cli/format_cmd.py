"""`xplabel format FILE [-o OUT | --in-place]`: the canonical label XML of a file.

A data merge template is formatted too (its placeholders are not data errors here) and keeps
its processing instructions (the merge settings), written before the PAGE.
"""

from __future__ import annotations

import argparse
import sys

from designer.cli.common import CommandError, fail, read_source, report
from designer.labelxml import write_bytes
from designer.merge.check import check_template
from designer.services.files import atomic_write_bytes


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `format` command."""
    p = sub.add_parser(
        "format",
        help="rewrite a label XML file in canonical form",
        description="Print the canonical label XML of FILE (tags and attributes in the spec's "
        "order, defaults left out, numbers without needless zeros), or write it to OUT or back "
        "into FILE atomically. A file with errors is refused and left untouched.",
    )
    p.add_argument("file", metavar="FILE", help="label XML file; - reads stdin")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="OUT", help="write to OUT instead of stdout")
    where.add_argument("--in-place", action="store_true", help="rewrite FILE itself")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Format one file."""
    if args.in_place and args.file == "-":
        return fail("--in-place needs a file, not stdin")
    try:
        result = read_source(args.file, check_template)
    except CommandError as exc:
        return fail(str(exc))
    report(result)
    if result.page is None:
        return fail(f"{args.file}: not formatted: it has errors (listed above)")
    data = write_bytes(result.page, result.instructions)
    target = args.file if args.in_place else args.output
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        return fail(f"{target}: cannot write: {exc.strerror or exc}")
    return 0
