"""The canonical writer: stable bytes, defaults left out, and exact round trips."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from designer.labelxml import parse, read, write
from designer.model import Bitmap, Box, Label, Line, Page, Text, validate
from tests.strategies import pages


def test_canonical_form_of_the_spec_example(fixtures: Path) -> None:
    text = write(read(fixtures / "spec_full_example.xml"))
    assert text.startswith(
        '<PAGE w="100" l="60">\n  <LABEL id="1">\n'
        '    <TEXT x="3" y="3">宫保鸡丁</TEXT>\n'
        '    <REV x="2" y="2" w="13" h="4"/>\n'
    )
    assert '    <TEXT x="50" y="11">广东白切鸡 居左打印</TEXT>\n' in text  # a="left" is the default
    assert '  <LABEL id="3" c="2">\n' in text
    assert text.endswith("  </LABEL>\n</PAGE>\n")


def test_spec_examples_round_trip(fixtures: Path) -> None:
    for name in ("spec_full_example.xml", "spec_request_example.xml"):
        page = read(fixtures / name)
        text = write(page)
        assert read(text) == page
        assert write(read(text)) == text


def test_numbers_attributes_order_and_escapes() -> None:
    page = Page(
        w=57.5,
        l=30,
        ld=0,
        pt=2,
        labels=(
            Label(
                id=7,
                m=1,
                elements=(
                    Text(x=0.125, y=10.0, f=8, r=90, text='<5 & "6">\r\n'),
                    Box(x=1, y=1, xe=2.25, ye=3, lt=2),
                    Line(x=0, y=0, w=50, h=0.25),
                    Bitmap(x=1, y=2),
                ),
            ),
        ),
    )
    assert write(page) == (
        '<PAGE w="57.5" l="30" ld="0" pt="2">\n'
        '  <LABEL id="7" m="1">\n'
        '    <TEXT x="0.125" y="10" f="8" r="90">&lt;5 &amp; "6"&gt;&#13;\n</TEXT>\n'
        '    <SQ x="1" y="1" xe="2.25" ye="3"/>\n'
        '    <BL x="0" y="0" w="50" h="0.25"/>\n'
        '    <BMP x="1" y="2"/>\n'
        "  </LABEL>\n"
        "</PAGE>\n"
    )
    assert read(write(page)) == page


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_generated_documents_round_trip(page: Page) -> None:
    assert not [p for p in validate(page) if p.is_error]
    text = write(page)
    result = parse(text)
    assert result.page == page, result.problems
    assert write(result.page) == text
