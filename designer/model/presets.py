"""Common label and receipt sizes, for new documents and the page settings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PagePreset:
    """A paper size: width and length (mm), gap (mm) and paper type (the PAGE's pt)."""

    name: str
    w: float
    l: float  # noqa: E741 - the platform's name for the length
    ld: float
    pt: int


PAGE_PRESETS: tuple[PagePreset, ...] = (
    PagePreset("40 x 30 mm label", 40, 30, 2, 1),
    PagePreset("50 x 30 mm label", 50, 30, 2, 1),
    PagePreset("60 x 40 mm label", 60, 40, 2, 1),
    PagePreset("70 x 50 mm label", 70, 50, 2, 1),
    PagePreset("100 x 60 mm label", 100, 60, 2, 1),
    PagePreset("100 x 100 mm label", 100, 100, 2, 1),
    PagePreset("58 mm receipt", 58, 120, 0, 2),
    PagePreset("80 mm receipt", 80, 160, 0, 2),
)
