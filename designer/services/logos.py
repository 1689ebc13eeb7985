"""The app's copy of the logo last uploaded to each printer, so the canvas and printed images
can show the real logo where a label says <BMP/>."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image

from designer.services.files import atomic_write_bytes
from designer.services.settings import data_dir


class LogoStore:
    """Logos by printer serial number, in the user data folder."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or data_dir() / "logos"

    def _path(self, sn: str) -> Path:
        if not re.fullmatch(r"[A-Za-z0-9]+", sn):
            raise ValueError(f"not a printer serial number: {sn!r}")
        return self.folder / f"{sn}.img"

    def save(self, sn: str, image_bytes: bytes) -> None:
        """Keep the image just uploaded to printer `sn`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self._path(sn), image_bytes)

    def load(self, sn: str) -> Image.Image | None:
        """The last logo uploaded to printer `sn`, or None."""
        try:
            data = self._path(sn).read_bytes()
        except (FileNotFoundError, ValueError):
            return None
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                return image.copy()
        except OSError:
            return None
