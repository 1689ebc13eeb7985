"""The toolbox: click a tool then the label, or drag the tool onto the label.

Also the one tool that needs a file: an image embedded in the label, converted to 1 bit.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PIL import Image, ImageChops, UnidentifiedImageError
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, Qt
from PySide6.QtGui import QAction, QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolButton

from designer.model import Bitmap
from designer.qt.canvas.scene import TOOL_MIME
from designer.render import Dither, png_bytes
from designer.render.images import to_one_bit

DEFAULT_IMAGE_DOTS = 200


class ToolButton(QToolButton):
    """A toolbox button that also starts a drag of its tool."""

    def __init__(self, action: QAction, tag: str) -> None:
        super().__init__()
        self.setDefaultAction(action)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.tag = tag
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if (
            self._press is not None
            and (event.buttons() & Qt.MouseButton.LeftButton)
            and (
                (event.position().toPoint() - self._press).manhattanLength()
                >= QApplication.startDragDistance()
            )
        ):
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            drag.setMimeData(tool_mime(self.tag))
            drag.exec(Qt.DropAction.CopyAction)
            return
        super().mouseMoveEvent(event)


def tool_mime(tag: str) -> QMimeData:
    """The drag data of a tool."""
    mime = QMimeData()
    mime.setData(TOOL_MIME, QByteArray(tag.encode()))
    return mime


class ImageFileError(ValueError):
    """A file that is not an image Pillow can read."""


def embedded_image(
    path: Path,
    x: float,
    y: float,
    width_dots: int = DEFAULT_IMAGE_DOTS,
    dither: Dither = Dither.FLOYD_STEINBERG,
) -> Bitmap:
    """A BMP element holding the image at `path`, scaled to `width_dots` and converted to 1 bit
    (so the label carries exactly the dots that print, as a small PNG)."""
    try:
        with Image.open(path) as image:
            image.load()
            mask = to_one_bit(image, width_dots, dither)
    except (OSError, UnidentifiedImageError) as exc:
        text = QCoreApplication.translate("Toolbox", "%s: not an image that can be read (%s)")
        raise ImageFileError(text % (path.name, exc)) from exc
    png = png_bytes(ImageChops.invert(mask))
    return Bitmap(x=x, y=y, w=width_dots, image=base64.b64encode(png).decode("ascii"))
