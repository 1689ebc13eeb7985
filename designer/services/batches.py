"""Batches in the local store: a batch's plan written once, the process sending it, its end.

A batch is created in one durable transaction with everything a rerun needs: its identity (so
the same command, or the window, finds it again), its orders exactly as planned (so a resumed
batch sends the very bytes the first run would have), its journal job, and the serial numbers
it holds (see counters.py). While a process sends it, the batch names that process (`owner`,
host:pid); another process finds it busy until that process ends, however it ends. A batch
stays `open` until every order is accepted (`done`) or the user cancels or discards it
(`cancelled`): an interrupted batch (a crash, a closed window, Ctrl+C, a network failure) is
resumed by running it again.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from designer.merge import CounterSpec
from designer.model.messages import message
from designer.services.batch_plan import (
    BatchOptions,
    BatchPlan,
    BatchPlanError,
    BatchSource,
    PlanResult,
    identity,
    plan_batch,
)
from designer.services.counters import OPEN, advance, in_transaction, next_values
from designer.services.journal import (
    DONE_STATES,
    SENDING,
    UNKNOWN,
    PrintJournal,
    this_writer,
    writer_alive,
)
from designer.services.store import Store

DONE, CANCELLED = "done", "cancelled"
_SENDING: set[str] = set()  # the batches this process is sending (two windows: one sends)
_SENDING_LOCK = threading.Lock()


class BatchBusyError(Exception):
    """Another running process is sending this batch."""


@dataclass(frozen=True)
class BatchInfo:
    """A batch as the store keeps it."""

    id: str
    identity: str
    counter_key: str
    document: str
    data: str
    sn: str
    printer: str
    job: int
    state: str
    rows: int
    records: int
    labels: int
    orders: int
    options: str
    counters: str
    owner: str
    created: float
    updated: float

    @property
    def counter_starts(self) -> dict[str, tuple[int, int]]:
        """Each counter's first value and step in this batch."""
        return {name: (first, step) for name, (first, step) in json.loads(self.counters).items()}

    @property
    def busy(self) -> bool:
        """True while another running process sends it."""
        return bool(self.owner) and self.owner != this_writer() and writer_alive(self.owner)

    @property
    def when(self) -> str:
        """When it was created, in local time."""
        return datetime.fromtimestamp(self.created).strftime("%Y-%m-%d %H:%M")

    def idempotent(self, seq: int) -> str:
        """The idempotency value of order `seq` (at most 50 characters, as the platform asks)."""
        return f"xpl-{self.id}-{seq}"


@dataclass(frozen=True)
class StoredOrder:
    """One planned order of a batch."""

    seq: int
    what: str
    labels: int
    records_end: int
    content: str


class Batches:
    """The batches in a store."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock
        self.journal = PrintJournal(store, clock)

    # --- finding ---------------------------------------------------------------------------

    def get(self, batch: str) -> BatchInfo | None:
        """The batch with this id."""
        rows = self.store.query(f"SELECT {_COLUMNS} FROM batches WHERE id = ?", (batch,))
        return BatchInfo(*rows[0]) if rows else None

    def open_with(self, identity: str) -> BatchInfo | None:
        """The open batch with this identity (the one a rerun resumes), if any."""
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM batches WHERE identity = ? AND state = ? "
            "ORDER BY created DESC LIMIT 1",
            (identity, OPEN),
        )
        return BatchInfo(*rows[0]) if rows else None

    def unfinished(self) -> list[BatchInfo]:
        """Open batches no running process is sending: to resume, or to discard."""
        rows = self.store.query(
            f"SELECT {_COLUMNS} FROM batches WHERE state = ? ORDER BY created", (OPEN,)
        )
        return [b for b in (BatchInfo(*r) for r in rows) if not b.busy]

    def orders(self, batch: str, *, content: bool = True) -> list[StoredOrder]:
        """A batch's orders as planned; with `content=False`, without their label XML (up to
        48 KB an order: only sending needs it), each order's `content` then empty."""
        column = "content" if content else "'' AS content"
        rows = self.store.query(
            f"SELECT seq, what, labels, records_end, {column} FROM batch_orders "
            "WHERE batch = ? ORDER BY seq",
            (batch,),
        )
        return [StoredOrder(*r) for r in rows]

    def starts(self, counter_key: str, specs: Sequence[CounterSpec]) -> dict[str, int]:
        """Where each counter of a new batch of this template would start now (nothing is
        held: `create` checks again)."""
        return next_values(self.store.query, counter_key, specs)

    # --- creating --------------------------------------------------------------------------

    def create(
        self, plan: BatchPlan, source: BatchSource, options: BatchOptions, identity: str
    ) -> BatchInfo | None:
        """Write a planned batch, holding its serial numbers; None when another batch took
        numbers meanwhile so that the plan's counters no longer start where they must (plan
        again with `starts`)."""
        specs = source.binding.counters
        batch = secrets.token_hex(6)
        now = self.clock()
        order_options = {"mode": options.mode, "expiresIn": options.expires_in}
        with self.store.transaction(durable=True) as db:
            if specs:
                starts = next_values(in_transaction(db), source.counter_key, specs)
                if any(
                    starts[name] != first
                    for name, (first, _) in plan.counters.items()
                    if name not in options.starts
                ):
                    return None
            job = self.journal.insert_job(
                db,
                f"batch:{batch}",
                options.sn,
                options.printer or options.sn,
                source.document,
                len(plan.orders),
                "",
                json.dumps({"copies": 1, "mode": options.mode, "batch": batch}),
                batch,
            )
            db.execute(
                f"INSERT INTO batches ({_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)",
                (
                    batch,
                    identity,
                    source.counter_key,
                    source.document,
                    source.data_name,
                    options.sn,
                    options.printer or options.sn,
                    job,
                    OPEN,
                    plan.rows,
                    plan.records,
                    plan.labels,
                    len(plan.orders),
                    json.dumps(order_options),
                    json.dumps({k: list(v) for k, v in plan.counters.items()}),
                    now,
                    now,
                ),
            )
            db.executemany(
                "INSERT INTO batch_orders (batch, seq, what, labels, records_end, content) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(batch, o.seq, o.what, o.labels, o.records_end, o.content) for o in plan.orders],
            )
        return self.get(batch)

    # --- sending ---------------------------------------------------------------------------

    def take(self, batch: str) -> BatchInfo:
        """Make this process the batch's sender; BatchBusyError when another running process
        (or another thread of this one: a second window) is, ValueError when it is over."""
        with _SENDING_LOCK:
            if batch in _SENDING:
                raise BatchBusyError(message("batch {batch} is being sent already", batch=batch))
            _SENDING.add(batch)
        try:
            with self.store.transaction() as db:
                row = db.execute(
                    f"SELECT {_COLUMNS} FROM batches WHERE id = ?", (batch,)
                ).fetchone()
                if row is None or row["state"] != OPEN:
                    raise ValueError(message("batch {batch} is not open", batch=batch))
                info = BatchInfo(*row)
                if info.busy:
                    raise BatchBusyError(
                        message(
                            "batch {batch} is being sent by another running xplabel ({owner})",
                            batch=batch,
                            owner=info.owner,
                        )
                    )
                db.execute(
                    "UPDATE batches SET owner = ?, updated = ? WHERE id = ?",
                    (this_writer(), self.clock(), batch),
                )
        except BaseException:
            with _SENDING_LOCK:
                _SENDING.discard(batch)
            raise
        return info

    def let_go(self, batch: str) -> None:
        """This process no longer sends the batch (it stays open: it can be resumed)."""
        try:
            with self.store.transaction() as db:
                db.execute(
                    "UPDATE batches SET owner = '', updated = ? WHERE id = ? AND owner = ?",
                    (self.clock(), batch, this_writer()),
                )
        finally:
            with _SENDING_LOCK:
                _SENDING.discard(batch)

    def accepted(self, info: BatchInfo, records: int) -> None:
        """The first `records` records of the batch were accepted: its counters go on."""
        if info.counters == "{}":
            return
        with self.store.transaction() as db:
            advance(db, info.counter_key, info.counter_starts, records, self.clock())

    def finish(self, info: BatchInfo) -> None:
        """Every order was accepted: the batch is done (its planned content is dropped)."""
        self._end(info, DONE, info.records)

    def cancel(self, info: BatchInfo) -> None:
        """Stop the batch for good (cancelled, or discarded): the serials it did not use go
        back to the counter (an order whose outcome is unknown counts as used)."""
        journaled = self.journal.orders_of(info.job)
        used = 0
        for order in self.orders(info.id, content=False):
            sent = journaled.get(order.seq)
            if sent is not None and (sent.state in DONE_STATES or sent.state in (UNKNOWN, SENDING)):
                used = order.records_end
        self._end(info, CANCELLED, used)

    def _end(self, info: BatchInfo, state: str, used: int) -> None:
        now = self.clock()
        with self.store.transaction() as db:
            if info.counters != "{}":
                advance(db, info.counter_key, info.counter_starts, used, now)
            db.execute(
                "UPDATE batches SET state = ?, owner = '', updated = ? WHERE id = ?",
                (state, now, info.id),
            )
            db.execute("UPDATE batch_orders SET content = '' WHERE batch = ?", (info.id,))


def find_or_plan(
    batches: Batches, source: BatchSource, options: BatchOptions, *, again: bool = False
) -> tuple[BatchInfo | None, PlanResult | None]:
    """The open batch a rerun resumes (the same template, data, rows, printer, copies...), or,
    when there is none (or `again`: the open one is discarded first), a new plan with the
    counters where they now stand. BatchPlanError and MergeError as `plan_batch`."""
    found = batches.open_with(identity(source, options))
    if found is not None and again and not found.busy:
        batches.cancel(found)
        found = None
    if found is not None:
        return found, None
    starts = batches.starts(source.counter_key, source.binding.counters)
    return None, plan_batch(source, options, starts)


def commit_plan(
    batches: Batches, source: BatchSource, options: BatchOptions, plan: BatchPlan
) -> BatchInfo:
    """Create the batch of `plan`; when another batch took serial numbers meanwhile, plan
    again from where the counters now stand (the same day) and try again."""
    ident = identity(source, options)
    for _ in range(20):
        info = batches.create(plan, source, options, ident)
        if info is not None:
            return info
        starts = batches.starts(source.counter_key, source.binding.counters)
        again = plan_batch(source, options, starts, now=plan.now)
        if again.plan is None:
            rows = sorted({p.row for p in again.errors})
            raise BatchPlanError(
                message(
                    "with the serial numbers now free, row {row} has an error: check again",
                    row=rows[0],
                )
            )
        plan = again.plan
    raise BatchPlanError(
        message("other batches keep taking this template's serial numbers; try again")
    )


_COLUMNS = (
    "id, identity, counter_key, document, data, sn, printer, job, state, rows, records, labels, "
    "orders, options, counters, owner, created, updated"
)
