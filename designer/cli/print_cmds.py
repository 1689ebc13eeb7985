"""`xplabel print`, `print-image`, `print-url`, `order`, `voice` and `logo upload`."""

from __future__ import annotations

import argparse
import base64
from pathlib import Path

from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_print_options,
    add_sn,
    cloud_command,
    error,
    make_client,
)
from designer.cli.common import CommandError, read_source, report
from designer.services.logos import LogoStore, is_printable_image, logo_problem
from designer.services.printing import PrintJob, print_document, wait_printed


def register(sub: argparse._SubParsersAction) -> None:
    """Add the printing commands."""
    p = sub.add_parser(
        "print",
        help="print a label XML file on a printer",
        description="Print label XML: as label XML (printLabel, default) or as one "
        "rendered image per label (printImage). Prints each order id.",
    )
    p.add_argument("file", metavar="FILE.xml", help="label XML file; - reads stdin")
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

    order = sub.add_parser("order", help="whether an order has printed (queryOrderState)")
    order.add_argument("order_id", metavar="ORDER_ID")
    order.set_defaults(run=order_run)

    voice = sub.add_parser("voice", help="have a printer speak a reply (sendTmallSpiritVoice)")
    add_sn(voice, flag=False)
    voice.add_argument("text", metavar="TEXT")
    voice.set_defaults(run=voice_run)

    logo = sub.add_parser("logo", help="the printer's logo")
    actions = logo.add_subparsers(dest="action", metavar="ACTION", required=True)
    up = actions.add_parser(
        "upload",
        help="upload the logo <BMP/> prints (uploadLogo)",
        description="Upload a PNG, JPG or BMP of at most 500 KB as the "
        "printer's logo; at most 5 uploads per printer per day.",
    )
    up.add_argument("image", metavar="IMAGE")
    add_sn(up)
    up.add_argument(
        "--size",
        type=int,
        default=200,
        metavar="PX",
        help="width the logo is scaled to, in dots (default 200)",
    )
    up.add_argument("--print", dest="print_proof", action="store_true", help="print a proof")
    up.add_argument(
        "--paper",
        type=int,
        choices=(1, 2, 3),
        default=1,
        help="proof paper: 1 gap label (default), 2 continuous, 3 black mark",
    )
    up.set_defaults(run=logo_run)


def _finish(client, results, wait: float | None) -> int:
    for result in results:
        note = " (a retry found it already accepted)" if result.retried else ""
        print(f"order {result.order_id or '(id not returned)'}{note}")
    ids = [r.order_id for r in results if r.order_id]
    if wait is None or not ids:
        return EXIT_OK
    state = wait_printed(client, ids, wait)
    for order_id, printed in state.items():
        print(f"order {order_id}: {'printed' if printed else 'not printed yet'}")
    if not all(state.values()):
        error(f"not every order printed within {wait:g} s; check with `xplabel order ORDER_ID`")
        return EXIT_REFUSED
    return EXIT_OK


@cloud_command
def print_run(args: argparse.Namespace) -> int:
    """Print a label file."""
    try:
        result = read_source(args.file)
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    report(result)
    if result.page is None:
        error(f"{args.file}: not printed: it has errors (listed above)")
        return EXIT_REFUSED
    job = PrintJob(args.sn, args.copies, args.mode, args.as_ == "image", args.direct, args.expires)
    client = make_client()
    return _finish(client, print_document(client, result.page, job, LogoStore()), args.wait)


def _image_file(path: str, what: str) -> bytes:
    """The bytes of a PNG/JPG/BMP file; CommandError saying why it is not one."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(path, f"cannot read: {exc.strerror or exc}") from None
    if not is_printable_image(data):
        raise CommandError(path, f"{what} must be a PNG, JPG or BMP image")
    return data


@cloud_command
def print_image_run(args: argparse.Namespace) -> int:
    """printImage with an image file."""
    try:
        data = _image_file(args.image, "the image")
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    client = make_client()
    result = client.print_image(
        args.sn,
        base64.b64encode(data).decode("ascii"),
        copies=args.copies,
        mode=args.mode,
        compress=True,
        paper_type=args.paper_type,
        paper_width=args.paper_width,
        expires_in=args.expires,
    )
    return _finish(client, [result], None)


@cloud_command
def print_url_run(args: argparse.Namespace) -> int:
    """print with a URL."""
    if not args.url.startswith(("http://", "https://")):
        error(f"{args.url!r} is not an http(s) URL; the printer fetches the TXT file from it")
        return EXIT_REFUSED
    client = make_client()
    result = client.print_url(
        args.sn, args.url, copies=args.copies, mode=args.mode, expires_in=args.expires
    )
    return _finish(client, [result], None)


@cloud_command
def order_run(args: argparse.Namespace) -> int:
    """queryOrderState."""
    printed = make_client().query_order_state(args.order_id)
    print(f"order {args.order_id}: {'printed' if printed else 'not printed yet'}")
    return EXIT_OK


@cloud_command
def voice_run(args: argparse.Namespace) -> int:
    """sendTmallSpiritVoice."""
    make_client().send_voice(args.sn, args.text)
    print(f"{args.sn}: voice reply sent")
    return EXIT_OK


@cloud_command
def logo_run(args: argparse.Namespace) -> int:
    """uploadLogo, after checking format and size here."""
    try:
        data = _image_file(args.image, "a logo")
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    problem = logo_problem(data)
    if problem is not None:
        error(f"{args.image}: {problem}: make it smaller")
        return EXIT_REFUSED
    client = make_client()
    order = client.upload_logo(
        args.sn,
        base64.b64encode(data).decode("ascii"),
        image_size=args.size,
        print_logo=args.print_proof,
        paper_type=args.paper if args.print_proof else None,
    )
    LogoStore().save(args.sn, data)
    print(f"{args.sn}: logo uploaded" + (f"; proof order {order}" if order else ""))
    return EXIT_OK
