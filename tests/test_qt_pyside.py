"""The installed PySide6 must survive what our canvas asks of it: many Python `paint()` calls.

PySide6 6.12.0 (with Python 3.11) drops one reference to None each time Qt calls a Python
`paint()` override: after a few thousand repaints of a busy canvas, the interpreter aborts
("none_dealloc"). pyproject.toml excludes that version; this test catches any other like it by
doing what the canvas does, many times over, in a process of its own, and requiring it to live.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.qt

PAINTS = 100_000
"""Twenty times None's reference count in such a process (about 5,500 on Python 3.11): a
version that drops one per call runs it to zero long before the end."""

_CANVAS = f"""
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene

app = QApplication([])
painted = 0

class Item(QGraphicsItem):
    def boundingRect(self):
        return QRectF(0, 0, 10, 10)

    def paint(self, painter, option, widget=None):
        global painted
        painted += 1

scene = QGraphicsScene()
for _ in range(100):
    scene.addItem(Item())
image = QImage(64, 64, QImage.Format.Format_RGB32)
while painted < {PAINTS}:
    painter = QPainter(image)
    scene.render(painter)
    painter.end()
print(painted)
"""


def test_a_hundred_thousand_paint_overrides_leave_the_interpreter_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", _CANVAS], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert int(run.stdout) >= PAINTS
