"""The print history lists orders without their job's label XML (read often, up to 500 rows);
Reprint reads a job's XML and options when it needs them."""

from __future__ import annotations

import json
from pathlib import Path

from designer.services.history import JobPrint, PrintHistory
from designer.services.journal import ACCEPTED, PrintJournal
from designer.services.store import Store


def test_a_jobs_print_is_read_when_asked_not_with_every_listing(tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite3")
    try:
        journal = PrintJournal(store)
        options = json.dumps({"copies": 2, "mode": 1})
        job = journal.new_job("key", "P1", "Kitchen", "a.xml", 1, "<PAGE/>", options)
        row = journal.intent(job, 0, "label XML", "digest", 2, 1, "v1", journal.clock())
        journal.outcome(row, ACCEPTED, "OM1")
        history = PrintHistory(store)
        (entry,) = history.entries
        assert (entry.job, entry.order_id, entry.copies) == (job, "OM1", 2)
        assert "<PAGE/>" not in repr(entry)  # the listing carries no XML
        assert history.job_print(job) == JobPrint("<PAGE/>", options)
        assert entry.xml == "<PAGE/>"  # still there for whoever asks
        assert history.job_print(job + 1) == JobPrint("", "{}")
        assert history.waiting() == [entry]
    finally:
        store.close()
