"""Serial numbers that go on from batch to batch: each template's counters in the local store.

A counter's next value is kept per template (`counter_key`: the template's `id` setting, else
its file's absolute path) and name, in the store's `counters` table. It moves only forward (in
the direction of the counter's step) and only for labels the cloud accepted: a batch advances
it as each of its orders is accepted, so a cancelled or failed batch burns no number.

Two batches never print the same serial: a batch holds the numbers it will print (its first
value and its record count, kept with the batch while it is open) from the moment it is
created, and a new batch starts after every number held by an open batch of the same template.
Both are read and written in one IMMEDIATE transaction, so two processes take turns. When a
batch ends without printing all it held (cancelled, discarded), the numbers it did not use go
back, unless a later batch already holds numbers after them (then they are a gap, never a
duplicate). An order whose outcome is unknown counts as printed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Mapping

from designer.merge import CounterSpec

OPEN = "open"  # a batch's state while it is sending, or stopped and resumable


def further(a: int, b: int, step: int) -> int:
    """The one of `a` and `b` further along a counter going by `step`."""
    return max(a, b) if step > 0 else min(a, b)


Query = Callable[[str, tuple], list]
"""Runs a read: `Store.query`, or a transaction's `lambda sql, args: db.execute(...).fetchall()`."""


def in_transaction(db: sqlite3.Connection) -> Query:
    """A Query that reads inside the transaction `db` (so nothing comes between)."""
    return lambda sql, args: db.execute(sql, args).fetchall()


def next_values(
    query: Query,
    counter_key: str,
    specs: Iterable[CounterSpec],
    *,
    excluding: str | None = None,
) -> dict[str, int]:
    """Where each counter of a new batch starts: after what was printed (the store's next
    value, or the counter's `start` when the template is new or its start was raised) and after
    every number an open batch holds (but `excluding` this batch). Read inside the transaction
    that creates the batch, so that no other process comes between."""
    kept = {
        name: value
        for name, value in query(
            "SELECT name, next FROM counters WHERE counter_key = ?", (counter_key,)
        )
    }
    held: dict[str, list[tuple[int, int]]] = {}
    for batch, records, counters in query(
        "SELECT id, records, counters FROM batches WHERE counter_key = ? AND state = ?",
        (counter_key, OPEN),
    ):
        if batch == excluding:
            continue
        for name, (first, step) in json.loads(counters).items():
            held.setdefault(name, []).append((first + records * step, step))
    out = {}
    for spec in specs:
        value = spec.start
        if spec.name in kept:
            value = further(kept[spec.name], spec.start, spec.step)
        for end, step in held.get(spec.name, ()):
            if (step > 0) == (spec.step > 0):
                value = further(value, end, spec.step)
        out[spec.name] = value
    return out


def advance(
    db: sqlite3.Connection,
    counter_key: str,
    counters: Mapping[str, tuple[int, int]],
    records: int,
    now: float,
) -> None:
    """Record that the first `records` records of a batch whose counters start at `counters`
    (name -> (first, step)) have printed: each next value moves past them (never back)."""
    for name, (first, step) in counters.items():
        value = first + records * step
        row = db.execute(
            "SELECT next FROM counters WHERE counter_key = ? AND name = ?", (counter_key, name)
        ).fetchone()
        if row is None:
            db.execute(
                "INSERT INTO counters (counter_key, name, next, updated) VALUES (?, ?, ?, ?)",
                (counter_key, name, value, now),
            )
        elif further(row[0], value, step) != row[0]:
            db.execute(
                "UPDATE counters SET next = ?, updated = ? WHERE counter_key = ? AND name = ?",
                (value, now, counter_key, name),
            )
