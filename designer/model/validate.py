"""Validation: every problem of a page, each an error (cannot print as meant) or a warning.

`validate(page)` never stops at the first problem. Each `Problem` names the label and element it
concerns by index, so the reader can point at a file line and the window can select the element.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from designer.model.elements import Label, Page
from designer.model.geometry import Rect
from designer.model.kinds import ALL_TAGS, KIND_BY_CLASS, KINDS, ElementKind
from designer.model.messages import Message, message
from designer.model.problems import Problem, Severity
from designer.model.schema import Tag, format_value

__all__ = ["NOT_XML", "NOT_XML_CHARS", "Problem", "Severity", "validate"]


def _compile_check(tag: Tag) -> Callable[[object], bool]:
    """A function true when every attribute of a `tag` value is allowed: the fast path."""
    tests = " and ".join(a.check_expression(f"el.{a.name}") for a in tag.attrs) or "True"
    namespace: dict[str, object] = {}
    exec(f"def ok(el):\n    return {tests}\n", namespace)
    return namespace["ok"]  # type: ignore[return-value]


_FAST_CHECKS = {tag.name: _compile_check(tag) for tag in ALL_TAGS}


def _check_attrs(node: object, out: list[Problem], li: int | None, ei: int | None) -> bool:
    """Report every attribute problem of `node`; True when there is no error."""
    tag: Tag = node.TAG
    try:
        if _FAST_CHECKS[tag.name](node):
            return True
    except TypeError:
        pass  # a value of the wrong type: the slow path says which
    ok = True
    for attr in tag.attrs:
        value = getattr(node, attr.name)
        reason = attr.problem_with(value)
        if reason is None:
            continue
        if attr.out_of_range_is_warning and type(value) in (int, float):  # out of range
            reason = message(
                "{reason}; the printer uses {default}",
                reason=reason,
                default=format_value(attr.default),
            )
            text = message("{tag} {reason}", tag=tag.name, reason=reason)
            out.append(Problem(Severity.WARNING, text, li, ei, attr.name))
        else:
            text = message("{tag} {reason}", tag=tag.name, reason=reason)
            out.append(Problem(Severity.ERROR, text, li, ei, attr.name))
            ok = False
    return ok


def validate(page: Page) -> list[Problem]:
    """Every problem of `page`, in document order."""
    out: list[Problem] = []
    _check_attrs(page, out, None, None)
    if not page.labels:
        out.append(Problem(Severity.WARNING, message("the PAGE has no LABEL: nothing prints")))
    seen_ids: dict[int, int] = {}
    memo: _Memo = {}  # by value, and by id (the page keeps every element alive meanwhile)
    shapes: _ShapeMemo = {k.cls: {} for k in KINDS if k.tag.content_field is not None}
    bounds = Rect(0.0, 0.0, float(page.w), float(page.l))
    for li, label in enumerate(page.labels):
        _check_attrs(label, out, li, None)
        if label.id in seen_ids:
            out.append(
                Problem(
                    Severity.ERROR,
                    message(
                        "LABEL id {id} is used twice (label #{first} has it too); ids must be "
                        "unique",
                        id=label.id,
                        first=seen_ids[label.id] + 1,
                    ),
                    li,
                    None,
                    "id",
                )
            )
        else:
            seen_ids[label.id] = li
        _check_label(page, label, li, bounds, out, memo, shapes)
    return out


_Memo = dict[object, tuple[Problem, ...]]
_ShapeMemo = dict[type, dict[tuple, tuple[bool, list[Problem]]]]


def _check_label(
    page: Page,
    label: Label,
    li: int,
    bounds: Rect,
    out: list[Problem],
    memo: _Memo,
    shapes: _ShapeMemo,
) -> None:
    """Check each element; an element equal to one already checked on this page (labels repeat
    their boxes, captions and logos) reuses that element's result. The memo knows elements by
    identity first (a read page shares equal elements: quicker than hashing their values)."""
    for ei, el in enumerate(label.elements):
        found = memo.get(id(el))
        if found is None:
            found = memo.get(el)
            if found is None:
                problems: list[Problem] = []
                _check_element(page, el, bounds, problems, shapes)
                found = memo[el] = tuple(problems)
            memo[id(el)] = found
        if found:
            for p in found:
                out.append(Problem(p.severity, p.message, li, ei, p.attr))


def _check_element(
    page: Page, el: object, bounds: Rect, out: list[Problem], shapes: _ShapeMemo
) -> None:
    by_attrs = shapes.get(type(el))
    if by_attrs is None:
        ok = _check_attrs(el, out, None, None)
    else:  # elements with content: a data merge repeats their attributes with new content
        attrs = el[:-1]
        found = by_attrs.get(attrs)
        if found is None:
            problems: list[Problem] = []
            found = by_attrs[attrs] = (_check_attrs(el, problems, None, None), problems)
        ok = found[0]
        out.extend(found[1])
    if not ok:
        return  # the element's values are wrong; its content and place mean little yet
    kind = KIND_BY_CLASS[type(el)]
    _check_content(page, el, kind, out)
    rect = kind.bounds(el)
    if rect is not None and not rect.inside(bounds):
        out.append(Problem(Severity.WARNING, _outside(page, el, rect, bounds, kind)))


def _outside(page: Page, el: object, rect: Rect, bounds: Rect, kind: ElementKind) -> Message:
    """An element (partly) off the label: where it is, and how to bring it back if the kind
    knows."""
    spans = {
        "tag": el.TAG.name,
        "w": format_value(page.w),
        "l": format_value(page.l),
        "x0": _mm(rect.x0),
        "x1": _mm(rect.x1),
        "y0": _mm(rect.y0),
        "y1": _mm(rect.y1),
        "hint": kind.outside_hint(el, page),
    }
    if rect.overlaps(bounds):
        return message(
            "{tag} is partly outside the {w} x {l} mm label (it spans x {x0}..{x1}, "
            "y {y0}..{y1} mm); what is outside does not print{hint}",
            **spans,
        )
    return message(
        "{tag} is wholly outside the {w} x {l} mm label (it spans x {x0}..{x1}, "
        "y {y0}..{y1} mm); what is outside does not print{hint}",
        **spans,
    )


def _mm(value: float) -> str:
    return format_value(round(value, 2))


NOT_XML_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
"""The characters label XML cannot carry, as a regular-expression class body."""
NOT_XML = re.compile(f"[{NOT_XML_CHARS}]")


def _check_content(page: Page, el: object, kind: ElementKind, out: list[Problem]) -> None:
    content = kind.content(el)
    if content:
        bad = NOT_XML.search(content)
        if bad is not None:
            text = message(
                "{tag} holds the character U+{code:04X}, which label XML cannot carry",
                tag=kind.tag.name,
                code=ord(bad.group()),
            )
            out.append(Problem(Severity.ERROR, text, None, None, kind.tag.content_field))
            return
    if kind.check is not None:
        kind.check(page, el, out)
