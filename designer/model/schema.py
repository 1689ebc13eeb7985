"""The label XML schema: every tag and attribute of the platform's label XML, in one table.

The reader, the writer, the validator and the property panel all read this table; nothing else
lists attributes, defaults, ranges or allowed words. Order matters: tags and attributes are listed
in the order the platform's document gives them, which is the order the writer emits them.

This module holds the table's machinery (`Attr`, `Tag`) and the rows of the two container tags,
PAGE and LABEL. Each element tag's row lives with the rest of its kind in
`designer.model.kinds.<kind>`; `designer.model.kinds` gathers the whole table (`ALL_TAGS`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from designer.model.messages import Message, MessageError, message


class ValueKind(StrEnum):
    """How an attribute's text is read and what its value means."""

    MM = "mm"  # a length in millimetres, decimals allowed (float)
    DOTS = "dots"  # a length in printer dots (int)
    INT = "int"  # a whole number: ids, counts, magnifications, codes (int)
    WORD = "word"  # one word from a fixed list (str)


class Content(StrEnum):
    """What may stand between an element's start and end tags."""

    NONE = "none"  # an empty element: <SQ .../>
    TEXT = "text"  # character data that is the element's payload
    OPTIONAL_BASE64 = "optional-base64"  # BMP: nothing (the uploaded logo) or a base64 image


@dataclass(frozen=True, slots=True)
class Attr:
    """One attribute of one tag."""

    name: str
    kind: ValueKind
    title: str
    default: float | int | str | None = None
    required: bool = False
    lo: float | None = None
    hi: float | None = None
    choices: tuple[int | str, ...] = ()
    out_of_range_is_warning: bool = False
    help: str = ""
    choice_titles: tuple[str, ...] = ()  # what each choice means, for the property panel

    @property
    def unit(self) -> str:
        """The unit shown next to the value: mm, dots, or nothing."""
        return {ValueKind.MM: "mm", ValueKind.DOTS: "dots"}.get(self.kind, "")

    def parse(self, text: str) -> float | int | str:
        """The value of the attribute's text, or MessageError (a ValueError) saying why it is
        not one."""
        if self.kind is ValueKind.WORD:
            return text
        try:
            number = float(text)
        except ValueError:
            raise MessageError(message("{text!r} is not a number", text=text)) from None
        if not math.isfinite(number):
            raise MessageError(message("{text!r} is not a finite number", text=text))
        if self.kind is ValueKind.MM:
            return number
        if not number.is_integer():
            raise MessageError(message("{text!r} is not a whole number", text=text))
        return int(number)

    def check_expression(self, ref: str) -> str:
        """A Python expression, true exactly when `problem_with` finds nothing wrong with the
        value at `ref` (the compiled fast path of validation; a test holds the two together)."""
        if self.kind is ValueKind.WORD:
            test = f"type({ref}) is str and {ref} in {self.choices!r}"
        else:
            number = f"(type({ref}) is int or type({ref}) is float"
            if self.kind is ValueKind.MM:
                number += ")"
            else:  # a dot count or a code: a whole number (2.0 is 2; 2.5 dots is no dot count)
                number += f" and {ref}.is_integer())"
            if self.choices:
                test = f"{number} and {ref} in {self.choices!r}"
            else:
                test = f"{number} and {self.lo!r} <= {ref} <= {self.hi!r}"
        if self.may_be_none:
            test = f"({ref} is None or {test})"
        return test

    @property
    def allowed(self) -> str:
        """The allowed values in words: `0, 90, 180, 270`, or `1..8` for a run of numbers."""
        choices = self.choices
        if len(choices) > 3 and all(type(c) is int for c in choices):
            if list(choices) == list(range(choices[0], choices[0] + len(choices))):
                return f"{choices[0]}..{choices[-1]}"
        return ", ".join(str(c) for c in choices)

    @property
    def may_be_none(self) -> bool:
        """True when the attribute may be unset (None): optional with no default."""
        return not self.required and self.default is None

    def problem_with(self, value: object) -> Message | None:
        """Why `value` is not allowed for this attribute, or None when it is."""
        name = self.name
        if value is None:
            return None if self.may_be_none else message("{name} has no value", name=name)
        if self.kind is ValueKind.WORD:
            if type(value) is not str or value not in self.choices:
                return self._not_one_of(value)
            return None
        if type(value) is not int and type(value) is not float:
            return message("{name}={value!r} is not a number", name=name, value=value)
        if self.kind is not ValueKind.MM and not float(value).is_integer():
            return message(
                "{name}={value} is not a whole number", name=name, value=format_value(value)
            )
        if self.choices:
            if value not in self.choices:
                return self._not_one_of(value)
            return None
        if not (self.lo <= value <= self.hi):  # also refuses NaN and infinities
            value, lo, hi = format_value(value), format_value(self.lo), format_value(self.hi)
            if self.unit == "mm":
                return message(
                    "{name}={value} is out of range {lo}..{hi} mm",
                    name=name,
                    value=value,
                    lo=lo,
                    hi=hi,
                )
            if self.unit == "dots":
                return message(
                    "{name}={value} is out of range {lo}..{hi} dots",
                    name=name,
                    value=value,
                    lo=lo,
                    hi=hi,
                )
            return message(
                "{name}={value} is out of range {lo}..{hi}", name=name, value=value, lo=lo, hi=hi
            )
        return None

    def _not_one_of(self, value: object) -> Message:
        return message(
            "{name}={value} is not one of {allowed}",
            name=self.name,
            value=format_value(value),
            allowed=self.allowed,
        )

    def clamp(self, value: float) -> int:
        """`value` rounded to a whole number within the attribute's range (for resizing)."""
        return int(max(self.lo, min(self.hi, round(value))))


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag: its attributes in order, what it may contain, and the model's name for it."""

    name: str
    class_name: str
    title: str
    attrs: tuple[Attr, ...]
    content: Content = Content.NONE
    content_field: str | None = None
    help: str = ""

    def attr(self, name: str) -> Attr:
        """The attribute called `name`; KeyError when the tag has none."""
        for attr in self.attrs:
            if attr.name == name:
                return attr
        raise KeyError(f"{self.name} has no attribute {name!r}")


def format_value(value: object) -> str:
    """A value as the label XML writes it: numbers without needless zeros."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)


ALIGNMENTS = ("left", "center", "right")
ROTATIONS = (0, 90, 180, 270)


def x_attr() -> Attr:
    """An element's x: across the label, in mm."""
    return Attr("x", ValueKind.MM, "X", required=True, lo=-1000, hi=1000, help="across the label")


def y_attr() -> Attr:
    """An element's y: along the label, in mm."""
    return Attr("y", ValueKind.MM, "Y", required=True, lo=-1000, hi=10000, help="along the label")


def anchor_attr(default: str) -> Attr:
    """How an element stands on its x: left, center or right."""
    return Attr(
        "a",
        ValueKind.WORD,
        "Anchor",
        default=default,
        choices=ALIGNMENTS,
        help="the element is anchored at x; centre it on the label with x = width / 2",
        choice_titles=("left", "centre", "right"),
    )


def rotation_attr() -> Attr:
    """Degrees clockwise about (x, y)."""
    return Attr(
        "r",
        ValueKind.INT,
        "Rotation",
        default=0,
        choices=ROTATIONS,
        help="degrees clockwise about (x, y)",
        choice_titles=("0°", "90° clockwise", "180°", "270° clockwise"),
    )


# The table, one attribute a line: it reads better than the formatter's layout.
# fmt: off
PAGE = Tag("PAGE", "Page", "Page", (
    Attr("w", ValueKind.MM, "Width", required=True, lo=1, hi=300, help="label width"),
    Attr("l", ValueKind.MM, "Length", required=True, lo=1, hi=10000, help="label length"),
    Attr("ld", ValueKind.MM, "Gap", default=2, lo=0, hi=100,
         help="gap between labels; 0 on continuous paper (receipts)"),
    Attr("pt", ValueKind.INT, "Paper type", default=0, choices=(0, 1, 2, 3),
         help="0 follow the gap, 1 gap, 2 continuous, 3 black mark",
         choice_titles=("follow the gap", "gap", "continuous", "black mark")),
    Attr("lod", ValueKind.INT, "Feed offset", default=0, choices=(0, 1),
         help="0 minimum, 1 maximum (the label length)", choice_titles=("minimum", "maximum")),
), help="one whole order")

LABEL = Tag("LABEL", "Label", "Label", (
    Attr("id", ValueKind.INT, "Id", required=True, lo=0, hi=2147483647,
         help="unique; orders the labels"),
    Attr("c", ValueKind.INT, "Copies", default=1, lo=1, hi=9999,
         help="copies of this label; above 1 it overrides the order's copies"),
    Attr("d", ValueKind.INT, "Direction", default=1, choices=(0, 1),
         help="0 near the paper exit (turned 180 degrees), 1 away",
         choice_titles=("near the exit (turned)", "away from the exit")),
    Attr("m", ValueKind.INT, "Mirror", default=0, choices=(0, 1), help="1 prints mirrored",
         choice_titles=("normal", "mirrored")),
    Attr("os", ValueKind.MM, "Paper offset", default=0, lo=-25.4, hi=25.4,
         out_of_range_is_warning=True, help="out of range, the printer uses 0"),
), help="one printed label")
# fmt: on
