"""Benchmark the designer window (offscreen Qt).

Targets (issue 5): a document with 2,000 elements opens into the canvas in at most 1 s;
dragging a 500-element selection repaints in at most 16 ms per frame; `xplabel` with no file
reaches a visible window in at most 1.5x the time a bare PySide6 QMainWindow takes, measured
alternately in the same run. Run: python -m tests.bench.bench_window
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF

from designer.labelxml import write
from designer.model import Barcode, Box, Label, Line, Page, QRCode, Text
from tests.qt_helpers import move, press, release

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""
OURS = """
import time, sys
t0 = time.perf_counter()
from designer.cli import main
from designer.qt import app as app_module
from designer.qt import main_window
marks = {}
first_paint = main_window._Starting.paintEvent
def painted(self, event):  # the window on the screen, not yet built
    first_paint(self, event)
    marks.setdefault("visible", time.perf_counter() - t0)
main_window._Starting.paintEvent = painted
finish_start = app_module.finish_start
def finished(window, files):  # built; now paint it all
    result = finish_start(window, files)
    window.repaint()
    marks["ready"] = time.perf_counter() - t0
    app_module.QApplication.instance().quit()
    return result
app_module.finish_start = finished
main(ARGS)
print(marks["visible"], marks["ready"])
"""
LANGUAGES = {
    "none": "ARGS = []\n",
    "en": "ARGS = ['--lang', 'en']\n",
    "zh_CN": "ARGS = ['--lang', 'zh_CN']\n",
}
"""xplabel as it starts by default (the system's language: English here), with --lang en, and
in Chinese (its translation and Qt's loaded before the window is made)."""


def big_page(n: int = 2000) -> Page:
    """One 100 x 100 mm label with `n` elements of every common kind."""
    elements = []
    for i in range(n):
        x, y = (i * 7) % 90, (i * 3) % 90
        kind = i % 5
        if kind == 0:
            elements.append(Text(x=x, y=y, f=8, text=f"品名 {i}"))
        elif kind == 1:
            elements.append(Box(x=x, y=y, xe=x + 8, ye=y + 4))
        elif kind == 2:
            elements.append(Line(x=x, y=y, w=9, h=0.25))
        elif kind == 3:
            elements.append(Barcode(x=x, y=y, a="left", n=1, h=24, s=0, data=f"{i:06d}"))
        else:
            elements.append(QRCode(x=x, y=y, s=1, data=f"https://x.cn/{i}"))
    return Page(w=100, l=100, labels=(Label(id=1, elements=tuple(elements)),))


def open_and_drag() -> None:
    from designer.qt.app import application
    from designer.qt.main_window import MainWindow

    app = application()
    window = MainWindow()
    window.show()
    app.processEvents()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.xml"
        path.write_text(write(big_page()), "utf-8")
        start = time.perf_counter()
        window.files.load(path)
        window.view.viewport().repaint()
        opened = time.perf_counter() - start
    print(f"open 2,000 elements into the canvas      {opened * 1000:7.0f} ms (target 1000)")
    window.view.set_zoom(1.5)
    window.view.centerOn(50, 50)
    window.scene.select_indexes(list(range(1500, 2000)))  # the topmost 500
    transform = window.view.transform()
    first = next(
        i
        for i in window.scene.items_by_index[1500:]
        if window.scene.itemAt(i.content_rect().center(), transform) is i
    )
    leader = first.content_rect().center()
    x_before = first.element.x
    frames = []
    press(window.view, leader)
    for step in range(1, 31):
        start = time.perf_counter()
        move(window.view, leader + QPointF(step * 0.25, step * 0.125))
        window.view.viewport().repaint()
        frames.append(time.perf_counter() - start)
    release(window.view, leader + QPointF(30 * 0.25, 30 * 0.125))
    moved = window.doc.label.elements[first.index].x - x_before
    print(
        f"drag 500 selected, per frame (median)    {statistics.median(frames) * 1000:7.1f} ms"
        f" (max {max(frames) * 1000:.1f}; target 16); moved {moved:g} mm in one undo step"
    )
    window.doc.undo_stack.setClean()
    window.close()


def startup(repeat: int = 7) -> None:
    """Bare window, xplabel in English and in Chinese, alternating; medians and ratios."""
    bare: list[float] = []
    visible: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
    ready: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # As installed (pip compiles every module): with bytecode, which the warm-up run writes.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    codes = {None: BARE, **{lang: args + OURS for lang, args in LANGUAGES.items()}}
    with tempfile.TemporaryDirectory() as home:
        env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        for code in codes.values():  # warm-up, not timed
            subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
        for _ in range(repeat):
            for lang, code in codes.items():
                run = subprocess.run(
                    [sys.executable, "-c", code],
                    capture_output=True,
                    text=True,
                    env=env,
                    check=True,
                )
                times = [float(t) for t in run.stdout.strip().splitlines()[-1].split()]
                if lang is None:
                    bare.append(times[0])
                else:
                    visible[lang].append(times[0])
                    ready[lang].append(times[1])
    b = statistics.median(bare)
    print(f"bare QMainWindow visible (median)        {b * 1000:7.0f} ms   1.00x")
    for lang in LANGUAGES:
        v, r = statistics.median(visible[lang]), statistics.median(ready[lang])
        print(
            f"xplabel --lang {lang:5} window visible       {v * 1000:7.0f} ms   {v / b:.2f}x"
            " (target 1.5x)"
        )
        print(f"xplabel --lang {lang:5} built and painted    {r * 1000:7.0f} ms   {r / b:.2f}x")


if __name__ == "__main__":
    if "--startup" not in sys.argv:
        open_and_drag()
    startup()
