"""The installed PySide6 must not corrupt Python's reference counts in the overrides we use.

PySide6 6.12.0 (with Python 3.11) drops one reference to None each time Qt calls a Python
`paint()` override: after a few thousand repaints of a busy canvas, the interpreter aborts
("none_dealloc"). pyproject.toml excludes that version; this test catches any other like it.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from designer.qt.app import application

pytestmark = pytest.mark.qt


class _Item(QGraphicsItem):
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 10, 10)

    def paint(self, painter, option, widget=None) -> None:
        pass


def test_paint_overrides_keep_reference_counts() -> None:
    application()
    scene = QGraphicsScene()
    items = [_Item() for _ in range(50)]
    for item in items:
        scene.addItem(item)
    image = QImage(64, 64, QImage.Format.Format_RGB32)

    def render() -> None:
        painter = QPainter(image)
        scene.render(painter)
        painter.end()

    render()
    before = sys.getrefcount(None)
    for _ in range(20):
        render()
    assert sys.getrefcount(None) - before > -100, "PySide6 leaks None references in paint()"
    scene.clear()
