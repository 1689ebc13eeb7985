"""`xplabel print TEMPLATE.xml --data FILE [--rows ...] --sn SN`: a batch, one label per row.

Every row is merged and checked before anything is sent (with any invalid row nothing is sent
unless `--skip-invalid`); the labels are cut, in row order, into orders under the platform's
size limit and sent through the print journal (services/batch_send.py). Progress goes to stderr
when it is a terminal; each accepted order's id to stdout. The same command run again (the same
template, data, rows, printer and copies) resumes a batch that did not finish, and says so:
orders the cloud accepted are never sent again. Exit codes as for every print: 0 all
accepted, 1 refused or invalid rows, 3 the cloud unreachable or an outcome unknown, 130
interrupted (the batch can be resumed).
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from designer.cli.cloud_common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    error,
    make_client,
    open_store,
    printer_name,
)
from designer.cli.common import CommandError
from designer.cli.merge_common import prepare, report_rows, rows_have, rows_word
from designer.cloud.errors import CloudError, EarlierOutcomeUnknownError, TransportError
from designer.merge import MergeError
from designer.services.batch_plan import BatchOptions, BatchPlanError, make_source
from designer.services.batch_send import BatchProgress, poll_printed, send_batch
from designer.services.batches import (
    BatchBusyError,
    Batches,
    BatchInfo,
    StoredOrder,
    commit_plan,
    find_or_plan,
)
from designer.services.journal import ACCEPTED
from designer.services.sending import EARLIER

if TYPE_CHECKING:
    from designer.merge import TemplateFile

PRINTED_POLL_SECONDS = 1.0


def add_batch_options(p: argparse.ArgumentParser) -> None:
    """The options only a batch takes (the data options come from merge_common)."""
    p.add_argument(
        "--copies-column",
        metavar="NAME",
        help="with --data: the column whose value is each row's copies (times --copies)",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="with --data: leave out the rows with errors (listed) and print the others",
    )


def template_in(data: bytes, name: str) -> TemplateFile | None:
    """The template file `name` (its bytes, read) when it holds placeholders: it prints with
    rows of data (a file that only carries merge settings, such as a merge's output saved with
    them, prints as it is)."""
    if name == "-" or b"{{" not in data:
        return None
    from designer.merge import load_template

    template = load_template(data, name=name)
    return template if template.template and template.template.variables else None


def print_batch(args: argparse.Namespace, template: TemplateFile | None = None) -> int:
    """Print a template with rows of data as one batch (or resume it)."""
    if args.as_ == "image" or args.direct:
        error("a batch prints as label XML: --as image and --direct are for plain label files")
        return EXIT_USAGE
    try:
        prepared = prepare(args, args.file, sys.stderr, template)
    except CommandError as exc:
        error(str(exc))
        return EXIT_REFUSED
    if prepared is None:
        error(f"{args.file}: nothing printed: the template has errors (listed above)")
        return EXIT_REFUSED
    store = open_store()
    options = BatchOptions(
        sn=args.sn,
        printer=printer_name(store, args.sn),
        copies=args.copies,
        copies_column=args.copies_column,
        mode=args.mode,
        expires_in=args.expires,
        date=args.date,
        starts=dict(args.start),
        skip_invalid=args.skip_invalid,
    )
    data = args.data or str(prepared.template.data_path())
    try:
        source = make_source(
            prepared.merger.binding,
            prepared.records,
            prepared.template.result.instructions,
            template_path=args.file,
            data_path=data,
            data_digest=prepared.table.digest,  # of the bytes the rows came from: not read again
        )
    except OSError as exc:
        error(f"{data}: cannot read: {exc.strerror or exc}")
        return EXIT_REFUSED
    batches = Batches(store)
    try:
        found, planned = find_or_plan(batches, source, options, again=args.again)
        if found is None:
            assert planned is not None
            report_rows(planned.problems, prepared.table.name, sys.stderr)
            if planned.plan is None:
                return _invalid(planned.errors, prepared.table.name, args.skip_invalid)
            if planned.skipped:
                print(f"note: left out {rows_word(planned.skipped)}", file=sys.stderr)
            if planned.plan.labels == 0:
                error(f"{prepared.table.name}: nothing to print (every row has 0 copies)")
                return EXIT_REFUSED
            info = commit_plan(batches, source, options, planned.plan)
            orders = batches.orders(info.id, content=False)  # for what each order is
            print(
                f"batch {info.id}: {_n(info.rows, 'row')}, {_n(info.labels, 'label')} in "
                f"{_n(info.orders, 'order')} to {info.printer}",
                file=sys.stderr,
            )
        else:
            info = found
            if info.busy:
                raise BatchBusyError(f"batch {info.id} is being sent by {info.owner}")
            orders = batches.orders(info.id, content=False)  # read once: what was sent, what is
            _say_resuming(batches, info, orders)
    except (BatchPlanError, BatchBusyError) as exc:
        error(str(exc))
        return EXIT_REFUSED
    except MergeError as exc:
        for problem in prepared.template.located(exc.problems):
            print(problem, file=sys.stderr)
        error(f"{args.file}: nothing printed: the template cannot merge (listed above)")
        return EXIT_REFUSED
    return _send(args, batches, info, orders)


def _invalid(errors: list, data: str, skipping: bool) -> int:
    have = rows_have(sorted({p.row for p in errors}))
    hint = "" if skipping else "; fix them, or leave them out with --skip-invalid"
    error(f"{data}: nothing sent: {have} errors (listed above){hint}")
    return EXIT_REFUSED


def _n(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _say_resuming(batches: Batches, info: BatchInfo, orders: list[StoredOrder]) -> None:
    from designer.services.batch_send import progress_of

    done = progress_of(batches, info, orders)
    print(
        f"resuming batch {info.id} of {info.when} ({info.printer}): {done.labels_sent:,} of "
        f"{info.labels:,} labels already sent; the cloud's accepted orders are not sent again",
        file=sys.stderr,
    )


class _Display:
    """The progress line on a terminal, and what the printed-order poller found."""

    def __init__(self, stream: TextIO, live: bool) -> None:
        self.stream = stream
        self.live = live
        self.last = 0.0
        self.state: BatchProgress | None = None
        self.printed = 0
        self.lock = threading.Lock()

    def show(self, state: BatchProgress, force: bool = False) -> None:
        with self.lock:
            self.state = state
            now = time.monotonic()
            if not self.live or (not force and now - self.last < 0.1):
                return
            self.last = now
            printed = max(self.printed, state.orders_printed)
            line = replace(state, orders_printed=printed).line()
            self.stream.write("\r" + line + " " * 4)
            self.stream.flush()

    def end(self) -> None:
        if self.live and self.state is not None:
            self.show(self.state, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _send(
    args: argparse.Namespace, batches: Batches, info: BatchInfo, orders: list[StoredOrder]
) -> int:
    client = make_client(args)
    display = _Display(sys.stderr, sys.stderr.isatty())
    stop = threading.Event()
    poller = None
    if display.live:
        poller = threading.Thread(target=_poll, args=(client, batches, info, display, stop))
        poller.daemon = True
        poller.start()

    def progress(state: BatchProgress) -> None:
        display.show(state)

    try:
        outcome = send_batch(client, batches, info.id, progress=progress)
    except BaseException:  # Ctrl+C, SIGTERM: the batch stays open, to be resumed
        stop.set()  # before the last line, so that the poller writes no other
        display.end()
        print(
            f"note: batch {info.id} stopped; run the same command again to resume it (orders "
            f"the cloud accepted are not sent again); `xplabel printer clear {info.sn}` "
            "empties the printer's queue",
            file=sys.stderr,
        )
        raise
    finally:
        stop.set()
    display.end()
    for sent, order in zip(outcome.job.sent, orders, strict=False):
        if sent.state == ACCEPTED:
            note = " (accepted in an earlier run; not sent again)" if sent.note == EARLIER else ""
            print(f"order {sent.order_id or '(id not returned)'}  {order.what}{note}")
    state = outcome.progress
    failed = outcome.failed
    if failed is not None:
        assert failed.error is not None
        error(str(failed.error))
        if isinstance(failed.error, EarlierOutcomeUnknownError):
            print(
                f"note: this batch cannot go on by itself: if the printer printed "
                f"{failed.what}, print what follows with --again --rows; if it did not, "
                f"with --again --rows from its first row (--again discards this batch)",
                file=sys.stderr,
            )
            return EXIT_UNREACHABLE
        print(
            f"note: {state.labels_sent:,} of {state.labels:,} labels sent ({state.orders_accepted}"
            f" of {state.orders} orders); the batch stays open: run the same command again to "
            f"send the rest (never again what the cloud accepted); `xplabel printer clear "
            f"{info.sn}` empties the printer's queue",
            file=sys.stderr,
        )
        kind = failed.error
        return EXIT_UNREACHABLE if isinstance(kind, TransportError) else EXIT_REFUSED
    print(f"{_n(state.labels, 'label')} sent in {_n(state.orders, 'order')}", file=sys.stderr)
    if args.wait is not None:
        return _wait(client, batches, info, args.wait)
    return EXIT_OK


def _poll(client, batches: Batches, info: BatchInfo, display: _Display, stop) -> None:
    while not stop.wait(PRINTED_POLL_SECONDS):
        try:
            state = poll_printed(client, batches, info.id)
        except (CloudError, ValueError):
            continue
        display.printed = state.orders_printed


def _wait(client, batches: Batches, info: BatchInfo, seconds: float) -> int:
    deadline = time.monotonic() + seconds
    while True:
        state = poll_printed(client, batches, info.id)
        if state.orders_printed == state.orders or time.monotonic() >= deadline:
            break
        time.sleep(min(PRINTED_POLL_SECONDS, max(0.0, deadline - time.monotonic())))
    print(f"{state.orders_printed} of {state.orders} orders printed", file=sys.stderr)
    if state.orders_printed < state.orders:
        error(f"not every order printed within {seconds:g} s; check the printer")
        return EXIT_REFUSED
    return EXIT_OK
