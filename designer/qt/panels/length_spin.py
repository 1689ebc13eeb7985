"""A length field for the properties: shown in the unit the user chose (mm by default, or dots),
with the dot count beside it where the printer counts dots ("0.25 mm (2 dots)"), and taking
either ("3 dots", "0.375 mm", "0.375"; 点 and 毫米 too)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from designer.model.units import DOTS_PER_MM

MM, DOTS = "mm", "dots"
_LENGTH = re.compile(
    r"\s*(-?\d*(?:[.,]\d*)?)\s*(m|mm|毫|毫米|d|do|dot|dots|点)?\s*(?:\(.*)?$", re.I
)
"""A length as typed, unit (or the start of one) optional, what is shown in brackets ignored."""


def _dots() -> str:
    return QCoreApplication.translate("Units", "dots")


class LengthSpin(QDoubleSpinBox):
    """A length in mm (its `value()`), for an attribute kept in mm or in dots."""

    shown_in = MM
    """The unit lengths are shown in first: the user's choice (Preferences), for every field."""

    def __init__(self, counts_dots: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts_dots = counts_dots  # the printer counts this length in whole dots
        self.setDecimals(3)
        self.setSingleStep(1 / DOTS_PER_MM)
        self.setKeyboardTracking(True)

    def textFromValue(self, value: float) -> str:
        mm = f"{value:.3f}".rstrip("0").rstrip(".")
        dots = round(value * DOTS_PER_MM)
        if self.shown_in == DOTS:  # the printer's count first, the size on paper beside it
            return f"{dots} {_dots()} ({mm} mm)"
        return f"{mm} mm" + (f" ({dots} {_dots()})" if self.counts_dots else "")

    def valueFromText(self, text: str) -> float:
        parsed = self._parse(text)
        return self.value() if parsed is None else parsed

    def _parse(self, text: str) -> float | None:
        special = self.specialValueText()
        if special and text.strip() == special:
            return self.minimum()
        m = _LENGTH.fullmatch(text)
        if m is None or not m.group(1) or m.group(1) in ("-", ".", ","):
            return None
        number = float(m.group(1).replace(",", "."))
        unit = (m.group(2) or "").lower()
        in_dots = unit[:1] in ("d", "点") or (not unit and self.shown_in == DOTS)
        return number / DOTS_PER_MM if in_dots else number

    def validate(self, text: str, pos: int) -> object:
        if _LENGTH.fullmatch(text) is None:
            return QValidator.State.Invalid, text, pos
        value = self._parse(text)
        if value is None:
            return QValidator.State.Intermediate, text, pos
        if not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())
