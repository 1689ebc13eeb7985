"""TEXT: a line (or lines) of text in one of the printer's fonts, anchored at x, turned about it."""

from __future__ import annotations

import math
from typing import Any, NamedTuple

from designer.model.fonts import DEFAULT_FONT, PRINTER_FONTS, text_size_dots
from designer.model.geometry import Rect, anchored_rect
from designer.model.kinds.base import (
    ElementKind,
    Surface,
    ToolDefault,
    anchor_dx,
    magnified,
)
from designer.model.messages import message
from designer.model.node import Node
from designer.model.problems import Problem, error, warning
from designer.model.quote import excerpt
from designer.model.schema import (
    PAGE,
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
from designer.model.units import DOTS_PER_MM

# fmt: off
TAG = Tag("TEXT", "Text", "Text", (
    x_attr(),
    y_attr(),
    Attr("xw", ValueKind.INT, "Width ×", default=1, lo=1, hi=10, help="horizontal magnification"),
    Attr("yh", ValueKind.INT, "Height ×", default=1, lo=1, hi=10, help="vertical magnification"),
    Attr("f", ValueKind.INT, "Font", default=DEFAULT_FONT, choices=tuple(PRINTER_FONTS),
         help="1..6 letters and digits only, 7 Chinese (default), 8 small Chinese",
         choice_titles=tuple(font.title for font in PRINTER_FONTS.values())),
    anchor_attr("left"),
    rotation_attr(),
), Content.TEXT, "text", help="a line (or lines) of text in a printer font")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    xw: int = 1
    yh: int = 1
    f: int = DEFAULT_FONT
    a: str = "left"
    r: int = 0
    text: str = ""


class Text(Node, _Fields):
    """A line (or lines) of text in a printer font."""

    __slots__ = ()
    TAG = TAG


def bounds(el: Text) -> Rect:
    """The cells of every character, anchored at x and turned about (x, y)."""
    return anchored_rect(el.x, el.y, text_size_dots(el.text, el.f, el.xw, el.yh), el.a, el.r)


def draw(el: Text, s: Surface) -> None:
    """The glyphs, each in its cell."""
    if not el.text:
        return
    mask = s.text_mask(el.text, el.f, el.xw, el.yh)
    width = text_size_dots(el.text, el.f, el.xw, el.yh)[0]
    s.stamp(mask, s.x(el.x), s.y(el.y), anchor_dx(el.a, width), el.r)


def resize(el: Text, old: Rect, new: Rect) -> Text:
    """Larger or smaller by whole magnification steps, keeping the text's proportions: the
    side dragged furthest sets the scale (a short text dragged a little down must not triple
    its height while its width stays; `xw` and `yh` are set apart in the properties)."""
    across, along = magnified(el, old, new)
    scale = max(across, along, key=lambda s: abs(math.log(s)) if s > 0 else 0.0)
    return el.replace(
        xw=TAG.attr("xw").clamp(el.xw * scale), yh=TAG.attr("yh").clamp(el.yh * scale)
    )


def _max_text_chars() -> int:
    """The most characters any label can print: the largest label (the PAGE row's limits)
    filled with the smallest glyph cell (the font table). Longer TEXT is refused unrendered."""
    narrowest = min(f.cell_w // 2 if f.chinese else f.cell_w for f in PRINTER_FONTS.values())
    lowest = min(f.cell_h for f in PRINTER_FONTS.values())
    across = int(PAGE.attr("w").hi * DOTS_PER_MM) // narrowest
    along = int(PAGE.attr("l").hi * DOTS_PER_MM) // lowest
    return across * along


MAX_TEXT_CHARS = _max_text_chars()


def check(page: Any, el: Text, out: list[Problem]) -> None:
    """Text no label could hold, empty text, and centred text not centred on the label."""
    if len(el.text) > MAX_TEXT_CHARS:
        out.append(
            error(
                message(
                    "TEXT holds {count:,} characters; no label can print more than {most:,} "
                    "(the largest label filled with the smallest font)",
                    count=len(el.text),
                    most=MAX_TEXT_CHARS,
                ),
                "text",
            )
        )
        return
    if not el.text.strip():
        out.append(warning(message("TEXT is empty: it prints nothing")))
    if el.a == "center" and abs(el.x - page.w / 2) > 1e-9:
        out.append(
            warning(
                message(
                    "centred TEXT is centred on x={x}; to centre it on the label set x={middle} "
                    "(half the width)",
                    x=format_value(el.x),
                    middle=format_value(page.w / 2),
                ),
                "x",
            )
        )


KIND = ElementKind(
    tag=TAG,
    cls=Text,
    title="Text",
    icon="format-text",
    bounds=bounds,
    draw=draw,
    resize=resize,
    check=check,
    summary=lambda el: excerpt(el.text, 24, plain_quotes=True),
    tool=ToolDefault("T", Text(x=0, y=0, text="Text 文本"), content="Text 文本"),
    multiline=True,
)
