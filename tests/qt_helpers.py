"""Helpers for the window tests: real mouse events on the canvas, the canvas's dots, and the
event loop's gaps."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton
NO_BUTTON = Qt.MouseButton.NoButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def _send(view, kind: QEvent.Type, scene_pos: QPointF, button, buttons, mods=NO_MOD) -> None:
    local = QPointF(view.mapFromScene(scene_pos))
    global_pos = QPointF(view.viewport().mapToGlobal(QPoint(int(local.x()), int(local.y()))))
    event = QMouseEvent(kind, local, global_pos, button, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)


def click(view, scene_pos: QPointF) -> None:
    """A left click at a scene position (mm)."""
    _send(view, QEvent.Type.MouseButtonPress, scene_pos, LEFT, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, scene_pos, LEFT, NO_BUTTON)


def press(view, scene_pos: QPointF) -> None:
    """Press the left button at a scene position."""
    _send(view, QEvent.Type.MouseButtonPress, scene_pos, LEFT, LEFT)


def move(view, scene_pos: QPointF, mods=NO_MOD) -> None:
    """Move with the left button held (and the keys `mods`)."""
    _send(view, QEvent.Type.MouseMove, scene_pos, NO_BUTTON, LEFT, mods)


def release(view, scene_pos: QPointF) -> None:
    """Release the left button."""
    _send(view, QEvent.Type.MouseButtonRelease, scene_pos, LEFT, NO_BUTTON)


def drag(view, start: QPointF, end: QPointF, steps: int = 5) -> None:
    """Press at `start`, move in steps with the button held, release at `end` (scene mm)."""
    _send(view, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for i in range(1, steps + 1):
        t = i / steps
        point = QPointF(
            start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t
        )
        _send(view, QEvent.Type.MouseMove, point, NO_BUTTON, LEFT)
    _send(view, QEvent.Type.MouseButtonRelease, end, LEFT, NO_BUTTON)


def canvas_dots(scene) -> bytes:
    """The label area of the scene painted at 8 px per mm: a byte per dot (0 ink, 255 paper)."""
    page = scene.doc.page
    width, height = round(page.w * 8), round(page.l * 8)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, image.rect().toRectF(), scene.label_rect())
    painter.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    out = bytearray()
    for y in range(height):
        row = grey.constScanLine(y).tobytes()[:width]
        out += bytes(0 if v < 128 else 255 for v in row)
    return bytes(out)


class EventLoopGaps:
    """The GUI event loop's gaps, measured by a 5 ms timer: `largest` after `stop`."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.timeout.connect(self._tick)
        self._timer.start(5)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self._last)
        self._last = now

    def stop(self) -> None:
        """Stop measuring."""
        self._timer.stop()

    @property
    def largest(self) -> float:
        """The longest time between two ticks, in seconds."""
        return max(self.gaps, default=0.0)


def menu_item(window, *path: str):
    """Choose a menu entry as a person does: click the menu's title in the menu bar, then each
    entry along `path` in the menus that open (texts as shown, without the & marks)."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu

    def plain(text: str) -> str:
        return text.replace("&", "")

    bar = window.menuBar()
    top = next(a for a in bar.actions() if plain(a.text()) == path[0])
    QTest.mouseClick(bar, LEFT, NO_MOD, bar.actionGeometry(top).center())
    menu = top.menu()
    for name in path[1:]:
        _wait(lambda m=menu: m.isVisible())
        action = next(a for a in menu.actions() if plain(a.text()) == name)
        assert action.isEnabled(), f"{name} is disabled"
        QTest.mouseClick(menu, LEFT, NO_MOD, menu.actionGeometry(action).center())
        menu = action.menu() if isinstance(action.menu(), QMenu) else menu
    return top


def _wait(condition, timeout: float = 5.0) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise AssertionError("timed out waiting for the menu")
        QApplication.processEvents()


def click_dock_tab(window, title: str) -> None:
    """Click the tab titled `title` among the window's tabbed docks, as a person brings a panel
    hidden behind another to the front."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QTabBar

    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue  # a spent tab bar Qt keeps until it deletes it
        for index in range(bar.count()):
            if bar.tabText(index).replace("&", "") == title:
                QTest.mouseClick(bar, LEFT, NO_MOD, bar.tabRect(index).center())
                QApplication.processEvents()
                return
    raise AssertionError(f"no dock tab titled {title!r}")
