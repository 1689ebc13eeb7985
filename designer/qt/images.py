"""Pillow images to Qt images, dot for dot."""

from __future__ import annotations

from PIL import Image
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
