"""The printers the user added: the API cannot list them, so the app keeps its own list.

A JSON file in the user config folder, written atomically: [{"sn", "name", "added"}, ...].
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from designer.services.files import atomic_write_bytes
from designer.services.settings import config_dir


class PrinterListError(Exception):
    """The printer list file exists but cannot be read."""


@dataclass(frozen=True)
class SavedPrinter:
    """A printer the user added: serial number, name, and when (ISO 8601, UTC)."""

    sn: str
    name: str
    added: str


class PrinterList:
    """The saved printers, in the order they were added."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "printers.json"

    def load(self) -> list[SavedPrinter]:
        """Every saved printer."""
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return [SavedPrinter(str(p["sn"]), str(p["name"]), str(p["added"])) for p in data]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise PrinterListError(f"{self.path}: cannot read the printer list: {exc}") from exc

    def _save(self, printers: list[SavedPrinter]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([asdict(p) for p in printers], ensure_ascii=False, indent=2)
        atomic_write_bytes(self.path, data.encode("utf-8"))

    def get(self, sn: str) -> SavedPrinter | None:
        """The saved printer with serial number `sn`."""
        return next((p for p in self.load() if p.sn == sn), None)

    def add(self, sn: str, name: str) -> SavedPrinter:
        """Remember a printer (renaming it when it is already there)."""
        printers = self.load()
        existing = next((p for p in printers if p.sn == sn), None)
        added = existing.added if existing else datetime.now(UTC).isoformat(timespec="seconds")
        printer = SavedPrinter(sn, name, added)
        printers = [printer if p.sn == sn else p for p in printers]
        if existing is None:
            printers.append(printer)
        self._save(printers)
        return printer

    def remove(self, sn: str) -> bool:
        """Forget a printer; False when it was not in the list."""
        printers = self.load()
        kept = [p for p in printers if p.sn != sn]
        if len(kept) == len(printers):
            return False
        self._save(kept)
        return True
