"""`xplabel printer add|remove|list|status|queue|clear`: the user's printers, live."""

from __future__ import annotations

import argparse
import json

from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREACHABLE,
    add_sn,
    add_timeout,
    cloud_command,
    error,
    make_client,
    open_store,
)
from designer.cloud.errors import TransportError
from designer.services import fleet
from designer.services.printers import ADDED, PrinterList, SavedPrinter, add_printer


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `printer` command group."""
    p = sub.add_parser(
        "printer",
        help="add, list and watch printers",
        description="The printers this computer knows (the platform has no "
        "'list my printers' call), with their live state.",
    )
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a printer to the account (verifyPrinter)")
    add_sn(add, flag=False)
    add.add_argument("name", metavar="NAME", help="a name for the printer")
    add_timeout(add)
    add.set_defaults(run=add_run)
    remove = actions.add_parser("remove", help="forget a printer on this computer")
    add_sn(remove, flag=False)
    remove.set_defaults(run=remove_run)
    listing = actions.add_parser("list", help="every added printer with its state and queue")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    add_timeout(listing)
    listing.set_defaults(run=list_run)
    status = actions.add_parser("status", help="one printer's state, firmware and queue")
    add_sn(status, flag=False)
    status.add_argument("--json", action="store_true", help="print a JSON object")
    add_timeout(status)
    status.set_defaults(run=status_run)
    queue = actions.add_parser("queue", help="how many orders wait in the printer's queue")
    add_sn(queue, flag=False)
    add_timeout(queue)
    queue.set_defaults(run=queue_run)
    clear = actions.add_parser("clear", help="delete every order waiting in the printer's queue")
    add_sn(clear, flag=False)
    add_timeout(clear)
    clear.set_defaults(run=clear_run)


@cloud_command
def add_run(args: argparse.Namespace) -> int:
    """verifyPrinter, then keep the printer in the list (1009 means it is already ours)."""
    result = add_printer(make_client(args), PrinterList(open_store()), args.sn, args.name)
    note = "added" if result == ADDED else "was already added to this account; kept"
    print(f"{args.sn} ({args.name}) {note}")
    return EXIT_OK


@cloud_command
def remove_run(args: argparse.Namespace) -> int:
    """Local only: the API cannot remove a printer from the account."""
    if not PrinterList(open_store()).remove(args.sn):
        error(f"{args.sn} is not in this computer's printer list")
        return EXIT_REFUSED
    print(
        f"{args.sn} removed from this computer's list only; the platform account still has "
        "it (remove it in the Xpyun web console)"
    )
    return EXIT_OK


def _line(r: fleet.PrinterReport) -> str:
    if r.status is None:
        return f"{r.sn:16} {r.name[:20]:20} {'unknown':9} {'':10} {'':>5}  {r.error}"
    return (
        f"{r.sn:16} {r.name[:20]:20} {r.status.state.word:9} {r.status.version[:10]:10} "
        f"{r.queue:>5}"
    )


@cloud_command
def list_run(args: argparse.Namespace) -> int:
    """Every saved printer's live report, fetched a few at a time."""
    printers = PrinterList(open_store()).load()
    client = make_client(args)
    reports = fleet.reports(client, printers)
    if args.json:
        print(json.dumps([r.as_json() for r in reports], ensure_ascii=False, indent=2))
    elif not reports:
        print("no printers yet: add one with `xplabel printer add SN NAME`")
    else:
        print(f"{'SN':16} {'NAME':20} {'STATE':9} {'FIRMWARE':10} {'QUEUE':>5}")
        for r in reports:
            print(_line(r))
    if reports and all(isinstance(r.error, TransportError) for r in reports):
        error(str(reports[0].error))
        return EXIT_UNREACHABLE
    return EXIT_OK


@cloud_command
def status_run(args: argparse.Namespace) -> int:
    """One printer's report."""
    saved = PrinterList(open_store()).get(args.sn) or SavedPrinter(args.sn, "", "")
    r = fleet.report(make_client(args), saved)
    if r.error is not None:
        raise r.error
    if args.json:
        print(json.dumps(r.as_json(), ensure_ascii=False))
    else:
        print(
            f"{r.sn} {r.name}: {r.status.state.word}, firmware {r.status.version}, "
            f"{r.queue} in queue"
        )
    return EXIT_OK


@cloud_command
def queue_run(args: argparse.Namespace) -> int:
    """getAwaitTasks."""
    print(make_client(args).get_await_tasks(args.sn))
    return EXIT_OK


@cloud_command
def clear_run(args: argparse.Namespace) -> int:
    """delPrinterQueue."""
    cleared = make_client(args).del_printer_queue(args.sn)
    print(f"{args.sn}: queue cleared" if cleared else f"{args.sn}: the queue was already empty")
    return EXIT_OK
