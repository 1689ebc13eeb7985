"""The merge layer's and the batch services' words are messages (`designer.model.messages`): every
error a data file, a placeholder, a template's merge settings, a record or a batch plan raises
carries a `Message` (its English what the command line prints, its template what the window
translates), and the program's own text in it (a path, a list of rows) is never clipped."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import designer
from designer.labelxml import parse
from designer.merge import (
    DataSourceError,
    MergeError,
    Merger,
    MergeSettings,
    PlaceholderError,
    bind,
    check_template,
    compile_template,
    grouped,
    parse_pattern,
    parse_rows,
    read_settings,
    read_table,
    select_rows,
    table_from_rows,
)
from designer.model.messages import Message
from designer.qt.i18n.catalogue import entries
from designer.services.batch_orders import stored_what
from designer.services.batch_plan import BatchOptions, BatchPlanError, make_source, plan_batch

PACKAGE = Path(designer.__file__).parent
WORDED = {"DataSourceError", "BatchPlanError", "PlaceholderError", "BatchBusyError"}
"""The errors of the merge layer and the batch services whose text a person reads (a cell that
is not a number or a date is said where it is reported: see the record problems' test)."""
FIXTURES = Path(__file__).parent / "fixtures"
TEMPLATES = {text for _context, text in entries()}


def _is_message(text: object) -> bool:
    """A message whose template (and those of its parts) the translation catalogue lists."""
    if not isinstance(text, Message) or text.template not in TEMPLATES:
        return False
    return all(_is_message(v) for v in (text.args or {}).values() if isinstance(v, Message))


def _sources() -> list[Path]:
    services = PACKAGE / "services"
    return sorted(
        [*(PACKAGE / "merge").glob("*.py"), *services.glob("batch*.py"), services / "counters.py"]
    )


def test_every_worded_error_is_raised_with_a_message_template() -> None:
    """A raise of one of these errors passes a `message(...)` call, never an f-string or a
    plain string (a helper that makes the error, such as `unreadable`, is held to it inside)."""
    wrong = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in WORDED:
                continue
            said = node.args[0] if node.args else None
            if not (isinstance(said, ast.Call) and getattr(said.func, "id", "") == "message"):
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {node.func.id}")
    assert not wrong, "\n".join(wrong)


def _raised(error: type[Exception], act) -> Exception:
    with pytest.raises(error) as caught:
        act()
    return caught.value


def _data_errors(tmp_path: Path) -> list[Exception]:
    files = {
        "nul.csv": b"a,b\n1,\x002\n",
        "gbk.csv": b"a,b\n\x81\x20\x81,1\n",
        "utf16.csv": b"\xff\xfe\x00\xd8\x00",
        "book.xlsx": b"PK\x03\x04 not a workbook",
        "text.csv": b"a,b\n1,2\n",
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    (tmp_path / "folder.csv").mkdir()
    errors = [
        _raised(DataSourceError, lambda n=name: read_table(tmp_path / n))
        for name in ("nul.csv", "gbk.csv", "utf16.csv", "book.xlsx", "folder.csv", "gone.csv")
    ]
    errors.append(_raised(DataSourceError, lambda: read_table(tmp_path / "text.csv", sheet="2")))
    sheets = FIXTURES / "products.xls"
    errors.append(_raised(DataSourceError, lambda: read_table(sheets, sheet="Nowhere")))
    table = table_from_rows("data.csv", [["a"], ["1"], [""], ["2"]])
    errors.append(_raised(DataSourceError, lambda: select_rows(table, [(2, 2)])))
    errors.append(_raised(DataSourceError, lambda: select_rows(table, [(9, 9)])))
    bare = table_from_rows("data.csv", [["1"]], header=False)
    errors.append(_raised(DataSourceError, lambda: select_rows(bare, [(9, 9)])))
    return errors


def test_every_data_file_error_carries_its_message(tmp_path: Path) -> None:
    errors = _data_errors(tmp_path)
    assert len(errors) == 11
    for error in errors:
        (text,) = error.args
        assert _is_message(text), repr(text)
        assert str(error) == text and text.startswith(("data.csv: ", str(tmp_path), str(FIXTURES)))


def test_a_long_path_is_named_whole(tmp_path: Path) -> None:
    folder = tmp_path / ("long folder name " * 8).strip()
    folder.mkdir()
    (folder / "nul.csv").write_bytes(b"a\x00")
    error = _raised(DataSourceError, lambda: read_table(folder / "nul.csv"))
    assert str(error) == f"{folder / 'nul.csv'}: holds NUL characters: it is not a text file"


@pytest.mark.parametrize(
    "content",
    ["{{name", "{{[x}}", "{{[x]y}}", "{{[ ]}}", "{{ }}", "{{0}}", "{{date:5}}", "{{date+3q}}",
     "{{x:}}", "{{row:%Y}}", "{{x:zz}}"],
)  # fmt: skip
def test_every_placeholder_error_carries_its_message(content: str) -> None:
    parse_pattern.cache_clear()
    error = _raised(PlaceholderError, lambda: parse_pattern(content))
    assert _is_message(error.args[0]) and error.message is error.args[0]


def test_row_ranges_errors_carry_their_message() -> None:
    for text in ("1-x", "0", "5-3"):
        assert _is_message(_raised(ValueError, lambda t=text: parse_rows(t)).args[0])


TEMPLATE = (
    '<PAGE w="60" l="40"><LABEL id="1"><TEXT x="1" y="1">{{nam}} {{9}}</TEXT>'
    '<BARC x="3" y="10" ct="jan13a" h="8" a="left">{{barcode}}</BARC>'
    '<TEXT x="1" y="25">{{row}} {{serial:%Y}} {{price:.2f}} {{made:%Y}} {{a}}</TEXT>'
    "</LABEL></PAGE>"
)
ROWS = [
    ["name", "barcode", "price", "made", "row", "a", "A"],
    ["x", "6920123456780", "abc", "someday", "", "", ""],
    ["y", "6.92012E+12", "1.5", "2026-01-01", "", "", ""],
]


def _page(xml: str):
    return parse(xml.encode(), check=check_template).page


def test_every_binding_and_record_problem_carries_its_message() -> None:
    page = _page(TEMPLATE)
    for header in (True, False):
        binding = bind(compile_template(page), table_from_rows("d.csv", ROWS, header=header),
                       MergeSettings())  # fmt: skip
        assert len(binding.problems) >= 4
        assert all(_is_message(p.message) for p in binding.problems)
        error = _raised(MergeError, lambda b=binding: Merger(b))
        assert _is_message(error.args[0])
    fine = _page(
        '<PAGE w="60" l="40"><LABEL id="1"><TEXT x="1" y="1">{{name}}</TEXT>'
        '<BARC x="3" y="10" ct="jan13a" h="8" a="left">{{barcode}}</BARC>'
        '<TEXT x="1" y="25">{{price:.2f}} {{made:%Y}}</TEXT></LABEL></PAGE>'
    )
    table = table_from_rows("d.csv", ROWS)
    result = Merger(bind(compile_template(fine), table, MergeSettings())).run(table.records)
    assert len(result.problems) >= 4
    for problem in result.problems:
        assert _is_message(problem.message) and _is_message(problem.text), problem
        assert str(problem) == problem.text
    for _severity, line in grouped(result.problems * 2):
        assert _is_message(line)


def test_every_merge_settings_problem_carries_its_message() -> None:
    instructions = parse(
        b'<?xplabel-merge header="maybe"?><?xplabel-merge data="a" bogus="1"?>'
        b'<?xplabel-merge data="b"?><?xplabel-merge data="c"?>'
        b'<?xplabel-merge counter="row"?><?xplabel-merge counter="c" step="0"?>'
        b'<?xplabel-merge counter="d" start="x"?><?xplabel-merge counter="e" width="99"?>'
        b'<?xplabel-merge counter="f"?><?xplabel-merge counter="f"?><?xplabel-merge junk?>'
        b'<PAGE w="10" l="10"><LABEL id="1"><TEXT x="1" y="1">a</TEXT></LABEL></PAGE>'
    ).instructions
    _settings, problems = read_settings(instructions)
    assert len(problems) == 9
    assert all(_is_message(p.message) for p in problems)


def test_a_batch_plan_error_and_its_rows_problems_carry_their_messages(tmp_path: Path) -> None:
    page = _page(
        '<PAGE w="60" l="40"><LABEL id="1"><TEXT x="1" y="1">{{name}}</TEXT></LABEL></PAGE>'
    )
    table = table_from_rows("d.csv", [["name", "qty"], ["x", "two"], ["y", "1"]])
    data = tmp_path / "d.csv"
    data.write_text("name,qty\n", "utf-8")
    binding = bind(compile_template(page), table, MergeSettings())
    source = make_source(binding, table.records, (), template_path=None, data_path=data)
    error = _raised(
        BatchPlanError, lambda: plan_batch(source, BatchOptions("SN", copies_column="count"), {})
    )
    assert _is_message(error.args[0]) and str(error).startswith("d.csv: no column 'count'")
    result = plan_batch(source, BatchOptions("SN", copies_column="qty"), {})
    (problem,) = result.problems
    assert problem.row == 1 and _is_message(problem.message) and _is_message(problem.fields)


def test_what_a_batch_order_prints_is_a_message_also_read_back_from_the_store(
    tmp_path: Path,
) -> None:
    page = _page(
        '<PAGE w="60" l="40"><LABEL id="1"><TEXT x="1" y="1">{{name}}</TEXT></LABEL></PAGE>'
    )
    table = table_from_rows("d.csv", [["name"], ["x"], ["y"], ["z"]])
    data = tmp_path / "d.csv"
    data.write_text("name\n", "utf-8")
    binding = bind(compile_template(page), table, MergeSettings())
    source = make_source(binding, table.records, (), template_path=None, data_path=data)
    (order,) = plan_batch(source, BatchOptions("SN"), {}).plan.orders
    assert order.what == "rows 1-3" and _is_message(order.what)
    for stored in ("rows 1-3, 7", "row 5"):
        assert stored_what(stored) == stored and _is_message(stored_what(stored))
    assert type(stored_what("label XML")) is str
