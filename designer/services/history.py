"""The print history: every order sent, and what became of it. Kept in the user data folder."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path

from designer.services.files import atomic_write_bytes
from designer.services.settings import data_dir

QUEUED, PRINTED, FAILED = "queued", "printed", "failed"


@dataclass(frozen=True)
class HistoryEntry:
    """One order: when, what, where, how many, its id, and its state (queued/printed/failed)."""

    time: str
    document: str
    sn: str
    printer: str
    copies: int
    order_id: str
    state: str = QUEUED
    reason: str = ""
    xml: str = ""  # the label XML that was printed, so any order can be printed again


class PrintHistory:
    """The history file: newest last, at most `limit` entries."""

    def __init__(self, path: Path | None = None, limit: int = 500) -> None:
        self.path = path or data_dir() / "history.json"
        self.limit = limit
        self.entries: list[HistoryEntry] = self._load()

    def _load(self) -> list[HistoryEntry]:
        try:
            data = json.loads(self.path.read_text("utf-8"))
            return [HistoryEntry(**item) for item in data]
        except (OSError, ValueError, TypeError):
            return []  # no history yet, or an unreadable one: start afresh rather than fail

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps([asdict(e) for e in self.entries[-self.limit :]], ensure_ascii=False)
        atomic_write_bytes(self.path, data.encode("utf-8"))

    def add(
        self,
        document: str,
        sn: str,
        printer: str,
        copies: int,
        order_id: str,
        state: str = QUEUED,
        reason: str = "",
        xml: str = "",
    ) -> HistoryEntry:
        """Record an order."""
        entry = HistoryEntry(
            datetime.now().isoformat(timespec="seconds"),
            document,
            sn,
            printer,
            copies,
            order_id,
            state,
            reason,
            xml,
        )
        self.entries.append(entry)
        self._save()
        return entry

    def set_state(self, order_id: str, state: str, reason: str = "") -> None:
        """An order's new state."""
        self.entries = [
            replace(e, state=state, reason=reason) if e.order_id == order_id else e
            for e in self.entries
        ]
        self._save()

    def waiting(self) -> list[HistoryEntry]:
        """Orders not known to be printed or failed."""
        return [e for e in self.entries if e.state == QUEUED and e.order_id]
