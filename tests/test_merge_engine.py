"""The merge: template + records -> plain labels, with every record's problems by row and column."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.labelxml import parse, read, write
from designer.merge import (
    MergeError,
    Merger,
    MergeSettings,
    bind,
    check_template,
    compile_template,
    load_template,
    read_settings,
    table_from_rows,
)
from designer.model import validate

NOW = datetime(2026, 11, 29, 8, 30)
HEADER = ["name", "barcode", "price", "sku"]
GOOD = [
    ["宫保鸡丁", "6920123456789", "28", "000001"],
    ["麻婆豆腐", "6920123456796", "19.5", "000002"],
]


def _template(body: str, head: str = "") -> tuple:
    xml = f'{head}<PAGE w="100" l="60">\n{body}\n</PAGE>\n'
    result = parse(xml, check=check_template)
    assert result.page is not None, result.problems
    return result.page, read_settings(result.instructions)[0]


PRICE, _ = _template(
    """<LABEL id="1">
    <SQ x="1" y="1" xe="99" ye="59"/>
    <TEXT x="3" y="3">{{name}} ¥{{price:.2f}}</TEXT>
    <BARC x="3" y="20" ct="jan13a" a="left">{{barcode}}</BARC>
    <QRC x="70" y="30" e="M">https://shop.example.com/p/{{sku}}?n={{serial}}</QRC>
    <TEXT x="3" y="40" f="3">EXP {{date+7d}}</TEXT>
  </LABEL>"""
)


def _merger(page=PRICE, rows=GOOD, header=HEADER, settings=None, **kw) -> Merger:
    table = table_from_rows("p.csv", [header, *rows] if header else rows, header=bool(header))
    return Merger(bind(compile_template(page), table, settings or MergeSettings()), now=NOW, **kw)


def test_each_record_fills_its_label_and_the_result_is_plain_label_xml() -> None:
    merger = _merger()
    result = merger.run(merger.binding.table.records)
    assert result.ok and result.problems == []
    expected = """<PAGE w="100" l="60">
  <LABEL id="1">
    <SQ x="1" y="1" xe="99" ye="59"/>
    <TEXT x="3" y="3">宫保鸡丁 ¥28.00</TEXT>
    <BARC x="3" y="20" ct="jan13a" a="left">6920123456789</BARC>
    <QRC x="70" y="30" e="M">https://shop.example.com/p/000001?n=1</QRC>
    <TEXT x="3" y="40" f="3">EXP 2026-12-06</TEXT>
  </LABEL>
  <LABEL id="2">
    <SQ x="1" y="1" xe="99" ye="59"/>
    <TEXT x="3" y="3">麻婆豆腐 ¥19.50</TEXT>
    <BARC x="3" y="20" ct="jan13a" a="left">6920123456796</BARC>
    <QRC x="70" y="30" e="M">https://shop.example.com/p/000002?n=2</QRC>
    <TEXT x="3" y="40" f="3">EXP 2026-12-06</TEXT>
  </LABEL>
</PAGE>
"""
    page = result.page()
    assert write(page) == expected
    assert read(expected) == page  # the values are those the reader makes
    a, b = page.labels
    assert a.elements[0] is b.elements[0] is PRICE.labels[0].elements[0]  # shared, not copied


def test_a_template_reads_without_its_placeholders_being_errors() -> None:
    xml = (
        '<PAGE w="40" l="30"><LABEL id="1"><BARC x="1" y="1" ct="jan13a" n="11">{{ean}}</BARC>'
        '<QRC x="1" y="1">{{url</QRC><TEXT x="50" y="1">static</TEXT></LABEL></PAGE>'
    )
    messages = [(p.severity.value, p.message.split(" (")[0]) for p in check_template(read_xml(xml))]
    assert ("error", "BARC n=11 is out of range 1..10 dots") in messages  # its attributes: checked
    assert not any("EAN-13" in m for _, m in messages)  # its data: per record
    assert ("error", "QRC '{{url' opens a placeholder that is never closed with }}; write \\{{ "
            "for a literal {{") in messages  # fmt: skip
    assert any(m.startswith("TEXT is wholly outside") for _, m in messages)  # static: as ever


def read_xml(xml: str):
    result = parse(xml, check=lambda page: [])
    return result.page


@pytest.mark.parametrize(
    "content, header, says",
    [
        ("{{nmae}}", HEADER, "TEXT {{nmae}}: the data has no column 'nmae' (its columns: name, "
         "barcode, price, sku); did you mean {{name}}?"),
        ("{{name}}", None, "the data has no header row, so no column has a name: number them "
         "{{1}} to {{4}}"),
        ("{{5}}", HEADER, "the data has 4 columns; there is no column 5"),
        ("{{sku}}", ["sku", "x", "sku", "y"], "columns 1 and 3 are both headed 'sku': name one "
         "by number, {{1}}"),
        ("{{serial:%Y}}", HEADER, "a counter takes a number format"),
    ],
)  # fmt: skip
def test_a_placeholder_that_names_no_column_is_an_error_at_its_element(content, header, says):
    page, _ = _template(f'<LABEL id="1"><SQ x="1" y="1" xe="2" ye="2"/>'
                        f'<TEXT x="1" y="1">a {content}</TEXT></LABEL>')  # fmt: skip
    table = table_from_rows("p.csv", [header or HEADER, *GOOD], header=header is not None)
    binding = bind(compile_template(page), table, MergeSettings())
    assert not binding.ok
    (problem,) = binding.problems
    assert (problem.label, problem.element, problem.attr) == (0, 1, "text")
    assert says in problem.message
    with pytest.raises(MergeError, match=r"no column|no header|both|counter"):
        Merger(binding)  # never merged: nothing prints blank


def test_case_aside_a_column_still_matches_and_reserved_names_warn() -> None:
    page, _ = _template('<LABEL id="1"><TEXT x="1" y="1">{{NAME}} {{date}} {{[date]}}</TEXT>'
                        "</LABEL>")  # fmt: skip
    merger = _merger(page, [["x", "2027-01-01"]], ["name", "date"])
    (warning,) = merger.binding.problems
    assert not warning.is_error and "{{[date]}} for the column" in warning.message
    (record,) = merger.merge(merger.binding.table.records)
    assert record.labels[0].elements[0].text == "x 2026-11-29 2027-01-01"


def test_every_problem_names_its_row_and_column() -> None:
    rows = [
        GOOD[0],
        ["麻婆豆腐", "6920123456780", "19.5", "000002"],  # a wrong check digit
        ["长" * 60, "6920123456796", "x", "0" * 3000],  # too long, not a number, QR too big
        ["a\x01b", "6920123456796", "1", "1"],  # a character XML cannot carry
    ]
    merger = _merger(rows=rows)
    result = merger.run(merger.binding.table.records)
    assert not result.ok
    assert [str(p) for p in result.problems] == [
        "row 2, column barcode: BARC EAN-13: EAN-13 check digit of 692012345678 is 9, not 0",
        "row 3, column price: 'x' is not a number, for {{price:.2f}}",
        "row 3, column sku: QRC data (3031 bytes) exceeds what the largest QR code holds at "
        "level M; shorten it or lower the error correction",
        "row 4, columns name, price: TEXT holds the character U+0001, which label XML cannot carry",
    ]
    assert {p.row for p in result.errors} == {2, 3, 4}


def test_problems_of_the_template_itself_are_not_repeated_for_each_row() -> None:
    page, _ = _template('<LABEL id="1"><TEXT x="500" y="1">static</TEXT>'
                        '<TEXT x="30" y="1" a="center">{{name}}</TEXT></LABEL>')  # fmt: skip
    reported = [p.message.split(" (")[0] for p in check_template(page)]
    assert reported == [
        "TEXT is wholly outside the 100 x 60 mm label",
        "centred TEXT is centred on x=30; to centre it on the label set x=50",
    ]
    merger = _merger(page)
    assert merger.run(merger.binding.table.records).problems == []


def test_warnings_of_a_record_are_listed_but_do_not_stop_it() -> None:
    merger = _merger(rows=[["长" * 40, "6920123456789", "1", "1"]])
    result = merger.run(merger.binding.table.records)
    assert result.ok
    (warning,) = result.problems
    assert str(warning).startswith(
        "row 1, columns name, price: TEXT is partly outside the 100 x 60"
    )


def test_a_shortened_number_gets_a_hint() -> None:
    merger = _merger(rows=[["x", "6.92012E+12", "1", "1"]])
    (problem,) = merger.run(merger.binding.table.records).problems
    assert "format the column as text and save it again" in problem.message


def test_counters_start_step_width_and_the_callers_next_value() -> None:
    head = ('<?xplabel-merge counter="serial" start="100" step="5" width="5"?>'
            '<?xplabel-merge counter="box" start="9" step="-1"?>')  # fmt: skip
    page, settings = _template('<LABEL id="1"><TEXT x="1" y="1">{{serial}}/{{box:03}}/{{row}}'
                               "</TEXT></LABEL>", head)  # fmt: skip
    rows = [[str(i)] for i in range(3)]
    texts = lambda m: [r.labels[0].elements[0].text for r in m.merge(m.binding.table.records)]  # noqa: E731
    merger = _merger(page, rows, ["n"], settings)
    assert texts(merger) == ["00100/009/1", "00105/008/2", "00110/007/3"]
    assert merger.counters_after(3) == {"serial": 115, "box": 6}
    resumed = _merger(page, rows, ["n"], settings, counters={"serial": 115, "box": 6})
    assert texts(resumed) == ["00115/006/1", "00120/005/2", "00125/004/3"]


def test_skipping_invalid_rows_keeps_serials_and_ids_unbroken() -> None:
    rows = [GOOD[0], ["bad", "123", "1", "9"], GOOD[1]]
    merger = _merger(rows=rows)
    strict = merger.run(merger.binding.table.records)
    assert not strict.ok and strict.skipped == []
    result = merger.run(merger.binding.table.records, skip_invalid=True)
    assert result.ok and result.skipped == [2]
    assert [p.row for p in result.problems] == [2]  # the reason it was left out
    page = result.page()
    assert [label.id for label in page.labels] == [1, 2]
    assert [label.elements[3].data[-4:] for label in page.labels] == ["?n=1", "?n=2"]
    assert not [p for p in validate(page) if p.is_error]


def test_skipping_keeps_the_rows_before_the_first_bad_one_and_gives_what_merging_again_gave():
    long = "宫保鸡丁 " * 12  # runs off the label: a warning, not a reason to leave a row out
    rows = [
        GOOD[0],
        [long, "6920123456796", "19.5", "000002"],
        ["bad", "123", "1", "9"],  # not an EAN-13
        GOOD[1],
        ["price", "6920123456789", "twenty", "5"],  # not a number
        [long, "6920123456789", "3", "6"],
        GOOD[0],
    ]
    merger = _merger(rows=rows, counters={"serial": 41})
    records = merger.binding.table.records
    records = [*records, records[1], records[2], records[0]]  # rows chosen again, as --rows can
    strict = merger.run(records)
    bad = {p.row for p in strict.errors}
    assert bad == {3, 5}
    kept = [r for r in records if r.row not in bad]  # the way it was: merge all kept again
    merged = list(merger.merge(kept))
    order = {r.row: i for i, r in enumerate(records)}
    problems = sorted(
        [p for p in strict.problems if p.row in bad] + merger.check(merged),
        key=lambda p: order[p.row],
    )
    result = merger.run(records, skip_invalid=True)
    assert result.records == merged and result.problems == problems
    assert result.page() == strict.template.replace(
        labels=tuple(la for r in merged for la in r.labels)
    )
    assert result.skipped == [3, 5, 3] and result.ok
    assert [r.ordinal for r in result.records] == list(range(7))
    assert [la.elements[3].data[-5:] for la in result.page().labels][:3] == ["?n=41", "?n=42",
                                                                           "?n=43"]  # fmt: skip
    assert {p.row for p in result.problems if not p.is_error} == {2, 6}  # warnings kept


def test_several_template_labels_give_labels_in_row_order_with_fresh_ids() -> None:
    page, _ = _template('<LABEL id="7" c="2"><TEXT x="1" y="1">A {{name}}</TEXT></LABEL>'
                        '<LABEL id="3"><TEXT x="1" y="1">B {{name}}</TEXT></LABEL>')  # fmt: skip
    merger = _merger(page)
    merged = list(merger.merge(merger.binding.table.records, first=10))  # a batch going on
    labels = [label for record in merged for label in record.labels]
    assert [(la.id, la.c, la.elements[0].text) for la in labels] == [
        (21, 2, "A 宫保鸡丁"), (22, 1, "B 宫保鸡丁"), (23, 2, "A 麻婆豆腐"), (24, 1, "B 麻婆豆腐"),
    ]  # fmt: skip
    assert [r.ordinal for r in merged] == [10, 11] and merged[1].row == 2


def test_column_formats_numbers_and_dates() -> None:
    page, _ = _template('<LABEL id="1"><TEXT x="1" y="1">{{1:,.2f}}|{{2:%d/%m/%Y}}|{{3:06}}'
                        "|{{4:.0%}}</TEXT></LABEL>")  # fmt: skip
    merger = _merger(page, [["1234567.5", "2026-11-29 08:30", "42", "0.155"]], None)
    (record,) = merger.merge(merger.binding.table.records)
    assert record.labels[0].elements[0].text == "1,234,567.50|29/11/2026|000042|16%"
    merger = _merger(page, [["x", "29.11.2026", "1", "1"]], None)
    (record,) = merger.merge(merger.binding.table.records)
    assert [p.message for p in record.problems] == [
        "'x' is not a number, for {{1:,.2f}}",
        "'29.11.2026' is not a date (such as 2026-11-29), for {{2:%d/%m/%Y}}",
    ]
    assert record.labels[0].elements[0].text.startswith("{{1:,.2f}}")  # never blank


def test_a_date_out_of_the_calendar_stops_the_merge() -> None:
    page, _ = _template('<LABEL id="1"><TEXT x="1" y="1">{{date+9000y}}</TEXT></LABEL>')
    with pytest.raises(MergeError, match="leaves the calendar"):
        _merger(page)


def test_a_template_file_locates_its_problems(tmp_path: Path) -> None:
    path = tmp_path / "t.xml"
    path.write_text(
        '<?xplabel-merge data="d.csv" colour="red"?>\n<PAGE w="40" l="30">\n<LABEL id="1">\n'
        '  <TEXT x="1" y="1">{{nmae}}</TEXT>\n</LABEL>\n</PAGE>\n',
        "utf-8",
    )
    template = load_template(path)
    assert [str(p) for p in template.problems] == [
        f"{path}:1:1: error: xplabel-merge has no setting 'colour' here (it takes data, sheet, "
        "header, id)"
    ]
    assert not template.ok and template.data_path() is None
    binding = bind(template.template, table_from_rows("d", [["name"], ["x"]]), template.settings)
    (located,) = template.located(binding.problems)
    assert (located.line, located.col) == (4, 3)


def test_the_data_path_is_relative_to_the_template(tmp_path: Path) -> None:
    path = tmp_path / "t.xml"
    path.write_text('<?xplabel-merge data="d.csv"?><PAGE w="40" l="30"/>', "utf-8")
    assert load_template(path).data_path() == tmp_path / "d.csv"


_CELL = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
                max_size=12)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=5))
def test_any_cells_merge_into_xml_that_reads_back_or_into_a_problem(rows) -> None:
    page, _ = _template('<LABEL id="1"><TEXT x="1" y="1">[{{a}}&amp;{{b}}]</TEXT>'
                        '<QRC x="50" y="1">{{b}}</QRC></LABEL>')  # fmt: skip
    merger = _merger(page, [list(r) for r in rows], ["a", "b"])
    result = merger.run(merger.binding.table.records, skip_invalid=True)
    kept = [r.record for r in result.records]
    merged = result.page()
    if merged.labels:
        assert read(write(merged)) == merged
    for record, label in zip(kept, merged.labels, strict=True):
        a, b = record.cells
        assert label.elements[0].text == f"[{a}&{b}]" and label.elements[1].data == b
    assert len(kept) + len(result.skipped) == len(merger.binding.table.records)
