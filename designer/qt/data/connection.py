"""The document's connected data: which file, its table, the record shown, the rows chosen.

The connection lives in the template itself: its merge settings (`<?xplabel-merge data=...?>`)
are among the document's processing instructions, written on save. Connecting or disconnecting
is an undoable step that changes them (and marks the document modified); opening a template
that names its data reads it (on a worker: the window never waits for a big file). The canvas
and the preview ask `merged(label)` for the current record's label; the Problems panel asks
`problems()`; the properties and the in-place editor ask `doc.field_names()`.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from designer.labelxml.problems import Instruction
from designer.merge.settings import MergeSettings, read_settings, with_settings
from designer.qt.background import run_in_background
from designer.qt.cloud_words import describe
from designer.qt.document import LabelDocument

if TYPE_CHECKING:  # the merge engine and the readers load once data is connected
    from designer.merge import DataTable, Record
    from designer.model import Label, Problem
    from designer.qt.data.display import RecordDisplay


class InstructionsCommand(QUndoCommand):
    """Change the document's processing instructions (its merge settings): an undoable step."""

    def __init__(
        self, connection: DataConnection, after: tuple[Instruction, ...], text: str
    ) -> None:
        super().__init__(text)
        self.connection = connection
        self.before, self.after = connection.doc.instructions, after

    def redo(self) -> None:
        self.connection.set_instructions(self.after)

    def undo(self) -> None:
        self.connection.set_instructions(self.before)


def new_id() -> str:
    """A new template's id, which its serial numbers are kept under."""
    import uuid  # here: it loads the platform module, which a start without data need not

    return uuid.uuid4().hex[:12]


def read_data(path: Path, sheet: str | None, header: bool) -> tuple[DataTable, str]:
    """A data file's table and the digest of the bytes it was read from (on a worker:
    DataSourceError)."""
    from designer.merge import read_table

    table = read_table(path, sheet=sheet, header=header)
    return table, table.digest or ""


class DataConnection(QObject):
    """The data connected to one document."""

    data_changed = Signal()  # connected, disconnected, read again (or failed: `error`)
    record_changed = Signal(int)  # the record shown: its index in `records`
    chosen_changed = Signal()  # rows ticked or unticked, the copies column

    def __init__(self, doc: LabelDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.settings = MergeSettings()
        self.table: DataTable | None = None
        self.path: Path | None = None
        self.digest = ""
        self.error = ""
        self.index = 0
        self.chosen: set[int] = set()  # the rows ticked (row numbers)
        self.copies_column: str | None = None
        self.starts: dict[str, int] = {}  # counters' next values, from the store
        self.loading = False
        self._wanted: tuple | None = None
        self._display: RecordDisplay | None = None
        self._ordinals: dict[int, int] = {}
        self._adopt: tuple | None = None  # a file the Connect dialog has read already
        doc.field_names = self.field_names
        doc.replaced.connect(lambda: self.set_instructions(doc.instructions, fresh=True))
        self.set_instructions(doc.instructions, fresh=True)

    # --- what the window asks ------------------------------------------------------------

    @property
    def connected(self) -> bool:
        """True when a data file is connected and read."""
        return self.table is not None

    @property
    def records(self) -> list[Record]:
        """The data's records (blank rows left out)."""
        return self.table.records if self.table is not None else []

    @property
    def record(self) -> Record | None:
        """The record shown."""
        records = self.records
        return records[self.index] if 0 <= self.index < len(records) else None

    def chosen_records(self) -> list[Record]:
        """The records ticked, in row order."""
        return [r for r in self.records if r.row in self.chosen]

    def field_names(self) -> list[str]:
        """What a placeholder can name: the columns, the counters, row and date."""
        if self.table is None:
            return []
        columns = [h for h in self.table.header or ()] or [
            str(i + 1) for i in range(self.table.width)
        ]
        counters = [c.name for c in self.settings.counters] or ["serial"]
        return [*columns, *counters, "row", "date"]

    def display(self) -> RecordDisplay | None:
        """The current page merged for display (made again when the page or data changed)."""
        if self.table is None:
            return None
        page = self.doc.page
        if self._display is None or self._display.page is not page:
            from designer.qt.data.display import RecordDisplay

            self._display = RecordDisplay(page, self.table, self.settings, counters=self.starts)
        return self._display

    def merged(self, label: int) -> Label | None:
        """Label `label` with the shown record's values (None: no data, show placeholders)."""
        display, record = self.display(), self.record
        if display is None or record is None:
            return None
        return display.label(record, self._ordinals.get(record.row, self.index), label)

    def problems(self) -> list[Problem]:
        """Placeholders that name no column, and what is wrong with the record shown."""
        display, record = self.display(), self.record
        if display is None or record is None:
            return []
        ordinal = self._ordinals.get(record.row, self.index)
        return display.problems + display.record_problems(record, ordinal)

    def data_file(self) -> Path | None:
        """The data file the settings name, relative to the template's folder."""
        if not self.settings.data:
            return None
        data = Path(os.path.expanduser(self.settings.data))
        if data.is_absolute() or self.doc.path is None:
            return data
        return self.doc.path.parent / data

    # --- moving about --------------------------------------------------------------------

    def go(self, index: int) -> None:
        """Show record `index` (kept within the records)."""
        index = max(0, min(index, len(self.records) - 1))
        if index != self.index:
            self.index = index
            self.record_changed.emit(index)

    def choose(self, rows: set[int]) -> None:
        """Tick exactly these rows."""
        self.chosen = set(rows)
        self._number()
        self.chosen_changed.emit()

    def set_copies_column(self, name: str | None) -> None:
        """The column whose value is each row's copies (None: every row once)."""
        self.copies_column = name
        self.chosen_changed.emit()

    def _number(self) -> None:
        """Each ticked record's place in a batch (its serial numbers)."""
        chosen = self.chosen
        self._ordinals = {
            r.row: n for n, r in enumerate(r for r in self.records if r.row in chosen)
        }  # the display stays: it is the template and the table's, whatever is ticked

    # --- connecting ----------------------------------------------------------------------

    def connect_file(
        self, path: Path, table: DataTable, digest: str, sheet: str | None, header: bool
    ) -> None:
        """Connect `path` (already read: `table`) to the template: an undoable step that
        writes its settings (with an id for its serial numbers, if it has none yet)."""
        data = str(path.resolve())
        if self.doc.path is not None:
            folder = self.doc.path.resolve().parent
            if path.resolve().is_relative_to(folder):
                data = os.path.relpath(path.resolve(), folder)
        settings = replace(
            self.settings,
            data=data,
            sheet=sheet,
            header=header,
            id=self.settings.id or new_id(),
        )
        self._adopt = (path.resolve(), sheet, header, table, digest)
        after = tuple(with_settings(self.doc.instructions, settings))
        self.doc.undo_stack.push(InstructionsCommand(self, after, self.tr("Connect data")))

    def disconnect_file(self) -> None:
        """Disconnect the data (the counters and the id stay): an undoable step."""
        settings = replace(self.settings, data=None, sheet=None, header=True)
        after = tuple(with_settings(self.doc.instructions, settings))
        self.doc.undo_stack.push(InstructionsCommand(self, after, self.tr("Disconnect data")))

    def set_instructions(self, instructions: tuple, *, fresh: bool = False) -> None:
        """The document's instructions changed (a command, or another file opened): read the
        settings, and the data they name when it is not what is connected already."""
        self.doc.instructions = tuple(instructions)
        self.settings, _ = read_settings(self.doc.instructions)
        self._display = None
        path = self.data_file()
        wanted = (
            None if path is None else (path.resolve(), self.settings.sheet, self.settings.header)
        )
        if wanted == self._wanted and not fresh:
            self.data_changed.emit()  # settings such as counters may have changed
            return
        self._wanted = wanted
        adopt, self._adopt = self._adopt, None
        if wanted is None:
            self._set_table(None, None, "", "")
        elif adopt is not None and adopt[:3] == wanted:
            self._set_table(adopt[3], wanted[0], adopt[4], "")
        else:
            if self.table is not None:  # never the new template with the old data, meanwhile
                self._set_table(None, None, "", "")
            self._load(wanted)

    def reload(self) -> None:
        """Read the data file again (it changed on disk)."""
        if self._wanted is not None:
            self._load(self._wanted)

    def _load(self, wanted: tuple) -> None:
        self.loading = True
        self.error = ""
        path, sheet, header = wanted

        def done(result: tuple[DataTable, str] | None, error: Exception | None) -> None:
            if wanted != self._wanted:
                return  # another file was asked for meanwhile
            self.loading = False
            if error is not None or result is None:
                self._set_table(None, None, "", describe(error))
            else:
                self._set_table(result[0], path, result[1], "")

        run_in_background(self, lambda: read_data(path, sheet, header), done)

    def _set_table(
        self, table: DataTable | None, path: Path | None, digest: str, error: str
    ) -> None:
        self.table, self.path, self.digest, self.error = table, path, digest, error
        self.index = 0
        self.chosen = {r.row for r in self.records}
        headers = table.header or () if table is not None else ()
        if self.copies_column not in headers:
            self.copies_column = None
        self._display = None  # another table
        self._number()
        self.data_changed.emit()
        self.record_changed.emit(0)

    def set_starts(self, starts: dict[str, int]) -> None:
        """Where the template's counters stand (the store's next values): the serial numbers
        shown are those the ticked rows would print with."""
        if starts != self.starts:
            self.starts = dict(starts)
            self._display = None
