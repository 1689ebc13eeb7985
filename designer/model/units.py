"""Lengths: the model speaks millimetres, the printer dots. The one place they meet.

Xpyun label printers print 8 dots per millimetre (203 dpi); some print 12 (300 dpi).
"""

from __future__ import annotations

DOTS_PER_MM = 8
"""Dots per millimetre of a 203 dpi printer, the platform's default resolution."""


def mm_to_dots(mm: float, dpmm: int = DOTS_PER_MM) -> int:
    """The dot a length in millimetres lands on (rounded half away from zero)."""
    value = mm * dpmm
    return int(value + 0.5) if value >= 0 else -int(-value + 0.5)


def dots_to_mm(dots: float, dpmm: int = DOTS_PER_MM) -> float:
    """The length in millimetres of a number of dots."""
    return dots / dpmm


def snap_mm_to_dot(mm: float, dpmm: int = DOTS_PER_MM) -> float:
    """The millimetre position of the dot nearest to `mm`."""
    return mm_to_dots(mm, dpmm) / dpmm
