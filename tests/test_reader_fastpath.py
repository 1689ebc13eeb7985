"""The reader's fast path reads plain files exactly as the full (expat) reader does.

Every comparison runs both readers on the same text: the page, every problem (message, line,
column) and every element's position must agree, and the fast path must refuse (return None)
whatever it cannot vouch for, leaving it to the full reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.labelxml import parse, write
from designer.labelxml.fastpath import read_plain
from designer.labelxml.reader import ReadResult, read_with_expat
from tests.strategies import pages

FIXTURES = Path(__file__).parent / "fixtures"
_SPEC = (FIXTURES / "spec_full_example.xml").read_text(encoding="utf-8")


def _same(fast: ReadResult, full: ReadResult) -> None:
    assert fast.page == full.page
    assert [str(p) for p in fast.problems] == [str(p) for p in full.problems]
    page = full.page
    if page is not None:
        assert fast.positions.of(None) == full.positions.of(None)
        for li, label in enumerate(page.labels):
            assert fast.positions.of(li) == full.positions.of(li)
            for ei in range(len(label.elements)):
                assert fast.positions.of(li, ei) == full.positions.of(li, ei)


def _both(text: str) -> tuple[ReadResult, ReadResult]:
    return parse(text), read_with_expat(text, "<string>")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages(), st.sampled_from(["\n", "\r\n", "\r"]), st.booleans())
def test_generated_documents_read_alike(page: object, newline: str, declared: bool) -> None:
    text = write(page)
    assert read_plain(text) is not None  # whatever the writer makes is plain
    text = text.replace("\n", newline)
    if declared:
        text = '<?xml version="1.0" encoding="UTF-8"?>' + newline + text
    fast, full = _both(text)
    _same(fast, full)
    assert fast.page == page


_FRAGMENTS = [
    "<", ">", "/", "&", "&amp;", '"', "'", "=", " ", "\t", "\n", "\r", "<!-- c -->",
    "<![CDATA[x]]>", "<?pi x?>", "]]>", "\x01", "\u3000", "x", "1", "é", "宫",
    '<TEXT x="1" y="1">a</TEXT>', "<SQ/>", "</LABEL>", '<LABEL id="9">', "</PAGE>", 'x="2" ',
    ' y="', '<BMP x="1" y="1"/>', "<X/>", "&#13;", "&#0;", "&#x41;", "&bogus;", "&lt;", "&#65",
    "&#xD800;", "&#32;", "&#xA0;",
]  # fmt: skip


def _edits(fragments: list[str], cut: int, most: int) -> st.SearchStrategy:
    """Up to `most` edits of the spec example: at an offset, cut up to `cut` characters and
    insert one of `fragments`."""
    edit = st.tuples(st.integers(0, len(_SPEC)), st.integers(0, cut), st.sampled_from(fragments))
    return st.lists(edit, min_size=1, max_size=most)


@settings(max_examples=400, deadline=None)
@given(_edits(_FRAGMENTS, 6, 3))
def test_damaged_documents_read_alike(edits: list[tuple[int, int, str]]) -> None:
    text = _SPEC
    for at, cut, insert in edits:
        at = min(at, len(text))
        text = text[:at] + insert + text[at + cut :]
    _same(*_both(text))


_SMALL = ["1", "x", " ", "宫", "\t", "\n", '"', "-", ".", "e", "0.5", "/", "=", ">", "nan", "_"]


@settings(max_examples=400, deadline=None)
@given(_edits(_SMALL, 2, 2))
def test_slightly_changed_documents_read_alike(edits: list[tuple[int, int, str]]) -> None:
    """Small edits keep many documents plain (a changed number, text or space)."""
    test_damaged_documents_read_alike.hypothesis.inner_test(edits)


@pytest.mark.parametrize(
    "text",
    [
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1">a &nbsp; b</TEXT></LABEL></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1">&#1;</TEXT></LABEL></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1" a="&lt;">a</TEXT></LABEL></PAGE>',
        '<PAGE w="50" l="30"><!-- note --><LABEL id="1"/></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1"><![CDATA[<b>]]></TEXT></LABEL></PAGE>',
        "<PAGE w='50' l='30'><LABEL id='1'/></PAGE>",
        '<PAGE w="50" l="30">stray<LABEL id="1"/></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><SQ x="1" y="1" xe="2" ye="2" q="1"/></LABEL></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" x="2" y="1">a</TEXT></LABEL></PAGE>',
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1">a<B/></TEXT></LABEL></PAGE>',
        '<?xml version="1.0" encoding="GBK"?><PAGE w="50" l="30"/>',
        ' <?xml version="1.0"?><PAGE w="50" l="30"/>',
        '<PAGE w="50" l="30"/><PAGE w="50" l="30"/>',
        '<PAGE w="50" l="30"><LABEL id="1"><SQ x="1" y="1" xe="2" ye="2">x</SQ></LABEL></PAGE>',
    ],
)
def test_what_is_not_plain_goes_to_the_full_reader(text: str) -> None:
    assert read_plain(text) is None
    _same(*_both(text))


def test_plain_files_take_the_fast_path_with_their_problems() -> None:
    text = (
        '<?xml version="1.0" encoding="utf-8"?>\r\n<PAGE w="50" l="30">\r\n'
        '  <LABEL id="1">\r\n    <BARC x="1" y="1" ct="jan13a">6920152400011</BARC>\r\n'
        '    <TEXT x="60" y="1">宫保鸡丁</TEXT>\r\n    <BMP x="1" y="20"></BMP>\r\n'
        '  </LABEL>\r\n  <LABEL id="1"/>\r\n</PAGE>\r\n'
    )
    assert read_plain(text) is not None
    fast, full = _both(text)
    _same(fast, full)
    assert [(p.line, p.col) for p in fast.problems] == [(4, 5), (5, 5), (8, 3)]
    assert "check digit" in fast.problems[0].message
    assert fast.page is None  # errors: nothing half-read


def test_text_with_references_and_greater_than_takes_the_fast_path() -> None:
    text = (
        '<PAGE w="50" l="30"><LABEL id="1"><TEXT x="1" y="1">a &amp; b &lt;&gt; c > d'
        "&#13;&#x41;&#x4e2d;&apos;&quot;</TEXT></LABEL></PAGE>"
    )
    plain = read_plain(text)
    assert plain is not None
    assert plain.labels[0].elements[0].text == "a & b <> c > d\rA中'\""
    _same(*_both(text))


_ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#13;", "&#10;", "&#9;", "&#x4e2d;"]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["LF", "CRLF", "CR"])
@pytest.mark.parametrize("entity", _ENTITIES)
def test_every_entity_and_line_end_reads_alike(newline: str, entity: str) -> None:
    """Pinned examples: every entity in content and in an attribute, with each line end."""
    text = (
        f'<PAGE w="50" l="30">{newline}  <LABEL id="1">{newline}'
        f'    <TEXT x="1" y="1">a{entity}b{newline}c</TEXT>{newline}'
        f'    <BARC x="1" y="9" ct="code128">x{entity}y</BARC>{newline}'
        f'    <QRC x="1" y="20" e="M">{entity}</QRC>{newline}'
        f'    <TEXT x="1" y="5" a="le{entity}ft">z</TEXT>{newline}'
        f"  </LABEL>{newline}</PAGE>{newline}"
    )
    fast, full = _both(text)
    _same(fast, full)
    assert full.problems  # the attribute with an entity in it is no anchor


def test_the_spec_example_takes_the_fast_path() -> None:
    assert read_plain(_SPEC.replace("</BMP/>", "</BMP >")) is not None
    _same(*_both(_SPEC))
