"""`xplabel render FILE -o OUT.png [--label ID] [--as-printed] [--dpmm N]`: labels to PNG files;
`-o OUT.pdf` (or `--pdf`) writes one PDF at true size instead, a page per label.

With `--data` (or `--rows`), FILE is a template: each chosen row is merged first and drawn as
OUT-<row>.png (OUT alone for one label; OUT-<row>-<label id>.png for a template of several), or
as the pages of one PDF.
"""

from __future__ import annotations

import argparse
import sys

from designer.cli.common import CommandError, fail, read_source, report
from designer.cli.merge_common import add_data_options, prepare, report_rows, wants_merge
from designer.model import Label, Page
from designer.render import Dither
from designer.services.export import ExportError, ExportFormat, ExportOptions, export_labels


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `render` command."""
    p = sub.add_parser(
        "render",
        help="draw labels as the printer prints them, to PNG or PDF",
        description="Render label XML to 1-bit PNG at printer resolution, exactly the dots the "
        "printer prints. One label (the only one, or --label ID) goes to OUT; several labels go to "
        "OUT-<id>.png each, every path printed on stdout. An OUT ending in .pdf (or --pdf) "
        "writes one PDF instead: a page per label, exactly the label's size, the same dots at "
        "the printer's resolution, to print at true size. A file with errors is refused.",
    )
    p.add_argument("file", metavar="FILE", help="label XML file; - reads stdin")
    p.add_argument("-o", "--output", metavar="OUT.png", required=True, help="the PNG to write")
    p.add_argument("--pdf", action="store_true", help="write a PDF (OUT.pdf alone chooses PDF too)")
    p.add_argument("--label", metavar="ID", type=int, help="render only the label with this id")
    p.add_argument(
        "--as-printed",
        action="store_true",
        help="apply the label's mirror (m) and direction (d) as the printer does",
    )
    p.add_argument(
        "--dpmm",
        type=int,
        choices=(8, 12),
        default=8,
        help="dots per mm: 8 (203 dpi, default) or 12 (300 dpi)",
    )
    p.add_argument(
        "--threshold",
        action="store_true",
        help="convert inline images by threshold (line art) instead of dithering",
    )
    add_data_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Render the file's labels (or a template's, merged with rows of data)."""
    if wants_merge(args):
        return _run_merged(args)
    try:
        result = read_source(args.file)
    except CommandError as exc:
        return fail(str(exc))
    report(result)
    page = result.page
    if page is None:
        return fail(f"{args.file}: not rendered: it has errors (listed above)")
    labels = list(page.labels)
    if args.label is not None:
        labels = [label for label in labels if label.id == args.label]
        if not labels:
            known = ", ".join(str(label.id) for label in page.labels) or "none"
            return fail(f"{args.file}: no label with id {args.label} (ids: {known})")
    if not labels:
        return fail(f"{args.file}: the page has no label to render")
    return _export(page, labels, args)


def _run_merged(args: argparse.Namespace) -> int:
    """Merge the chosen rows into the template, then draw each label."""
    try:
        prepared = prepare(args, args.file, sys.stderr)
    except CommandError as exc:
        return fail(str(exc))
    if prepared is None:
        return fail(f"{args.file}: not rendered: the template has errors (listed above)")
    template = prepared.merger.template
    chosen = [j for j, la in enumerate(template.labels) if args.label in (None, la.id)]
    if not chosen:  # said before every row is merged for nothing
        known = ", ".join(str(la.id) for la in template.labels) or "none"
        return fail(f"{args.file}: no label with id {args.label} (ids: {known})")
    result = prepared.merger.run(prepared.records)
    report_rows(result.problems, prepared.table.name, sys.stderr)
    if not result.ok:
        return fail(f"{prepared.table.name}: not rendered: rows have errors (listed above)")
    labels = [record.labels[j] for record in result.records for j in chosen]
    if len(chosen) == 1:  # OUT-<row>.png; OUT-<row>-<label id>.png for several labels a row
        keys: list[int | str] = [record.row for record in result.records]
    else:
        keys = [f"{r.row}-{template.labels[j].id}" for r in result.records for j in chosen]
    return _export(result.page(), labels, args, keys)


def _export(
    page: Page, labels: list[Label], args: argparse.Namespace, keys: list[int | str] | None = None
) -> int:
    """Draw the labels as PNGs (named by `keys`, default their ids) or one PDF at true size, a
    page each; print each path written."""
    fmt = ExportFormat.PDF if args.pdf else ExportFormat.of(args.output)
    options = ExportOptions(
        as_printed=args.as_printed,
        dpmm=args.dpmm,
        dither=Dither.THRESHOLD if args.threshold else Dither.FLOYD_STEINBERG,
    )
    try:
        export_labels(page, labels, args.output, fmt, options, written=print, keys=keys)
    except ExportError as exc:
        return fail(str(exc))
    return 0
