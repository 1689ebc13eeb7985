"""`xplabel render FILE -o OUT.png [--label ID] [--as-printed] [--dpmm N]`: labels to PNG files;
`-o OUT.pdf` (or `--pdf`) writes one PDF at true size instead, a page per label."""

from __future__ import annotations

import argparse
from pathlib import Path

from designer.cli.common import CommandError, fail, read_source, report
from designer.model import Label, Page
from designer.render import Dither, RenderOptions, png_bytes, render_label
from designer.services.export import ExportError, ExportFormat, ExportOptions, export_labels
from designer.services.export import png_paths as _png_paths
from designer.services.files import atomic_write_bytes


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
    p.set_defaults(run=run)


def output_paths(out: str, ids: list[int]) -> list[Path]:
    """Where each label goes: OUT for one label, OUT-<id>.png for several."""
    return _png_paths(out, ids)  # the window's File > Export names them the same way


def run(args: argparse.Namespace) -> int:
    """Render the file's labels."""
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
    if args.pdf or ExportFormat.of(args.output) is ExportFormat.PDF:
        return _render_pdf(page, labels, args)
    options = RenderOptions(
        dpmm=args.dpmm,
        as_printed=args.as_printed,
        dither=Dither.THRESHOLD if args.threshold else Dither.FLOYD_STEINBERG,
    )
    for label, path in zip(
        labels, output_paths(args.output, [la.id for la in labels]), strict=True
    ):
        data = png_bytes(render_label(page, label, options))
        try:
            atomic_write_bytes(path, data)
        except OSError as exc:
            return fail(f"{path}: cannot write: {exc.strerror or exc}")
        print(path)
    return 0


def _render_pdf(page: Page, labels: list[Label], args: argparse.Namespace) -> int:
    """Draw the labels into one PDF at true size, a page each; print its path."""
    options = ExportOptions(
        as_printed=args.as_printed,
        dpmm=args.dpmm,
        dither=Dither.THRESHOLD if args.threshold else Dither.FLOYD_STEINBERG,
    )
    try:
        export_labels(page, labels, args.output, ExportFormat.PDF, options, written=print)
    except ExportError as exc:
        return fail(str(exc))
    return 0
