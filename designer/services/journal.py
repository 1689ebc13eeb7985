"""The print journal: what is about to be sent is written down before it leaves, what became of it
after, as a database's write-ahead log does.

A job (one print of a document, or a batch) is a row of `print_jobs` with a key: the digest of
its printer and of every order's request except the idempotency value, so the same print asked
again has the same key. Each order of the job is a row of `print_orders`: its intent (digest,
copies, mode, idempotency value, when the value first went out) is committed in state `sending`
before the request leaves; its outcome (`accepted` with the order id, `refused`, `unknown`,
`not_sent`) is committed when known. Recovery reads it: `last_job(key)` says how the last run of
the same job ended. The print history (`history.py`) reads the same rows.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from designer.services.order_states import (
    ACCEPTED,
    DONE_STATES,
    GONE,
    NOT_SENT,
    PRINTED,
    REFUSED,
    SENDING,
    UNKNOWN,
)
from designer.services.store import Store

__all__ = [  # the states, where callers of the journal have always found them
    "ACCEPTED", "DONE_STATES", "GONE", "NOT_SENT", "PRINTED", "REFUSED", "SENDING", "UNKNOWN",
    "JournalOrder", "LastRun", "PrintJournal", "host_name", "this_writer", "writer_alive",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class JournalOrder:
    """One order's row: its intent and what became of it."""

    id: int
    job: int
    seq: int
    what: str
    idempotent: str
    first_sent: float
    state: str
    order_id: str | None
    detail: str
    writer: str

    @property
    def in_flight(self) -> bool:
        """True while the order is being sent by a process still running (this one, or another
        on this computer): its outcome is coming, it is not lost."""
        return self.state == SENDING and writer_alive(self.writer)


@dataclass(frozen=True, slots=True)
class LastRun:
    """How the last run of a job ended: the job's id and its orders by place."""

    job: int
    orders: int
    sent: dict[int, JournalOrder]

    @property
    def complete(self) -> bool:
        """True when the cloud took every order of the job."""
        return len(self.sent) == self.orders and all(
            o.state in DONE_STATES for o in self.sent.values()
        )

    @property
    def in_flight(self) -> bool:
        """True while a running process is still sending one of its orders."""
        return any(o.in_flight for o in self.sent.values())


def this_writer() -> str:
    """This process, as the journal and the batches name it: host:pid."""
    return f"{host_name()}:{os.getpid()}"


@cache
def host_name() -> str:
    """This computer's name (the socket module loaded on the first print, not at start)."""
    import socket

    return socket.gethostname()


def writer_alive(writer: str) -> bool:
    """True when the process `writer` (host:pid) is running on this computer."""
    host, _, pid = writer.rpartition(":")
    if host != host_name() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, another user's
    return True


class PrintJournal:
    """Intent and outcome of every order, in the local store."""

    def __init__(self, store: Store, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.clock = clock

    def last_run(self, job_key: str) -> LastRun | None:
        """The latest job with this key and its orders, or None when it never ran."""
        rows = self.store.query(
            "SELECT id, orders FROM print_jobs WHERE job_key = ? ORDER BY id DESC LIMIT 1",
            (job_key,),
        )
        if not rows:
            return None
        job = rows[0]["id"]
        return LastRun(job, rows[0]["orders"], self.orders_of(job))

    def orders_of(self, job: int) -> dict[int, JournalOrder]:
        """The journaled orders of `job`, by their place in it."""
        sent = self.store.query(
            "SELECT id, job, seq, what, idempotent, first_sent, state, order_id, detail, writer "
            "FROM print_orders WHERE job = ?",
            (job,),
        )
        return {r["seq"]: JournalOrder(*r) for r in sent}

    def new_job(self, *args: Any, **kwargs: Any) -> int:
        """A new job, in a transaction of its own; its id. The arguments are `insert_job`'s
        after `db`."""
        with self.store.transaction() as db:
            return self.insert_job(db, *args, **kwargs)

    def insert_job(
        self,
        db: sqlite3.Connection,
        job_key: str,
        sn: str,
        printer: str,
        document: str,
        orders: int,
        xml: str = "",
        options: str = "{}",
        batch: str | None = None,
    ) -> int:
        """A new job inside a transaction the caller holds (a batch writes its plan with it);
        its id. `options` (JSON) say how it was printed, to print it again."""
        return db.execute(
            "INSERT INTO print_jobs (job_key, sn, printer, document, orders, xml, options, "
            "batch, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (job_key, sn, printer, document, orders, xml, options, batch, self.clock()),
        ).lastrowid

    def intent(
        self,
        job: int,
        seq: int,
        what: str,
        digest: str,
        copies: int,
        mode: int,
        idempotent: str,
        first_sent: float,
    ) -> int:
        """Order `seq` of `job` is about to leave with `idempotent`: committed, and synced to
        the disk, before it does. Returns the order's row id."""
        now = self.clock()
        with self.store.transaction(durable=True) as db:
            db.execute(
                "INSERT INTO print_orders (job, seq, what, digest, copies, mode, idempotent, "
                "first_sent, state, order_id, detail, writer, updated) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, '', ?, ?) "
                "ON CONFLICT (job, seq) DO UPDATE SET idempotent = excluded.idempotent, "
                "first_sent = excluded.first_sent, state = excluded.state, order_id = NULL, "
                "detail = '', writer = excluded.writer, updated = excluded.updated",
                (
                    job,
                    seq,
                    what,
                    digest,
                    copies,
                    mode,
                    idempotent,
                    first_sent,
                    SENDING,
                    this_writer(),
                    now,
                ),
            )
            return db.execute(
                "SELECT id FROM print_orders WHERE job = ? AND seq = ?", (job, seq)
            ).fetchone()[0]

    def outcome(
        self, order: int, state: str, order_id: str | None = None, detail: str = ""
    ) -> None:
        """What became of an order: accepted (with its id), refused, unknown or not sent."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE print_orders SET state = ?, order_id = COALESCE(?, order_id), "
                "detail = ?, updated = ? WHERE id = ?",
                (state, order_id, detail, self.clock(), order),
            )
