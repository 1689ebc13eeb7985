"""BARC: a one-dimensional barcode of one of the platform's symbologies, anchored at x, turned
about (x, y), with its human-readable line below when `s` asks."""

from __future__ import annotations

from typing import Any, NamedTuple

from designer.model.fonts import HUMAN_READABLE_FONT, HUMAN_READABLE_GAP_DOTS
from designer.model.geometry import Rect, anchored_rect
from designer.model.kinds.base import (
    ElementKind,
    Surface,
    ToolDefault,
    anchor_dx,
    magnified,
)
from designer.model.messages import SCHEMA, message, term
from designer.model.node import Node
from designer.model.problems import Problem, error, warning
from designer.model.quote import excerpt
from designer.model.schema import (
    Attr,
    Content,
    Tag,
    ValueKind,
    anchor_attr,
    format_value,
    rotation_attr,
    x_attr,
    y_attr,
)
from designer.model.symbology import SYMBOLOGY_BY_CODE, BarcodeDataError, data_problem
from designer.model.symbology import width_dots as barcode_width_dots
from designer.model.units import DOTS_PER_MM

# fmt: off
TAG = Tag("BARC", "Barcode", "Barcode", (
    x_attr(),
    y_attr(),
    Attr("ct", ValueKind.WORD, "Barcode type", default="code128", choices=tuple(SYMBOLOGY_BY_CODE),
         choice_titles=tuple(s.name for s in SYMBOLOGY_BY_CODE.values())),
    Attr("n", ValueKind.DOTS, "Module", default=2, lo=1, hi=10, help="narrow bar width"),
    Attr("w", ValueKind.INT, "Wide ratio", default=2, lo=1, hi=10,
         help="wide bars are n × w dots (Code 39, ITF, Codabar)"),
    Attr("h", ValueKind.DOTS, "Height", default=50, lo=1, hi=2000),
    Attr("s", ValueKind.INT, "Human text", default=2, choices=(0, 1, 2, 3),
         help="0 none, 1 left, 2 centre, 3 right",
         choice_titles=("none", "left", "centre", "right")),
    anchor_attr("center"),
    rotation_attr(),
), Content.TEXT, "data", help="a one-dimensional barcode")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    ct: str = "code128"
    n: int = 2
    w: int = 2
    h: int = 50
    s: int = 2
    a: str = "center"
    r: int = 0
    data: str = ""


class Barcode(Node, _Fields):
    """A one-dimensional barcode."""

    __slots__ = ()
    TAG = TAG


def size_dots(el: Barcode) -> tuple[int, int]:
    """(width, height) in dots, unrotated, with the human-readable line; BarcodeDataError when
    the data cannot be encoded."""
    width = barcode_width_dots(el.ct, el.data, el.n, el.w)
    height = el.h
    if el.s:
        height += HUMAN_READABLE_GAP_DOTS + HUMAN_READABLE_FONT.cell_h
    return width, height


def bounds(el: Barcode) -> Rect | None:
    """The bars and the line below them, anchored at x; None when the data cannot be drawn."""
    try:
        size = size_dots(el)
    except BarcodeDataError:
        return None
    return anchored_rect(el.x, el.y, size, el.a, el.r)


def draw(el: Barcode, s: Surface) -> None:
    """The bars (BarcodeDataError when the data cannot be encoded)."""
    mask = s.barcode_mask(el)
    s.stamp(mask, s.x(el.x), s.y(el.y), anchor_dx(el.a, mask.width), el.r)


def resize(el: Barcode, old: Rect, new: Rect) -> Barcode:
    """Wider by whole module widths, taller by dots of bar height."""
    across, along = magnified(el, old, new)
    length = old.width if el.r in (90, 270) else old.height  # along the bars, in mm
    grow_dots = (along * length - length) * DOTS_PER_MM
    return el.replace(n=TAG.attr("n").clamp(el.n * across), h=TAG.attr("h").clamp(el.h + grow_dots))


def check(page: Any, el: Barcode, out: list[Problem]) -> None:
    """Data the symbology cannot encode; wide bars as narrow as narrow ones."""
    reason = data_problem(el.ct, el.data)
    symbology = SYMBOLOGY_BY_CODE[el.ct]
    if reason is not None:
        name = term(symbology.name, SCHEMA)
        out.append(error(message("BARC {name}: {reason}", name=name, reason=reason), "data"))
    elif el.w == 1 and symbology.two_width:
        out.append(
            warning(
                message(
                    "BARC w=1 makes wide bars as narrow as narrow ones: scanners cannot read it; "
                    "use 2 or 3"
                ),
                "w",
            )
        )


def content_status(el: Barcode) -> tuple[str | None, str]:
    """(why the data cannot be printed, or None; what the symbology takes)."""
    symbology = SYMBOLOGY_BY_CODE.get(el.ct)
    if symbology is None:
        return None, ""
    rule = message(
        "{name} takes {rule}",
        name=term(symbology.name, SCHEMA),
        rule=term(symbology.rule, SCHEMA),
    )
    return data_problem(el.ct, el.data), rule


def outside_hint(el: Barcode, page: Any) -> str:
    """A barcode centred on an x that is not the label's middle: say how to centre it."""
    if el.a == "center" and el.r == 0:
        return message(
            "; a barcode is centred on x (a=center, the default): set x={middle} to centre it "
            "on the label, or a=left",
            middle=format_value(page.w / 2),
        )
    return ""


def summary(el: Barcode) -> str:
    """Its symbology and data."""
    symbology = SYMBOLOGY_BY_CODE.get(el.ct)
    name = term(symbology.name, SCHEMA) if symbology else el.ct
    return message("{name} {data}", name=name, data=excerpt(el.data, 24, plain_quotes=True))


KIND = ElementKind(
    tag=TAG,
    cls=Barcode,
    title="Barcode",
    icon="barcode",
    bounds=bounds,
    draw=draw,
    resize=resize,
    check=check,
    content_status=content_status,
    summary=summary,
    tool=ToolDefault("B", Barcode(x=0, y=0, a="left", h=64, data="12345678")),
    outside_hint=outside_hint,
)
