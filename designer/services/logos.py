"""The app's copy of the logo last uploaded to each printer, so the canvas and printed images
can show the real logo where a label says <BMP/>, and how many uploads each printer had today
(counted in the local store, so the window and the command line count together)."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from PIL import Image

from designer.cloud.limits import LOGO_MAX_BYTES, LOGO_UPLOADS_PER_DAY
from designer.model.messages import Message, message
from designer.services.files import atomic_write_bytes
from designer.services.settings import data_dir
from designer.services.store import Store

LOGO_FORMATS = ("PNG", "JPEG", "BMP")
UPLOADS_PER_DAY = LOGO_UPLOADS_PER_DAY


def is_printable_image(data: bytes) -> bool:
    """True for a PNG, JPG or BMP that Pillow can open: what printImage and uploadLogo take."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.format in LOGO_FORMATS
    except OSError:
        return False


def logo_problem(data: bytes) -> Message | None:
    """Why the platform would refuse these bytes as a logo (format, 500 KB), or None."""
    if not is_printable_image(data):
        return message("a logo must be a PNG, JPG or BMP image")
    if len(data) > LOGO_MAX_BYTES:
        return message(
            "the logo is {size:.0f} KB; the platform takes at most 500 KB", size=len(data) / 1024
        )
    return None


class LogoStore:
    """Logos by printer serial number, in the user data folder, and today's upload counts."""

    def __init__(self, store: Store, folder: Path | None = None) -> None:
        self.store = store
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

    def uploads_today(self, sn: str) -> int:
        """How many logos were uploaded to `sn` today from this computer."""
        rows = self.store.query(
            "SELECT count FROM logo_uploads WHERE sn = ? AND day = ?",
            (sn, date.today().isoformat()),
        )
        return int(rows[0]["count"]) if rows else 0

    def count_upload(self, sn: str) -> None:
        """One more upload to `sn` today."""
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO logo_uploads (sn, day, count) VALUES (?, ?, 1) "
                "ON CONFLICT (sn, day) DO UPDATE SET count = count + 1",
                (sn, date.today().isoformat()),
            )
