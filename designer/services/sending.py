"""Sending a print job through the journal, so that no print is ever sent twice by accident.

A job is a list of orders (one label XML order, one image per label, one batch order each...).
`send_job` looks up the last run of the same job (same printer, same requests) first:

- When there was none, or every order of it was taken by the cloud, this is a new job (printing
  the same label again on purpose stays possible): every order gets a fresh idempotency value.
- When it did not finish, the job resumes: an order the cloud took is not sent again; an order
  whose outcome is unknown is sent again with the same value while the platform still remembers
  it (about 5 minutes), so a 1013 answer tells that it was accepted ("already accepted
  earlier"); after that window it is not sent at all and reported as unknown, with what to
  check; a refused order or one that never left is sent with a new value.
- `again=True` starts a new job whatever happened before (the user checked, and wants it).
- When the last run is still being sent by a running process (the same print started twice at
  once), this is a new job too: that run's outcome is coming, not lost.

Each order's intent is journaled before it leaves and its outcome after; the first order that
is refused or whose outcome stays unknown stops the job (the rest are `not_sent`). Works for the
command line, the window (call it on a worker) and batches (`idempotent_for` derives each
order's first value from a batch id and the order's number).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from designer.cloud.errors import (
    CloudError,
    EarlierOutcomeUnknownError,
    OutcomeUnknownError,
    TransportError,
)
from designer.cloud.limits import IDEMPOTENCY_SECONDS
from designer.services.journal import (
    ACCEPTED,
    DONE_STATES,
    NOT_SENT,
    REFUSED,
    SENDING,
    UNKNOWN,
    JournalOrder,
    PrintJournal,
)

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient

REUSE_SECONDS = IDEMPOTENCY_SECONDS - 30
"""How long after its first sending a value is reused: the platform's window, less a margin for
clocks and slow requests."""
EARLIER, FOUND = "earlier", "found"  # accepted in an earlier run / a 1013 says it was accepted


@dataclass(frozen=True)
class OrderRequest:
    """One order to send: the endpoint, its fields (all but the idempotency value), and what it
    is in the user's words."""

    endpoint: str  # printLabel, printImage or print
    fields: dict[str, Any]
    what: str

    def digest(self) -> str:
        """SHA-256 of the endpoint and its fields: the same request has the same digest."""
        raw = json.dumps([self.endpoint, self.fields], sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def job_key(orders: list[OrderRequest]) -> str:
    """The identity of a job: its orders' digests, in order."""
    return hashlib.sha256(" ".join(o.digest() for o in orders).encode("ascii")).hexdigest()


@dataclass(frozen=True)
class Sent:
    """What became of one order of the job."""

    seq: int
    what: str
    state: str  # accepted, refused, unknown, not_sent
    order_id: str | None = None
    error: CloudError | None = None
    note: str = ""  # EARLIER, FOUND, or ""


@dataclass
class JobOutcome:
    """Every order of the job, in order, with its outcome."""

    job: int
    sent: list[Sent] = field(default_factory=list)
    cancelled: bool = False  # stopped on request before every order was sent

    @property
    def accepted(self) -> list[Sent]:
        """The orders the cloud took (now or earlier)."""
        return [s for s in self.sent if s.state == ACCEPTED]

    @property
    def failed(self) -> Sent | None:
        """The order that stopped the job, if one did."""
        return next((s for s in self.sent if s.error is not None), None)


def send_job(
    client: XpyunClient,
    journal: PrintJournal | None,
    orders: list[OrderRequest],
    *,
    document: str,
    printer: str,
    xml: str = "",
    options: dict[str, Any] | None = None,
    again: bool = False,
    batch: str | None = None,
    idempotent_for: Callable[[int], str] | None = None,
    progress: Callable[[], None] | None = None,
) -> JobOutcome:
    """Send every order of a job, journaled (see the module's description). `journal=None`
    sends without one (only for measuring what the journal costs). `xml` and `options` are
    kept with the job so the history can print it again the same way. `progress` is called
    after each journal write (the window refreshes its history)."""
    sn = str(orders[0].fields.get("sn", "")) if orders else ""
    key = job_key(orders)
    last = None if again or journal is None else journal.last_run(key)
    if journal is None:
        job, earlier = 0, {}
    elif last is None or last.complete or last.in_flight:  # (in flight: the same print, twice)
        settings = json.dumps(options or {})
        job = journal.new_job(key, sn, printer, document, len(orders), xml, settings, batch)
        earlier = {}
    else:
        job, earlier = last.job, last.sent
    return send_orders(
        client,
        journal,
        job,
        orders,
        earlier=earlier,
        idempotent_for=idempotent_for,
        progress=progress,
    )


def send_orders(
    client: XpyunClient,
    journal: PrintJournal | None,
    job: int,
    orders: Sequence[OrderRequest],
    *,
    earlier: dict[int, JournalOrder],
    idempotent_for: Callable[[int], str] | None = None,
    progress: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    on_sent: Callable[[Sent], None] | None = None,
) -> JobOutcome:
    """Send the orders of journal job `job` in order, given what became of each in earlier runs
    (`earlier`, by place): what the cloud took is not sent again, an unknown outcome is resent
    with its value while the platform remembers it. The first order refused or left unknown
    stops the job; so does `cancelled()` returning True before an order leaves (the outcome
    says `cancelled`). `on_sent` hears each order's outcome as it is known (a batch's
    progress). A batch sends its orders through this directly, with its own job."""
    from designer.cloud.client import new_idempotent

    sn = str(orders[0].fields.get("sn", "")) if orders else ""
    outcome = JobOutcome(job)
    stopped = False
    for seq, order in enumerate(orders):
        before = earlier.get(seq)
        if not stopped and cancelled is not None and cancelled():
            stopped = outcome.cancelled = True
        if stopped:
            outcome.sent.append(Sent(seq, order.what, NOT_SENT))
            continue
        if before is not None and before.state in DONE_STATES:
            sent = Sent(seq, order.what, ACCEPTED, before.order_id, note=EARLIER)
            outcome.sent.append(sent)
            if on_sent is not None:
                on_sent(sent)
            continue
        now = journal.clock() if journal is not None else 0.0
        reuse = before is not None and before.state in (UNKNOWN, SENDING)
        if reuse and now - before.first_sent >= REUSE_SECONDS:
            since = datetime.fromtimestamp(before.first_sent).strftime("%Y-%m-%d %H:%M:%S")
            error = EarlierOutcomeUnknownError(order.what, since, sn)
            outcome.sent.append(Sent(seq, order.what, UNKNOWN, error=error))
            stopped = True
            continue
        if reuse:
            value, first_sent = before.idempotent, before.first_sent
        else:
            value = idempotent_for(seq) if idempotent_for and before is None else new_idempotent()
            first_sent = now
        sent = _send_one(client, journal, job, seq, order, value, first_sent, reuse, progress)
        outcome.sent.append(sent)
        if on_sent is not None:
            on_sent(sent)
        stopped = sent.error is not None
    return outcome


def _send_one(
    client: XpyunClient,
    journal: PrintJournal | None,
    job: int,
    seq: int,
    order: OrderRequest,
    value: str,
    first_sent: float,
    reuse: bool,
    progress: Callable[[], None] | None,
) -> Sent:
    """Journal the intent, send, journal the outcome."""
    fields = order.fields
    row = 0
    if journal is not None:
        row = journal.intent(
            job,
            seq,
            order.what,
            order.digest(),
            int(fields.get("copies", 1)),
            int(fields.get("mode", 0)),
            value,
            first_sent,
        )
        if progress is not None:
            progress()

    def record(state: str, order_id: str | None = None, detail: str = "") -> None:
        if journal is not None:
            journal.outcome(row, state, order_id, detail)
            if progress is not None:
                progress()

    try:
        result = client.send_print(order.endpoint, fields, value, seen_before=reuse)
    except OutcomeUnknownError as exc:
        record(UNKNOWN, detail=str(exc))
        return Sent(seq, order.what, UNKNOWN, error=_named(exc, order.what))
    except CloudError as exc:
        # after an earlier attempt that may have arrived, a failure now leaves it unknown
        state = UNKNOWN if reuse else NOT_SENT if isinstance(exc, TransportError) else REFUSED
        record(state, detail=str(exc))
        return Sent(seq, order.what, state, error=exc)
    except BaseException:  # Ctrl+C or a kill while it was on its way: it may have arrived
        record(UNKNOWN, detail="interrupted while it was being sent")
        raise
    record(ACCEPTED, result.order_id)
    return Sent(seq, order.what, ACCEPTED, result.order_id, note=FOUND if result.retried else "")


def _named(exc: OutcomeUnknownError, what: str) -> OutcomeUnknownError:
    """The error, naming the order by what it is rather than by its endpoint."""
    return OutcomeUnknownError(what, exc.cause, exc.sn)
