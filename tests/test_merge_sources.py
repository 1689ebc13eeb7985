"""Data sources for a merge: each quirk of CSV/TSV files and of .xlsx, .xls and .ods sheets.

The spreadsheets are made by real writers (openpyxl, odfpy) in the tests; the .xls fixture was
written by xlwt 1.3 (tests/fixtures/products.xls: two sheets, a blank row, a date, a date and
time, 0.1 + 0.2, leading zeros in text cells).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from designer.merge import DataSourceError, parse_rows, read_table, select_rows, table_from_rows
from designer.merge.spreadsheets import cell_text, number_text, rows_text
from designer.merge.textfiles import sniff_delimiter

HEADER = "name,barcode,price,sku"
ROWS = ["宫保鸡丁,6920123456789,28.5,000123", "麻婆豆腐,6920123456796,19,0042"]


def _cells(table) -> list[tuple[str, ...]]:
    return [r.cells for r in table.records]


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoding, bom",
    [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("gb18030", b""), ("gbk", b""),
     ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")],
)  # fmt: skip
def test_csv_encodings_as_excel_and_wps_save_them(
    tmp_path: Path, encoding: str, bom: bytes
) -> None:
    text = "\r\n".join([HEADER, *ROWS]) + "\r\n"
    table = read_table(_write(tmp_path, "p.csv", bom + text.encode(encoding)))
    assert table.header == ("name", "barcode", "price", "sku")  # no BOM left in the first header
    assert _cells(table) == [tuple(r.split(",")) for r in ROWS]


def test_a_file_neither_utf8_nor_gb18030_is_refused_with_advice(tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match=r"neither UTF-8 nor GB18030/GBK.*CSV UTF-8"):
        read_table(_write(tmp_path, "p.csv", b"name\n\x81\x20\xff\n"))


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    lines = [HEADER, *ROWS, '"Dan Dan, spicy; hot",6920123456802,16.8,000003']
    text = "\n".join(line.replace(",", delimiter) for line in lines[:3]) + "\n"
    text += (
        lines[3]
        .replace(",6", f"{delimiter}6")
        .replace(",1", f"{delimiter}1")
        .replace(",0", f"{delimiter}0")
    )
    table = read_table(_write(tmp_path, "p.csv", text.encode()))
    assert table.width == 4
    assert _cells(table)[2] == ("Dan Dan, spicy; hot", "6920123456802", "16.8", "000003")


def test_sniffing_prefers_the_delimiter_that_splits_rows_alike() -> None:
    text = "name;price\nTea, green;5\nCoffee, black;6\n"
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\n1\t2\n") == "\t"
    assert sniff_delimiter("one column\nx\n") == ","
    assert sniff_delimiter("one column\nx\n", prefer_tab=True) == "\t"


def test_excel_sep_line_quoted_newlines_quotes_and_ragged_rows(tmp_path: Path) -> None:
    text = 'sep=;\nname;note;sku\n"Kung\nPao";"say ""hi""";007\nshort\n\n;;\nlast;x;1;extra\n'
    table = read_table(_write(tmp_path, "p.csv", text.encode()))
    assert table.header == ("name", "note", "sku", "")
    assert table.records[0].cells == ("Kung\nPao", 'say "hi"', "007", "")
    assert table.records[1].cells == ("short", "", "", "")
    # blank rows keep their numbers, so row 5 is still the 5th row after the header
    assert [r.row for r in table.records] == [1, 2, 5]
    assert table.records[2].cells == ("last", "x", "1", "extra")
    assert table.column_title(3) == "4"


def test_tsv_and_no_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.tsv", b"a\t001\nb\t002\n")
    table = read_table(path, header=False)
    assert table.header is None
    assert [(r.row, r.cells) for r in table.records] == [(1, ("a", "001")), (2, ("b", "002"))]


def test_unreadable_sources_say_why(tmp_path: Path) -> None:
    with pytest.raises(DataSourceError, match="cannot read: No such file"):
        read_table(tmp_path / "missing.csv")
    with pytest.raises(DataSourceError, match="is a directory"):
        read_table(tmp_path)
    with pytest.raises(DataSourceError, match="cannot read as a spreadsheet"):
        read_table(_write(tmp_path, "broken.xlsx", b"PK\x03\x04 not really a zip"))
    with pytest.raises(DataSourceError, match="text file has no sheets"):
        read_table(_write(tmp_path, "p.csv", b"a\n1\n"), sheet="x")
    with pytest.raises(DataSourceError, match="NUL"):
        read_table(_write(tmp_path, "p.txt", b"a\x00b\n"))


def _xlsx(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Products"
    sheet.append(["name", "barcode", "price", "sku", "made", "at", "flag", "time", "tiny"])
    when = dt.datetime(2026, 11, 29, 8, 30, 15)
    sheet.append(["宫保鸡丁", 6920123456789, 28.5, "000123", dt.date(2026, 11, 29), when, True,
                  dt.time(8, 30), 0.1 + 0.2])  # fmt: skip
    sheet.append([None] * 9)
    sheet.append(["麻婆豆腐", 6920123456796, 19, "0042", None, None, False, None, -0.0])
    sheet["E2"].number_format = "yyyy-mm-dd"
    sheet["F2"].number_format = "yyyy-mm-dd hh:mm:ss"
    sheet["H2"].number_format = "hh:mm"
    book.create_sheet("Other").append(["only", "this"])
    book.save(path)
    return path


def test_xlsx_cells_read_as_the_user_sees_them(tmp_path: Path) -> None:
    table = read_table(_xlsx(tmp_path / "p.xlsx"))
    assert table.sheet == "Products" and table.sheets == ("Products", "Other")
    first, second = table.records
    assert first.cells == ("宫保鸡丁", "6920123456789", "28.5", "000123", "2026-11-29",
                           "2026-11-29 08:30:15", "TRUE", "08:30", "0.3")  # fmt: skip
    assert second.row == 3  # the blank row 2 keeps its number
    assert second.cells == ("麻婆豆腐", "6920123456796", "19", "0042", "", "", "FALSE", "", "0")


def test_a_sheet_is_chosen_by_name_case_or_number(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "p.xlsx")
    for sheet in ("Other", "other", "2"):
        assert read_table(path, sheet=sheet).header == ("only", "this")
    with pytest.raises(DataSourceError, match="no sheet 'Nope' \\(it has 'Products', 'Other'\\)"):
        read_table(path, sheet="Nope")


def test_a_spreadsheet_is_known_by_its_bytes_whatever_its_name(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "p.xlsx")
    renamed = tmp_path / "export.dat"
    renamed.write_bytes(path.read_bytes())
    assert read_table(renamed).header[0] == "name"


def _ods(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Sheet1")
    rows = [
        [("string", "name"), ("string", "barcode"), ("string", "price"), ("string", "sku"),
         ("string", "made")],
        [("string", "宫保鸡丁"), ("float", "6920123456789"), ("float", "28.5"),
         ("string", "000123"), ("date", "2026-11-29")],
        [("string", "麻婆豆腐"), ("float", "6920123456796"), ("float", "19"),
         ("string", "0042"), ("date", "2026-12-01T08:30:00")],
    ]  # fmt: skip
    for row in rows:
        tr = TableRow()
        for kind, value in row:
            if kind == "string":
                cell = TableCell(valuetype="string")
            elif kind == "float":
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="date", datevalue=value)
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def test_ods_cells_read_as_the_user_sees_them(tmp_path: Path) -> None:
    table = read_table(_ods(tmp_path / "p.ods"))
    assert table.header == ("name", "barcode", "price", "sku", "made")
    assert _cells(table) == [
        ("宫保鸡丁", "6920123456789", "28.5", "000123", "2026-11-29"),
        ("麻婆豆腐", "6920123456796", "19", "0042", "2026-12-01 08:30"),
    ]


def test_a_table_carries_the_digest_of_the_bytes_it_was_read_from(
    tmp_path: Path, fixtures: Path
) -> None:
    csv = _write(tmp_path, "p.csv", "\n".join([HEADER, *ROWS]).encode("gb18030"))
    sheets = fixtures / "products.xls"
    for path in (csv, sheets, _xlsx(tmp_path / "p.xlsx")):
        assert read_table(path).digest == hashlib.sha256(path.read_bytes()).hexdigest()
    edited = _write(tmp_path, "q.csv", "\n".join([HEADER, *ROWS]).encode("gb18030") + b"\n")
    before, after = read_table(csv, name="p.csv"), read_table(edited, name="p.csv")
    assert after == before and after.digest != before.digest  # the same table, not the same file
    assert table_from_rows("t", [["a"], ["1"]]).digest is None  # not read from a file


def test_xls_fixture_reads_every_quirk(fixtures: Path) -> None:
    table = read_table(fixtures / "products.xls")
    assert table.sheets == ("Products", "Prices 2027")
    assert [(r.row, r.cells) for r in table.records] == [
        (1, ("宫保鸡丁", "6920123456789", "28.5", "000123", "2026-11-29", "12")),
        (3, ("麻婆豆腐", "6920123456796", "19", "0042", "2026-12-01 08:30", "0.3")),
    ]
    assert _cells(read_table(fixtures / "products.xls", sheet="Prices 2027")) == [
        ("宫保鸡丁", "30")
    ]


def test_xls_written_here_by_xlwt(tmp_path: Path) -> None:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("S")
    for c, v in enumerate(["code", "n", "when"]):
        sheet.write(0, c, v)
    sheet.write(1, 0, "00501")
    sheet.write(1, 1, 123456789012)
    sheet.write(1, 2, dt.date(2027, 1, 31), xlwt.easyxf(num_format_str="D/M/YYYY"))
    book.save(str(tmp_path / "x.xls"))
    assert _cells(read_table(tmp_path / "x.xls")) == [("00501", "123456789012", "2027-01-31")]


def test_number_and_cell_text() -> None:
    assert number_text(6920123456783.0) == "6920123456783"
    assert number_text(-0.0) == "0"
    assert number_text(0.1 + 0.2) == "0.3"
    assert number_text(1e20) == "1E+20"
    assert number_text(2.5e-7) == "2.5E-07"
    assert cell_text(dt.timedelta(hours=26, minutes=5)) == "26:05:00"
    assert cell_text(None) == ""
    assert rows_text([[1.0, True, 1, "1"], [True, 1.0]]) == [("1", "TRUE", "1", "1"), ("TRUE", "1")]


def test_rows_are_chosen_by_number_in_the_order_given(tmp_path: Path) -> None:
    table = read_table(_write(tmp_path, "p.csv", b"n\na\nb\n\nd\ne\n"))
    assert parse_rows("1-2, 5,4") == [(1, 2), (5, 5), (4, 4)]
    assert [r.cells[0] for r in select_rows(table, parse_rows("1-2,5,4"))] == ["a", "b", "e", "d"]
    assert select_rows(table, None) == table.records
    with pytest.raises(DataSourceError, match="row 3 is blank"):
        select_rows(table, [(3, 3)])
    with pytest.raises(
        DataSourceError, match="there is no row 6: the data has 5 rows after the header"
    ):
        select_rows(table, [(4, 9)])
    for bad in ("0", "3-1", "x", "1-", ""):
        with pytest.raises(ValueError):
            parse_rows(bad)
