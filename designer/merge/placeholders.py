r"""Placeholders in a template's content, parsed once into a pattern of literals and slots.

    {{name}}          the cell of the column headed `name` (any script, spaces inside; trimmed)
    {{[name]}}        the same, also for a header that is a reserved word or holds a ':'
    {{3}}             the cell of the 3rd column, counted from 1 (data without a header row)
    {{serial}}        a counter: `serial`, and each name declared as one in the merge settings
    {{row}}           the record's number (from 1, the header row not counted)
    {{date}}          the day of the merge; offsets d w m y, chained: {{date+7d}}, {{date+1m-1d}}
    {{...:FORMAT}}    a date: a strftime pattern ({{date+7d:%d/%m/%Y}}); a number (a column, a
                      counter, the row): a format spec ({{price:.2f}}, {{serial:06}}); a column
                      with a % pattern is read as a date ({{made:%Y年%m月%d日}})
    \{{               a literal {{ (a backslash before {{ makes it text; \\{{x}} is \ and x)

Only `{{` is special; a lone `}}` is text. `parse_pattern` gives a `Pattern`: literals and `Slot`s
in order, or `PlaceholderError` saying what is wrong, and is cached: a template's content is
parsed once however many records fill it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from designer.merge.dates import DEFAULT_DATE_FORMAT, Offset, format_problem, parse_offsets
from designer.model.messages import Message, message
from designer.model.quote import Verbatim, excerpt

if TYPE_CHECKING:
    from decimal import Decimal


class SlotKind(StrEnum):
    """What a placeholder stands for."""

    NAME = "name"  # a column by its header, or a counter of that name (settled against the data)
    COLUMN = "column"  # a column by its header, written {{[name]}}
    POSITION = "position"  # a column by its number
    ROW = "row"  # the record's number
    DATE = "date"  # the merge's day, with offsets


class PlaceholderError(ValueError):
    """A placeholder that cannot be read, said as the user wrote it (a `Message`)."""

    def __init__(self, text: Message) -> None:
        super().__init__(text)

    @property
    def message(self) -> Message:
        """What is wrong."""
        return self.args[0]


@dataclass(frozen=True, slots=True)
class Slot:
    """One placeholder: what it stands for and how it is written."""

    kind: SlotKind
    name: str = ""  # the column or counter name (NAME, COLUMN)
    index: int = 0  # the column's index from 0 (POSITION)
    offsets: tuple[Offset, ...] = ()  # DATE
    fmt: str | None = None  # what follows the colon, if anything
    text: str = ""  # the placeholder as written: '{{date+7d}}'

    @property
    def is_date_format(self) -> bool:
        """True when the format is a strftime pattern (a % and a letter: %Y)."""
        return self.fmt is not None and is_date_pattern(self.fmt)


def is_date_pattern(fmt: str) -> bool:
    """True for a strftime pattern (%d, %-m, ...), False for a number's format spec (.0%)."""
    return _DATE_CODE.search(fmt) is not None


_DATE_CODE = re.compile(r"%[-#_^0]?[A-Za-z]")


Pattern = tuple[str | Slot, ...]
"""A content's literals (str) and slots, in order; adjacent literals joined."""

_OPEN = re.compile(r"(\\*)\{\{")


@lru_cache(maxsize=4096)
def parse_pattern(content: str) -> Pattern:
    """The literals and slots of `content`; PlaceholderError for a placeholder that cannot be
    read (every placeholder is checked; the first problem is raised)."""
    if "{{" not in content:
        return (content,)
    parts: list[str | Slot] = []
    literal: list[str] = []
    at = 0
    while True:
        opened = _OPEN.search(content, at)
        if opened is None:
            literal.append(content[at:])
            break
        backslashes = len(opened.group(1))
        literal.append(content[at : opened.start()] + "\\" * (backslashes // 2))
        if backslashes % 2:  # escaped: a literal {{
            literal.append("{{")
            at = opened.end()
            continue
        close = content.find("}}", opened.end())
        if close < 0:
            raise PlaceholderError(
                message(
                    "{start} opens a placeholder that is never closed with {close}; write "
                    "{escaped} for a literal {opening}",
                    start=Verbatim(excerpt(content[opened.end() - 2 :])),
                    close="}}",
                    escaped="\\{{",
                    opening="{{",
                )
            )
        text = content[opened.end() - 2 : close + 2]
        if literal:
            parts.append("".join(literal))
            literal.clear()
        parts.append(parse_slot(content[opened.end() : close], text))
        at = close + 2
    if literal and (joined := "".join(literal)):
        parts.append(joined)
    merged: list[str | Slot] = []
    for part in parts:  # join literals left side by side by escapes
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return tuple(merged)


def parse_slot(body: str, text: str) -> Slot:
    """The slot of one placeholder's inside (`body`, between the braces)."""
    body = body.strip()
    if body.startswith("["):
        end = body.find("]")
        if end < 0:
            raise PlaceholderError(
                message("{placeholder}: the column name after [ has no closing ]", placeholder=text)
            )
        name, rest = body[1:end].strip(), body[end + 1 :].strip()
        if rest and not rest.startswith(":"):
            raise PlaceholderError(
                message(
                    "{placeholder}: only a :FORMAT may follow [{name}]", placeholder=text, name=name
                )
            )
        if not name:
            raise PlaceholderError(
                message("{placeholder}: the [ ] name no column", placeholder=text)
            )
        return Slot(
            SlotKind.COLUMN, name=name, fmt=_format(rest[1:], text) if rest else None, text=text
        )
    head, colon, fmt_text = body.partition(":")
    head = head.strip()
    fmt = _format(fmt_text, text) if colon else None
    if not head:
        raise PlaceholderError(
            message(
                "{placeholder} is empty: write a column name, a column number, serial, row or "
                "date inside",
                placeholder=text,
            )
        )
    if head.isdigit():
        number = int(head)
        if number < 1:
            raise PlaceholderError(
                message("{placeholder}: columns are counted from 1", placeholder=text)
            )
        return Slot(SlotKind.POSITION, index=number - 1, fmt=fmt, text=text)
    if head == "row":
        return Slot(SlotKind.ROW, name=head, fmt=_number_format(fmt, text), text=text)
    if head.startswith("date"):
        offsets = parse_offsets(head[4:])
        if offsets is not None:
            if fmt is not None and not is_date_pattern(fmt):
                raise PlaceholderError(
                    message(
                        "{placeholder}: a date format is a strftime pattern such as %Y-%m-%d",
                        placeholder=text,
                    )
                )
            return Slot(
                SlotKind.DATE,
                name="date",
                offsets=offsets,
                fmt=fmt or DEFAULT_DATE_FORMAT,
                text=text,
            )
        if head[4:].lstrip()[:1] in ("+", "-"):
            raise PlaceholderError(
                message(
                    "{placeholder}: a date offset is a sign, a count and d, w, m or y "
                    "(days, weeks, months, years): {example}",
                    placeholder=text,
                    example="{{date+7d}}",
                )
            )
    return Slot(SlotKind.NAME, name=head, fmt=fmt, text=text)


def _format(fmt: str, text: str) -> str:
    fmt = fmt.strip()
    if not fmt:
        raise PlaceholderError(
            message(
                "{placeholder}: nothing follows the colon; write a format or drop it",
                placeholder=text,
            )
        )
    if is_date_pattern(fmt):
        reason = format_problem(fmt)
        if reason is not None:
            raise PlaceholderError(
                message("{placeholder}: {reason}", placeholder=text, reason=reason)
            )
        return fmt
    return _number_format(fmt, text)


def _number_format(fmt: str | None, text: str) -> str | None:
    if fmt is None:
        return None
    if is_date_pattern(fmt):
        raise PlaceholderError(
            message(
                "{placeholder}: {format!r} is a date pattern; a number takes a format spec such "
                "as .2f or 06",
                placeholder=text,
                format=fmt,
            )
        )
    from decimal import Decimal  # here: the window checks templates without loading decimal

    for sample in (Decimal("1.5"), 15):
        try:
            format(sample, fmt)
            return fmt
        except ValueError:
            continue
    raise PlaceholderError(
        message(
            "{placeholder}: {format!r} is not a number format (examples: .2f two decimals, 06 "
            "six digits with leading zeros, ,.2f with thousands separators)",
            placeholder=text,
            format=fmt,
        )
    )


def format_number(value: Decimal | int, fmt: str) -> str:
    """`value` written with the format spec `fmt` (an integral Decimal also takes `d`)."""
    try:
        return format(value, fmt)
    except ValueError:
        from decimal import Decimal

        if isinstance(value, Decimal) and value == value.to_integral_value():
            return format(int(value), fmt)
        raise
