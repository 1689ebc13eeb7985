"""A batch's orders: the labels of its merged records cut, in row order, into orders that each
stay well under what the platform stores, and what each order prints ('rows 1-106').

The platform keeps an order's content in a database text field of 65,535 bytes (error 1004
ADD_ORDER_FAILED when it overflows). An order here holds whole records (a record's labels are
never split) and at most ORDER_BUDGET_BYTES of label XML, measured on the very lines that are
sent (the writer's `write_label` lines, UTF-8): three quarters of the field, a margin for
whatever the platform adds. A single record larger than the budget travels alone, and one
larger than the field itself is an error of its row.
"""

from __future__ import annotations

from dataclasses import dataclass

from designer.labelxml import write
from designer.labelxml.writer import labels_lines
from designer.merge import MergedRecord, RecordProblem, row_ranges
from designer.model import Page, Severity
from designer.model.messages import Message, message
from designer.model.quote import Verbatim

ORDER_LIMIT_BYTES = 65_535
"""What the platform stores of an order's content (error 1004 beyond it)."""
ORDER_BUDGET_BYTES = 48_000
"""What one order of a batch holds at most: well under the limit."""


@dataclass(frozen=True)
class PlannedOrder:
    """One order of a batch: its label XML and what it prints."""

    seq: int
    content: str
    what: str  # 'rows 1-106', for the journal and the history
    labels: int  # labels it prints (copies counted)
    records_end: int  # records merged once it is printed: counters go on from here


def order_what(rows: str) -> Message:
    """What an order of a batch prints, by its rows (`'5'`, `'1-106'`), as the journal and the
    history keep it: 'row 5', 'rows 1-106'. The store keeps the English; `order_what` of the
    rows read back from it makes the message again, for the window to say."""
    if rows.isdigit():
        return message("row {row}", row=Verbatim(rows))
    return message("rows {rows}", rows=Verbatim(rows))


def stored_what(what: str) -> str:
    """A batch order's `what` as the store keeps it, made a message again (other text as is)."""
    head, _, rows = what.partition(" ")
    return order_what(rows) if head in ("row", "rows") and rows else what


def cut_orders(
    page: Page, merged: list[MergedRecord], budget: int
) -> tuple[list[PlannedOrder], list[RecordProblem]]:
    """The orders, each at most `budget` bytes of XML (a record alone may be larger, up to the
    platform's limit); and an error for each record too large for any order."""
    head, tail = write(page.replace(labels=())).splitlines()
    frame = len(head.encode("utf-8")) + len(tail.encode("utf-8")) + 2  # with their newlines
    lines_of = labels_lines(label for m in merged for label in m.labels)
    orders: list[PlannedOrder] = []
    oversized: list[RecordProblem] = []
    lines: list[str] = []
    rows: list[int] = []
    size = frame
    labels = 0

    def flush(end: int) -> None:
        nonlocal lines, rows, size, labels
        if lines:
            content = "\n".join([head, *lines, tail]) + "\n"
            what = order_what(str(rows[0]) if len(set(rows)) == 1 else row_ranges(rows))
            orders.append(PlannedOrder(len(orders), content, what, labels, end))
        lines, rows, size, labels = [], [], frame, 0

    for n, record in enumerate(merged):
        record_lines: list[str] = []
        for _ in record.labels:
            record_lines.extend(next(lines_of))
        record_size = sum(
            (len(line) if line.isascii() else len(line.encode("utf-8"))) + 1
            for line in record_lines
        )
        if frame + record_size > ORDER_LIMIT_BYTES:
            problem = message(
                "its labels are {size:,} bytes of label XML, more than an order can hold "
                "({limit:,}): make its images or texts smaller",
                size=frame + record_size,
                limit=ORDER_LIMIT_BYTES,
            )
            oversized.append(
                RecordProblem(record.row, Severity.ERROR, problem, -1, -1, message("label"))
            )
            continue
        if lines and size + record_size > budget:
            flush(n)
        lines.extend(record_lines)
        rows.append(record.row)
        size += record_size
        labels += sum(label.c for label in record.labels)
    flush(len(merged))
    return orders, oversized
