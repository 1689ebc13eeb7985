"""Lists inside a merge's messages, made so that the window can translate them whole.

A list of names ("counter serial, row") or of problems ("...; ...") is joined by a message
template, pair by pair, rather than by `", ".join`: each part keeps its own template (a part
that is a `Message` is translated where it stands) and a translation joins them its own way
(a Chinese list takes 、, not a comma). The English is what `join` would have made.
"""

from __future__ import annotations

from collections.abc import Sequence

from designer.model.messages import message


def listed(parts: Sequence[str]) -> str:
    """`parts` as `a, b, c` ('' for none; a single part as it is)."""
    return _fold(parts, ", ")


def with_and(parts: Sequence[str]) -> str:
    """`parts` as `a and b and c`."""
    return _fold(parts, " and ")


def in_turn(parts: Sequence[str]) -> str:
    """`parts` (whole sentences) as `a; b; c`."""
    return _fold(parts, "; ")


def _fold(parts: Sequence[str], joint: str) -> str:
    """`parts` joined pair by pair, halves first: a long list nests only log2(n) deep (the
    window translates a message's parts recursively)."""
    if not parts:
        return ""
    if len(parts) == 1:
        return parts[0]
    half = len(parts) // 2
    before, after = _fold(parts[:half], joint), _fold(parts[half:], joint)
    if joint == ", ":
        return message("{before}, {after}", before=before, after=after)
    if joint == " and ":
        return message("{before} and {after}", before=before, after=after)
    return message("{before}; {after}", before=before, after=after)
