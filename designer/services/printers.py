"""The printers the user added: the API cannot list them, so the app keeps its own list.

The list lives in the local store (`store.py`): each add or remove is one transaction, so
several processes adding printers at once keep every one. `add_printer` is the one way, for the
window and the command line, to add a printer that may already be the user's: verifyPrinter,
then the list; PRINTER_EXIST (1009) means it is already this account's, and it is kept;
verifyPrinter answering false means it was not added, and nothing is kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from designer.cloud.errors import PrinterExistError, PrinterNotAddedError
from designer.services.store import Store

if TYPE_CHECKING:
    from designer.cloud.client import XpyunClient

ADDED, KEPT = "added", "kept"


@dataclass(frozen=True)
class SavedPrinter:
    """A printer the user added: serial number, name, and when (ISO 8601, UTC)."""

    sn: str
    name: str
    added: str


class PrinterList:
    """The saved printers, in the order they were added."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def load(self) -> list[SavedPrinter]:
        """Every saved printer."""
        rows = self.store.query("SELECT sn, name, added FROM printers ORDER BY rowid")
        return [SavedPrinter(r["sn"], r["name"], r["added"]) for r in rows]

    def get(self, sn: str) -> SavedPrinter | None:
        """The saved printer with serial number `sn`."""
        rows = self.store.query("SELECT sn, name, added FROM printers WHERE sn = ?", (sn,))
        return SavedPrinter(rows[0]["sn"], rows[0]["name"], rows[0]["added"]) if rows else None

    def add(self, sn: str, name: str) -> SavedPrinter:
        """Remember a printer (renaming it when it is already there)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO printers (sn, name, added) VALUES (?, ?, ?) "
                "ON CONFLICT (sn) DO UPDATE SET name = excluded.name",
                (sn, name, now),
            )
            row = db.execute("SELECT added FROM printers WHERE sn = ?", (sn,)).fetchone()
        return SavedPrinter(sn, name, row["added"])

    def remove(self, sn: str) -> bool:
        """Forget a printer; False when it was not in the list."""
        with self.store.transaction() as db:
            return db.execute("DELETE FROM printers WHERE sn = ?", (sn,)).rowcount > 0


def add_printer(client: XpyunClient, printers: PrinterList, sn: str, name: str) -> str:
    """Add printer `sn` to the account and keep it in the list: ADDED, or KEPT when it was
    already this account's (1009). PrinterNotAddedError when verifyPrinter answers false; the
    platform's error (another account's printer, a bad SN) as it comes."""
    try:
        added = client.verify_printer(sn, name)
    except PrinterExistError:
        printers.add(sn, name)
        return KEPT
    if not added:
        raise PrinterNotAddedError(sn)
    printers.add(sn, name)
    return ADDED
