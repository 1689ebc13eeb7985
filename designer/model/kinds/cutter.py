"""CUTTER: cutter control for printers with a cutter; it prints no dots and has no place."""

from __future__ import annotations

from typing import NamedTuple

from designer.model.kinds.base import ElementKind, Surface, ToolDefault
from designer.model.messages import message
from designer.model.node import Node
from designer.model.schema import Attr, Tag, ValueKind

# fmt: off
TAG = Tag("CUTTER", "Cutter", "Cutter", (
    Attr("p", ValueKind.INT, "Cut every", default=-1, lo=-1, hi=9999,
         help="cut every p labels; -1 never"),
    Attr("ct", ValueKind.WORD, "Cut", default="ON", choices=("OFF", "BARCH", "ON"),
         help="OFF, BARCH once after the batch, ON after every label",
         choice_titles=("off", "once after the batch", "after every label")),
), help="cutter control, for printers with a cutter")
# fmt: on


class _Fields(NamedTuple):
    p: int = -1
    ct: str = "ON"


class Cutter(Node, _Fields):
    """Cutter control."""

    __slots__ = ()
    TAG = TAG


def draw(el: Cutter, s: Surface) -> None:
    """Nothing: the cutter cuts, it does not print."""


KIND = ElementKind(
    tag=TAG,
    cls=Cutter,
    title="Cutter",
    icon="scissors-cutting",
    bounds=lambda el: None,
    draw=draw,
    points=(),
    summary=lambda el: el.ct if el.p < 1 else message("{cut}, every {p}", cut=el.ct, p=el.p),
    tool=ToolDefault("", Cutter()),
)
