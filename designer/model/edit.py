"""Edits as functions from values to values: move, and the elements a new document starts with."""

from __future__ import annotations

from designer.model.elements import Box, Cutter
from designer.model.units import snap_mm_to_dot


def moved(el: object, dx: float, dy: float) -> object:
    """`el` moved by (dx, dy) mm, landing on whole dots; a box moves both corners."""
    if isinstance(el, Cutter):
        return el
    changes = {"x": snap_mm_to_dot(el.x + dx), "y": snap_mm_to_dot(el.y + dy)}
    if isinstance(el, Box):
        changes["xe"] = snap_mm_to_dot(el.xe + dx)
        changes["ye"] = snap_mm_to_dot(el.ye + dy)
    return el.replace(**changes)
