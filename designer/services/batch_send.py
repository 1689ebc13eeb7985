"""Sending a batch, and resuming one: its planned orders through the print journal, in order.

`send_batch` takes the batch (no other running process may send it at the same time), sends
every order the cloud has not taken yet through `send_orders` (each order's intent journaled
before it leaves, with the idempotency value `xpl-<batch>-<order>`; an order the cloud
accepted is never sent again; an unknown outcome is resent with its value within the
platform's window, else reported), moves the template's counters on as each order is
accepted, and reports progress: labels sent, orders accepted, and (from the journal, which
`poll_printed` and the window's history fill in) orders printed. `cancelled()` stops it
before the next order: the batch is then over and the serial numbers it did not use go back.
Any other stop (a refusal, an unknown outcome, the network, Ctrl+C, a kill) leaves it open, to
be resumed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.cloud.order_fields import label_fields
from designer.model.messages import message
from designer.services.batch_orders import stored_what
from designer.services.batches import Batches, BatchInfo, StoredOrder
from designer.services.history import PrintHistory
from designer.services.journal import ACCEPTED, PRINTED, JournalOrder
from designer.services.sending import EARLIER, JobOutcome, OrderRequest, Sent, send_orders

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient


@dataclass(frozen=True)
class BatchProgress:
    """How far a batch is."""

    labels: int
    orders: int
    labels_sent: int = 0  # in orders the cloud accepted (now, or in an earlier run)
    orders_accepted: int = 0
    orders_printed: int = 0
    labels_printed: int = 0

    def line(self) -> str:
        """One line for a terminal: labels sent, orders accepted, printed."""
        return (
            f"labels {self.labels_sent:,}/{self.labels:,} sent · "
            f"orders {self.orders_accepted}/{self.orders} accepted · "
            f"{self.orders_printed} printed"
        )


@dataclass
class BatchOutcome:
    """What became of a run of a batch."""

    batch: BatchInfo
    job: JobOutcome
    progress: BatchProgress

    @property
    def complete(self) -> bool:
        """True when every order of the batch was accepted."""
        return all(s.state == ACCEPTED for s in self.job.sent)

    @property
    def cancelled(self) -> bool:
        """True when the user stopped it."""
        return self.job.cancelled

    @property
    def failed(self) -> Sent | None:
        """The order that stopped the batch, if one did."""
        return self.job.failed

    def last_row_sent(self, orders: list[StoredOrder]) -> int | None:
        """The last row whose labels the cloud accepted (rows print in the order chosen); the
        orders' content is not needed."""
        done = [o for o, s in zip(orders, self.job.sent, strict=False) if s.state == ACCEPTED]
        return int(re.findall(r"\d+", done[-1].what)[-1]) if done else None


def order_requests(info: BatchInfo, orders: list[StoredOrder]) -> list[OrderRequest]:
    """The requests of a batch's orders: printLabel with each order's XML, one copy each (a
    row's copies are in its labels), the batch's mode."""
    options = json.loads(info.options)
    return [
        OrderRequest(
            "printLabel",
            label_fields(
                info.sn,
                o.content,
                mode=options.get("mode", 0),
                expires_in=options.get("expiresIn"),
            ),
            stored_what(o.what),
        )
        for o in orders
    ]


def progress_of(
    batches: Batches,
    info: BatchInfo,
    orders: list[StoredOrder],
    journaled: dict[int, JournalOrder] | None = None,
) -> BatchProgress:
    """How far the batch is, from the journal (`journaled`: its orders of the batch's job, when
    the caller has read them already). The orders' content is not needed."""
    if journaled is None:
        journaled = batches.journal.orders_of(info.job)
    sent = labels_sent = printed = labels_printed = 0
    for order in orders:
        row = journaled.get(order.seq)
        if row is None:
            continue
        if row.state in (ACCEPTED, PRINTED):
            sent += 1
            labels_sent += order.labels
        if row.state == PRINTED:
            printed += 1
            labels_printed += order.labels
    return BatchProgress(info.labels, info.orders, labels_sent, sent, printed, labels_printed)


def send_batch(
    client: XpyunClient,
    batches: Batches,
    batch: str,
    *,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[BatchProgress], None] | None = None,
    journaled: Callable[[], None] | None = None,
) -> BatchOutcome:
    """Send (or resume) batch `batch`; BatchBusyError when another running process sends it.
    `progress` hears the batch's progress after each order; `journaled` each journal write."""
    info = batches.take(batch)
    try:
        orders = batches.orders(batch)
        journaled_before = batches.journal.orders_of(info.job)
        state = progress_of(batches, info, orders, journaled_before)
        counts = {"sent": state.labels_sent, "accepted": state.orders_accepted}
        printed = (state.orders_printed, state.labels_printed)
        if progress is not None:
            progress(state)

        def on_sent(sent: Sent) -> None:
            if sent.state != ACCEPTED:
                return
            order = orders[sent.seq]
            if sent.note != EARLIER:  # an earlier run's order is counted already
                counts["sent"] += order.labels
                counts["accepted"] += 1
            batches.accepted(info, order.records_end)  # (an earlier one's may not have moved)
            if progress is not None:
                progress(_state(info, counts, printed))

        outcome = send_orders(
            client,
            batches.journal,
            info.job,
            order_requests(info, orders),
            earlier=journaled_before,
            idempotent_for=info.idempotent,
            progress=journaled,
            cancelled=cancelled,
            on_sent=on_sent,
        )
        result = BatchOutcome(info, outcome, _state(info, counts, printed))
        if result.complete:
            batches.finish(info)
        elif outcome.cancelled:
            batches.cancel(info)
        return result
    finally:
        batches.let_go(batch)


def _state(info: BatchInfo, counts: dict[str, int], printed: tuple[int, int]) -> BatchProgress:
    return BatchProgress(
        info.labels,
        info.orders,
        counts["sent"],
        counts["accepted"],
        printed[0],
        printed[1],
    )


def poll_printed(client: XpyunClient, batches: Batches, batch: str) -> BatchProgress:
    """Ask the cloud whether the batch's accepted orders have printed, in order, stopping at
    the first that has not (a printer prints its orders in turn: one question each time, as a
    rule); what it says goes into the journal. The batch's progress."""
    info = batches.get(batch)
    if info is None:
        raise ValueError(message("no batch {batch}", batch=batch))
    history = PrintHistory(batches.store)
    orders = batches.orders(batch, content=False)
    journaled = batches.journal.orders_of(info.job)
    for order in orders:
        row = journaled.get(order.seq)
        if row is None or row.state != ACCEPTED or not row.order_id:
            if row is not None and row.state == PRINTED:
                continue
            break
        if not client.query_order_state(row.order_id):
            break
        history.set_state(row.order_id, PRINTED)
    return progress_of(batches, info, orders)
