"""The compiled attribute checks (validation's fast path) and `Attr.problem_with` (the full
check, which says why) give the same verdict on every attribute's edge values: its bounds, a
step inside and outside them, every allowed word and some that are not, bools, NaN, infinities,
empty text, None and numbers written as text."""

from __future__ import annotations

import math

import pytest

from designer.model import Label, Page
from designer.model.kinds import ALL_TAGS, ELEMENT_CLASSES
from designer.model.schema import Attr, Tag, ValueKind
from designer.model.validate import _FAST_CHECKS
from tests.strategies import valid_value


def _steps(attr: Attr) -> list[float]:
    """The smallest step a value of the attribute takes: a dot for lengths, 1 for counts."""
    return [1 / 8, 1e-6] if attr.kind is ValueKind.MM else [1]


def edge_values(attr: Attr) -> list[object]:
    """Values at and around the edges of what `attr` allows, and values of the wrong type."""
    values: list[object] = [
        None, True, False, math.nan, math.inf, -math.inf, "", "1", "left", "x", 0, 1, -1,
        2.0, 2.5, 10**12,
    ]  # fmt: skip
    for choice in attr.choices:
        values.append(choice)
        if isinstance(choice, int):
            values += [float(choice), choice + 1, choice - 1, choice + 0.5]
        else:
            values += [choice.upper(), choice.lower(), f" {choice}", choice + "x"]
    if attr.lo is not None:
        for step in _steps(attr):
            values += [attr.lo, attr.hi, attr.lo - step, attr.hi + step, attr.lo + step]
            values += [attr.hi - step, float(attr.lo), float(attr.hi)]
    return values


CLASSES = {"PAGE": Page, "LABEL": Label, **ELEMENT_CLASSES}


def _node(tag: Tag, name: str, value: object) -> object:
    """A value of `tag` with every attribute valid but `name`, which is `value`."""
    fields = {a.name: valid_value(a) for a in tag.attrs}
    fields[name] = value
    return CLASSES[tag.name](**fields)


ATTRS = [(tag, attr) for tag in ALL_TAGS for attr in tag.attrs]


@pytest.mark.parametrize(("tag", "attr"), ATTRS, ids=[f"{t.name}.{a.name}" for t, a in ATTRS])
def test_fast_and_full_checks_agree(tag: Tag, attr: Attr) -> None:
    disagree = []
    for value in edge_values(attr):
        node = _node(tag, attr.name, value)
        fast = _FAST_CHECKS[tag.name](node)  # never raises: wrong types are refused
        full = attr.problem_with(value)
        if fast is not (full is None):
            disagree.append((value, fast, full))
    assert disagree == []


def test_the_edges_are_really_edges() -> None:
    """The cases hold both verdicts for every attribute, so a one-step-too-lenient bound fails."""
    for tag in ALL_TAGS:
        for attr in tag.attrs:
            verdicts = {attr.problem_with(v) is None for v in edge_values(attr)}
            assert verdicts == {True, False}, attr
