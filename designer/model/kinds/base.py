"""What an element kind is: one record holding everything the program knows of one element tag.

A kind's record (`ElementKind`) holds its schema row and value class, its printed bounds, how it
draws (against `Surface`, which the renderer implements, so the model says *what* to draw and
the renderer *how*), how it moves and resizes (within its schema row's limits), its content rule,
its tool default and how a person names it. Each kind is one module of this package; the
registry (`designer.model.kinds`) gathers them, and nothing else asks which class an element is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from designer.model.geometry import Rect, new_rect
from designer.model.node import fields_problem
from designer.model.problems import Problem
from designer.model.schema import Attr, Tag, ValueKind, x_attr, y_attr
from designer.model.units import DOTS_PER_MM, snap_mm_to_dot


class Mask(Protocol):
    """A 1-bit picture of ink the renderer made (a Pillow mode '1' image): its size in dots."""

    @property
    def width(self) -> int: ...

    @property
    def height(self) -> int: ...


class Surface(Protocol):
    """Where a kind draws: label dots, and the pictures only the renderer can make.

    Positions are in label dots (`x(mm)`, `y(mm)` convert); ink is added by `fill` and `stamp`,
    and `invert` turns what is already drawn white on black (REV)."""

    def x(self, mm: float) -> int: ...

    def y(self, mm: float) -> int: ...

    def fill(self, x0: int, y0: int, x1: int, y1: int) -> None: ...

    def invert(self, x0: int, y0: int, x1: int, y1: int) -> None: ...

    def stamp(self, mask: Mask, x: int, y: int, anchor_dx: int, rotation: int) -> None: ...

    def text_mask(self, text: str, font: int, xw: int, yh: int) -> Mask: ...

    def barcode_mask(self, el: Any) -> Mask: ...

    def qr_mask(self, data: str, level: str, module: int) -> Mask: ...

    def image_mask(self, image: str | None, width: int | None) -> Mask | None: ...


ContentCheck = Callable[[Any, Any, list[Problem]], None]
"""check(page, element, out): append the problems of an element's content and values."""


@dataclass(frozen=True)
class ToolDefault:
    """What the kind's tool makes: a key, the element a click places (moved so that it is
    centred on the click), its default content (translated by the window), and for kinds drawn
    by dragging, the element that spans a dragged rectangle. A kind with no place on the label
    (`ElementKind.placed` False) is added at once, without a click on the canvas."""

    shortcut: str
    sample: Any
    content: str = ""
    span: Callable[[Rect], Any] | None = None


@dataclass(frozen=True)
class ElementKind:
    """One element tag and everything about it. See the module docstring."""

    tag: Tag
    cls: type
    title: str  # what a person calls it (the toolbox's word)
    icon: str  # its icon's name (Material Design Icons), for the toolbox and element lists
    bounds: Callable[[Any], Rect | None]  # where it prints (mm); None: nothing or unknown size
    draw: Callable[[Any, Surface], None]
    points: tuple[tuple[str, str], ...] = (("x", "y"),)  # the (x, y) fields a move shifts
    resize: Callable[[Any, Rect, Rect], Any] | None = None  # el, old box, new box -> el
    check: ContentCheck | None = None
    content_status: Callable[[Any], tuple[str | None, str]] | None = None  # (problem, rule)
    summary: Callable[[Any], str] = field(default=lambda el: "")  # which one, in a few words
    title_for: Callable[[Any], str] | None = None  # when one kind goes by two names
    nominal_bounds: Callable[[Any], Rect] | None = None  # taken as its box when size unknown
    tool: ToolDefault | None = None
    inverts: bool = False  # draws by turning what lies under it white on black
    hollow: Callable[[Any], float] | None = None  # an outline: how thick (mm); inside is empty
    multiline: bool = False  # its content may hold several lines
    outside_hint: Callable[[Any, Any], str] = field(default=lambda el, page: "")

    def __post_init__(self) -> None:
        problem = fields_problem(self.cls)
        if problem is not None:
            raise TypeError(problem)
        names = {a.name for a in self.tag.attrs}
        for xf, yf in self.points:
            if xf not in names or yf not in names:
                raise TypeError(f"{self.tag.name}: a move shifts {xf}, {yf}, which it lacks")

    @property
    def placed(self) -> bool:
        """True when the kind has a place on the label (a point a move shifts); a cutter has
        none: it prints nothing and is not drawn on the canvas."""
        return bool(self.points)

    @property
    def rotates(self) -> bool:
        """True when the kind has a rotation (`r`)."""
        return any(a.name == "r" for a in self.tag.attrs)

    def content(self, el: Any) -> str | None:
        """The element's content (text, data, image), or None when its tag takes none."""
        name = self.tag.content_field
        return None if name is None else getattr(el, name)

    def name_of(self, el: Any) -> str:
        """The element in a few words, in English: its kind and which one (the window says
        the same with the kind's title translated)."""
        detail = self.summary(el)
        title = self.title_of(el)
        return f"{title} {detail}" if detail else title

    def title_of(self, el: Any) -> str:
        """What a person calls this element: the kind's title, or its own when it has two."""
        return self.title if self.title_for is None else self.title_for(el)


# --- helpers the kinds share ---------------------------------------------------------------


def anchor_dx(anchor: str, width: int) -> int:
    """Dots from a left edge to the anchor point: 0, half the width, or all of it."""
    return {"center": width // 2, "right": width}.get(anchor, 0)


def span_dots(to_dots: Callable[[float], int], start: float, length: float) -> tuple[int, int]:
    """The dots from `start` over `length` mm; a length thinner than a dot still prints one."""
    a = to_dots(start)
    b = to_dots(start + length)
    if length > 0 and b == a:
        b = a + 1
    return a, b


class SpanFields(NamedTuple):
    """The fields of an element given by its corner and size in mm (BL, REV)."""

    x: float
    y: float
    w: float
    h: float


def span_attrs() -> tuple[Attr, Attr, Attr, Attr]:
    """The attributes of an element given by its corner and size in mm (BL, REV)."""
    return (
        x_attr(),
        y_attr(),
        Attr("w", ValueKind.MM, "Width", required=True, lo=0, hi=1000),
        Attr("h", ValueKind.MM, "Height", required=True, lo=0, hi=10000),
    )


def span_box_dots(el: Any, s: Surface) -> tuple[int, int, int, int]:
    """The dots (x0, y0, x1, y1) an (x, y, w, h) element covers; at least one each way."""
    x0, x1 = span_dots(s.x, el.x, el.w)
    y0, y1 = span_dots(s.y, el.y, el.h)
    return x0, y0, x1, y1


def span_rect(el: Any) -> Rect:
    """The box of an element given by (x, y, w, h) in mm (BL, REV)."""
    x, y = el.x, el.y
    return new_rect(Rect, (x, y, x + el.w, y + el.h))


def span_resize(el: Any, old: Rect, new: Rect) -> Any:
    """An (x, y, w, h) element over the new box, on whole dots, at least a dot in each way."""
    dot = 1 / DOTS_PER_MM
    return el.replace(
        x=snap_mm_to_dot(new.x0),
        y=snap_mm_to_dot(new.y0),
        w=max(dot, snap_mm_to_dot(new.width)),
        h=max(dot, snap_mm_to_dot(new.height)),
    )


def magnified(el: Any, old: Rect, new: Rect) -> tuple[float, float]:
    """How much larger `new` is than `old` across and along the element's own (unrotated)
    axes: (across, along)."""
    sideways = getattr(el, "r", 0) in (90, 270)
    across, along = new.width / old.width, new.height / old.height
    return (along, across) if sideways else (across, along)
