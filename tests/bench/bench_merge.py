"""Benchmark: `xplabel merge` of a 10,000-row CSV against `xplabel format` of the same labels
already merged, and reading a 10,000-row .xlsx.

Targets (issue 14): the merge at most 1.5x the format (both whole commands, alternating, in one
run); the .xlsx read at most 0.2 s. In-process figures are shown too (no interpreter start-up).
Run: python -m tests.bench.bench_merge
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from designer.labelxml import parse, write
from designer.merge import Merger, bind, load_template, read_table
from tests.bench.bench_labelxml import clear_caches
from tests.bench.timing import alternate

ROWS = 10_000
TEMPLATE = """<?xplabel-merge counter="serial" width="6"?>
<PAGE w="100" l="60">
  <LABEL id="1">
    <SQ x="1" y="1" xe="99" ye="59" lt="3"/>
    <TEXT x="3" y="3" xw="2" yh="2">{{name}}</TEXT>
    <REV x="2" y="2" w="96" h="7"/>
    <TEXT x="3" y="12">规格 {{size}}  产地 {{origin}}</TEXT>
    <TEXT x="3" y="21" xw="3" yh="3">¥{{price}}</TEXT>
    <BARC x="3" y="34" ct="jan13a" h="100" a="left">{{barcode}}</BARC>
    <QRC x="70" y="30" s="3" e="M">https://shop.example.com/p/{{sku}}?n={{serial}}</QRC>
  </LABEL>
</PAGE>
"""


def _ean(i: int) -> str:
    body = f"69201{i:07d}"
    total = 3 * sum(map(int, body[-1::-2])) + sum(map(int, body[-2::-2]))
    return body + str((10 - total % 10) % 10)


def rows(count: int = ROWS) -> list[list[object]]:
    """Product rows: name, size, origin, price, barcode, sku."""
    return [
        [f"宫保鸡丁 No.{i}", f"{500 + i % 50}g", "四川成都", f"{10 + i % 90}.{i % 100:02d}",
         _ean(i), f"{i:06d}"]
        for i in range(count)
    ]  # fmt: skip


def write_csv(path: Path) -> None:
    lines = ["name,size,origin,price,barcode,sku"] + [",".join(map(str, r)) for r in rows()]
    path.write_text("\n".join(lines) + "\n", "utf-8")


def write_xlsx(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Products")
    sheet.append(["name", "size", "origin", "price", "barcode", "sku", "made"])
    day = dt.date(2026, 11, 29)
    for r in rows():
        sheet.append([r[0], r[1], r[2], float(r[3]), int(r[4]), r[5], day])
    book.save(path)


def _command(*args: str) -> None:
    run = subprocess.run([sys.executable, "-m", "designer", *args], capture_output=True)
    assert run.returncode == 0, run.stderr.decode()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        template, data, merged = tmp / "t.xml", tmp / "products.csv", tmp / "merged.xml"
        template.write_text(TEMPLATE, "utf-8")
        write_csv(data)
        _command("merge", str(template), "--data", str(data), "-o", str(merged))
        assert len(parse(merged).page.labels) == ROWS

        commands = alternate(
            {
                "xplabel format merged.xml": lambda: _command(
                    "format", str(merged), "-o", str(tmp / "f.xml")
                ),
                "xplabel merge t.xml --data products.csv": lambda: _command(
                    "merge", str(template), "--data", str(data), "-o", str(tmp / "m.xml")
                ),
            },
            repeat=9,
            gc_off=False,
        )

        def merge_in_process() -> None:
            t = load_template(template)
            table = read_table(data)
            result = Merger(bind(t.template, table, t.settings)).run(table.records)
            assert result.ok
            write(result.page())

        def format_in_process() -> None:
            write(parse(merged).page)

        in_process = alternate(
            {"format (read+validate+write)": format_in_process,
             "merge (csv+merge+validate+write)": merge_in_process},
            repeat=15,
            setup=clear_caches,
            gc_off=False,
        )  # fmt: skip

        xlsx = tmp / "products.xlsx"
        write_xlsx(xlsx)
        xlsx_reads = alternate(
            {
                "python-calamine alone": lambda: _calamine_rows(xlsx),
                "read_table": lambda: read_table(xlsx),
            },
            repeat=15,
            gc_off=False,
        )
        table = read_table(xlsx)
        assert len(table.records) == ROWS and table.records[0].cells[4] == _ean(0)

    print(f"merge of {ROWS:,} rows into a 7-element template (median of alternating runs)")
    for title, results in (("whole commands", commands), ("in process", in_process)):
        (base_name, base), (name, value) = results.items()
        print(f"  {title}: {name} {value * 1000:.0f} ms, {base_name} {base * 1000:.0f} ms: "
              f"{value / base:.2f}x (target <= 1.5x)")  # fmt: skip
    raw, ours = xlsx_reads.values()
    print(f"read a {ROWS:,}-row .xlsx (7 columns): {ours * 1000:.0f} ms (target <= 200 ms); "
          f"python-calamine's own read {raw * 1000:.0f} ms")  # fmt: skip


def _calamine_rows(path: Path) -> list:
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(path) as book:
        return book.get_sheet_by_index(0).to_python()


if __name__ == "__main__":
    main()
