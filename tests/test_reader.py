"""The label XML reader: the spec's examples, its known quirks, and every refusal with its place."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from designer.labelxml import LabelXmlError, parse, read
from designer.model import Barcode, Box, Label, Line, Page, QRCode, Reverse, Text


def test_reads_the_spec_full_example(fixtures: Path) -> None:
    page = read(fixtures / "spec_full_example.xml")
    assert (page.w, page.l, page.ld, page.pt) == (100.0, 60.0, 2, 0)
    assert [label.id for label in page.labels] == [1, 2, 3]
    first = page.labels[0]
    assert first.elements[0] == Text(x=3, y=3, text="宫保鸡丁")
    assert first.elements[1] == Reverse(x=2, y=2, w=13, h=4)
    assert first.elements[2] == Text(x=50, y=6, a="center", text="广东白切鸡 居中打印")
    assert first.elements[5] == QRCode(
        x=1, y=21, s=4, e="L", data="https://www.xpyun.net/open/index.html"
    )
    assert page.labels[1].elements[1] == Barcode(x=1, y=6, h=50, s=2, data="1234567890")
    assert page.labels[1].elements[2] == Box(x=6, y=6, xe=26, ye=16)
    third = page.labels[2]
    assert third.c == 2
    assert third.elements[0] == Box(x=1, y=1, xe=98, ye=58, lt=4)
    assert third.elements[2] == Line(x=1, y=10, w=2, h=58)


def test_reads_the_spec_request_example(fixtures: Path) -> None:
    page = read(fixtures / "spec_request_example.xml")
    assert (page.w, page.l) == (50, 40)
    assert [(label.id, label.c, len(label.elements)) for label in page.labels] == [
        (1, 1, 3),
        (2, 2, 2),
    ]


def test_spec_example_warnings_point_at_their_lines(fixtures: Path) -> None:
    result = parse(fixtures / "spec_full_example.xml")
    assert result.page is not None
    assert [(p.line, p.severity.value) for p in result.problems] == [
        (12, "warning"),
        (18, "warning"),
    ]
    assert "BARC is partly outside" in result.problems[0].message
    assert "BL is partly outside" in result.problems[1].message


def test_reads_path_bytes_and_str_alike(fixtures: Path) -> None:
    path = fixtures / "spec_request_example.xml"
    assert read(path) == read(path.read_bytes()) == read(path.read_text("utf-8"))


def test_accepts_declaration_bom_crlf_decimal_numbers_and_the_bmp_typo() -> None:
    xml = (
        '\ufeff<?xml version="1.0" encoding="UTF-8"?>\r\n'
        '<PAGE w="100.0" l="60.00">\r\n'
        '  <LABEL id="1.0">\r\n'
        '    <BMP x="1" y="2" w="16">iVBORw0KGgo=</BMP/>\r\n'
        '    <BMP x="1" y="20"/>\r\n'
        "  </LABEL>\r\n"
        "</PAGE>\r\n"
    ).encode("utf-8")
    result = parse(xml)
    page = result.page
    assert page is not None, result.problems
    assert page.labels[0].id == 1
    assert page.labels[0].elements[1].image is None
    assert page.labels[0].elements[0].w == 16


def test_text_keeps_its_spaces_newlines_and_escapes() -> None:
    page = read(
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1">a &amp; b\n &lt;c&gt;</TEXT>'
        "</LABEL></PAGE>"
    )
    assert page.labels[0].elements[0].text == "a & b\n <c>"


def _problems(xml: str | bytes) -> list[tuple[int, int, str, str]]:
    result = parse(xml, filename="f.xml")
    return [(p.line, p.col, p.severity.value, p.message) for p in result.problems]


@pytest.mark.parametrize(
    ("xml", "line", "col", "says"),
    [
        ('<PAGE w="1" l="1">\n<LABEL id="1">\n<TEXT x="1"', 3, 1, "not well-formed"),
        ("<PAGE w='1' l='1'></PAG>", 1, 21, "not well-formed XML: mismatched tag"),
        ("", 1, 1, "empty"),
        ("   \n  ", 1, 1, "empty"),
        ('<LABEL id="1"/>', 1, 1, "root is <PAGE>"),
        (
            '<PAGE w="1" l="1">\n  <LABEL id="1">\n    <CIRCLE r="1"/>\n</LABEL></PAGE>',
            3,
            5,
            "unknown tag <CIRCLE>",
        ),
        (
            '<PAGE w="1" l="1"><LABEL id="1">\n<TEXT x="1" y="1" size="3">a</TEXT></LABEL></PAGE>',
            2,
            1,
            "TEXT has no attribute 'size'",
        ),
        (
            '<PAGE w="1" l="1"><LABEL id="1">\n\n<SQ x="1" y="a" xe="2" ye="2"/></LABEL></PAGE>',
            3,
            1,
            "SQ y: 'a' is not a number",
        ),
        (
            '<PAGE w="1" l="1"><LABEL id="1">\n<SQ x="1" y="1" xe="2"/></LABEL></PAGE>',
            2,
            1,
            "missing its required attribute ye",
        ),
        (
            '<PAGE w="9" l="9"><LABEL id="1">\n<TEXT x="1" y="1" xw="2.5">a</TEXT></LABEL></PAGE>',
            2,
            1,
            "'2.5' is not a whole number",
        ),
        (
            '<PAGE w="9" l="9"><LABEL id="1">\n<TEXT x="1" y="1" xw="11">a</TEXT></LABEL></PAGE>',
            2,
            1,
            "xw=11 is out of range 1..10",
        ),
        (
            '<PAGE w="9" l="9"><LABEL id="1">\n<TEXT x="1" y="1" a="middle">a</TEXT>'
            "</LABEL></PAGE>",
            2,
            1,
            "a=middle is not one of left, center, right",
        ),
        (
            '<PAGE w="9" l="9"><LABEL id="1"/>\n<LABEL id="1"/></PAGE>',
            2,
            1,
            "LABEL id 1 is used twice",
        ),
        (
            '<PAGE w="30" l="30"><LABEL id="1">\n<BARC x="1" y="1" ct="jan13a">123</BARC>'
            "</LABEL></PAGE>",
            2,
            1,
            "EAN-13 takes 12 digits",
        ),
        ('<PAGE w="9" l="9">\n<TEXT x="1" y="1">a</TEXT></PAGE>', 2, 1, "must be inside a <LABEL>"),
        (
            '<PAGE w="9" l="9"><LABEL id="1"><TEXT x="1" y="1">\n<SQ x="1" y="1" xe="2" ye="2"/>'
            "</TEXT></LABEL></PAGE>",
            2,
            1,
            "cannot stand inside an element",
        ),
        (
            '<PAGE w="9" l="9"><LABEL id="1">\n<SQ x="1" y="1" xe="2" ye="2">x</SQ></LABEL></PAGE>',
            2,
            1,
            "SQ takes no content",
        ),
        ('<PAGE w="9" l="9">\n  stray<LABEL id="1"/></PAGE>', 2, 8, "stands directly in <PAGE>"),
        ('<?xml version="1.0" encoding="GBK"?>\n<PAGE w="9" l="9"/>', 1, 1, "must be UTF-8"),
    ],
)
def test_refusals_name_line_column_and_reason(xml: str, line: int, col: int, says: str) -> None:
    result = parse(xml, filename="f.xml")
    assert result.page is None
    errors = [p for p in result.problems if p.is_error]
    assert errors, result.problems
    first = errors[0]
    assert says in first.message
    assert (first.line, first.col) == (line, col), first
    assert str(first).startswith(f"f.xml:{line}:{col}: error: ")
    with pytest.raises(LabelXmlError) as excinfo:
        read(xml, filename="f.xml")
    assert f"f.xml:{line}:{col}: error:" in str(excinfo.value)


def test_not_utf8_names_the_first_bad_byte() -> None:
    xml = b'<PAGE w="9" l="9"><LABEL id="1">\n<TEXT x="1" y="1">' + "价".encode("gbk")
    problems = _problems(xml + b"</TEXT></LABEL></PAGE>")
    assert problems == [(2, 19, "error", problems[0][3])]
    assert "not UTF-8: byte 0xBC" in problems[0][3]


def test_every_problem_of_a_file_is_reported_not_only_the_first() -> None:
    xml = (
        '<PAGE w="40" l="30">\n'
        '<LABEL id="1">\n'
        '  <TEXT x="1" y="1" f="9">a</TEXT>\n'
        '  <BARC x="1" y="5" ct="itfa">123</BARC>\n'
        '  <QRC x="1" y="1" e="Z">q</QRC>\n'
        "  <WHAT/>\n"
        '  <SQ x="1" y="1" xe="2" ye="2" lt="x"/>\n'
        "</LABEL>\n"
        '<LABEL id="1"/>\n'
        "</PAGE>\n"
    )
    lines = [(line, sev) for line, _, sev, _ in _problems(xml)]
    assert lines == [
        (3, "error"),
        (4, "error"),
        (5, "error"),
        (6, "error"),
        (7, "error"),
        (9, "error"),
    ]


def test_page_attribute_errors_do_not_hide_label_problems() -> None:
    xml = '<PAGE w="x" l="9">\n<LABEL id="1">\n<BARC x="1" y="1" ct="itfa">1</BARC></LABEL></PAGE>'
    messages = [m for _, _, _, m in _problems(xml)]
    assert any("PAGE w" in m for m in messages)
    assert any("even number of digits" in m for m in messages)


def test_a_dtd_is_refused_and_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    xml = (
        f'<?xml version="1.0"?>\n<!DOCTYPE PAGE [<!ENTITY s SYSTEM "file://{secret}">]>\n'
        '<PAGE w="9" l="9"><LABEL id="1"><TEXT x="1" y="1">&s;</TEXT></LABEL></PAGE>'
    )
    result = parse(xml)
    assert result.page is None
    assert "DTD" in result.problems[0].message
    assert result.problems[0].line == 2
    assert "TOPSECRET" not in repr(result)


def test_an_entity_expansion_bomb_is_refused_quickly() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    xml = f'<!DOCTYPE PAGE [<!ENTITY l0 "lol">{lol}]><PAGE w="9" l="9">&l9;</PAGE>'
    result = parse(xml)
    assert result.page is None
    assert "DTD" in result.problems[0].message


def test_an_undeclared_entity_is_refused() -> None:
    result = parse('<PAGE w="9" l="9"><LABEL id="1"><TEXT x="1" y="1">&nbsp;</TEXT></LABEL></PAGE>')
    assert result.page is None
    assert "undefined entity" in result.problems[0].message


def test_positions_map_elements_back_to_lines(fixtures: Path) -> None:
    result = parse(fixtures / "spec_full_example.xml")
    assert result.positions.of(None) == (1, 1)
    assert result.positions.of(0) == (2, 3)
    assert result.positions.of(0, 0) == (3, 5)
    assert result.positions.of(2, 3)[0] == 19
    assert result.positions.of(9, 9) == (0, 0)


def test_repeated_elements_are_shared_values() -> None:
    label = '<LABEL id="{}"><SQ x="1" y="1" xe="9" ye="9"/></LABEL>'
    page = read(f'<PAGE w="10" l="10">{label.format(1)}{label.format(2)}</PAGE>')
    assert page.labels[0].elements[0] is page.labels[1].elements[0]
    assert page == Page(
        10,
        10,
        labels=(Label(1, elements=(Box(1, 1, 9, 9),)), Label(2, elements=(Box(1, 1, 9, 9),))),
    )


_SPEC = (Path(__file__).parent / "fixtures" / "spec_full_example.xml").read_bytes()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_give_problems_never_an_exception(data: bytes) -> None:
    result = parse(data)
    assert (result.page is None) == any(p.is_error for p in result.problems)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(_SPEC) - 1), st.binary(min_size=1, max_size=4), st.integers(0, 8))
def test_a_damaged_spec_example_gives_problems_never_an_exception(
    at: int, junk: bytes, cut: int
) -> None:
    damaged = _SPEC[:at] + junk + _SPEC[at + cut :]
    result = parse(damaged)
    for problem in result.problems:
        assert problem.line >= 0 and problem.message


def test_an_unclosed_element_is_named_where_it_starts() -> None:
    text = (
        '<PAGE w="40" l="30">\n  <LABEL id="1">\n    <TEXT x="1" y="1">abc\n'
        '    <BARC x="1" y="5">123</BARC>\n  </LABEL>\n</PAGE>\n'
    )
    first = parse(text).problems[0]
    assert (first.line, first.col) == (3, 5)
    assert first.message.startswith("<TEXT> is not closed: <BARC> on line 4 stands inside it")


def test_a_deliberately_nested_element_is_not_called_unclosed() -> None:
    text = '<PAGE w="40" l="30"><LABEL id="1"><TEXT x="1" y="1">a<SQ/>b</TEXT></LABEL></PAGE>'
    assert [p.message for p in parse(text).problems] == ["<SQ> cannot stand inside an element"]


def test_a_file_with_problems_gives_a_draft_to_fix_them_in() -> None:
    text = (
        '<PAGE w="40" l="30">\n  <LABEL id="1">\n'
        '    <BARC x="1" y="5" ct="jan13a">6920123456780</BARC>\n'  # wrong check digit
        '    <TEXT x="1" y="1" f="abc" q="1">hi</TEXT>\n'  # a bad value and an unknown attribute
        '    <SQ y="2" xe="5" ye="6"/>\n'  # no x
        "  </LABEL>\n</PAGE>\n"
    )
    result = parse(text)
    assert result.page is None  # nothing prints
    assert result.damaged  # the draft had to leave things out
    barcode, label_text, box = result.draft.labels[0].elements
    assert barcode == Barcode(x=1, y=5, ct="jan13a", data="6920123456780")  # kept as written
    assert label_text == Text(x=1, y=1, text="hi")  # f and q could not be kept
    assert (box.x, box.xe) == (0, 5)
    assert [p.line for p in result.errors] == [3, 4, 4, 5]


def test_a_file_that_is_not_label_xml_has_no_draft() -> None:
    for text in ("<PAGE", "<ROOT/>", b"\xff\xfe<PAGE/>"):
        assert parse(text).draft is None


def test_a_file_with_only_rule_problems_is_not_damaged() -> None:
    text = '<PAGE w="40" l="30"><LABEL id="1"><QRC x="1" y="1"></QRC></LABEL></PAGE>'
    result = parse(text)
    assert result.page is None and result.draft is not None and not result.damaged
