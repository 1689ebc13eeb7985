"""The label document as plain Python values: schema, elements, units and validation (no Qt)."""

from designer.model.elements import (
    ELEMENT_CLASSES,
    Barcode,
    Bitmap,
    Box,
    Cutter,
    Element,
    Label,
    Line,
    Page,
    QRCode,
    Reverse,
    Text,
)
from designer.model.units import DOTS_PER_MM, dots_to_mm, mm_to_dots
from designer.model.validate import Problem, Severity, validate

__all__ = [
    "DOTS_PER_MM",
    "ELEMENT_CLASSES",
    "Barcode",
    "Bitmap",
    "Box",
    "Cutter",
    "Element",
    "Label",
    "Line",
    "Page",
    "Problem",
    "QRCode",
    "Reverse",
    "Severity",
    "Text",
    "dots_to_mm",
    "mm_to_dots",
    "validate",
]
