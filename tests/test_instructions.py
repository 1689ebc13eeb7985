"""Processing instructions (a merge's settings) are kept beside the page, written back on
request, never part of what prints; and the reader takes another check for templates."""

from __future__ import annotations

import pytest

from designer.labelxml import Instruction, parse, write
from designer.labelxml.fastpath import read_plain
from designer.labelxml.reader import read_with_expat
from designer.labelxml.writer import write_instruction
from designer.model import Problem, Severity

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<?xplabel-merge data="products.csv" header="yes"?>
<?xplabel-merge counter="serial" start="7" width="6"?>
<PAGE w="40" l="30">
  <?other-tool keep me?>
  <LABEL id="1">
    <TEXT x="1" y="1">{{name}}</TEXT>
  </LABEL>
</PAGE>
"""


def test_instructions_are_kept_in_order_with_their_positions() -> None:
    result = parse(TEMPLATE)
    assert result.ok
    assert result.instructions == [
        Instruction("xplabel-merge", 'data="products.csv" header="yes"'),
        Instruction("xplabel-merge", 'counter="serial" start="7" width="6"'),
        Instruction("other-tool", "keep me"),
    ]
    assert [(i.line, i.col) for i in result.instructions] == [(2, 1), (3, 1), (5, 3)]


def test_a_file_with_instructions_takes_the_full_reader_and_reads_the_same_page() -> None:
    assert read_plain(TEMPLATE) is None
    plain = "\n".join(
        line for line in TEMPLATE.splitlines() if "<?x" not in line and "<?o" not in line
    )
    assert parse(TEMPLATE).page == parse(plain).page
    assert read_with_expat(TEMPLATE, "t").instructions == parse(TEMPLATE).instructions


def test_the_writer_writes_them_back_only_when_given_and_round_trips() -> None:
    result = parse(TEMPLATE)
    printed = write(result.page)
    assert "<?" not in printed  # what is sent to a printer
    saved = write(result.page, result.instructions)
    assert saved.startswith(
        '<?xplabel-merge data="products.csv" header="yes"?>\n'
        '<?xplabel-merge counter="serial" start="7" width="6"?>\n'
        "<?other-tool keep me?>\n"
        '<PAGE w="40" l="30">\n'
    )
    again = parse(saved)
    assert again.page == result.page and again.instructions == result.instructions
    assert write(again.page, again.instructions) == saved


@pytest.mark.parametrize(
    "bad",
    [Instruction("xml", "x"), Instruction("1x"), Instruction("a b"), Instruction("t", "a ?> b"),
     Instruction("t", "\x01")],
)  # fmt: skip
def test_an_instruction_that_cannot_be_written_is_refused(bad: Instruction) -> None:
    with pytest.raises(ValueError, match="cannot write"):
        write_instruction(bad)


def test_a_check_can_replace_the_validator() -> None:
    xml = (
        '<PAGE w="40" l="30"><LABEL id="1"><BARC x="1" y="1" ct="jan13a">{{ean}}</BARC>'
        "</LABEL></PAGE>"
    )
    assert not parse(xml).ok  # the validator: EAN-13 takes digits
    seen = []

    def lenient(page: object) -> list[Problem]:
        seen.append(page)
        return [Problem(Severity.WARNING, "looked at", 0, 0, "data")]

    result = parse(xml, check=lenient)
    assert result.ok and len(seen) == 1
    assert [str(p) for p in result.problems] == ["<string>:1:35: warning: looked at"]
