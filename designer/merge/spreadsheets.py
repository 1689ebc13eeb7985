"""Spreadsheets (.xlsx, .xls, .ods) through python-calamine, cells written as the user sees them.

calamine reads all three formats (about ten times quicker than openpyxl) and gives each cell a
Python value. A whole number stays whole (6920123456783, never 6.92e12 or 6920123456783.0);
other numbers take at most 15 significant digits, as spreadsheets show them (0.1 + 0.2 is 0.3);
a date cell reads 2026-11-29, a date and time 2026-11-29 08:30, a time 08:30 (seconds only when
there are some); TRUE and FALSE as spreadsheets write them; text as it is (leading zeros kept).
A cell's number format (a currency, a fixed count of decimals, zeros before a number) is not
read: a placeholder's format says it ({{price:.2f}}, {{zip:06}}).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import python_calamine as calamine

from designer.merge.sources import DataSourceError
from designer.model.messages import message
from designer.model.quote import Verbatim

_MAX_EXACT = 2**53  # floats hold every whole number up to here


def read_sheet(
    path: Path, sheet: str | None, name: str
) -> tuple[list[tuple[str, ...]], str, tuple[str, ...]]:
    """The rows of a sheet (by name, or by number from 1; the first when None) as text cells,
    the sheet's name, and every sheet's name."""
    try:
        with calamine.CalamineWorkbook.from_path(path) as book:
            names = tuple(book.sheet_names)
            if not names:
                raise DataSourceError(
                    message("{name}: the workbook has no sheets", name=Verbatim(name))
                )
            index = _sheet_index(names, sheet, name)
            values = book.get_sheet_by_index(index).to_python()
    except DataSourceError:
        raise
    except (calamine.CalamineError, OSError, ValueError, RuntimeError) as exc:
        reason = str(exc).strip() or type(exc).__name__
        raise DataSourceError(
            message(
                "{name}: cannot read as a spreadsheet: {reason}",
                name=Verbatim(name),
                reason=Verbatim(reason),
            )
        ) from None
    return rows_text(values), names[index], names


def rows_text(values: list[list[object]]) -> list[tuple[str, ...]]:
    """Every cell as text; a value met again (a date, a price) is written once."""
    memo: dict[tuple[type, object], str] = {}  # by type too: True == 1 == 1.0
    out = []
    for row in values:
        cells = []
        for v in row:
            if type(v) is not str:
                key = (type(v), v)
                text = memo.get(key)
                if text is None:
                    text = memo[key] = cell_text(v)
                v = text
            cells.append(v)
        out.append(tuple(cells))
    return out


def _sheet_index(names: tuple[str, ...], sheet: str | None, name: str) -> int:
    if sheet is None:
        return 0
    if sheet in names:
        return names.index(sheet)
    folded = [n.casefold() for n in names]
    if sheet.casefold() in folded:
        return folded.index(sheet.casefold())
    if sheet.isdigit() and 1 <= int(sheet) <= len(names):
        return int(sheet) - 1
    listed = ", ".join(repr(n) for n in names)
    raise DataSourceError(
        message(
            "{name}: no sheet {sheet!r} (it has {listed})",
            name=Verbatim(name),
            sheet=sheet,
            listed=Verbatim(listed),
        )
    )


def cell_text(value: object) -> str:
    """A cell's value as a spreadsheet shows it in General format."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        sign = "-" if seconds < 0 else ""
        hours, rest = divmod(abs(seconds), 3600)
        return f"{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return "" if value is None else str(value)


def number_text(value: float) -> str:
    """A float as a spreadsheet shows it: whole numbers with every digit, others with at most
    15 significant digits."""
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer() and abs(value) < _MAX_EXACT:
        return str(int(value))  # also -0.0 -> 0
    text = format(value, ".15g")
    if "e" in text:
        mantissa, exponent = text.split("e")
        return f"{mantissa}E{exponent[0]}{int(exponent[1:]):02d}"
    return text
