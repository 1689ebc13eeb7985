"""Data sources: a CSV/TSV file or a spreadsheet's sheet, read into a table of text cells.

Every cell is text as the user sees it (numbers keep their digits, dates read 2026-11-29), so a
record fills a template with plain string joins. Rows are numbered from 1, the header row not
counted; a blank row keeps its number but is no record, so "row 57" is always the 57th row after
the header in the file or sheet.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from designer.model.messages import Message, message
from designer.model.quote import Verbatim

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".tab", ".txt")


class DataSourceError(Exception):
    """A data file that cannot be read, said in one line (the file's name first): a `Message`
    in `args[0]`, so that the window says it in its language."""

    def __init__(self, text: Message) -> None:
        super().__init__(text)


def os_reason(exc: OSError) -> str:
    """Why the system could not read a file: the usual reasons as messages (their English is the
    system's own words), any other as the system says it."""
    reason = exc.strerror or str(exc)
    known = _OS_REASONS.get(exc.errno)
    return known if known == reason else Verbatim(reason)


def unreadable(name: str, exc: OSError) -> DataSourceError:
    """The error of data file `name` that the system could not read (`exc`)."""
    if isinstance(exc, IsADirectoryError):
        return DataSourceError(
            message("{name}: is a directory, not a data file", name=Verbatim(name))
        )
    return DataSourceError(
        message("{name}: cannot read: {reason}", name=Verbatim(name), reason=os_reason(exc))
    )


_OS_REASONS = {
    errno.ENOENT: message("No such file or directory"),
    errno.EACCES: message("Permission denied"),
    errno.EPERM: message("Operation not permitted"),
    errno.ENOTDIR: message("Not a directory"),
    errno.EIO: message("Input/output error"),
    errno.ENAMETOOLONG: message("File name too long"),
}
"""The system's reasons a person meets when a data file cannot be read, in the words of
strerror (Linux, macOS); a reason worded otherwise is shown as the system says it."""


class Record(NamedTuple):
    """One row of data: its number (from 1, the header row not counted) and its cells."""

    row: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class DataTable:
    """What a data source holds: its column headers (None without a header row), its records
    (blank rows left out; every record has `width` cells), the sheets it could have read, and
    the SHA-256 of the file's bytes (None for a table not read from a file)."""

    name: str  # the file, as the user named it
    header: tuple[str, ...] | None
    records: list[Record]
    width: int  # columns: the widest row
    rows: int  # the last row's number (blank rows counted)
    sheet: str | None = None  # the sheet read, for a spreadsheet
    sheets: tuple[str, ...] = ()  # every sheet of a spreadsheet
    digest: str | None = field(default=None, compare=False)  # hex SHA-256 of the file read

    def column_title(self, index: int) -> str:
        """How a message names column `index` (from 0): its header, else its number."""
        if self.header is not None and index < len(self.header) and self.header[index]:
            return self.header[index]
        return str(index + 1)


def read_table(
    path: str | os.PathLike[str],
    *,
    sheet: str | None = None,
    header: bool = True,
    name: str | None = None,
) -> DataTable:
    """The table in a data file: CSV/TSV (encoding and delimiter found out) or a spreadsheet
    (.xlsx, .xls, .ods; `sheet` by name or number, else the first), with the digest of the
    bytes read (a batch knows its data by it). DataSourceError when the file cannot be read as
    either."""
    name = name or os.fspath(path)
    path = Path(path)
    suffix = path.suffix.lower()
    import hashlib  # here: loading OpenSSL's digests is for reading a file, not for starting

    try:
        with path.open("rb") as fh:
            magic = fh.peek(8)[:8]
            spreadsheet = suffix in SPREADSHEET_SUFFIXES or (
                suffix not in TEXT_SUFFIXES
                and magic.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))
            )
            if spreadsheet:  # calamine reads the file itself (its format by the suffix)
                digest = hashlib.file_digest(fh, "sha256").hexdigest()
            else:
                raw = fh.read()
                digest = hashlib.sha256(raw).hexdigest()
    except OSError as exc:
        raise unreadable(name, exc) from None
    if spreadsheet:
        from designer.merge.spreadsheets import read_sheet  # python-calamine only when needed

        rows, sheet_name, sheets = read_sheet(path, sheet, name)
        return table_from_rows(
            name, rows, header=header, sheet=sheet_name, sheets=sheets, digest=digest
        )
    if sheet is not None:
        raise DataSourceError(
            message(
                "{name}: a text file has no sheets (--sheet is for spreadsheets)",
                name=Verbatim(name),
            )
        )
    from designer.merge.textfiles import read_text_rows

    rows = read_text_rows(raw, name, prefer_tab=suffix in (".tsv", ".tab"))
    return table_from_rows(name, rows, header=header, digest=digest)


def table_from_rows(
    name: str,
    rows: Iterable[Sequence[str]],
    *,
    header: bool = True,
    sheet: str | None = None,
    sheets: tuple[str, ...] = (),
    digest: str | None = None,
) -> DataTable:
    """A table of text rows: the first row that is not blank is the header when `header`
    (`digest`: the SHA-256 of the file they were read from)."""
    records: list[Record] = []
    titles: tuple[str, ...] | None = None
    width = 0
    number = 0
    for cells in rows:
        if not "".join(cells).strip():
            if titles is not None or not header:
                number += 1  # a blank row keeps its number
            continue
        if header and titles is None:
            titles = tuple(" ".join(c.split()) for c in cells)
            width = len(titles)
            continue
        number += 1
        record = Record(number, cells if type(cells) is tuple else tuple(cells))
        if len(cells) > width:
            width = len(cells)
        records.append(record)
    for i, (row, cells) in enumerate(records):
        if len(cells) < width:
            records[i] = Record(row, cells + ("",) * (width - len(cells)))
    if titles is not None and len(titles) < width:
        titles += ("",) * (width - len(titles))
    rows_seen = records[-1].row if records else 0
    return DataTable(name, titles, records, width, rows_seen, sheet, sheets, digest)


def select_rows(table: DataTable, ranges: Sequence[tuple[int, int]] | None) -> list[Record]:
    """The records in `ranges` (inclusive row numbers, in the order given), or all of them;
    DataSourceError naming rows the data does not have or that are blank."""
    if ranges is None:
        return table.records
    by_row = {record.row: record for record in table.records}
    chosen: list[Record] = []
    missing: list[int] = []
    for first, last in ranges:
        for row in range(first, last + 1):
            record = by_row.get(row)
            if record is None:
                missing.append(row)
            else:
                chosen.append(record)
    if missing:
        blank = [r for r in missing if r <= table.rows]
        name = Verbatim(table.name)
        if blank:
            raise DataSourceError(
                message("{name}: row {row} is blank: it has no record", name=name, row=blank[0])
            )
        if table.header is not None:
            raise DataSourceError(
                message(
                    "{name}: there is no row {row}: the data has {rows} rows after the header row",
                    name=name,
                    row=missing[0],
                    rows=table.rows,
                )
            )
        raise DataSourceError(
            message(
                "{name}: there is no row {row}: the data has {rows} rows",
                name=name,
                row=missing[0],
                rows=table.rows,
            )
        )
    return chosen


def parse_rows(text: str) -> list[tuple[int, int]]:
    """Row ranges from `1-10,15` (inclusive, from 1); ValueError saying what is wrong."""
    ranges = []
    for part in text.split(","):
        part = part.strip()
        first, dash, last = part.partition("-")
        try:
            lo = int(first)
            hi = int(last) if dash else lo
        except ValueError:
            raise ValueError(
                message("{part!r} is not a row or a range of rows (such as 1-10,15)", part=part)
            ) from None
        if lo < 1 or hi < lo:
            raise ValueError(
                message("{part!r}: rows are numbered from 1 and a range goes up (3-7)", part=part)
            )
        ranges.append((lo, hi))
    return ranges


def row_ranges(rows: Sequence[int]) -> str:
    """`1-3, 7, 9-10` for rows 1, 2, 3, 7, 9, 10 (in the order given; a row repeated at once,
    as copies repeat it, counts once)."""
    parts: list[str] = []
    start = prev = rows[0]
    for row in [*rows[1:], None]:
        if row is not None and row in (prev, prev + 1):
            prev = row
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if row is not None:
            start = prev = row
    return ", ".join(parts)
