"""Validation: each rule, as an error or a warning, pointing at the element it concerns."""

from __future__ import annotations

import pytest

from designer.model import (
    Barcode,
    Bitmap,
    Box,
    Label,
    Line,
    Page,
    QRCode,
    Reverse,
    Severity,
    Text,
    validate,
)
from designer.model.kinds import ALL_TAGS
from designer.model.kinds.bitmap import image_problem
from designer.model.schema import ValueKind
from tests.strategies import _TINY_PNG


def _page(*elements: object, w: float = 60, l: float = 40) -> Page:  # noqa: E741
    return Page(w=w, l=l, labels=(Label(id=1, elements=elements),))


def _only(page: Page) -> tuple[str, str]:
    problems = validate(page)
    assert len(problems) == 1, problems
    return problems[0].severity.value, problems[0].message


def test_a_clean_page_has_no_problems() -> None:
    page = _page(
        Text(x=1, y=1, text="价格 12.50"),
        Box(x=0, y=0, xe=60, ye=40),
        Barcode(x=30, y=10, data="ABC-123"),
        QRCode(x=40, y=1, data="hi"),
    )
    assert validate(page) == []


def test_every_numeric_attribute_has_a_range_or_choices() -> None:
    for tag in ALL_TAGS:
        for attr in tag.attrs:
            ranged = attr.lo is not None and attr.hi is not None
            if attr.kind is ValueKind.WORD:
                assert attr.choices and not ranged, attr
            else:  # one or the other, never both: the check would say only half
                assert bool(attr.choices) != ranged, attr


@pytest.mark.parametrize(
    ("element", "says"),
    [
        (Text(x=1, y=1, xw=0, text="a"), "TEXT xw=0 is out of range 1..10"),
        (Text(x=1, y=1, f=9, text="a"), "TEXT f=9 is not one of 1..8"),
        (Text(x=1, y=1, r=45, text="a"), "TEXT r=45 is not one of 0, 90, 180, 270"),
        (Text(x="1", y=1, text="a"), "TEXT x='1' is not a number"),
        (Text(x=1, y=1, xw=1.5, text="a"), "TEXT xw=1.5 is not a whole number"),
        (Barcode(x=1, y=1, ct="ean99", data="1"), "BARC ct=ean99 is not one of"),
        (QRCode(x=1, y=1, e="X", data="1"), "QRC e=X is not one of L, M, Q, H"),
        (Box(x=float("nan"), y=1, xe=2, ye=2), "SQ x=nan is out of range"),
        (Box(x=1, y=1, xe=2, ye=2, lt=0), "SQ lt=0 is out of range 1..400 dots"),
    ],
)
def test_attribute_errors(element: object, says: str) -> None:
    severity, message = _only(_page(element))
    assert severity == "error"
    assert message.startswith(says)


@pytest.mark.parametrize(
    ("ct", "data", "says"),
    [
        ("jan13a", "123456789012", None),
        ("jan13b", "1234567890128", None),
        ("jan13a", "1234567890123", "check digit of 123456789012 is 8, not 3"),
        ("jan13a", "12345678901A", "EAN-13 takes 12 digits"),
        ("jan8a", "1234567", None),
        ("jan8b", "12345679", "EAN-8 check digit of 1234567 is 0, not 9"),
        ("upca", "12345678901", None),
        ("upcab", "123456789013", "UPC-A check digit of 12345678901 is 2, not 3"),
        ("upcea", "123456", None),
        ("upceb", "01234565", None),
        ("upceb", "01234567", "UPC-E check digit of 0123456 is 5, not 7"),
        ("upcea", "1234567", "number system 0 only"),
        ("itfa", "1234", None),
        ("itfb", "12345", "even number of digits"),
        ("itfa", "12a4", "digits only"),
        ("code39a", "ABC-1 $/+%.", None),
        ("code39b", "*ABC*", None),
        ("code39a", "abc", "use capitals"),
        ("code39a", "A_B", "'_' is not one"),
        ("bara", "A123-$:/.+B", None),
        ("barb", "123", None),
        ("bara", "A123", "both a start and a stop"),
        ("bara", "12E3", "'E' is not one"),
        ("code128", "Any ASCII ~!", None),
        ("code128", "价格", "ASCII only"),
        ("code128", "", "at least one character"),
        ("code93", "abc-93", None),
        ("code93", "é", "ASCII only"),
    ],
)
def test_barcode_data_rules(ct: str, data: str, says: str | None) -> None:
    problems = [p for p in validate(_page(Barcode(x=30, y=1, ct=ct, data=data))) if p.is_error]
    if says is None:
        assert problems == []
    else:
        assert len(problems) == 1
        assert says in problems[0].message
        assert (problems[0].label, problems[0].element, problems[0].attr) == (0, 0, "data")


def test_duplicate_label_ids_are_an_error_on_the_second() -> None:
    page = Page(w=10, l=10, labels=(Label(id=3), Label(id=4), Label(id=3)))
    problems = validate(page)
    assert [(p.severity, p.label, p.attr) for p in problems] == [(Severity.ERROR, 2, "id")]


def test_outside_the_label_is_a_warning_partly_or_wholly() -> None:
    page = _page(
        Box(x=50, y=30, xe=70, ye=39), Line(x=100, y=1, w=2, h=2), Reverse(x=0, y=0, w=60, h=40)
    )
    problems = validate(page)
    assert [(p.severity.value, p.element) for p in problems] == [("warning", 0), ("warning", 1)]
    assert "partly outside the 60 x 40 mm label" in problems[0].message
    assert "wholly outside" in problems[1].message


def test_text_size_comes_from_the_font_cells() -> None:
    # f=7: CJK cell 24 dots (3 mm), ASCII 12 dots (1.5 mm); 4 CJK = 12 mm, fits in 12 mm
    assert validate(_page(Text(x=0, y=0, text="宫保鸡丁"), w=12, l=3)) == []
    assert "partly outside" in _only(_page(Text(x=0, y=0, text="宫保鸡丁A"), w=12, l=3))[1]
    assert validate(_page(Text(x=0, y=0, text="ABCDEFGH"), w=12, l=3)) == []
    assert validate(_page(Text(x=0, y=0, xw=2, yh=2, text="ab\ncd"), w=6, l=12)) == []
    assert "outside" in _only(_page(Text(x=0, y=0, yh=2, text="ab\ncd"), w=6, l=11.9))[1]


def test_rotated_and_anchored_text_bounds() -> None:
    # right-anchored at x=12: spans 0..12; rotated 90 clockwise about (3, 0): spans x 0..3
    assert validate(_page(Text(x=12, y=0, a="right", text="宫保鸡丁"), w=12, l=3)) == []
    assert validate(_page(Text(x=3, y=0, r=90, text="宫保鸡丁"), w=3, l=12)) == []
    assert "outside" in _only(_page(Text(x=2, y=0, r=90, text="宫保鸡丁"), w=3, l=12))[1]


def test_centred_text_off_the_middle_is_a_warning() -> None:
    severity, message = _only(_page(Text(x=20, y=1, a="center", text="a")))
    assert severity == "warning"
    assert "set x=30" in message
    assert validate(_page(Text(x=30, y=1, a="center", text="a"))) == []


def test_empty_text_is_a_warning() -> None:
    assert _only(_page(Text(x=1, y=1, text="  "))) == (
        "warning",
        "TEXT is empty: it prints nothing",
    )


def test_text_with_a_character_xml_cannot_carry_is_an_error() -> None:
    severity, message = _only(_page(Text(x=1, y=1, text="a\x01")))
    assert (severity, message) == (
        "error",
        "TEXT holds the character U+0001, which label XML cannot carry",
    )


def test_qr_too_big_for_the_label_warns_and_too_big_for_any_qr_is_an_error() -> None:
    assert validate(_page(QRCode(x=1, y=1, s=2, data="x" * 50))) == []
    severity, message = _only(_page(QRCode(x=1, y=1, s=10, data="x" * 50)))
    assert severity == "warning" and "outside" in message
    severity, message = _only(_page(QRCode(x=1, y=1, e="H", data="x" * 1300)))
    assert severity == "error" and "exceeds what the largest QR code holds at level H" in message


def test_barcode_centred_at_the_edge_warns_with_the_fix() -> None:
    severity, message = _only(_page(Barcode(x=1, y=1, data="1234567890")))
    assert severity == "warning"
    assert "partly outside" in message and "set x=30" in message


def test_paper_offset_out_of_range_is_a_warning_the_printer_uses_zero() -> None:
    problems = validate(Page(w=10, l=10, labels=(Label(id=1, os=30),)))
    assert [(p.severity.value, p.attr) for p in problems] == [("warning", "os")]
    assert problems[0].message.endswith("the printer uses 0")


def test_inline_images_must_be_bare_base64_png_jpeg_or_bmp() -> None:
    assert image_problem(_TINY_PNG) is None
    assert "prefix" in image_problem("data:image/png;base64," + _TINY_PNG)
    assert "not valid base64" in image_problem("!!!")
    assert "not a PNG" in image_problem("R0lGODlhAQABAAAAACw=")  # a GIF
    assert validate(_page(Bitmap(x=1, y=1, image=_TINY_PNG))) == []
    assert _only(_page(Bitmap(x=1, y=1, image="R0lGODlhAQABAAAAACw=")))[0] == "error"


def test_an_empty_page_warns() -> None:
    assert [p.message for p in validate(Page(w=10, l=10))] == [
        "the PAGE has no LABEL: nothing prints"
    ]
