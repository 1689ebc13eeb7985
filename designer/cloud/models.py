"""What the cloud's endpoints answer, as typed values."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class PrinterState(IntEnum):
    """A printer's state as queryPrinterStatus gives it."""

    OFFLINE = 0  # no contact with the server for over 30 s
    ONLINE = 1  # online and working
    ABNORMAL = 2  # online, but abnormal: usually out of paper

    @property
    def word(self) -> str:
        """offline, online or abnormal."""
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """queryPrinterStatus: the state and the firmware version."""

    state: PrinterState
    version: str


@dataclass(frozen=True, slots=True)
class PrintResult:
    """An accepted print order. `order_id` is None only when a retry found the order already
    accepted and the platform did not repeat its id."""

    order_id: str | None
    idempotent: str
    retried: bool = False
