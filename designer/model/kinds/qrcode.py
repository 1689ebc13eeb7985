"""QRC: a QR code whose (x, y) is the top-left corner of its quiet zone."""

from __future__ import annotations

from typing import Any, NamedTuple

from designer.model.geometry import Rect, new_rect
from designer.model.kinds.base import ElementKind, Surface, ToolDefault
from designer.model.messages import Message, message
from designer.model.node import Node
from designer.model.problems import Problem, error
from designer.model.qrcapacity import qr_modules, qr_size_dots, qr_version
from designer.model.quote import excerpt
from designer.model.schema import Attr, Content, Tag, ValueKind, x_attr, y_attr
from designer.model.units import DOTS_PER_MM

LEVELS = ("L", "M", "Q", "H")

# fmt: off
TAG = Tag("QRC", "QRCode", "QR code", (
    x_attr(),
    y_attr(),
    Attr("s", ValueKind.INT, "Module", default=2, lo=1, hi=10, help="module size in dots"),
    Attr("e", ValueKind.WORD, "Error correction", default="L", choices=LEVELS,
         choice_titles=("low (7 %)", "medium (15 %)", "quartile (25 %)", "high (30 %)")),
), Content.TEXT, "data", help="a QR code")
# fmt: on


class _Fields(NamedTuple):
    x: float
    y: float
    s: int = 2
    e: str = "L"
    data: str = ""


class QRCode(Node, _Fields):
    """A QR code."""

    __slots__ = ()
    TAG = TAG


def bounds(el: QRCode) -> Rect | None:
    """The symbol with its quiet zone; None when the data fits no QR code."""
    side = qr_size_dots(el.data, el.e, el.s) if el.e in LEVELS else None
    if side is None:
        return None
    x, y, side_mm = el.x, el.y, side / DOTS_PER_MM
    return new_rect(Rect, (x, y, x + side_mm, y + side_mm))


def draw(el: QRCode, s: Surface) -> None:
    """The modules (the renderer says when the data fits no QR code)."""
    s.stamp(s.qr_mask(el.data, el.e, el.s), s.x(el.x), s.y(el.y), 0, 0)


def resize(el: QRCode, old: Rect, new: Rect) -> QRCode:
    """Larger or smaller by whole module sizes, keeping its top-left corner."""
    grow = max(new.width / old.width, new.height / old.height)
    return el.replace(s=TAG.attr("s").clamp(el.s * grow))


def _too_big(el: QRCode) -> Message:
    return message(
        "QRC data ({size} bytes) exceeds what the largest QR code holds at level {level}; "
        "shorten it or lower the error correction",
        size=len(el.data.encode("utf-8")),
        level=el.e,
    )


def check(page: Any, el: QRCode, out: list[Problem]) -> None:
    """No data, or more than a QR code holds."""
    if not el.data:
        out.append(error(message("QRC is empty: a QR code needs data"), "data"))
    elif qr_version(el.data, el.e) is None:
        out.append(error(_too_big(el), "data"))


def content_status(el: QRCode) -> tuple[str | None, str]:
    """(why the data cannot be printed, or None; the symbol it makes)."""
    if not el.data:
        return message("a QR code needs data"), ""
    version = qr_version(el.data, el.e) if el.e in LEVELS else None
    if version is None:
        return _too_big(el), ""
    side = qr_modules(version)
    size_mm = qr_size_dots(el.data, el.e, el.s) / DOTS_PER_MM
    return None, message(
        "QR version {version}: {side} × {side} modules, {size:g} mm with its margin",
        version=version,
        side=side,
        size=size_mm,
    )


KIND = ElementKind(
    tag=TAG,
    cls=QRCode,
    title="QR code",
    icon="qrcode",
    bounds=bounds,
    draw=draw,
    resize=resize,
    check=check,
    content_status=content_status,
    summary=lambda el: excerpt(el.data, 24, plain_quotes=True),
    tool=ToolDefault("Q", QRCode(x=0, y=0, s=3, data="https://www.xpyun.net")),
)
