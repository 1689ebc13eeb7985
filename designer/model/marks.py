"""Design marks: what the designer knows of an element that the printer never sees: locked
against moves, hidden from the canvas while editing (never from print), in a group that moves
and aligns together. One `Marks` per element, in a tuple beside each label's elements.

Edits replace a label's elements with a new tuple; `carried` says which marks go with which
element afterwards: an element that is the same object as before keeps its marks wherever it
went (a reorder), one changed in place keeps the marks of its place (a move, a new value), a
new one has none (a paste, a duplicate).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from designer.model.elements import Page

NO_GROUP = 0


@dataclass(frozen=True, slots=True)
class Marks:
    """One element's design marks."""

    locked: bool = False
    hidden: bool = False
    group: int = NO_GROUP  # elements of a label with the same number (not 0) form a group


PLAIN = Marks()
LabelMarks = tuple[Marks, ...]


def carried(old: tuple, new: tuple, marks: LabelMarks) -> LabelMarks:
    """The marks of `new` (a label's elements after an edit) from those of `old`."""
    if not any(m != PLAIN for m in marks):
        return (PLAIN,) * len(new)
    marks = padded(marks, len(old))
    by_object: dict[int, list[int]] = {}
    for j, el in enumerate(old):
        by_object.setdefault(id(el), []).append(j)
    used: set[int] = set()
    out: list[Marks | None] = [None] * len(new)
    for i, el in enumerate(new):  # the same object: its own marks, wherever it went
        places = [j for j in by_object.get(id(el), ()) if j not in used]
        if places:
            j = i if i in places else places[0]
            used.add(j)
            out[i] = marks[j]
    for i in range(len(new)):  # changed in place: the marks of its place
        if out[i] is None and i < len(old) and i not in used:
            used.add(i)
            out[i] = marks[i]
    return tuple(m if m is not None else PLAIN for m in out)


def padded(marks: LabelMarks, count: int) -> LabelMarks:
    """`marks` for exactly `count` elements (plain ones added, extra ones dropped)."""
    if len(marks) == count:
        return marks
    return (tuple(marks) + (PLAIN,) * count)[:count]


def group_members(marks: LabelMarks, indexes: list[int]) -> list[int]:
    """`indexes` with every member of each group they touch: a group is chosen as a whole."""
    groups = {marks[i].group for i in indexes if i < len(marks) and marks[i].group}
    if not groups:
        return sorted(indexes)
    return sorted({*indexes, *(i for i, m in enumerate(marks) if m.group in groups)})


def grouped(marks: LabelMarks, indexes: list[int]) -> LabelMarks:
    """`indexes` made one new group (leaving any group they were in)."""
    number = max((m.group for m in marks), default=NO_GROUP) + 1
    chosen = set(indexes)
    return tuple(
        Marks(m.locked, m.hidden, number) if i in chosen else m for i, m in enumerate(marks)
    )


def ungrouped(marks: LabelMarks, indexes: list[int]) -> LabelMarks:
    """The groups of `indexes` dissolved."""
    groups = {marks[i].group for i in indexes if marks[i].group}
    return tuple(Marks(m.locked, m.hidden) if m.group in groups else m for m in marks)


def with_flag(marks: LabelMarks, indexes: list[int], flag: str, on: bool) -> LabelMarks:
    """`flag` ("locked" or "hidden") set to `on` for `indexes`."""
    chosen = set(indexes)
    return tuple(
        Marks(**{**_fields(m), flag: on}) if i in chosen else m for i, m in enumerate(marks)
    )


def _fields(m: Marks) -> dict[str, object]:
    return {"locked": m.locked, "hidden": m.hidden, "group": m.group}


PageMarks = tuple[LabelMarks, ...]
"""A page's design marks: each label's, beside its elements."""


def carried_page(old: Page, new: Page, marks: PageMarks) -> PageMarks:
    """The marks of `new` from those of `old` (labels matched by place when their number is
    the same, else by being the same label value)."""
    marks = tuple(
        padded(m, len(label.elements))
        for m, label in zip(
            marks + ((),) * (len(old.labels) - len(marks)), old.labels, strict=False
        )
    )
    if len(new.labels) == len(old.labels):
        pairs = list(zip(old.labels, marks, strict=True))
    else:
        by_label = {id(label): (label, m) for label, m in zip(old.labels, marks, strict=True)}
        pairs = [by_label.get(id(label), (label, ())) for label in new.labels]
    return tuple(
        carried(was.elements, now.elements, m)
        for (was, m), now in zip(pairs, new.labels, strict=True)
    )
