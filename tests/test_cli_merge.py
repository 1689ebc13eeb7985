"""`xplabel merge`, `render --data` and `check --data`: output, problems by row, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from designer.cli import main
from designer.labelxml import read

SAMPLES = Path(__file__).parent.parent / "resources" / "samples"
TEMPLATE = SAMPLES / "price_template.xml"
PRODUCTS = SAMPLES / "products.csv"
DAY = ["--date", "2026-11-29"]


def _bad_csv(tmp_path: Path) -> Path:
    lines = PRODUCTS.read_text("utf-8").splitlines()
    lines[2] = lines[2].replace("6920123456796", "6920123456790")  # wrong check digit: row 2
    lines[4] = lines[4].replace(",22,", ",twenty,")  # not a number: row 4
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_merge_writes_one_label_per_row_in_row_order(tmp_path: Path, capsys) -> None:
    out = tmp_path / "labels.xml"
    assert main(["merge", str(TEMPLATE), "-o", str(out), *DAY]) == 0  # data from the template
    page = read(out)
    texts = [label.elements[1].text for label in page.labels]
    assert texts == ["宫保鸡丁 Kung Pao", "麻婆豆腐 Mapo Tofu", "Dan Dan Noodles, spicy",
                     "小笼包 Xiaolongbao"]  # fmt: skip
    assert [label.id for label in page.labels] == [1, 2, 3, 4]
    assert page.labels[2].elements[4].text == "LOT 000003  BEST BEFORE 2027-05-29"
    assert page.labels[3].elements[5].text == "¥22.00"
    assert "<?" not in out.read_text("utf-8")  # plain label XML: the settings stay behind
    assert capsys.readouterr().err == ""


def test_merge_to_stdout_with_rows_sheet_header_and_counter_start(tmp_path: Path, capsysbinary):
    argv = ["merge", str(TEMPLATE), "--data", str(PRODUCTS), "--rows", "4,2", "--start",
            "serial=41", *DAY]  # fmt: skip
    assert main(argv) == 0
    page = read(capsysbinary.readouterr().out)
    assert [(la.elements[1].text, la.elements[4].text[:10]) for la in page.labels] == [
        ("小笼包 Xiaolongbao", "LOT 000041"),
        ("麻婆豆腐 Mapo Tofu", "LOT 000042"),
    ]


def test_merge_with_an_invalid_row_writes_nothing_and_lists_each_row(tmp_path: Path, capsys):
    out = tmp_path / "labels.xml"
    assert main(["merge", str(TEMPLATE), "--data", str(_bad_csv(tmp_path)), "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.splitlines()
    data = tmp_path / "bad.csv"
    assert err == [
        f"{data}: row 2, column barcode: error: BARC EAN-13: EAN-13 check digit of 692012345679 "
        "is 6, not 0",
        f"{data}: row 4, column price: error: 'twenty' is not a number, for {{{{price:.2f}}}}",
        f"error: {data}: nothing written: 2 rows (2, 4) have errors (listed above); fix them, or "
        "leave them out with --skip-invalid",
    ]


def test_skip_invalid_writes_the_other_rows(tmp_path: Path, capsys) -> None:
    out = tmp_path / "labels.xml"
    argv = [
        "merge",
        str(TEMPLATE),
        "--data",
        str(_bad_csv(tmp_path)),
        "-o",
        str(out),
        "--skip-invalid",
    ]
    assert main(argv) == 0
    page = read(out)
    assert [la.elements[4].text[:10] for la in page.labels] == ["LOT 000001", "LOT 000002"]
    assert capsys.readouterr().err.splitlines()[-1] == "note: left out rows 2, 4"


def test_same_message_on_many_rows_is_one_line(tmp_path: Path, capsys) -> None:
    data = tmp_path / "long.csv"
    rows = [f"{'长' * 40},500g,x,1,6920123456789,{i}" for i in range(1, 6)]
    data.write_text("name,size,origin,price,barcode,sku\n" + "\n".join(rows) + "\n", "utf-8")
    assert main(["merge", str(TEMPLATE), "--data", str(data), "-o", str(tmp_path / "o.xml")]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{data}: rows 1-5, column name: warning: TEXT is partly outside")


@pytest.mark.parametrize(
    "extra, code, says",
    [
        (["--data", "missing.csv"], 1, "error: missing.csv: cannot read: No such file"),
        (["--rows", "9"], 1, "there is no row 9: the data has 4 rows after the header row"),
        (["--no-header"], 1, "the data has no header row, so no column has a name"),
        (["--sheet", "x"], 1, "a text file has no sheets"),
        (
            ["--data", str(Path(__file__).parent / "fixtures" / "empty.csv")],
            1,
            "empty.csv: has no rows of data to merge",
        ),
    ],
)
def test_merge_problems_with_the_data_are_one_line_errors(extra, code, says, capsys) -> None:
    assert main(["merge", str(TEMPLATE), *extra]) == code
    assert says in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--rows", "0"], ["--rows", "x"], ["--start", "x"],
                                  ["--date", "tomorrow"]])  # fmt: skip
def test_merge_usage_errors_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["merge", str(TEMPLATE), *argv])
    assert exc.value.code == 2


def test_a_template_problem_is_reported_at_its_line(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "t.xml"
    bad.write_text(TEMPLATE.read_text("utf-8").replace("{{size}}", "{{szie}}"), "utf-8")
    assert main(["merge", str(bad), "--data", str(PRODUCTS)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"{bad}:8:5: error: TEXT {{{{szie}}}}: the data has no column 'szie' (its columns: name, "
        "size, origin, price, barcode, sku); did you mean {{size}}?"
    )
    assert err[1] == f"error: {bad}: nothing merged: the template has errors (listed above)"
    assert main(["merge", str(bad)]) == 1  # the data it names is not found beside it
    assert capsys.readouterr().err == (
        f"error: {tmp_path / 'products.csv'}: cannot read: No such file or directory\n"
    )
    bad.write_text(TEMPLATE.read_text("utf-8").replace('data="products.csv"', ""), "utf-8")
    assert main(["merge", str(bad)]) == 1
    assert "no data to merge: give --data FILE" in capsys.readouterr().err


def test_merge_reads_a_spreadsheet_sheet(tmp_path: Path, capsysbinary) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["ignored"])
    sheet = book.create_sheet("Products")
    for line in PRODUCTS.read_text("utf-8").splitlines():
        cells = line.split(",") if '"' not in line else ["Dan Dan", "300g", "x", "16.8",
                                                          "6920123456802", "000003"]  # fmt: skip
        sheet.append(
            [float(c) if c.replace(".", "").isdigit() and len(c) > 6 else c for c in cells]
        )
    book.save(tmp_path / "p.xlsx")
    argv = ["merge", str(TEMPLATE), "--data", str(tmp_path / "p.xlsx"), "--sheet", "Products"]
    assert main(argv) == 0
    page = read(capsysbinary.readouterr().out)
    assert [la.elements[7].data for la in page.labels] == [
        "6920123456789", "6920123456796", "6920123456802", "6920123456819",
    ]  # fmt: skip


def _decode(path: Path) -> list[tuple[str, str]]:
    grey = Image.open(path).convert("L")
    padded = Image.new("L", (grey.width + 80, grey.height + 80), 255)
    padded.paste(grey, (40, 40))
    return sorted((r.format.name, r.text) for r in zxingcpp.read_barcodes(padded))


def test_render_one_row(tmp_path: Path, capsys) -> None:
    out = tmp_path / "row.png"
    assert (
        main(["render", str(TEMPLATE), "--data", str(PRODUCTS), "--rows", "2", "-o", str(out)]) == 0
    )
    assert capsys.readouterr().out.splitlines() == [str(out)]
    assert _decode(out) == [("EAN13", "6920123456796"),
                            ("QRCode", "https://shop.example.com/p/000002?lot=000001")]  # fmt: skip


def test_render_several_rows_names_each_png_by_row(tmp_path: Path, capsys) -> None:
    out = tmp_path / "row.png"
    assert main(["render", str(TEMPLATE), "--rows", "3-4", "-o", str(out)]) == 0
    paths = capsys.readouterr().out.splitlines()
    assert paths == [str(tmp_path / "row-3.png"), str(tmp_path / "row-4.png")]
    assert ("EAN13", "6920123456819") in _decode(Path(paths[1]))


def test_render_a_row_chosen_twice_writes_two_files(tmp_path: Path, capsys) -> None:
    out = tmp_path / "row.png"
    assert main(["render", str(TEMPLATE), "--rows", "3,3", "-o", str(out)]) == 0
    paths = capsys.readouterr().out.splitlines()
    assert paths == [str(tmp_path / "row-3.png"), str(tmp_path / "row-3-2.png")]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["row-3-2.png", "row-3.png"]
    for path in paths:  # each the row's label, its serial the place in the batch
        assert ("EAN13", "6920123456802") in _decode(Path(path))


def test_render_refuses_invalid_rows(tmp_path: Path, capsys) -> None:
    out = tmp_path / "row.png"
    argv = [
        "render",
        str(TEMPLATE),
        "--data",
        str(_bad_csv(tmp_path)),
        "--rows",
        "2",
        "-o",
        str(out),
    ]
    assert main(argv) == 1
    assert not out.exists()
    assert "row 2, column barcode: error" in capsys.readouterr().err


def test_render_names_a_missing_label_before_merging_any_row(tmp_path: Path, capsys) -> None:
    out = tmp_path / "row.png"
    argv = ["render", str(TEMPLATE), "--data", str(_bad_csv(tmp_path)), "--label", "9", "-o",
            str(out)]  # fmt: skip
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert f"{TEMPLATE}: no label with id 9 (ids: 1)" in err
    assert "row 2" not in err  # no row was merged to find out
    assert list(tmp_path.iterdir()) == [tmp_path / "bad.csv"]


def test_check_with_data_lists_rows_and_exits_1_on_errors(tmp_path: Path, capsys) -> None:
    assert main(["check", str(TEMPLATE), "--data", str(PRODUCTS)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["check", str(TEMPLATE), "--data", str(_bad_csv(tmp_path))]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(": error: ")[0] for line in out] == [
        f"{tmp_path / 'bad.csv'}: row 2, column barcode",
        f"{tmp_path / 'bad.csv'}: row 4, column price",
    ]
    assert main(["check", "-", "--data", str(PRODUCTS)]) == 1
    assert "a template to merge must be a file" in capsys.readouterr().out


def test_the_command_runs_as_a_program_without_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 damaged")
    run = subprocess.run(
        [sys.executable, "-m", "designer", "merge", str(TEMPLATE), "--data", str(broken)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1
    assert run.stderr.startswith(f"error: {broken}: cannot read as a spreadsheet")
    assert "Traceback" not in run.stderr
