"""The live state of the user's printers, fetched concurrently a few requests at a time."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
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
    """Every printer's report, in list order, with at most `max_in_flight` printers at a time."""
    if max_in_flight <= 1:
        return [report(client, p) for p in printers]
    with ThreadPoolExecutor(max_workers=max_in_flight, thread_name_prefix="status") as pool:
        return list(pool.map(lambda p: report(client, p), printers))
