"""`xplabel print`, `print-image` and `print-url`: every order through the print journal.

Each order's intent is journaled before it leaves and its outcome after (services/sending.py):
a rerun of a print that did not finish never prints again what the cloud already took, and an
order whose answer was lost is resent only while its idempotency value still protects it.
"""

from __future__ import annotations

import argparse
import base64
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from designer.cli.batch_cmd import add_batch_options, print_batch, template_in
from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREACHABLE,
    add_print_options,
    add_sn,
    cloud_command,
    error,
    make_client,
    open_store,
    printer_name,
)
from designer.cli.common import (
    CommandError,
    parse_source,
    read_image,
    read_label_bytes,
    report,
)
from designer.cli.merge_common import add_data_options, wants_merge
from designer.cloud.errors import TransportError
from designer.services.files import MAX_IMAGE_BYTES
from designer.services.journal import ACCEPTED, NOT_SENT, PrintJournal
from designer.services.logos import LogoStore
from designer.services.printing import PrintJob, print_document, wait_printed
from designer.services.sending import EARLIER, FOUND, JobOutcome, OrderRequest, send_job

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient


def register(sub: argparse._SubParsersAction) -> None:
    """Add the printing commands."""
    p = sub.add_parser(
        "print",
        help="print a label XML file on a printer, or a template with rows of data",
        description="Print label XML: as label XML (printLabel, default) or as one "
        "rendered image per label (printImage). Prints each order id. Every order is journaled: "
        "running the same command again after a failure sends only what the cloud did not take. "
        "A template with --data (or the data its settings name) prints as a batch: every row "
        "checked first, then a label per row in orders under the platform's size limit; the "
        "same command again resumes a batch that did not finish.",
    )
    p.add_argument("file", metavar="FILE.xml", help="label XML file or template; - reads stdin")
    add_sn(p)
    add_print_options(p)
    p.add_argument(
        "--as",
        dest="as_",
        choices=("label", "image"),
        default="label",
        help="send label XML (default) or images rendered as printed",
    )
    p.add_argument("--direct", action="store_true", help="pass-through (content < 65,535 chars)")
    p.add_argument(
        "--wait",
        nargs="?",
        type=float,
        const=60.0,
        metavar="SECONDS",
        help="wait until the orders have printed (default 60 s)",
    )
    add_data_options(p)  # a template with rows of data: a batch (cli/batch_cmd.py)
    add_batch_options(p)
    p.set_defaults(run=print_run)

    img = sub.add_parser("print-image", help="print a PNG/JPG/BMP image (printImage)")
    img.add_argument("image", metavar="IMAGE")
    add_sn(img)
    add_print_options(img)
    img.add_argument(
        "--paper-width",
        type=int,
        default=384,
        metavar="DOTS",
        help="paper width in dots, mm x 8 (default 384: 48 mm)",
    )
    img.add_argument(
        "--paper-type",
        choices=("N", "M"),
        default="N",
        help="N continuous (default), M marked (gap, notch, black mark)",
    )
    img.set_defaults(run=print_image_run)

    url = sub.add_parser("print-url", help="print a printer-readable TXT file at a URL (print)")
    url.add_argument("url", metavar="URL")
    add_sn(url)
    add_print_options(url)
    url.set_defaults(run=print_url_run)


def _finish(client: XpyunClient, outcome: JobOutcome, wait: float | None) -> int:
    """Say what became of each order; wait for them to print when asked; the exit code."""
    for sent in outcome.sent:
        if sent.state == ACCEPTED:
            note = {
                EARLIER: " (already accepted in an earlier run; not sent again)",
                FOUND: " (already accepted earlier; not printed again)",
            }.get(sent.note, "")
            print(f"order {sent.order_id or '(id not returned)'}{note}")
    failed = outcome.failed
    if failed is not None:
        assert failed.error is not None
        error(str(failed.error))
        unsent = [s.what for s in outcome.sent if s.state == NOT_SENT and s.error is None]
        if unsent:
            print(
                f"note: not sent: {', '.join(unsent)}. Running the same command again sends what "
                "the cloud did not take, and never again what it took",
                file=sys.stderr,
            )
        return EXIT_UNREACHABLE if isinstance(failed.error, TransportError) else EXIT_REFUSED
    ids = [s.order_id for s in outcome.sent if s.order_id]
    if wait is None or not ids:
        return EXIT_OK
    state = wait_printed(client, ids, wait)
    for order_id, printed in state.items():
        print(f"order {order_id}: {'printed' if printed else 'not printed yet'}")
    if not all(state.values()):
        error(f"not every order printed within {wait:g} s; check with `xplabel order ORDER_ID`")
        return EXIT_REFUSED
    return EXIT_OK


def _document(name: str) -> str:
    return "<stdin>" if name == "-" else str(Path(name).resolve())


@cloud_command
def print_run(args: argparse.Namespace) -> int:
    """Print a label file, or a template with rows of data as a batch."""
    if wants_merge(args):
        return print_batch(args)
    try:
        data = read_label_bytes(args.file)  # read once: a FIFO or stdin cannot be read again
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    template = template_in(data, args.file)
    if template is not None:
        return print_batch(args, template)
    result = parse_source(data, args.file)
    report(result)
    if result.page is None:
        error(f"{args.file}: not printed: it has errors (listed above)")
        return EXIT_REFUSED
    job = PrintJob(args.sn, args.copies, args.mode, args.as_ == "image", args.direct, args.expires)
    store = open_store()
    client = make_client(args)
    outcome = print_document(
        client,
        PrintJournal(store),
        result.page,
        job,
        document=_document(args.file),
        printer=printer_name(store, args.sn),
        logos=LogoStore(store),
        again=args.again,
    )
    return _finish(client, outcome, args.wait)


def _send_one(args: argparse.Namespace, order: OrderRequest, document: str) -> int:
    store = open_store()
    client = make_client(args)
    outcome = send_job(
        client,
        PrintJournal(store),
        [order],
        document=document,
        printer=printer_name(store, args.sn),
        again=args.again,
    )
    return _finish(client, outcome, None)


@cloud_command
def print_image_run(args: argparse.Namespace) -> int:
    """printImage with an image file."""
    try:
        data = read_image(args.image, MAX_IMAGE_BYTES, "the image")
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    fields = {
        "sn": args.sn,
        "content": base64.b64encode(data).decode("ascii"),
        "copies": args.copies,
        "mode": args.mode,
        "compress": True,
        "paperType": args.paper_type,
        "paperWidth": args.paper_width,
        "expiresIn": args.expires,
    }
    return _send_one(args, OrderRequest("printImage", fields, "the image"), _document(args.image))


@cloud_command
def print_url_run(args: argparse.Namespace) -> int:
    """print with a URL."""
    if not args.url.startswith(("http://", "https://")):
        error(f"{args.url[:80]!r} is not an http(s) URL; the printer fetches the TXT file from it")
        return EXIT_REFUSED
    fields = {
        "sn": args.sn,
        "content": args.url,
        "copies": args.copies,
        "mode": args.mode,
        "expiresIn": args.expires,
    }
    return _send_one(args, OrderRequest("print", fields, "the TXT file"), args.url)
