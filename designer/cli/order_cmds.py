"""`xplabel order`, `voice` and `logo upload`: one request each."""

from __future__ import annotations

import argparse
import base64

from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    add_sn,
    add_timeout,
    cloud_command,
    error,
    make_client,
    open_store,
)
from designer.cli.common import CommandError, read_image
from designer.services.files import MAX_IMAGE_BYTES
from designer.services.logos import LogoStore, logo_problem


def register(sub: argparse._SubParsersAction) -> None:
    """Add `order`, `voice` and `logo`."""
    order = sub.add_parser("order", help="whether an order has printed (queryOrderState)")
    order.add_argument("order_id", metavar="ORDER_ID")
    add_timeout(order)
    order.set_defaults(run=order_run)

    voice = sub.add_parser("voice", help="have a printer speak a reply (sendTmallSpiritVoice)")
    add_sn(voice, flag=False)
    voice.add_argument("text", metavar="TEXT")
    add_timeout(voice)
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
    add_timeout(up)
    up.set_defaults(run=logo_run)


@cloud_command
def order_run(args: argparse.Namespace) -> int:
    """queryOrderState."""
    printed = make_client(args).query_order_state(args.order_id)
    print(f"order {args.order_id}: {'printed' if printed else 'not printed yet'}")
    return EXIT_OK


@cloud_command
def voice_run(args: argparse.Namespace) -> int:
    """sendTmallSpiritVoice."""
    make_client(args).send_voice(args.sn, args.text)
    print(f"{args.sn}: voice reply sent")
    return EXIT_OK


@cloud_command
def logo_run(args: argparse.Namespace) -> int:
    """uploadLogo, after checking format and size here."""
    try:
        data = read_image(args.image, MAX_IMAGE_BYTES, "a logo")
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    problem = logo_problem(data)
    if problem is not None:
        error(f"{args.image}: {problem}: make it smaller")
        return EXIT_REFUSED
    logos = LogoStore(open_store())
    order = make_client(args).upload_logo(
        args.sn,
        base64.b64encode(data).decode("ascii"),
        image_size=args.size,
        print_logo=args.print_proof,
        paper_type=args.paper if args.print_proof else None,
    )
    logos.save(args.sn, data)
    logos.count_upload(args.sn)
    print(f"{args.sn}: logo uploaded" + (f"; proof order {order}" if order else ""))
    return EXIT_OK
