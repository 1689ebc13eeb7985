"""The print history: every order sent from this computer (by the window or the command line),
newest last, with what became of it. It reads the print journal's rows (`journal.py`; the
states' words from `order_states.py`), and
records what it learns later: printed, or no longer known to the cloud.

An order whose intent was written but whose outcome never was (the program was killed while it
was on its way) shows as unknown once it is older than any request can take.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from designer.services.order_states import (
    ACCEPTED,
    GONE,
    NOT_SENT,
    PRINTED,
    REFUSED,
    SENDING,
    UNKNOWN,
)
from designer.services.store import Store

QUEUED, FAILED = ACCEPTED, REFUSED  # the words earlier callers know
STALE_SENDING_SECONDS = 180.0
"""A `sending` order older than this lost its outcome with its process: shown as unknown."""
__all__ = ["FAILED", "GONE", "NOT_SENT", "PRINTED", "QUEUED", "SENDING", "UNKNOWN"]


@dataclass(frozen=True)
class JobPrint:
    """How a job was printed, to print it again: its label XML and its options (JSON)."""

    xml: str = ""
    options: str = "{}"


@dataclass(frozen=True)
class HistoryEntry:
    """One order: when, what, where, how many, its id and state, and the job it belongs to."""

    id: int
    time: str  # ISO 8601, local time, seconds
    document: str
    sn: str
    printer: str
    copies: int
    order_id: str
    state: str
    reason: str
    what: str
    job: int
    history: PrintHistory | None = field(default=None, compare=False, repr=False)

    @property
    def xml(self) -> str:
        """The job's label XML, so any order can be printed again (read when asked: the
        listing leaves it out)."""
        return self.history.job_print(self.job).xml if self.history is not None else ""


class PrintHistory:
    """The orders in the local store, newest last."""

    def __init__(
        self, store: Store, limit: int = 500, clock: Callable[[], float] = time.time
    ) -> None:
        self.store = store
        self.limit = limit
        self.clock = clock

    @property
    def entries(self) -> list[HistoryEntry]:
        """The latest `limit` orders, oldest first."""
        return self._select("", ())

    def _select(self, where: str, params: tuple) -> list[HistoryEntry]:
        rows = self.store.query(
            "SELECT o.id, o.updated, o.first_sent, o.state, o.order_id, o.detail, o.copies, "
            "o.what, j.id AS job, j.document, j.sn, j.printer "
            f"FROM print_orders o JOIN print_jobs j ON o.job = j.id {where} "
            "ORDER BY o.id DESC LIMIT ?",
            (*params, self.limit),
        )
        now = self.clock()
        entries = []
        for r in reversed(rows):
            state = r["state"]
            if state == SENDING and now - r["updated"] > STALE_SENDING_SECONDS:
                state = UNKNOWN
            entries.append(
                HistoryEntry(
                    r["id"],
                    datetime.fromtimestamp(r["first_sent"]).isoformat(timespec="seconds"),
                    r["document"],
                    r["sn"],
                    r["printer"],
                    r["copies"],
                    r["order_id"] or "",
                    state,
                    r["detail"],
                    r["what"],
                    r["job"],
                    self,
                )
            )
        return entries

    def job_print(self, job: int) -> JobPrint:
        """How job `job` was printed (its label XML and options), to print it again; empty
        when the store keeps no such job."""
        rows = self.store.query("SELECT xml, options FROM print_jobs WHERE id = ?", (job,))
        return JobPrint(rows[0]["xml"], rows[0]["options"]) if rows else JobPrint()

    def waiting(self) -> list[HistoryEntry]:
        """Orders the cloud took that are not known to be printed yet."""
        return self._select("WHERE o.state = ? AND o.order_id IS NOT NULL", (ACCEPTED,))

    def set_state(self, order_id: str, state: str, reason: str = "") -> None:
        """What the cloud says now of an order: PRINTED, or GONE (it no longer knows it)."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE print_orders SET state = ?, detail = ?, updated = ? "
                "WHERE order_id = ? AND state = ?",
                (state, reason, self.clock(), order_id, ACCEPTED),
            )
