"""Pillow images to Qt images, dot for dot; and a debounced refresh for what shows them."""

from __future__ import annotations

from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QImage


def ink_image(mask: Image.Image, color: QColor | None = None) -> QImage:
    """A mode '1' mask (255 = ink) as a QImage: ink in `color` (black), transparent elsewhere."""
    one_bit = mask if mask.mode == "1" else mask.convert("1")
    width, height = one_bit.size
    data = one_bit.tobytes("raw", "1")
    image = QImage(data, width, height, (width + 7) // 8, QImage.Format.Format_Mono)
    image.setColorTable([0x00000000, (color or QColor(0, 0, 0)).rgba()])
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def label_image(rendered: Image.Image) -> QImage:
    """A rendered label (mode '1', 0 = ink) as an opaque QImage."""
    one_bit = rendered if rendered.mode == "1" else rendered.convert("1")
    width, height = one_bit.size
    data = one_bit.tobytes("raw", "1")
    image = QImage(data, width, height, (width + 7) // 8, QImage.Format.Format_Mono)
    image.setColorTable([0xFF000000, 0xFFFFFFFF])
    return image.convertToFormat(QImage.Format.Format_RGB32)


class Debounced:
    """Run a refresh once, soon (after `delay_ms`), however many changes ask for it in the
    meantime (the preview and thumbnails of a 2,000-element label take a while; an edit must
    not wait for them; a batch writes the journal hundreds of times a second)."""

    def __init__(self, owner: QObject, refresh: Callable[[], None], delay_ms: int = 0) -> None:
        self.refresh = refresh
        self.timer = QTimer(owner)  # gone with its owner, and the call with it
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._run)

    def __call__(self, *_args: object) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def cancel(self) -> None:
        """Drop the refresh asked for, if any (what it would show is going away)."""
        self.timer.stop()

    def _run(self) -> None:
        self.refresh()
