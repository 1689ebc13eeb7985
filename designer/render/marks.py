"""Barcode and QR code masks at printer resolution (mode '1', 255 = ink), unrotated.

Bars come from the symbology table (`designer.model.symbology`); QR codes from zxing-cpp's writer,
pinned to the version `designer.model.qrcapacity` predicts so the validator's sizes are exact.
Why zxing-cpp and not qrcode: qrcode's pure-Python encoder takes about 6 ms per code on this
machine, more than a whole label may take; zxing-cpp takes about 0.7 ms (tests/bench/bench_render).
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image

from designer.model.elements import Barcode
from designer.model.fonts import HUMAN_READABLE_FONT, HUMAN_READABLE_GAP_DOTS
from designer.model.messages import MessageError, message
from designer.model.qrcapacity import QUIET_ZONE_MODULES, qr_version
from designer.model.symbology import bar_pattern
from designer.render.glyphs import text_mask


class QRDataError(MessageError):
    """The QR code's data does not fit any QR code at its error correction level."""


def bars_row(widths: tuple[int, ...], two_width: bool, n: int, w: int) -> bytes:
    """One row of the barcode as bytes (255 = bar), bars and spaces at their dot widths."""
    out = bytearray()
    for i, width in enumerate(widths):
        dots = (n if width == 1 else n * w) if two_width else width * n
        out += (b"\xff" if i % 2 == 0 else b"\x00") * dots
    return bytes(out)


def barcode_mask(el: Barcode) -> Image.Image:
    """The barcode's bars, `h` dots tall, with its human-readable line below when `s` asks."""
    pattern = bar_pattern(el.ct, el.data)
    row = bars_row(pattern.widths, pattern.two_width, el.n, el.w)
    bars = Image.frombytes("L", (len(row), 1), row).resize(
        (len(row), el.h), Image.Resampling.NEAREST
    )
    if not el.s:
        return bars.convert("1")
    label = text_mask(pattern.text, HUMAN_READABLE_FONT.number)
    text_x = {1: 0, 2: (bars.width - label.width) // 2, 3: bars.width - label.width}[el.s]
    mask = Image.new("1", (bars.width, el.h + HUMAN_READABLE_GAP_DOTS + label.height), 0)
    mask.paste(bars.convert("1"), (0, 0))
    mask.paste(255, (text_x, el.h + HUMAN_READABLE_GAP_DOTS), label)  # wider text is clipped
    return mask


_INVERT = bytes(range(255, -1, -1))  # zxing draws dark modules 0; we want them 255


@lru_cache(maxsize=512)
def qr_matrix(data: str, level: str) -> Image.Image:
    """The QR symbol, one pixel per module, without quiet zone (mode 'L', 255 = dark module)."""
    import zxingcpp

    if not data:
        raise QRDataError(message("an empty QR code has nothing to draw"))
    version = qr_version(data, level)
    if version is None:
        raise QRDataError(
            message(
                "{size} bytes do not fit a QR code at level {level}",
                size=len(data.encode("utf-8")),
                level=level,
            )
        )
    fmt = zxingcpp.BarcodeFormat.QRCode
    try:
        code = zxingcpp.create_barcode(data, fmt, ec_level=level, version=version)
    except Exception:
        code = zxingcpp.create_barcode(data, fmt, ec_level=level)
    view = memoryview(code.to_image(scale=1, add_hrt=False, add_quiet_zones=False))
    side = view.shape[0]
    return Image.frombytes("L", (side, side), view.tobytes().translate(_INVERT))


def qr_mask(data: str, level: str, module: int) -> Image.Image:
    """The QR code with its quiet zone, each module `module` x `module` dots (mode '1', 255 =
    ink); QRDataError when the data fits no QR code at `level`."""
    matrix = qr_matrix(data, level)
    side = matrix.width
    quiet = QUIET_ZONE_MODULES * module
    mask = Image.new("1", (side * module + 2 * quiet,) * 2, 0)
    mask.paste(
        matrix.resize((side * module,) * 2, Image.Resampling.NEAREST).convert("1"), (quiet, quiet)
    )
    return mask
