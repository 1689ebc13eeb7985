"""The label document as plain Python values: schema, element kinds, units, validation (no Qt)."""

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
from designer.model.kinds import KINDS, ElementKind, kind_of
from designer.model.problems import Problem, Severity
from designer.model.units import DOTS_PER_MM, dots_to_mm, mm_to_dots
from designer.model.validate import validate

__all__ = [
    "DOTS_PER_MM",
    "ELEMENT_CLASSES",
    "KINDS",
    "Barcode",
    "Bitmap",
    "Box",
    "Cutter",
    "Element",
    "ElementKind",
    "Label",
    "Line",
    "Page",
    "Problem",
    "QRCode",
    "Reverse",
    "Severity",
    "Text",
    "dots_to_mm",
    "kind_of",
    "mm_to_dots",
    "validate",
]
