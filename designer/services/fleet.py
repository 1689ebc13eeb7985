"""The live state of the user's printers, fetched concurrently a few requests at a time.

The workers are daemon threads the caller waits for in short slices, never joins blindly: on
Ctrl+C the caller cancels the client (every socket in flight is shut at once) and is gone
within moments, instead of waiting for each stalled request as a thread pool's exit would.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from designer.cloud.errors import CloudError
from designer.cloud.models import PrinterStatus
from designer.services.printers import SavedPrinter

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient

MAX_IN_FLIGHT = 8


@dataclass(frozen=True)
class PrinterReport:
    """A saved printer with its live status and queue depth, or the error that hid them."""

    sn: str
    name: str
    status: PrinterStatus | None = None
    queue: int | None = None
    error: CloudError | None = None

    def as_json(self) -> dict[str, object]:
        """The object `xplabel printer status --json` prints."""
        out: dict[str, object] = {"sn": self.sn, "name": self.name}
        if self.status is not None:
            out.update(
                status=int(self.status.state),
                state=self.status.state.word,
                version=self.status.version,
            )
        else:
            out.update(status=None, state="unknown", version=None)
        out["queue"] = self.queue
        if self.error is not None:
            out["error"] = str(self.error)
        return out


def report(client: XpyunClient, printer: SavedPrinter) -> PrinterReport:
    """One printer's status and queue (two requests)."""
    try:
        status = client.query_printer_status(printer.sn)
        queue = client.get_await_tasks(printer.sn)
    except CloudError as exc:
        return PrinterReport(printer.sn, printer.name, error=exc)
    return PrinterReport(printer.sn, printer.name, status, queue)


def reports(
    client: XpyunClient, printers: list[SavedPrinter], max_in_flight: int = MAX_IN_FLIGHT
) -> list[PrinterReport]:
    """Every printer's report, in list order, with at most `max_in_flight` printers at a time.

    KeyboardInterrupt (or any exception) while waiting cancels the client's requests."""
    if max_in_flight <= 1 or len(printers) <= 1:
        return [report(client, p) for p in printers]
    results: list[PrinterReport | None] = [None] * len(printers)
    todo: queue.SimpleQueue[int] = queue.SimpleQueue()
    for i in range(len(printers)):
        todo.put(i)
    finished = threading.Semaphore(0)

    def work() -> None:
        while True:
            try:
                i = todo.get_nowait()
            except queue.Empty:
                return
            try:
                results[i] = report(client, printers[i])
            except Exception as exc:  # never a lost row: a bug shows as that printer's error
                p = printers[i]
                results[i] = PrinterReport(p.sn, p.name, error=CloudError(f"unexpected: {exc}"))
            finally:
                finished.release()

    for n in range(min(max_in_flight, len(printers))):
        threading.Thread(target=work, name=f"status-{n}", daemon=True).start()
    try:
        for _ in printers:
            while not finished.acquire(timeout=0.2):  # short waits: Ctrl+C is seen at once
                pass
    except BaseException:
        client.cancel()
        raise
    return [r for r in results if r is not None]
