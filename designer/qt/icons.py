"""Icons: Material Design Icons (Apache 2.0, bundled in resources/icons), drawn from the icon
font by name, in the palette's text colour (Qt greys them when disabled).

The font and its character map are loaded on the first icon asked for, after the window is up;
each icon is drawn once per size and kept.
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
)

from designer.paths import resource_path

FONT_FILE = "icons/materialdesignicons-6.9.96.ttf"
CHARMAP_FILE = "icons/materialdesignicons-6.9.96.json"
SIZES = (16, 24, 32)  # Qt scales these for other sizes, and greys them when disabled


@cache
def _font_family() -> str:
    font_id = QFontDatabase.addApplicationFont(str(resource_path(FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"the icon font {FONT_FILE} could not be loaded")
    return families[0]


@cache
def _charmap() -> dict[str, int]:
    with open(resource_path(CHARMAP_FILE), encoding="utf-8") as fh:
        return {name: int(code, 16) for name, code in json.load(fh).items()}


def has_icon(name: str) -> bool:
    """True when the icon font has an icon called `name`."""
    return name in _charmap()


def _glyph(char: str, size: int, color: QColor) -> QPixmap:
    ratio = QGuiApplication.instance().devicePixelRatio() if QGuiApplication.instance() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    font = QFont(_font_family())
    font.setPixelSize(size)
    painter.setFont(font)
    painter.setPen(color)
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, char)
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (a Material Design Icons name, e.g. "content-save-outline")."""
    char = chr(_charmap()[name])
    normal = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(_glyph(char, size, normal))
    return result
