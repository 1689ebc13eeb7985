"""Icons: Material Design Icons (Apache 2.0, bundled in resources/icons), drawn from the icon
font by name, in the palette's text colour (Qt greys them when disabled).

The font and its character map are loaded on the first icon asked for, after the window is up;
each icon is drawn when it is first shown, once per size, and kept (a window built with fifty
icons pays for the few its first paint shows).
"""

from __future__ import annotations

import json
from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
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
def _charmap() -> dict[str, str]:
    """Each icon's code point by name, as the map writes it ("0xf01c9": read when drawn; seven
    thousand conversions up front would cost the start-up more than the map's reading)."""
    with open(resource_path(CHARMAP_FILE), encoding="utf-8") as fh:
        return json.load(fh)


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


class _GlyphEngine(QIconEngine):
    """An icon font glyph, drawn at a size when it is first asked for (and greyed when off)."""

    def __init__(self, char: str) -> None:
        super().__init__()
        self.char = char
        self.drawn: dict[tuple[int, QIcon.Mode], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = max(1, min(size.width(), size.height()))
        key = (side, mode)
        if key not in self.drawn:
            palette = QGuiApplication.palette()
            group = (
                QPalette.ColorGroup.Disabled
                if mode == QIcon.Mode.Disabled
                else QPalette.ColorGroup.Normal
            )
            self.drawn[key] = _glyph(
                self.char, side, palette.color(group, QPalette.ColorRole.WindowText)
            )
        return self.drawn[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def availableSizes(self, mode: QIcon.Mode, state: QIcon.State) -> list[QSize]:
        return [QSize(s, s) for s in SIZES]

    def clone(self) -> QIconEngine:
        twin = _GlyphEngine(self.char)
        twin.drawn = dict(self.drawn)
        return twin


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (a Material Design Icons name, e.g. "content-save-outline")."""
    return QIcon(_GlyphEngine(chr(int(_charmap()[name], 16))))
