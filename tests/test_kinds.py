"""Every element kind through every capability: a kind that forgets one fails here, not a user.

The registry (`designer.model.kinds`) is the one place an element kind lives; these tests walk
each kind's record: schema row and class, tool default, bounds, drawing (as printed and as the
canvas shows it), moving, resizing within the schema's limits, turning, content rule, names,
and the round trip through label XML. A last test makes sure nothing outside the kinds asks
which class an element is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from designer.labelxml import parse, read, write
from designer.model import Label, Page, validate
from designer.model.edit import extent, moved, new_element, resized, rotated, spanned
from designer.model.elements import Label as LabelClass
from designer.model.elements import Page as PageClass
from designer.model.geometry import Rect
from designer.model.kinds import (
    ALL_TAGS,
    ELEMENT_CLASSES,
    KIND_BY_CLASS,
    KIND_BY_TAG,
    KINDS,
    ElementKind,
    element_rect,
    kind_of,
)
from designer.model.node import fields_problem
from designer.model.schema import Attr, Tag, ValueKind
from designer.qt.icons import has_icon
from designer.render import element_image, render_label

LABEL_BOX = Rect(0.0, 0.0, 60.0, 40.0)
IDS = [kind.tag.name for kind in KINDS]


def _page(*elements: object) -> Page:
    return Page(w=60, l=40, labels=(Label(id=1, elements=elements),))


def _ink(page: Page) -> int:
    image = render_label(page, page.labels[0]).convert("L")
    return image.tobytes().count(0)


def test_the_registry_is_the_schema_table() -> None:
    assert [t.name for t in ALL_TAGS] == [
        "PAGE", "LABEL", "TEXT", "BARC", "QRC", "SQ", "BL", "CUTTER", "BMP", "REV",
    ]  # fmt: skip
    assert set(ELEMENT_CLASSES) == set(KIND_BY_TAG)
    assert fields_problem(LabelClass, "elements") is None
    assert fields_problem(PageClass, "labels") is None


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_a_kind_is_one_complete_record(kind: ElementKind) -> None:
    assert kind.cls.TAG is kind.tag
    assert KIND_BY_CLASS[kind.cls] is kind and KIND_BY_TAG[kind.tag.name] is kind
    assert fields_problem(kind.cls) is None
    assert kind.title and kind.tool is not None, "every kind has a title and a tool default"
    assert has_icon(kind.icon), kind.icon
    sample = kind.tool.sample
    assert kind_of(sample) is kind
    assert kind.name_of(sample).startswith(kind.title_of(sample))
    assert [p for p in validate(_page(sample)) if p.is_error] == []


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_each_kind_draws_where_its_bounds_say(kind: ElementKind) -> None:
    sample = new_element(kind, 30, 20, LABEL_BOX, kind.tool.content)
    page = _page(sample)
    ink = _ink(page)
    if not kind.placed:
        assert ink == 0 and element_rect(sample) is None  # a cutter prints nothing
        return
    assert ink > 0
    box = extent(sample)
    assert box.inside(LABEL_BOX)
    assert box.center == pytest.approx((30, 20), abs=0.125)
    mask, x, y = element_image(sample)
    drawn = mask.getbbox()
    assert drawn is not None
    dots = Rect(
        (x + drawn[0]) / 8, (y + drawn[1]) / 8, (x + drawn[2]) / 8, (y + drawn[3]) / 8
    )  # what the canvas shows lies within the printed box
    assert dots.inside(Rect(box.x0 - 0.125, box.y0 - 0.125, box.x1 + 0.125, box.y1 + 0.125))


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_each_kind_moves_by_whole_dots(kind: ElementKind) -> None:
    sample = new_element(kind, 30, 20, LABEL_BOX)
    shifted = moved(sample, 1.5, -2.25)
    if not kind.points:
        assert shifted == sample
        return
    before, after = extent(sample), extent(shifted)
    assert (after.x0 - before.x0, after.y0 - before.y0) == pytest.approx((1.5, -2.25))
    assert _ink(_page(shifted)) == _ink(_page(sample))


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_each_kind_resizes_within_its_schema_limits(kind: ElementKind) -> None:
    sample = new_element(kind, 30, 20, LABEL_BOX)
    box = extent(sample)
    if kind.resize is None:
        assert resized(sample, box, Rect(0, 0, 50, 50)) == sample
        return
    bigger = resized(sample, box, Rect(box.x0, box.y0, box.x0 + 2 * box.width, box.y1 + box.height))
    grown = extent(bigger)
    assert grown.width * grown.height > box.width * box.height
    huge = resized(sample, box, Rect(-500, -500, 900, 9000))
    tiny = resized(sample, box, Rect(box.x0, box.y0, box.x0 + 0.01, box.y0 + 0.01))
    for result in (huge, tiny):
        for attr in kind.tag.attrs:
            if attr.kind is not ValueKind.MM:
                assert attr.problem_with(getattr(result, attr.name)) is None, (attr, result)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_each_kind_turns_about_its_centre(kind: ElementKind) -> None:
    sample = new_element(kind, 30, 20, LABEL_BOX)
    turned = rotated(sample)
    if not kind.rotates:
        assert turned == sample
        return
    assert turned.r == 90
    assert extent(turned).center == pytest.approx(extent(sample).center, abs=0.125)


@pytest.mark.parametrize("kind", KINDS, ids=IDS)
def test_each_kind_reads_back_as_written(kind: ElementKind) -> None:
    sample = new_element(kind, 30, 20, LABEL_BOX)
    page = _page(sample)
    assert read(write(page)) == page


SPANNED_HEIGHT = {"SQ": 10, "REV": 10, "BL": 0.25}  # a line keeps its thickness


@pytest.mark.parametrize("kind", [k for k in KINDS if k.tool.span], ids=lambda k: k.tag.name)
def test_kinds_drawn_by_dragging_span_the_rectangle(kind: ElementKind) -> None:
    drawn = spanned(kind, Rect(5, 5, 25, 15))
    box = extent(drawn)
    assert (box.x0, box.y0, box.width) == (5, 5, 20)
    assert box.height == SPANNED_HEIGHT[kind.tag.name]


def test_a_kind_whose_class_disagrees_with_its_row_is_refused() -> None:
    text = KIND_BY_TAG["TEXT"]
    row = Tag("TEXT", "Text", "Text", (*text.tag.attrs, Attr("z", ValueKind.INT, "Z", default=0)))
    with pytest.raises(TypeError, match="fields"):
        ElementKind(
            tag=row,
            cls=type("T", (text.cls,), {"TAG": row}),
            title="T",
            icon="format-text",
            bounds=text.bounds,
            draw=text.draw,
        )


_CLASS_NAMES = "|".join(k.cls.__name__ for k in KINDS)
_SWITCH = re.compile(
    rf"isinstance\([^)]*\b({_CLASS_NAMES})\b|TAG\.name\s*==|\.tag\.name\s*==\s*[\"']"
)


def test_nothing_outside_the_kinds_asks_which_kind_an_element_is() -> None:
    package = Path(__file__).parent.parent / "designer"
    offenders = []
    for path in package.rglob("*.py"):
        if "kinds" in path.parts:
            continue
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if _SWITCH.search(line):
                offenders.append(f"{path.relative_to(package)}:{number}: {line.strip()}")
    assert offenders == []


def test_summaries_and_reader_messages_quote_a_few_words_of_the_users_text() -> None:
    """An element's summary quotes 24 characters between plain quotes; the reader's messages
    quote 30 as repr writes them; both on one line, the cut marked with an ellipsis."""
    from designer.model import Barcode, QRCode, Text

    words = "it's  a label\n for tea, milk and honey"
    for el in (Text(x=1, y=1, text=words), QRCode(x=1, y=1, data=words)):
        assert kind_of(el).summary(el) == "'it's a label for tea, m…'"
    barcode = Barcode(x=1, y=1, data="ok")
    assert kind_of(barcode).summary(barcode).endswith(" 'ok'")
    result = parse(f'<PAGE w="9" l="9">{words}<LABEL id="1"/></PAGE>')
    (problem,) = result.problems
    assert problem.message == 'text "it\'s a label for tea, milk an…" stands directly in <PAGE>'
