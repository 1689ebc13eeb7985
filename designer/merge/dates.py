"""Dates for placeholders: `{{date+7d}}` offsets, formats, and date cells read back from text.

An offset is a sign, a count and a unit: `d` days, `w` weeks, `m` months, `y` years; several
chain left to right (`date+1m-1d`: the day before the same day next month). Months and years
keep the day of the month when they can and otherwise take the month's last day (31 January +1m
is 28 or 29 February), as spreadsheets' EDATE does.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from designer.model.messages import message
from designer.model.quote import Verbatim

DEFAULT_DATE_FORMAT = "%Y-%m-%d"
"""How `{{date}}` is written without a format: 2026-11-29."""

OFFSET = re.compile(r"\s*([+-])\s*(\d{1,5})\s*([dwmy])")
"""One offset of a date placeholder: sign, count, unit."""

Offset = tuple[int, str]  # (signed count, unit)

_DATE_TEXT = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
)


def parse_offsets(text: str) -> tuple[Offset, ...] | None:
    """The offsets in `text` (`+7d-1m`), or None when it is not a run of offsets."""
    offsets: list[Offset] = []
    at = 0
    while at < len(text):
        m = OFFSET.match(text, at)
        if m is None:
            return None if text[at:].strip() else tuple(offsets)
        sign, count, unit = m.groups()
        offsets.append((int(count) if sign == "+" else -int(count), unit))
        at = m.end()
    return tuple(offsets)


def shifted(when: datetime, offsets: tuple[Offset, ...]) -> datetime:
    """`when` moved by each offset in turn; ValueError when it leaves years 1..9999."""
    try:
        for count, unit in offsets:
            if unit == "d":
                when += timedelta(days=count)
            elif unit == "w":
                when += timedelta(weeks=count)
            else:
                when = _add_months(when, count * 12 if unit == "y" else count)
    except OverflowError:
        raise ValueError(message("the date leaves the calendar (years 1 to 9999)")) from None
    return when


def _add_months(when: datetime, months: int) -> datetime:
    index = when.year * 12 + when.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError(message("the date leaves the calendar (years 1 to 9999)"))
    import calendar  # here: only month offsets need it (the window starts without)

    day = min(when.day, calendar.monthrange(year, month + 1)[1])
    return when.replace(year=year, month=month + 1, day=day)


def format_date(when: date, fmt: str) -> str:
    """`when` written with the strftime pattern `fmt`; ValueError when `fmt` is not one."""
    return when.strftime(fmt)


def format_problem(fmt: str) -> str | None:
    """Why `fmt` is not a date format (a `Message`), or None when it is."""
    try:
        datetime(2026, 11, 29, 8, 30).strftime(fmt)
    except (ValueError, UnicodeError) as exc:
        return message(
            "{format!r} is not a date format ({reason})", format=fmt, reason=Verbatim(exc)
        )
    return None


def date_from_text(text: str) -> datetime | None:
    """The date (and time) of a cell's text as the data sources write dates (2026-11-29,
    2026-11-29 08:30), also with / or . between the parts; None when it is not one."""
    m = _DATE_TEXT.fullmatch(text.strip())
    if m is None:
        return None
    year, month, day, hour, minute, second = m.groups()
    try:
        return datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
    except ValueError:
        return None
