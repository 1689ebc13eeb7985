"""Placeholder syntax, dates with offsets and formats, and the merge settings' instructions."""

from __future__ import annotations

from datetime import datetime

import pytest

from designer.labelxml import Instruction
from designer.merge import (
    CounterSpec,
    MergeSettings,
    PlaceholderError,
    Slot,
    SlotKind,
    parse_pattern,
    read_settings,
    settings_instructions,
    with_settings,
)
from designer.merge.dates import date_from_text, parse_offsets, shifted


def _slot(content: str) -> Slot:
    (slot,) = parse_pattern(content)
    return slot


def test_literals_and_slots_in_order() -> None:
    pattern = parse_pattern("SKU {{ sku }} / {{3}} / {{[date]}}: {{serial}} #{{row}}")
    assert [p if isinstance(p, str) else (p.kind, p.name or p.index) for p in pattern] == [
        "SKU ", (SlotKind.NAME, "sku"), " / ", (SlotKind.POSITION, 2), " / ",
        (SlotKind.COLUMN, "date"), ": ", (SlotKind.NAME, "serial"), " #", (SlotKind.ROW, "row"),
    ]  # fmt: skip
    assert parse_pattern("no placeholders }} here") == ("no placeholders }} here",)
    assert _slot("{{单价 元}}").name == "单价 元"
    assert _slot("{{[a:b]:.2f}}") == Slot(
        SlotKind.COLUMN, name="a:b", fmt=".2f", text="{{[a:b]:.2f}}"
    )


def test_a_backslash_makes_braces_literal() -> None:
    assert parse_pattern(r"\{{name}}") == ("{{name}}",)
    assert parse_pattern(r"a \{{ b") == ("a {{ b",)
    (backslash, slot) = parse_pattern(r"C:\\{{dir}}")
    assert backslash == "C:\\" and slot.name == "dir"
    assert parse_pattern(r"x\y") == (r"x\y",)  # elsewhere a backslash is itself


def test_dates_offsets_and_formats() -> None:
    slot = _slot("{{date+7d:%Y-%m-%d}}")
    assert (slot.kind, slot.offsets, slot.fmt) == (SlotKind.DATE, ((7, "d"),), "%Y-%m-%d")
    assert _slot("{{date}}").fmt == "%Y-%m-%d"
    assert _slot("{{date - 1m + 2w}}").offsets == ((-1, "m"), (2, "w"))
    assert _slot("{{date:%H:%M}}").fmt == "%H:%M"  # the first colon ends the name
    assert _slot("{{dated}}").kind is SlotKind.NAME  # a column that starts with "date"
    assert parse_offsets("+1y-1d") == ((1, "y"), (-1, "d"))
    assert parse_offsets("+1x") is None


@pytest.mark.parametrize(
    "start, offsets, expected",
    [
        (datetime(2026, 1, 31), "+1m", datetime(2026, 2, 28)),
        (datetime(2028, 1, 31), "+1m", datetime(2028, 2, 29)),
        (datetime(2026, 3, 31), "-1m", datetime(2026, 2, 28)),
        (datetime(2028, 2, 29), "+1y", datetime(2029, 2, 28)),
        (datetime(2026, 11, 29), "+7d", datetime(2026, 12, 6)),
        (datetime(2026, 11, 29), "+1m-1d", datetime(2026, 12, 28)),
        (datetime(2026, 12, 31, 8, 30), "+2w", datetime(2027, 1, 14, 8, 30)),
    ],
)
def test_offsets_move_dates_as_spreadsheets_do(start, offsets, expected) -> None:
    assert shifted(start, parse_offsets(offsets)) == expected


def test_a_date_that_leaves_the_calendar_is_an_error_not_a_crash() -> None:
    with pytest.raises(ValueError, match="years 1 to 9999"):
        shifted(datetime(9999, 12, 1), ((1, "m"),))
    with pytest.raises(ValueError, match="years 1 to 9999"):
        shifted(datetime(9999, 12, 31), ((1, "d"),))


def test_number_formats_are_checked_when_parsed() -> None:
    assert _slot("{{price:.2f}}").fmt == ".2f"
    assert _slot("{{serial:06}}").fmt == "06"
    assert _slot("{{rate:.0%}}").is_date_format is False
    assert _slot("{{made:%d/%m/%Y}}").is_date_format is True


@pytest.mark.parametrize(
    "content, says",
    [
        ("x {{name", "never closed"),
        ("{{}}", "is empty"),
        ("{{0}}", "counted from 1"),
        ("{{date+7x}}", "a date offset is a sign, a count and d, w, m or y"),
        ("{{date:.2f}}", "a date format is a strftime pattern"),
        ("{{price:zz}}", "'zz' is not a number format"),
        ("{{price:}}", "nothing follows the colon"),
        ("{{row:%Y}}", "is a date pattern; a number takes a format spec"),
        ("{{[name}}", "no closing ]"),
        ("{{[name] x}}", "only a :FORMAT may follow"),
    ],
)
def test_placeholders_that_cannot_be_read_say_why(content: str, says: str) -> None:
    with pytest.raises(PlaceholderError, match=says.replace("(", r"\(")):
        parse_pattern(content)


def test_a_date_column_text_is_read_back() -> None:
    assert date_from_text("2026-11-29") == datetime(2026, 11, 29)
    assert date_from_text(" 2026/1/2 08:30 ") == datetime(2026, 1, 2, 8, 30)
    assert date_from_text("2026.02.30") is None
    assert date_from_text("29/11/2026") is None


def _ins(data: str) -> Instruction:
    return Instruction("xplabel-merge", data, 3, 1)


def test_settings_read_from_instructions_and_written_back() -> None:
    instructions = [
        _ins('data="货品 &amp; 价格.xlsx" sheet="Sheet 2" header="no"'),
        _ins("counter='serial' start='100' step='-1' width='6'"),
        _ins('counter="box" width="3"'),
        Instruction("other", "kept"),
    ]
    settings, problems = read_settings(instructions)
    assert problems == []
    assert settings == MergeSettings(
        data="货品 & 价格.xlsx",
        sheet="Sheet 2",
        header=False,
        counters=(CounterSpec("serial", 100, -1, 6), CounterSpec("box", 1, 1, 3)),
    )
    written = settings_instructions(settings)
    assert [i.data for i in written] == [
        'data="货品 &amp; 价格.xlsx" sheet="Sheet 2" header="no"',
        'counter="serial" start="100" step="-1" width="6"',
        'counter="box" width="3"',
    ]
    assert read_settings(written)[0] == settings
    assert with_settings(instructions, MergeSettings())[-1] == Instruction("other", "kept")
    assert settings_instructions(MergeSettings()) == []


def test_serial_is_a_counter_even_when_undeclared() -> None:
    settings = MergeSettings()
    assert settings.counter("serial") == CounterSpec("serial", 1, 1, 0)
    assert settings.counter("box") is None
    spec = CounterSpec("serial", start=100, step=5)
    assert spec.value(100, 3) == 115 and spec.after(100, 4) == 120


@pytest.mark.parametrize(
    "data, says",
    [
        ("data=products.csv", 'write name="value" pairs'),
        ('data="a" colour="red"', "has no setting 'colour'"),
        ('header="maybe"', "write yes or no"),
        ('counter="date"', "a counter's name is a word"),
        ('counter="9lives"', "a counter's name is a word"),
        ('counter="n" step="0"', "step=0 is out of range"),
        ('counter="n" width="x"', "width='x' is not a number"),
        ('counter="n" data="x"', "has no setting 'data'"),
    ],
)
def test_settings_that_cannot_be_read_are_problems_at_their_instruction(data: str, says: str):
    _, problems = read_settings([_ins(data)])
    assert [p.message for p in problems if says in p.message], problems
    assert problems[0].instruction.line == 3


def test_settings_declared_twice_are_problems() -> None:
    _, problems = read_settings([_ins('data="a"'), _ins('data="b"'), _ins('counter="n"'),
                                 _ins('counter="n"')])  # fmt: skip
    assert [p.message for p in problems] == [
        "the data source is set twice",
        "counter 'n' is declared twice",
    ]
