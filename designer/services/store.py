"""The app's local state: one SQLite file (WAL) that several processes can write at once.

The printers the user added, the print journal (which is also the print history), the logo
upload counts, batches and serial counters live in `xplabel.sqlite3` in the user data folder.
Every change is one transaction begun IMMEDIATE, so writers queue behind each other instead of
overwriting each other's work: twenty `xplabel printer add` at once keep twenty printers, and
the window and a script share one history. WAL lets readers go on while one writes;
`synchronous=NORMAL` makes a commit survive the process being killed, and a `durable`
transaction (the print journal's intent, written before a request leaves) is synced to the disk,
so it survives a power cut too.

The schema grows by migrations counted in `PRAGMA user_version`: to add tables (as the second
added batches and serial counters), append a function to `MIGRATIONS`; it runs once, in the
transaction that raises the version. The first migration also imports the JSON files of earlier
versions (printers.json, history.json, logos/uploads.json); they are left where they were.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from designer.services.settings import config_dir, data_dir

DB_NAME = "xplabel.sqlite3"


class StoreError(Exception):
    """The local store cannot be opened, read or written."""


@dataclass(frozen=True)
class LegacyFiles:
    """The JSON files earlier versions kept, imported once into a new store."""

    printers: Path | None = None
    history: Path | None = None
    logo_uploads: Path | None = None

    @classmethod
    def default(cls) -> LegacyFiles:
        """Where earlier versions kept them."""
        return cls(
            config_dir() / "printers.json",
            data_dir() / "history.json",
            data_dir() / "logos" / "uploads.json",
        )


class Store:
    """One SQLite database, shared by the threads of a process (each call holds a lock)."""

    def __init__(
        self, path: Path, *, legacy: LegacyFiles | None = None, timeout: float = 30.0
    ) -> None:
        self.path = Path(path)
        self._lock = threading.RLock()
        self._seen_version: int | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self.path, timeout=timeout, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise self._error("cannot be opened", exc) from None
        self._db.row_factory = sqlite3.Row
        try:
            self._db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._wal(timeout)
            self._db.execute("PRAGMA synchronous = NORMAL")
            self._db.execute("PRAGMA foreign_keys = ON")
            self._migrate(legacy or LegacyFiles())
        except sqlite3.Error as exc:
            self._db.close()
            raise self._error("cannot be used", exc) from None

    @classmethod
    def open_default(cls) -> Store:
        """The user's store, in the data folder; earlier versions' files imported once."""
        return cls(data_dir() / DB_NAME, legacy=LegacyFiles.default())

    def _error(self, what: str, exc: BaseException) -> StoreError:
        hint = (
            "another xplabel holds it too long; try again"
            if "locked" in str(exc) or "busy" in str(exc)
            else "check the folder's permissions and free space"
        )
        return StoreError(f"the local store {self.path} {what} ({exc}): {hint}")

    def _wal(self, timeout: float) -> None:
        # switching to WAL needs a moment alone with the file; the busy handler does not
        # always cover it, so several processes opening a new store at once take turns here
        give_up = time.monotonic() + timeout
        while True:
            try:
                self._db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > give_up:
                    raise
                time.sleep(0.01)

    def _migrate(self, legacy: LegacyFiles) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version >= len(MIGRATIONS):
            return
        with self.transaction() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]  # another process's?
            for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
                migration(db, legacy)
                db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction: everything in the block is committed together, or not at all.
        `durable`: the commit is synced to the disk before it returns (survives a power cut)."""
        with self._lock:
            try:
                if durable:
                    self._db.execute("PRAGMA synchronous = FULL")
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise self._error("cannot be written", exc) from None
            try:
                try:
                    yield self._db
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise
                try:
                    self._db.execute("COMMIT")
                except sqlite3.Error as exc:
                    self._db.execute("ROLLBACK")
                    raise self._error("cannot be written", exc) from None
            finally:
                if durable:
                    self._db.execute("PRAGMA synchronous = NORMAL")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """The rows of a read-only query."""
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise self._error("cannot be read", exc) from None

    def changed_elsewhere(self) -> bool:
        """True when another connection (another process) has committed since the last call."""
        with self._lock:
            version = self._db.execute("PRAGMA data_version").fetchone()[0]
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return changed

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


# --- migrations ------------------------------------------------------------------------------

_SCHEMA_1 = """
CREATE TABLE printers (            -- the printers the user added (the API cannot list them)
    sn TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    added TEXT NOT NULL            -- ISO 8601, UTC (rowid keeps the order of adding)
);
CREATE TABLE print_jobs (          -- one print of a document (or one batch, issue 14)
    id INTEGER PRIMARY KEY,
    job_key TEXT NOT NULL,         -- digest of the printer and every order's request
    sn TEXT NOT NULL,
    printer TEXT NOT NULL,         -- the printer's name when it was sent
    document TEXT NOT NULL,
    orders INTEGER NOT NULL,       -- how many orders make the job
    xml TEXT NOT NULL DEFAULT '',  -- the label XML, so the history can print it again
    options TEXT NOT NULL DEFAULT '{}', -- how it was printed (JSON: copies, mode, as_image...)
    batch TEXT,                    -- a batch's id (issue 14), NULL for a plain print
    created REAL NOT NULL          -- Unix time
);
CREATE INDEX print_jobs_by_key ON print_jobs (job_key, id);
CREATE TABLE print_orders (        -- the journal: one row per order, intent before outcome
    id INTEGER PRIMARY KEY,
    job INTEGER NOT NULL REFERENCES print_jobs (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,          -- the order's place in its job, from 0
    what TEXT NOT NULL,            -- "label XML", "label 2 as an image"
    digest TEXT NOT NULL,          -- SHA-256 of the request without its idempotency value
    copies INTEGER NOT NULL,
    mode INTEGER NOT NULL,
    idempotent TEXT NOT NULL,
    first_sent REAL NOT NULL,      -- when this idempotency value first went out (Unix time)
    state TEXT NOT NULL,           -- sending, accepted, refused, unknown, not_sent, printed, gone
    order_id TEXT,
    detail TEXT NOT NULL DEFAULT '',
    writer TEXT NOT NULL DEFAULT '', -- host:pid of the process sending it (is it still alive?)
    updated REAL NOT NULL,
    UNIQUE (job, seq)
);
CREATE INDEX print_orders_by_state ON print_orders (state);
CREATE TABLE logo_uploads (        -- logos uploaded from this computer, per printer and day
    sn TEXT NOT NULL,
    day TEXT NOT NULL,
    count INTEGER NOT NULL,
    PRIMARY KEY (sn, day)
);
"""


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run SQL statements one by one inside the open transaction (executescript would commit)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise sqlite3.ProgrammingError(f"incomplete SQL: {statement[:60]!r}")


def _read_json(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None  # none, or unreadable: it stays on disk untouched, nothing is imported


def _unix(text: str) -> float:
    try:
        return datetime.fromisoformat(text).timestamp()
    except (TypeError, ValueError):
        return 0.0


def _migration_1(db: sqlite3.Connection, legacy: LegacyFiles) -> None:
    """The first schema, and the JSON files of earlier versions imported into it."""
    _run_script(db, _SCHEMA_1)
    printers = _read_json(legacy.printers)
    for item in printers if isinstance(printers, list) else []:
        if isinstance(item, dict) and item.get("sn"):
            db.execute(
                "INSERT OR IGNORE INTO printers (sn, name, added) VALUES (?, ?, ?)",
                (str(item["sn"]), str(item.get("name", "")), str(item.get("added", ""))),
            )
    states = {"queued": "accepted", "printed": "printed", "failed": "refused"}
    history = _read_json(legacy.history)
    for n, item in enumerate(history if isinstance(history, list) else []):
        if not isinstance(item, dict):
            continue
        when = _unix(str(item.get("time", "")))
        job = db.execute(
            "INSERT INTO print_jobs (job_key, sn, printer, document, orders, xml, created) "
            "VALUES (?, ?, ?, ?, 1, ?, ?)",
            (
                f"imported:{n}",
                str(item.get("sn", "")),
                str(item.get("printer", "")),
                str(item.get("document", "")),
                str(item.get("xml", "")),
                when,
            ),
        ).lastrowid
        db.execute(
            "INSERT INTO print_orders (job, seq, what, digest, copies, mode, idempotent, "
            "first_sent, state, order_id, detail, updated) "
            "VALUES (?, 0, 'label XML', '', ?, 0, '', ?, ?, ?, ?, ?)",
            (
                job,
                int(item.get("copies", 1) or 1),
                when,
                states.get(str(item.get("state")), "accepted"),
                str(item.get("order_id", "")) or None,
                str(item.get("reason", "")),
                when,
            ),
        )
    uploads = _read_json(legacy.logo_uploads)
    for sn, days in (uploads if isinstance(uploads, dict) else {}).items():
        for day, count in (days if isinstance(days, dict) else {}).items():
            if isinstance(count, int):
                db.execute(
                    "INSERT OR REPLACE INTO logo_uploads (sn, day, count) VALUES (?, ?, ?)",
                    (str(sn), str(day), count),
                )


_SCHEMA_2 = """
CREATE TABLE batches (             -- a template printed with rows of data (issue 14)
    id TEXT PRIMARY KEY,           -- in each order's idempotency value: xpl-<id>-<order>
    identity TEXT NOT NULL,        -- digest of template, data, rows, printer, copies, date...
    counter_key TEXT NOT NULL,     -- whose serial numbers it prints (template id, else path)
    document TEXT NOT NULL,        -- the template, as the history names it
    data TEXT NOT NULL,            -- the data file
    sn TEXT NOT NULL,
    printer TEXT NOT NULL,
    job INTEGER NOT NULL REFERENCES print_jobs (id),
    state TEXT NOT NULL,           -- open (sending, or stopped and resumable), done, cancelled
    rows INTEGER NOT NULL,
    records INTEGER NOT NULL,      -- records merged (a copy with a serial of its own is one)
    labels INTEGER NOT NULL,
    orders INTEGER NOT NULL,
    options TEXT NOT NULL,         -- JSON: mode, expiresIn: the fields of every order
    counters TEXT NOT NULL,        -- JSON {name: [first, step]}: the serials it holds
    owner TEXT NOT NULL DEFAULT '', -- host:pid of the process sending it ('' when none)
    created REAL NOT NULL,
    updated REAL NOT NULL
);
CREATE INDEX batches_by_identity ON batches (identity, state);
CREATE INDEX batches_by_counters ON batches (counter_key, state);
CREATE TABLE batch_orders (        -- a batch's orders as planned, sent as they are on resume
    batch TEXT NOT NULL REFERENCES batches (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    what TEXT NOT NULL,            -- "rows 1-106"
    labels INTEGER NOT NULL,
    records_end INTEGER NOT NULL,  -- records printed once it has: counters go on from here
    content TEXT NOT NULL,         -- its label XML (emptied once the batch is over)
    PRIMARY KEY (batch, seq)
);
CREATE TABLE counters (            -- each template's serial numbers: the next value to print
    counter_key TEXT NOT NULL,
    name TEXT NOT NULL,
    next INTEGER NOT NULL,
    updated REAL NOT NULL,
    PRIMARY KEY (counter_key, name)
);
"""


def _migration_2(db: sqlite3.Connection, legacy: LegacyFiles) -> None:
    """Batch printing (issue 14): batches, their planned orders, and serial counters."""
    _run_script(db, _SCHEMA_2)


MIGRATIONS: tuple[Callable[[sqlite3.Connection, LegacyFiles], None], ...] = (
    _migration_1,
    _migration_2,
)
"""Each migration in turn; `PRAGMA user_version` counts those already run."""
