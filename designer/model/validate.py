"""Validation: every problem of a page, each an error (cannot print as meant) or a warning.

`validate(page)` never stops at the first problem. Each `Problem` names the label and element it
concerns by index, so the reader can point at a file line and the window can select the element.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from designer.model.elements import Barcode, Bitmap, Label, Page, QRCode, Text
from designer.model.fonts import PRINTER_FONTS
from designer.model.geometry import Rect, element_rect
from designer.model.qrcapacity import qr_version
from designer.model.schema import ALL_TAGS, Tag, format_value
from designer.model.symbology import SYMBOLOGY_BY_CODE, data_problem
from designer.model.units import DOTS_PER_MM


class Severity(StrEnum):
    """How bad a problem is."""

    ERROR = "error"  # the label cannot print as meant; it is not sent
    WARNING = "warning"  # it prints, but probably not as meant


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem: what is wrong, how bad, and where (label and element index, attribute)."""

    severity: Severity
    message: str
    label: int | None = None  # index in page.labels; None for the page itself
    element: int | None = None  # index in label.elements; None for the label itself
    attr: str | None = None

    @property
    def is_error(self) -> bool:
        """True for an error, False for a warning."""
        return self.severity is Severity.ERROR


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"BM")


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
        if value is None and not attr.required:
            continue
        reason = attr.problem_with(value)
        if reason is None:
            continue
        if attr.out_of_range_is_warning and isinstance(value, (int, float)):  # out of range
            reason += f"; the printer uses {format_value(attr.default)}"
            out.append(Problem(Severity.WARNING, f"{tag.name} {reason}", li, ei, attr.name))
        else:
            out.append(Problem(Severity.ERROR, f"{tag.name} {reason}", li, ei, attr.name))
            ok = False
    return ok


def validate(page: Page) -> list[Problem]:
    """Every problem of `page`, in document order."""
    out: list[Problem] = []
    _check_attrs(page, out, None, None)
    if not page.labels:
        out.append(Problem(Severity.WARNING, "the PAGE has no LABEL: nothing prints"))
    seen_ids: dict[int, int] = {}
    memo: _Memo = {}  # by value, and by id (the page keeps every element alive meanwhile)
    shapes: _ShapeMemo = {cls: {} for cls in _CONTENT_CHECKS}
    bounds = Rect(0.0, 0.0, float(page.w), float(page.l))
    for li, label in enumerate(page.labels):
        _check_attrs(label, out, li, None)
        if label.id in seen_ids:
            out.append(
                Problem(
                    Severity.ERROR,
                    f"LABEL id {label.id} is used twice (label #{seen_ids[label.id] + 1} has it "
                    "too); ids must be unique",
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
    _check_content(page, el, out)
    rect = element_rect(el)
    if rect is not None and not rect.inside(bounds):
        where = "partly" if rect.overlaps(bounds) else "wholly"
        hint = ""
        if isinstance(el, Barcode) and el.a == "center" and el.r == 0:
            hint = (
                f"; a barcode is centred on x (a=center, the default): set "
                f"x={format_value(page.w / 2)} to centre it on the label, or a=left"
            )
        out.append(
            Problem(
                Severity.WARNING,
                f"{el.TAG.name} is {where} outside the {format_value(page.w)} x "
                f"{format_value(page.l)} mm label (it spans x {_mm(rect.x0)}..{_mm(rect.x1)}, "
                f"y {_mm(rect.y0)}..{_mm(rect.y1)} mm); what is outside does not print{hint}",
            )
        )


def _mm(value: float) -> str:
    return format_value(round(value, 2))


NOT_XML_CHARS = "\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff"
"""The characters label XML cannot carry, as a regular-expression class body."""
NOT_XML = re.compile(f"[{NOT_XML_CHARS}]")


def _check_content(page: Page, el: object, out: list[Problem]) -> None:
    field = el.TAG.content_field
    content = getattr(el, field) if field else None
    if content:
        bad = NOT_XML.search(content)
        if bad is not None:
            message = (
                f"{el.TAG.name} holds the character U+{ord(bad.group()):04X}, which label XML "
                "cannot carry"
            )
            out.append(Problem(Severity.ERROR, message, None, None, field))
            return
    check = _CONTENT_CHECKS.get(type(el))
    if check is not None:
        check(page, el, out)


def _max_text_chars() -> int:
    """The most characters any label can print: the largest label (schema) filled with the
    smallest glyph cell (font table). Longer TEXT is refused before it is drawn."""
    page = next(tag for tag in ALL_TAGS if tag.name == "PAGE")
    narrowest = min(f.cell_w // 2 if f.chinese else f.cell_w for f in PRINTER_FONTS.values())
    lowest = min(f.cell_h for f in PRINTER_FONTS.values())
    across = int(page.attr("w").hi * DOTS_PER_MM) // narrowest
    along = int(page.attr("l").hi * DOTS_PER_MM) // lowest
    return across * along


MAX_TEXT_CHARS = _max_text_chars()


def _check_text(page: Page, el: Text, out: list[Problem]) -> None:
    if len(el.text) > MAX_TEXT_CHARS:
        message = (
            f"TEXT holds {len(el.text):,} characters; no label can print more than "
            f"{MAX_TEXT_CHARS:,} (the largest label filled with the smallest font)"
        )
        out.append(Problem(Severity.ERROR, message, None, None, "text"))
        return
    if not el.text.strip():
        out.append(Problem(Severity.WARNING, "TEXT is empty: it prints nothing"))
    if el.a == "center" and abs(el.x - page.w / 2) > 1e-9:
        message = (
            f"centred TEXT is centred on x={format_value(el.x)}; to centre it on the label "
            f"set x={format_value(page.w / 2)} (half the width)"
        )
        out.append(Problem(Severity.WARNING, message, None, None, "x"))


def _check_barcode(page: Page, el: Barcode, out: list[Problem]) -> None:
    reason = data_problem(el.ct, el.data)
    if reason is not None:
        name = SYMBOLOGY_BY_CODE[el.ct].name
        out.append(Problem(Severity.ERROR, f"BARC {name}: {reason}", None, None, "data"))
    elif el.w == 1 and SYMBOLOGY_BY_CODE[el.ct].codes[0] in ("code39a", "itfa", "bara"):
        message = (
            "BARC w=1 makes wide bars as narrow as narrow ones: scanners cannot read it; use 2 or 3"
        )
        out.append(Problem(Severity.WARNING, message, None, None, "w"))


def _check_qr(page: Page, el: QRCode, out: list[Problem]) -> None:
    if not el.data:
        message = "QRC is empty: a QR code needs data"
        out.append(Problem(Severity.ERROR, message, None, None, "data"))
    elif qr_version(el.data, el.e) is None:
        message = (
            f"QRC data ({len(el.data.encode('utf-8'))} bytes) exceeds what the largest QR code "
            f"holds at level {el.e}; shorten it or lower the error correction"
        )
        out.append(Problem(Severity.ERROR, message, None, None, "data"))


def _check_bitmap(page: Page, el: Bitmap, out: list[Problem]) -> None:
    if el.image is not None:
        reason = image_problem(el.image)
        if reason is not None:
            out.append(Problem(Severity.ERROR, f"BMP {reason}", None, None, "image"))


_CONTENT_CHECKS: dict[type, Callable[[Page, object, list[Problem]], None]] = {
    Text: _check_text,
    Barcode: _check_barcode,
    QRCode: _check_qr,
    Bitmap: _check_bitmap,
}


def image_problem(data: str) -> str | None:
    """Why an inline BMP's base64 content is not a printable image, or None."""
    if data.startswith("data:"):
        return "image must be bare base64, without a 'data:image/...;base64,' prefix"
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return "image is not valid base64"
    if not raw.startswith(_IMAGE_MAGIC):
        return "image is not a PNG, JPEG or BMP"
    return None
